/**
 * The Lucene query of a statement search over the `statement_words` index (words as the ingest segmenter cut them,
 * whitespace-analysed): each phrase is cut the same way, so 学前教育 matches the word 学前教育 and never 学前|教育 inside
 * other words; phrases of several words match them in order. Groups of phrases carry a boost: the words typed count
 * most, then the aliases of entities named, then the cue terms of topics.
 */
import { wordsOfText } from '../../language/segment/index.js';
import { escapeLucene } from './lucene.js';

/** Alternative phrases of equal weight. */
export interface TermGroup {
  phrases: readonly string[];
  boost: number;
}

const MAX_CLAUSES = 200;

function clauseOf(phrase: string): string | null {
  const words = wordsOfText(phrase).slice(0, 16);
  if (words.length === 0) return null;
  return words.length === 1 ? escapeLucene(words[0]) : `"${words.map(escapeLucene).join(' ')}"`;
}

/** The query text, or null when no phrase has a word. */
export function statementWordsQuery(groups: readonly TermGroup[]): string | null {
  const clauses = new Map<string, number>();
  for (const group of groups) {
    for (const phrase of group.phrases) {
      const clause = clauseOf(phrase);
      if (clause && (clauses.get(clause) ?? 0) < group.boost) clauses.set(clause, group.boost);
    }
  }
  const parts = [...clauses].slice(0, MAX_CLAUSES).map(([clause, boost]) => (boost === 1 ? clause : `${clause}^${boost}`));
  return parts.length > 0 ? parts.join(' OR ') : null;
}
