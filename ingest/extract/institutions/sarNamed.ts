/**
 * A SAR's public bodies named with the SAR's name and a head that names a programme elsewhere (澳门特别行政区 +
 * 科学技术发展基金, 澳门 + 高等教育基金: institutions.sarNamedHeads), read from the SAR's mention on.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { isHanCode } from '../../../language/match/tokens.js';
import type { Candidate } from '../../model.js';
import type { InstitutionCandidate } from './index.js';
import { vocab } from './vocabulary.js';

/** The most characters between the SAR's name and the head (政府社会保障 of 澳门特别行政区政府社会保障基金). */
const FIELD_MAX = 12;

/** Whether a body's head starting at or before `at` runs past `end` (基金会 over 基金). */
function longerHead(text: string, at: number, end: number): boolean {
  for (let k = end + 1; k <= Math.min(text.length, end + 2); k++) {
    const match = vocab().headLexicon.matchEnd(text, k);
    if (match !== null && k - match.word.length <= at) return true;
  }
  return false;
}

/** The bodies a statement names with a SAR's name and one of the SAR-named heads, not overlapping `others`. */
export function sarNamedBodies(text: string, offset: number, regions: readonly Candidate[] | undefined, others: readonly Candidate[]): InstitutionCandidate[] {
  const out: InstitutionCandidate[] = [];
  if (!regions) return out;
  const heads = getLexicon().institutions.sarNamedHeads;
  for (const region of regions) {
    if (region.kind !== 'SAR') continue;
    const from = region.end - offset;
    // Note: the name runs over Han characters only, to a conjunction at most (澳门大学 + 与 + …基金 names no fund of 澳门).
    for (let at = from; at < text.length && at <= from + FIELD_MAX && isHanCode(text.charCodeAt(at)) && !vocab().conjunctions.has(text[at]); at++) {
      const head = heads.find((h) => text.startsWith(h, at));
      if (head === undefined) continue;
      const end = at + head.length;
      // Note: a body's head written on (基金 + 会: 澳门基金会) makes it that body's, read as such.
      if (at === from || longerHead(text, at, end)) break;
      const start = region.start;
      if (others.some((c) => c.start < offset + end && start < c.end)) break;
      const name = text.slice(start - offset, end);
      out.push({ type: 'INSTITUTION', name, kind: 'OTHER', start, end: offset + end, surface: name });
      break;
    }
  }
  return out;
}
