/** The clauses of a statement (split at ， ； ： and sentence ends outside brackets and quotes), as absolute ranges. */

/** A clause: absolute offsets, end exclusive. */
export interface Clause {
  start: number;
  end: number;
}

const OPENERS = new Set(['(', '《', '“', '[', '【', '「', '〔']);
const CLOSERS = new Set([')', '》', '”', ']', '】', '」', '〕']);
const BREAKS = new Set([',', '，', ';', '；', ':', '：', '。', '!', '?', '！', '？']);

/** Splits a statement (starting at absolute `offset`) into clauses. */
export function clausesOf(text: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && BREAKS.has(c)) {
      if (i > start) out.push({ start: offset + start, end: offset + i });
      start = i + 1;
    }
  }
  if (text.length > start) out.push({ start: offset + start, end: offset + text.length });
  return out;
}

/** The clause holding an absolute position (the last one when past the end). */
export function clauseAt(clauses: readonly Clause[], at: number): Clause {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1] ?? { start: at, end: at };
}
