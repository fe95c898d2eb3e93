/** Token: one word of the segmentation with its part-of-speech tag and absolute offsets. */
export type Token = { word: string; tag: string; start: number; end: number };

/**
 * Maps segmenter output onto the text so that the tokens re-concatenate to it exactly:
 * words found at the cursor are kept, text the segmenter skipped or altered becomes 'x' tokens.
 */
export function alignTokens(text: string, words: ReadonlyArray<{ word: string; tag: string }>, offset: number): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    if (word.length === 0) continue;
    let at = text.startsWith(word, cursor) ? cursor : -1;
    // Note: look ahead only a short window so an altered word cannot make the scan quadratic.
    if (at < 0) {
      const found = text.indexOf(word, cursor);
      at = found >= 0 && found - cursor <= 16 ? found : -1;
    }
    if (at < 0) continue;
    if (at > cursor) tokens.push({ word: text.slice(cursor, at), tag: 'x', start: offset + cursor, end: offset + at });
    tokens.push({ word, tag, start: offset + at, end: offset + at + word.length });
    cursor = at + word.length;
  }
  if (cursor < text.length) {
    tokens.push({ word: text.slice(cursor), tag: 'x', start: offset + cursor, end: offset + text.length });
  }
  return tokens;
}
