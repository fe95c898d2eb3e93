/** Where a statement refers to its own place or body (我市, 本校), read once per statement for the extractors that ask. */
import { selfReferencePairs } from '../../language/match/tokens.js';

/** The statement text last read and its self-reference pairs. */
let last: { text: string; pairs: readonly number[] } = { text: '', pairs: [] };

/**
 * The positions of the self-reference pairs in `text` (`selfReferencePairs`); the region and institution extractors
 * ask for each statement one after the other, and get the pairs read once. Callers must not change them.
 */
export function selfReferencesIn(text: string): readonly number[] {
  if (text !== last.text) last = { text, pairs: selfReferencePairs(text) };
  return last.pairs;
}
