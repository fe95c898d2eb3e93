/** Which tokens a region mention covers: the span extractors read a place as part of a name however it was cut. */
import { isTownshipName } from '../../language/gazetteer/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { allHan, hasProperTag, unknownName } from '../../language/match/tokens.js';
import type { Token } from '../../language/segment/index.js';
import type { Candidate } from '../model.js';

/** How many computations are kept: the extractors of one statement ask two or three times in a row. */
const RECENT = 4;
/**
 * The flags last computed, with the tokens and region mentions they were computed from: a ring of RECENT slots, the
 * oldest overwritten. Note: three arrays of slots, not an entry object made per computation.
 */
const recentTokens: (readonly Token[] | null)[] = new Array<readonly Token[] | null>(RECENT).fill(null);
const recentSpans: (readonly Candidate[] | undefined)[] = new Array<readonly Candidate[] | undefined>(RECENT).fill(undefined);
const recentFlags: Uint8Array[] = new Array<Uint8Array>(RECENT).fill(new Uint8Array(0));
/** The slot the next computation goes to. */
let nextSlot = 0;
/** Flags marking no token, by length, shared (callers do not change flags). */
const unmarked: Uint8Array[] = [];

/**
 * Marks (1) the tokens overlapping a region mention. The institution and programme extractors (and the awarded-title
 * reader they share) ask with the same tokens and mentions: computed once per statement. Callers must not change it.
 */
export function regionFlags(tokens: readonly Token[], spans: readonly Candidate[] | undefined): Uint8Array {
  // Note: a statement without a region mention (most) gets the shared unmarked flags of its length: a typed array made
  // per statement (and the search of the recent ones) showed in the profile.
  if (!spans || spans.length === 0) return (unmarked[tokens.length] ??= new Uint8Array(tokens.length));
  // Note: the last few computations by identity, not a WeakMap entry per statement (its set was most of the cost).
  for (let k = 0; k < RECENT; k++) if (recentTokens[k] === tokens && recentSpans[k] === spans) return recentFlags[k];
  const flags = new Uint8Array(tokens.length);
  // Note: tokens in text order (as the segmenter cuts them) are marked from a search per mention, not by a test of
  // every mention at every token (a statement listing places has dozens of each).
  if (inTextOrder(tokens)) for (const s of spans) markOverlapping(flags, tokens, s);
  else {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      for (const s of spans) if (s.start < t.end && t.start < s.end && !opensWord(t, s)) flags[k] = 1;
    }
  }
  recentTokens[nextSlot] = tokens;
  recentSpans[nextSlot] = spans;
  recentFlags[nextSlot] = flags;
  nextSlot = (nextSlot + 1) % RECENT;
  return flags;
}

/** Whether the tokens' starts and ends both never decrease (tokens cut from a text, one after the other). */
function inTextOrder(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (tokens[k].start < tokens[k - 1].start || tokens[k].end < tokens[k - 1].end) return false;
  return true;
}

/**
 * Whether a compound of abbreviations opens a longer word (港澳 of 港澳办, 台港澳 of 台港澳办): it is part of that word, the
 * abbreviated name of an office, which is no place, so a prefix before it (省 + 港澳办) still opens the name.
 */
function opensWord(token: Token, span: Candidate): boolean {
  return span.kind === 'COMPOUND' && token.start === span.start && token.end > span.end;
}

/**
 * Marks the tokens (in text order) overlapping the span: those from the first ending after its start, up to the first
 * starting at or after its end.
 */
function markOverlapping(flags: Uint8Array, tokens: readonly Token[], span: Candidate): void {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > span.start) hi = mid;
    else lo = mid + 1;
  }
  if (lo < tokens.length && opensWord(tokens[lo], span)) return;
  for (let k = lo; k < tokens.length && tokens[k].start < span.end; k++) flags[k] = 1;
}

/**
 * The tokens with each region mention the segmenter cut across words as one token of its own (tag ns): 天/q + 水分/n +
 * 公司/n of 天水分公司 becomes 天水/ns + 分/n + 公司/n, 和/c + 田/n of 和田分公司 becomes 和田/ns. A mention is realigned when a
 * word crosses one of its edges or it spans several words; one inside a longer word that opens with it (北京大学) is left.
 * Returns `tokens` itself when nothing needs it (most statements).
 */
export function placeTokens(tokens: Token[], spans: readonly Candidate[] | undefined): Token[] {
  if (!spans || spans.length === 0) return tokens;
  // Note: most statements need nothing: the check allocates nothing.
  let cut: Candidate[] | null = null;
  for (const s of spans) {
    if (!miscut(tokens, s)) continue;
    // Note: a mention overlapping another (a zone over the places it is named with: 广州 + 南沙 + 自贸区) is left as cut.
    if (spans.some((o) => o !== s && o.start < s.end && s.start < o.end)) continue;
    (cut ??= []).push(s);
  }
  if (cut === null) return tokens;
  // Note: sorted, the mentions cut each word once, left to right.
  cut.sort((a, b) => a.start - b.start);
  const out: Token[] = [];
  for (const t of tokens) {
    let at = t.start;
    for (const s of cut) {
      if (s.end <= at || s.start >= t.end) continue;
      if (s.start > at) out.push(piece(t, at, s.start));
      const last = out[out.length - 1];
      // Note: the place's own token, grown over every word it spans.
      if (last && last.tag === 'ns' && last.start === s.start && last.end < s.end) out[out.length - 1] = { ...last, word: last.word + t.word.slice(Math.max(s.start, at) - t.start, Math.min(s.end, t.end) - t.start), end: Math.min(s.end, t.end) };
      else out.push({ word: t.word.slice(Math.max(s.start, at) - t.start, Math.min(s.end, t.end) - t.start), tag: 'ns', start: Math.max(s.start, at), end: Math.min(s.end, t.end) });
      at = Math.min(s.end, t.end);
    }
    if (at < t.end) out.push(piece(t, at, t.end));
  }
  return out;
}

/** Whether a word crosses an edge of the mention, or the mention spans several whole words. */
function miscut(tokens: readonly Token[], s: Candidate): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.end <= s.start) continue;
    if (t.start >= s.end) break;
    if (t.start < s.start || (t.start > s.start && t.end > s.end)) return true;
    words++;
    if (t.end === s.end) return words > 1;
  }
  return false;
}

/** The part [start, end) of a token, with its tag. */
function piece(t: Token, start: number, end: number): Token {
  return start === t.start && end === t.end ? t : { word: t.word.slice(start - t.start, end - t.start), tag: t.tag, start, end };
}

/** Tags of a token that may be a township's name after its city: a locality word (前海/f) or one the segmenter did not know. */
const TOWNSHIP_TAGS = new Set(['f', 'x']);

/**
 * Also marks a township the gazetteer knows written right after its city or district (深圳市 + 前海, 珠海市 + 横琴), as
 * names of bodies there are, when the segmenter did not read it as a common word (前海/f, an unknown word): alone, or as
 * common words (文化, 工业), such names are too ambiguous to be read as places. So is a Bay Area platform's opening word
 * (regions.knownZones) written right before another place, or a middle dot and a place, in a body's name (前海 + 深港青年梦工场,
 * 横琴 + · + 澳门青年创业谷).
 * Returns `regionOnly` itself when no township is marked (most statements); callers must not change it.
 */
export function withTownships(tokens: readonly Token[], regionOnly: Uint8Array): Uint8Array {
  // Note: the shared flags of a statement without a region mention (most) mark no place, so no token is next to one: no
  // walk over its tokens.
  if (regionOnly === unmarked[tokens.length]) return regionOnly;
  // Note: copied on the first township marked, not per statement: a typed array made per statement showed in the profile.
  let flags = regionOnly;
  for (let k = 0; k < tokens.length; k++) {
    // Note: the flags first: most tokens are next to no place, and their word is not read.
    if (flags[k] !== 0) continue;
    const after = k > 0 && flags[k - 1] === 1;
    const before = flags[k + 1] === 1 || (flags[k + 2] === 1 && NAME_DOTS.has(tokens[k + 1].word));
    if (!after && !before) continue;
    const { word: w, tag } = tokens[k];
    const township = after && TOWNSHIP_TAGS.has(tag) && w.length >= 2 && w.length <= 3 && allHan(w) && isTownshipName(w);
    if (township || (before && zoneOpenings().has(w))) {
      if (flags === regionOnly) flags = regionOnly.slice();
      flags[k] = 1;
    }
  }
  return flags;
}

let openings: ReadonlySet<string> | undefined;

/** The opening words the Bay Area platforms are named by (前海, 横琴), from the lexicon. */
function zoneOpenings(): ReadonlySet<string> {
  openings ??= new Set([...getLexicon().regions.knownZones.values()].map(([opening]) => opening));
  return openings;
}

/** Dashes that pair two places inside a name (中国—东盟, 沿河—吴江). */
export const PLACE_DASHES: ReadonlySet<string> = new Set(['—', '——', '－', '-', '–']);

/**
 * The middle dots that join a place to a name inside one name (中国·海峡项目成果交易会, 横琴・澳门青年创业谷), as a dash pairs
 * two, and the parts of a name written for its sounds (爱德华多·蒙德拉内).
 */
export const NAME_DOTS: ReadonlySet<string> = new Set(['·', '•', '‧', '・']);

/** Whether token `j` is a dash or middle dot between a place and a place or other proper name, inside one name (中国—东盟…基地). */
export function placePair(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  if (j === 0 || (!PLACE_DASHES.has(tokens[j].word) && !NAME_DOTS.has(tokens[j].word))) return false;
  return (placeAt(tokens, regions, j - 1) || placeAt(tokens, regions, j + 1)) && namedAt(tokens, regions, j - 1) && namedAt(tokens, regions, j + 1);
}

/**
 * Whether token `k` names something a place may be paired with: a place, a proper name, an abbreviation (tag j: 东盟,
 * 欧盟, names as much as a proper tag), or a short word the segmenter did not know (平岗/x —广昌).
 * Note: functions of their own, not closures in placePair: those made V8 allocate its scope at every call (every step
 * of a name's walk).
 */
function namedAt(tokens: readonly Token[], regions: Uint8Array, k: number): boolean {
  return regions[k] === 1 || (tokens[k] !== undefined && (hasProperTag(tokens[k]) || tokens[k].tag === 'j' || unknownName(tokens[k])));
}

/** Whether token `k` is a place: one the gazetteer holds, or one it does not (a river, a lake: 新安江/ns —千岛湖/ns). */
export function placeAt(tokens: readonly Token[], regions: Uint8Array, k: number): boolean {
  return regions[k] === 1 || tokens[k]?.tag === 'ns';
}
