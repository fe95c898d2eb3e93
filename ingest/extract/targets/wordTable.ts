/** Word tables for greedy matching at a text position (lead, trail and stop words of target subjects). */

/**
 * Words keyed by the UTF-16 code of their first and last character, longest first.
 * Note: by code, not by the one-character string text[pos] (a new string per position for a Chinese character).
 */
export interface WordTable {
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  readonly byLast: ReadonlyMap<number, readonly string[]>;
  /** One-character words matched only when the next character is not one of these (在园 keeps 在). */
  readonly guards: ReadonlyMap<string, string>;
}

/** Builds a table from a word list and the guards of its one-character words. */
export function wordTable(words: readonly string[], guards: ReadonlyMap<string, string> = new Map()): WordTable {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const w of new Set(words)) {
    const first = w.charCodeAt(0);
    const last = w.charCodeAt(w.length - 1);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(w);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(w);
  }
  for (const l of [...byFirst.values(), ...byLast.values()]) l.sort((a, b) => b.length - a.length);
  return { byFirst, byLast, guards };
}

/** The longest word of the table starting at `pos` and ending by `limit` (guarded single characters), or ''. */
export function wordAt(table: WordTable, text: string, pos: number, limit: number): string {
  // Note: most positions open no word of the table: no list is made for them.
  const words = table.byFirst.get(text.charCodeAt(pos));
  if (words === undefined) return '';
  for (const w of words) {
    if (pos + w.length > limit || !text.startsWith(w, pos)) continue;
    if (w.length === 1 && pos + 1 < limit && (table.guards.get(w) ?? '').includes(text[pos + 1])) continue;
    return w;
  }
  return '';
}

/** The longest word of the table ending at `end` and starting at or after `limit`, or ''. */
export function wordBefore(table: WordTable, text: string, end: number, limit: number): string {
  const words = table.byLast.get(text.charCodeAt(end - 1));
  if (words === undefined) return '';
  for (const w of words) {
    if (end - w.length >= limit && text.startsWith(w, end - w.length)) return w;
  }
  return '';
}
