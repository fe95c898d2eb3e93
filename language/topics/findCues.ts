/**
 * Finds the topic cues in a text, leftmost-longest, on word boundaries: a cue counts where it starts and ends on
 * token boundaries of the segmentation or lies inside one token (高中 is found in 高中阶段, not in 提高|中小学).
 */
import type { Token } from '../segment/index.js';
import { childOf, firstNodeOf, type CueEntry, type CueIndex } from './cueIndex.js';

/** A cue found in a text, with its offsets in that text. */
export interface CueMatch {
  readonly entry: CueEntry;
  readonly start: number;
  readonly end: number;
}

/** Token boundaries of a text: `boundaries[i]` is 1 where a token starts or ends at offset i. */
export type Boundaries = Uint8Array;

/** The token boundaries of `tokens` as offsets into the text they segment (which starts at the first token). */
export function tokenBoundaries(tokens: readonly Token[]): Boundaries {
  if (tokens.length === 0) return new Uint8Array(1).fill(1);
  const base = tokens[0].start;
  const boundaries = new Uint8Array(tokens[tokens.length - 1].end - base + 1);
  for (const token of tokens) {
    boundaries[token.start - base] = 1;
    boundaries[token.end - base] = 1;
  }
  return boundaries;
}

let scratch = new Uint8Array(256);
let scratchUsed = 0;

/**
 * The token boundaries of `tokens` like `tokenBoundaries`, in a table shared by all callers: valid until the next call,
 * and zero past the text's end (where `tokenBoundaries` has no entry: neither counts as a boundary).
 * Note: one table for every statement, cleared over what the last one set, where each statement allocated its own.
 */
export function sharedTokenBoundaries(tokens: readonly Token[]): Boundaries {
  scratch.fill(0, 0, scratchUsed);
  if (tokens.length === 0) {
    scratch[0] = 1;
    scratchUsed = 1;
    return scratch;
  }
  const base = tokens[0].start;
  const length = tokens[tokens.length - 1].end - base + 1;
  if (length > scratch.length) scratch = new Uint8Array(Math.max(length, scratch.length * 2));
  for (const token of tokens) {
    scratch[token.start - base] = 1;
    scratch[token.end - base] = 1;
  }
  scratchUsed = length;
  return scratch;
}

/** Whether [start, end) respects the boundaries: both ends on one, or no boundary strictly inside. */
function respects(boundaries: Boundaries | null, start: number, end: number): boolean {
  if (boundaries === null || (boundaries[start] === 1 && boundaries[end] === 1)) return true;
  for (let i = start + 1; i < end; i++) if (boundaries[i] === 1) return false;
  return true;
}

/** The cues of `text`, left to right, without overlaps; `boundaries` null accepts every occurrence. */
export function findCues(text: string, index: CueIndex, boundaries: Boundaries | null): CueMatch[] {
  const matches: CueMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const node = longestCueAt(text, i, index, boundaries);
    if (node !== 0) {
      const end = i + index.lengthOf[node];
      matches.push({ entry: index.entryAt[node]!, start: i, end });
      i = end;
    } else i++;
  }
  return matches;
}

/** The trie node of the longest cue that starts at `i` and respects the boundaries, or 0 when none does. */
export function longestCueAt(text: string, i: number, index: CueIndex, boundaries: Boundaries | null): number {
  let node = firstNodeOf(index, text.charCodeAt(i));
  let found = 0;
  for (let end = i + 1; node !== 0; end++) {
    if (index.isCue[node] === 1 && respects(boundaries, i, end)) found = node;
    node = end < text.length ? childOf(index, node, text.charCodeAt(end)) : 0;
  }
  return found;
}
