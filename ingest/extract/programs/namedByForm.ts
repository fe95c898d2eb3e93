/**
 * Programmes named by their form rather than by a head word: a pairing named by its two sides (粤桂协作, 东西部协作)
 * and a steward system named by the post in charge of one resource (河长制, 林长制).
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { isHanCode } from '../../../language/match/tokens.js';
import type { Candidate } from '../../model.js';
import { overlaps } from './vocabulary.js';

/** The pairing head right after `at` in `text` (the longest), or null. */
function pairingHeadAt(text: string, at: number): string | null {
  let best: string | null = null;
  for (const head of getLexicon().programs.pairingHeads) if (text.startsWith(head, at) && (best === null || head.length > best.length)) best = head;
  return best;
}

/** Pairings named by their sides: a compound of two places (粤桂, 沪滇) or a pairing side word (东西部), then a pairing head. */
function pairings(text: string, offset: number, regions: readonly Candidate[], out: Candidate[]): void {
  // Note: the sides are tried as they are found (the compounds first), not gathered into a list per statement.
  for (const r of regions) if (r.kind === 'COMPOUND') pairing(text, offset, r.start - offset, r.end - offset, out);
  for (const word of getLexicon().programs.pairingSides) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) pairing(text, offset, at, at + word.length, out);
  }
}

/** The pairing named by the side [start, end) and the pairing head right after it, if any. */
function pairing(text: string, offset: number, start: number, end: number, out: Candidate[]): void {
  const head = pairingHeadAt(text, end);
  if (head === null) return;
  const name = text.slice(start, end + head.length);
  out.push({ type: 'PROGRAM', name, kind: 'CAMPAIGN', start: offset + start, end: offset + end + head.length, surface: name });
}

/** Steward systems: one Han character, the resource, before the ending (河 + 长制). */
function stewardSystems(text: string, offset: number, out: Candidate[]): void {
  for (const ending of getLexicon().programs.stewardSystems) {
    for (let at = text.indexOf(ending, 1); at >= 1; at = text.indexOf(ending, at + ending.length)) {
      if (!isHanCode(text.charCodeAt(at - 1))) continue;
      const name = text.slice(at - 1, at + ending.length);
      out.push({ type: 'PROGRAM', name, kind: 'REFORM', start: offset + at - 1, end: offset + at + ending.length, surface: name });
    }
  }
}

/** Programmes named by their form in one statement, where no other program name already covers them. */
export function namedByForm(text: string, offset: number, regions: readonly Candidate[], taken: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  pairings(text, offset, regions, found);
  stewardSystems(text, offset, found);
  return found.length === 0 ? found : clearOfAll(found, taken);
}

/**
 * The candidates overlapping none of `taken`.
 * Note: a function of its own, not a closure in namedByForm: that made V8 allocate its scope for every statement.
 */
function clearOfAll(found: Candidate[], taken: readonly Candidate[]): Candidate[] {
  return found.filter((c) => !taken.some((t) => overlaps(t, c)));
}
