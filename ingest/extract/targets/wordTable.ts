/** Word tables for greedy matching at a text position (lead, trail and stop words of target subjects). */

/** Words keyed by their first and last character, longest first. */
export interface WordTable {
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly byLast: ReadonlyMap<string, readonly string[]>;
  /** One-character words matched only when the next character is not one of these (在园 keeps 在). */
  readonly guards: ReadonlyMap<string, string>;
}

/** Builds a table from a word list and the guards of its one-character words. */
export function wordTable(words: readonly string[], guards: ReadonlyMap<string, string> = new Map()): WordTable {
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const w of new Set(words)) {
    (byFirst.get(w[0]) ?? byFirst.set(w[0], []).get(w[0])!).push(w);
    (byLast.get(w[w.length - 1]) ?? byLast.set(w[w.length - 1], []).get(w[w.length - 1])!).push(w);
  }
  for (const l of [...byFirst.values(), ...byLast.values()]) l.sort((a, b) => b.length - a.length);
  return { byFirst, byLast, guards };
}

/** The longest word of the table starting at `pos` and ending by `limit` (guarded single characters), or ''. */
export function wordAt(table: WordTable, text: string, pos: number, limit: number): string {
  for (const w of table.byFirst.get(text[pos]) ?? []) {
    if (pos + w.length > limit || !text.startsWith(w, pos)) continue;
    if (w.length === 1 && pos + 1 < limit && (table.guards.get(w) ?? '').includes(text[pos + 1])) continue;
    return w;
  }
  return '';
}

/** The longest word of the table ending at `end` and starting at or after `limit`, or ''. */
export function wordBefore(table: WordTable, text: string, end: number, limit: number): string {
  for (const w of table.byLast.get(text[end - 1]) ?? []) {
    if (end - w.length >= limit && text.startsWith(w, end - w.length)) return w;
  }
  return '';
}
