/**
 * Tables written as text, the two ways documents set them: cells apart by two spaces or more or a tab (1  南昌市  进贤县),
 * or between column bars (1｜某某项目｜南康区｜48.0). One home for both, read by the reader, the statement splitter, the
 * placements of listed places and the amounts of unit columns.
 */

/** The gaps between the cells of a row set apart by spaces (global: read with matchAll). */
export const CELL_GAPS = /\s{2,}|\t/g;

/** The cells of a row set apart by spaces, each a [start, end) range of the row, empty cells left out. */
export function gapCells(row: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let at = 0;
  for (const gap of row.matchAll(CELL_GAPS)) {
    if (gap.index > at) cells.push({ start: at, end: gap.index });
    at = gap.index + gap[0].length;
  }
  if (at < row.length) cells.push({ start: at, end: row.length });
  return cells;
}
/** A cell gap inside a line: the line is a table's row, never wrapped prose. */
export const CELL_GAP = /\S(?:\s{2,}|\t)\S/;
/** The bars between the columns of a row, half-width (as reading leaves them) and full-width. */
export const COLUMN_BARS = ['|', '｜'] as const;
const BAR_CODES: ReadonlySet<number> = new Set(COLUMN_BARS.map((bar) => bar.charCodeAt(0)));

/** How many column bars text[start, end) holds, counted up to `most` (a walk over its own characters only). */
export function barsIn(text: string, start: number, end: number, most: number): number {
  let bars = 0;
  for (let i = start; i < end && bars < most; i++) if (BAR_CODES.has(text.charCodeAt(i))) bars++;
  return bars;
}

/** The column bar a row is written with, when it holds two or more of one; else null. */
export function columnBar(text: string): string | null {
  // Note: a second search from after the first, not the first against the last (indexOf, lastIndexOf): a text without
  // the bar (most) is read once per bar, not twice.
  for (const bar of COLUMN_BARS) {
    const first = text.indexOf(bar);
    if (first >= 0 && text.indexOf(bar, first + 1) >= 0) return bar;
  }
  return null;
}
