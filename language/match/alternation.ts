/** A regular expression's alternatives from a word list. */

/**
 * The words as alternatives of a regular expression, longest first so that the longest word matches (本年度 before 本);
 * the words are vocabulary, with no character special to a regular expression.
 */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
