/**
 * The places a locative or a list puts a program in: a locative right before a place (在, 前往; a verb of reach: 覆盖), an
 * itinerary's words (实习地点包括…), a place added to one (新增 + …两条路线) or sent to (向 + …派出), and the places listed
 * after a placed one or written as its address (到 + 广州、深圳; 黑龙江省 + 五常市).
 */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { isAreaId } from '../../language/gazetteer/areas.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { codeTable } from '../../language/match/codeTable.js';
import { allHan, maxWordLength } from '../../language/match/tokens.js';
import type { SpannedId } from '../resolve.js';
import { bracketAfter, clauseAt, clausesOf } from './clauses.js';
import type { PlacementInput } from './touches.js';

/** How far before a region a locative may stand (在 + 广州, 在 + 全市 is no region). */
const LOCATIVE_WINDOW = 1;

/** Whether one of `words` ends right before `at`. */
function wordEndsAt(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at - word.length)) return true;
  return false;
}

/** Whether a text holds one of the characters. Note: a loop, not a spread and `some` (an array and a closure per place). */
function holdsOneOf(text: string, chars: ReadonlySet<string>): boolean {
  // Note: `located` asks it of the one code unit before a place: that unit is the one character a walk would yield (no
  // string iterator made for every place).
  if (text.length === 1) return chars.has(text);
  for (const c of text) if (chars.has(c)) return true;
  return false;
}

/**
 * Whether a locative stands right before the region (在, 前往; a verb of reach: 覆盖, 惠及), or 向 with a verb of sending
 * later in its clause.
 */
export function located(input: Pick<PlacementInput, 'text' | 'start'>, region: SpannedId): boolean {
  const at = region.start - input.start;
  const before = input.text.slice(Math.max(0, at - LOCATIVE_WINDOW), at);
  const { locatives, locativeVerbs, coverageVerbs } = getLexicon().programs;
  return holdsOneOf(before, locatives) || wordEndsAt(input.text, at, locativeVerbs) || wordEndsAt(input.text, at, coverageVerbs)
    || itinerary(input.text.slice(Math.max(0, at - ITINERARY_WINDOW), at))
    || addedToItinerary(input, region)
    || sentTo(input, region);
}

/**
 * Whether an addition verb stands right before the place and its clause ends with an itinerary noun (新增 + 贵州省贵阳市及
 * 黑龙江省哈尔滨市两条路线, 首次加入 + 四川省成都市和云南省昆明市的行程): the places are added to where the programme goes.
 */
function addedToItinerary(input: Pick<PlacementInput, 'text' | 'start'>, region: SpannedId): boolean {
  const { additionVerbs, itineraryNouns } = getLexicon().programs;
  if (!wordEndsAt(input.text, region.start - input.start, additionVerbs)) return false;
  // Note: the statement's clauses are split only here, where an addition verb stands before a place (seldom).
  const clause = clauseAt(clausesOf(input.text, input.start), region.start);
  return itineraryNouns.some((noun) => input.text.startsWith(noun, clause.end - input.start - noun.length));
}

/** Whether the place follows 向 and a verb of sending follows it in its clause (向北京、武汉等城市派出交流生). */
function sentTo(input: Pick<PlacementInput, 'text' | 'start'>, region: SpannedId): boolean {
  const { sendingMark, sendingVerbs } = getLexicon().programs;
  if (!input.text.startsWith(sendingMark, region.start - input.start - sendingMark.length)) return false;
  // Note: the statement's clauses are split only here, where 向 stands before a place (seldom).
  const clause = clauseAt(clausesOf(input.text, input.start), region.start);
  const after = input.text.slice(region.end - input.start, clause.end - input.start);
  return sendingVerbs.some((verb) => after.includes(verb));
}

/** How far before a place the words of an itinerary may end (实习地点 + 涵盖). */
const ITINERARY_WINDOW = 6;

/** Whether a text ends with an itinerary noun and an inclusion word (实习地点包括, 行程涵盖): the places after it are where it goes. */
export function itinerary(before: string): boolean {
  const { inclusionWords, itineraryNouns } = getLexicon().programs;
  const word = inclusionWords.find((w) => before.endsWith(w));
  return word !== undefined && itineraryNouns.some((noun) => before.slice(0, before.length - word.length).endsWith(noun));
}

/**
 * The regions `opens` places, and each region listed after a placed one with only a list mark between (到 + 广州、深圳、佛山),
 * or a lower place no gazetteer holds and the mark (在 + 珠海市横琴、江门市蓬江区).
 * A place written right after a placed one is an address (黑龙江省 + 五常市): its last, most specific place is placed —
 * here whether or not the gazetteer puts the one inside the other (a zone, a short form: addressLevel asks it, and lost
 * placements here).
 */
export function placedLists(input: Pick<PlacementInput, 'text' | 'start'>, regions: readonly SpannedId[], opens: (r: SpannedId) => boolean): Set<SpannedId> {
  const out = new Set<SpannedId>();
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  let previous: SpannedId | null = null;
  // Note: a bracket right after a place gives its short name (…开发区（「松山湖高新區」）及深圳市): the list goes on after it.
  let bracketEnd = -1;
  for (const r of sorted) {
    if (previous !== null && r.start - input.start < bracketEnd) continue;
    const gap = previous === null ? null : input.text.slice(Math.max(previous.end - input.start, bracketEnd), r.start - input.start);
    const follows = previous !== null && out.has(previous);
    // Note: an area written right after a place is no lower level of its address (江门、肇庆 + 大湾区内地九市): the place stays.
    if (follows && gap === '' && previous !== null && previous.id !== r.id && !isAreaId(r.id)) {
      out.delete(previous);
      out.add(r);
    } else if ((follows && gap !== null && (getLexicon().partnering.listMarks.includes(gap) || unlistedTail(gap))) || opens(r)
      || afterUnlistedPlace(input.text, r.start - input.start, previous === null ? 0 : previous.end - input.start)) out.add(r);
    previous = r;
    const closes = bracketAfter(input.text, r.end - input.start);
    if (closes > r.end - input.start) bracketEnd = closes;
  }
  return out;
}

/** How long a place no gazetteer holds may be, written after a place it lies in (横琴 of 珠海市横琴, 莫斯科 of 俄罗斯莫斯科). */
const UNLISTED_TAIL = { min: 2, max: 4 } as const;

/**
 * Whether what stands between two places is a lower place no gazetteer holds and a list mark (珠海市 + 横琴、 + 江门市蓬江区,
 * 俄罗斯 + 莫斯科及 + 新加坡): the list of placed places goes on after it, as after the mark alone. Not an action word
 * (在广州市 + 举办、 + …).
 */
function unlistedTail(gap: string): boolean {
  const mark = getLexicon().partnering.listMarks.find((m) => gap.endsWith(m));
  if (mark === undefined) return false;
  const tail = gap.slice(0, gap.length - mark.length);
  return tail.length >= UNLISTED_TAIL.min && tail.length <= UNLISTED_TAIL.max && allHan(tail) && !getLexicon().names.actionWords.has(tail);
}

/** The longest a place no gazetteer holds and its list mark may be (built once from the lexicon). */
let longestTail: number | undefined;

/**
 * Whether a locative opens a list of places with a place no gazetteer holds before `at` (在 + 建水古城、 + 团山村和曲江镇):
 * the list goes on as after a placed place. `from`: where the place before ends (no locative inside it: 与于都县、兴国县).
 */
function afterUnlistedPlace(text: string, at: number, from: number): boolean {
  const { locatives } = getLexicon().programs;
  longestTail ??= UNLISTED_TAIL.max + maxWordLength(getLexicon().partnering.listMarks);
  for (let gap = UNLISTED_TAIL.min + 1; gap <= longestTail && at - gap - 1 >= from; gap++) {
    if (locatives.has(text[at - gap - 1]) && unlistedTail(text.slice(at - gap, at))) return true;
  }
  return false;
}

/** Whether a place is a level of an address: a place inside it is written right after it (北京市 + 海淀区). */
export function addressLevel(place: SpannedId, regions: readonly SpannedId[]): boolean {
  return regions.some((next) => next.start === place.end && next.id !== place.id && getGazetteer().liesIn(next.id, place.id));
}

/** The regions a locative places, in a list it opens too (到 + 广州、深圳、佛山, 在 + 前海及南沙). */
export function locatedRegions(input: Pick<PlacementInput, 'text' | 'start'>, regions: readonly SpannedId[]): Set<SpannedId> {
  return placedLists(input, regions, (r) => located(input, r));
}

let locativeCodes: Uint8Array | undefined;

/** Whether a text holds a locative (在, 至 …). */
export function holdsLocative(text: string): boolean {
  // Note: by code, from a table built once of the lexicon's locatives (single characters), not by a string per character.
  locativeCodes ??= codeTable([[[...getLexicon().programs.locatives].filter((c) => c.length === 1), 1]]);
  for (let i = 0; i < text.length; i++) if (locativeCodes[text.charCodeAt(i)] === 1) return true;
  return false;
}
