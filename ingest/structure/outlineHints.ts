/**
 * The hook by which a reader passes outline hints to the structure stage: lines that the file's own markup
 * marks as headings or numbered items (DOCX heading styles and list numbering), which carry no 一、 or 1. in
 * their text. A hinted line is treated as a heading whose marker is empty.
 */
import type { Marker } from './markers.js';

/** A hinted line: its start offset in the document text and its outline level (1 = top). */
export interface OutlineHint {
  start: number;
  level: number;
}

/** Levels 1–6 take the marker kinds in their usual nesting order, so hinted and written markers nest together. */
const KIND_BY_LEVEL: readonly Marker['kind'][] = ['chapter', 'cn', 'pcn', 'num', 'pnum', 'circ'];

/** Indexes hints by line start. */
export function indexOutlineHints(hints: readonly OutlineHint[] | undefined): ReadonlyMap<number, number> | undefined {
  return hints?.length ? new Map(hints.map((h) => [h.start, h.level])) : undefined;
}

/** The marker for a line starting at `lineStart` when a reader hinted it, else null. */
export function hintedMarker(hints: ReadonlyMap<number, number> | undefined, lineStart: number): Marker | null {
  const level = hints?.get(lineStart);
  if (level === undefined) return null;
  return { kind: KIND_BY_LEVEL[Math.min(Math.max(level, 1), KIND_BY_LEVEL.length) - 1], length: 0 };
}
