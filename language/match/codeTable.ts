/**
 * Character classes by UTF-16 code: a scan reads `table[text.charCodeAt(i)]` instead of hashing the one-character
 * string `text[i]` into a set at every position (a few per cent of extraction on Chinese text).
 */

/** A table of 65,536 classes: each group's characters get its class (non-zero), every other code 0. */
export function codeTable(groups: readonly (readonly [readonly string[], number])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [chars, cls] of groups) for (const c of chars) table[c.charCodeAt(0)] = cls;
  return table;
}
