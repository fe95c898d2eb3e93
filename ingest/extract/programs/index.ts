/**
 * Program extractor: 《…》 policy instruments, quoted names, unquoted names ending in a program head, and the document's
 * own title when the document is a policy instrument (ANNOTATION.md: a Program of kind POLICY_DOCUMENT).
 */
import type { Token } from '../../../language/segment/index.js';
import type { Candidate } from '../../model.js';
import type { Extractor } from '../registry.js';
import { quoted } from './quoted.js';
import { titles } from './titles.js';
import { unquoted } from './unquoted.js';
import { isInstrument, overlaps } from './vocabulary.js';

export { isInstrument } from './vocabulary.js';

/** Extracts program names from one statement; `tokens` are its tokens with absolute offsets. */
export function extractPrograms(text: string, offset: number, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  titles(text, offset, found);
  const inTitles = found.length;
  const quotes: Candidate[] = [];
  quoted(text, offset, tokens, quotes);
  for (const q of quotes) if (!found.slice(0, inTitles).some((t) => overlaps(t, q))) found.push(q);
  const unquotedFound: Candidate[] = [];
  unquoted(text, offset, tokens, found, unquotedFound);
  found.push(...unquotedFound);
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The document's own title as a program when the statement is the title line of a policy instrument. */
function titleProgram(text: string, offset: number, title: string): Candidate | null {
  if (title.length < 6 || title.includes('《') || !isInstrument(title)) return null;
  const at = text.indexOf(title);
  return at < 0 ? null : { type: 'PROGRAM', name: title, kind: 'POLICY_DOCUMENT', start: offset + at, end: offset + at + title.length, surface: title };
}

/** The program extractor of the registry. */
export const programExtractor: Extractor<'programs'> = {
  key: 'programs',
  extract: ({ statement, tokens, document }) => {
    const found = extractPrograms(statement.text, statement.start, tokens);
    const own = document.title ? titleProgram(statement.text, statement.start, document.title) : null;
    if (!own) return found;
    return [own, ...found.filter((c) => !overlaps(c, own))];
  },
};
