/** Head words: the last word of an institution or program name (大学, 研究院, 计划, 示范区). */
import { getQuestionVocabulary } from './vocabulary.js';

/** The longest head word `text` ends with, or null. */
export function headAtEnd(text: string): string | null {
  const { heads } = getQuestionVocabulary();
  for (let cut = 0; cut < text.length; cut++) {
    const tail = text.slice(cut);
    if (heads.has(tail)) return tail;
  }
  return null;
}

/** What a name ending in a head word names, or null. */
export function headKind(name: string): 'INSTITUTION' | 'PROGRAM' | null {
  const head = headAtEnd(name.replace(/\([^)]*\)$/, ''));
  return head ? (getQuestionVocabulary().heads.get(head) ?? null) : null;
}
