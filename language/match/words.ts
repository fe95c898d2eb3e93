/** Tests of a text against a list of words. */

/** Whether the text holds any of the words. */
export function holdsAnyWord(text: string, words: Iterable<string>): boolean {
  // Note: a loop, not `some` with a closure over the text (V8 allocated such a scope at every call on hot paths).
  for (const word of words) if (text.includes(word)) return true;
  return false;
}
