/**
 * Programmes named by their form rather than by a head word: a pairing named by its two sides (粤桂协作, 东西部协作)
 * and a steward system named by the post in charge of one resource (河长制, 林长制).
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { allHan, isHanCode } from '../../../language/match/tokens.js';
import type { Candidate } from '../../model.js';
import { NAME_DOTS, PLACE_DASHES } from '../regionTokens.js';
import { overlaps, vocab } from './vocabulary.js';
import { alternation } from '../../../language/match/alternation.js';

/** The pairing head right after `at` in `text` (the longest), or null. */
function pairingHeadAt(text: string, at: number): string | null {
  let best: string | null = null;
  for (const head of getLexicon().programs.pairingHeads) if (text.startsWith(head, at) && (best === null || head.length > best.length)) best = head;
  return best;
}

/** How long the place after a pair's dash may be (宝安— + 都安, 天津— + 尖扎): a short form the gazetteer may not hold. */
const PAIRED_PLACE = { min: 2, max: 4 } as const;

/**
 * Where a pair of places joined by a dash or a middle dot that ends at `end` starts (宝安—都安, 深圳·河池 + 东西部协作): the
 * place before the mark a region the statement names, the one after it two to four Han characters; or -1.
 */
function pairBefore(text: string, offset: number, regions: readonly Candidate[], end: number): number {
  for (let len = PAIRED_PLACE.min; len <= PAIRED_PLACE.max; len++) {
    const placeAt = end - len;
    if (placeAt < 2 || !allHan(text.slice(placeAt, end))) break;
    for (const r of regions) {
      const mark = text.slice(r.end - offset, placeAt);
      if (r.end - offset < placeAt && (PLACE_DASHES.has(mark) || NAME_DOTS.has(mark))) return r.start - offset;
    }
  }
  return -1;
}

/** Where the side [start, end) of a pairing opens its name: at a compound or a pair of places written right before it. */
function pairingStart(text: string, offset: number, regions: readonly Candidate[], start: number): number {
  // Note: the pair's two places are named before its side (甬凉 + 东西部协作, 宝安—都安 + 东西部协作).
  const compound = regions.find((r) => r.kind === 'COMPOUND' && r.end - offset === start);
  if (compound) return compound.start - offset;
  const pair = pairBefore(text, offset, regions, start);
  return pair >= 0 ? pair : start;
}

/** The programme head right after a pairing's name (东西部协作 + 产业园, 山海协作 + 示范基地), or ''. */
function headAfter(text: string, at: number): string {
  let best = '';
  for (let end = at + 2; end <= Math.min(text.length, at + vocab().maxHeadLength); end++) {
    const head = vocab().headLexicon.get(text.slice(at, end));
    if (head !== undefined) best = text.slice(at, end);
  }
  return best;
}

/**
 * Pairings named by their sides: a compound of two places (粤桂, 沪滇), a pairing side word (东西部) or a pair of places
 * joined by a dash (天津—尖扎), then a pairing head.
 */
function pairings(text: string, offset: number, regions: readonly Candidate[], out: Candidate[]): void {
  // Note: the sides are tried as they are found (the compounds first), not gathered into a list per statement.
  for (const r of regions) if (r.kind === 'COMPOUND') pairing(text, offset, r.start - offset, r.end - offset, out, true);
  for (const word of getLexicon().programs.pairingSides) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const start = pairingStart(text, offset, regions, at);
      // Note: the places are part of the name only with what the pairing built (宝安—都安东西部协作 + 产业园); without it,
      // 宁波·凉山东西部协作 is east–west pairing between the two.
      if (start === at || !pairing(text, offset, start, at + word.length, out, true, true)) pairing(text, offset, at, at + word.length, out, false);
    }
  }
  for (const head of getLexicon().programs.pairingHeads) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      const pair = pairBefore(text, offset, regions, at);
      if (pair >= 0) pairing(text, offset, pair, at, out, true, true);
    }
  }
}

/**
 * The pairing named by the sides [start, end) and the pairing head right after them, if any; when its two places are
 * `named`, with the programme head after it that names what the pairing built (宝安—都安东西部协作 + 产业园: the side
 * word alone, 东西部协作产业园, is any such park); `needsBuilt` when the name is read only with such a head. Whether one
 * was read.
 */
function pairing(text: string, offset: number, start: number, end: number, out: Candidate[], named: boolean, needsBuilt = false): boolean {
  const head = pairingHeadAt(text, end);
  if (head === null) return false;
  const stop = end + head.length;
  const built = named ? headAfter(text, stop) : '';
  if (needsBuilt && built === '') return false;
  const name = text.slice(start, stop + built.length);
  const kind = built === '' ? 'CAMPAIGN' : vocab().headLexicon.get(built) ?? 'CAMPAIGN';
  if (!out.some((c) => c.start === offset + start && c.end === offset + stop + built.length)) {
    out.push({ type: 'PROGRAM', name, kind, start: offset + start, end: offset + stop + built.length, surface: name });
  }
  return true;
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

let formWords: RegExp | undefined;

/**
 * Whether the statement holds a word a programme named by its form is read from: a pairing's side or head, a steward
 * system's ending (every reading below starts from one).
 * Note: one test of a pattern built once from the lexicon, not a search per word: most statements hold none, and the
 * searches (eight per statement) were most of this module's time.
 */
function holdsFormWord(text: string): boolean {
  const { pairingSides, pairingHeads, stewardSystems } = getLexicon().programs;
  formWords ??= new RegExp(alternation([...pairingSides, ...pairingHeads, ...stewardSystems]));
  return formWords.test(text);
}

/** Programmes named by their form in one statement, where no other program name already covers them. */
export function namedByForm(text: string, offset: number, regions: readonly Candidate[], taken: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  if (!holdsFormWord(text)) return found;
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
