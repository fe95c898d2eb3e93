/** Region matching in Chinese text: gazetteer names, compound abbreviations, city initials and zones, with offsets. */
/**
 * Region extraction: gazetteer names (leftmost-longest, strict forms only before a boundary) and compound
 * abbreviations (穗港澳, 港澳台, 广深) in one pass over a statement.
 */
import { abbreviations, getGazetteer, getRegionMatcher, isCompound, ordinaryAbbreviationBigrams, type LookupContext, type RegionRecord, type SurfaceEntry, type SurfaceMatch } from '../gazetteer/index.js';
import { areaId, isAreaId } from '../gazetteer/areas.js';
import { CHINA_ID } from '../gazetteer/countries.js';
import { isMainlandDivisionId } from '../gazetteer/chinaDivisions.js';
import { getLexicon } from '../lexicon/index.js';
import type { RegionMention } from './types.js';
import { codeTable } from '../match/codeTable.js';
import { cityInitialCodes, cityInitialsBefore } from './cityInitials.js';
import { inFixedExpression, standsForPlace } from './filters.js';
import { zoneId } from './zones.js';

/** Longest compound abbreviation considered (粤港澳台 has four characters). */
const MAX_COMPOUND = 6;

let compoundIds: Map<number, string> | undefined;
/** 1 at the codes of `compoundIds` (a test cheaper than a map lookup at each character of a statement). */
const isAbbreviation = new Uint8Array(0x10000);

/** The region id each abbreviation character (by char code) stands for, resolved once against the gazetteer. */
export function abbreviationIds(): ReadonlyMap<number, string> {
  if (compoundIds) return compoundIds;
  const gazetteer = getGazetteer();
  compoundIds = new Map();
  const { zoneHeads } = getLexicon().regions;
  for (const [code, abbreviation] of abbreviations()) {
    const region = gazetteer.candidates(abbreviation.name).find((r) => r.name === abbreviation.name);
    // Note: a zone is in no gazetteer (琴 of 琴澳 stands for 横琴粤澳深度合作区): its id is the one its name is read under.
    const id = region?.id ?? (zoneHeads.some((head) => abbreviation.name.endsWith(head)) ? zoneId(abbreviation.name) : undefined);
    if (id !== undefined) {
      compoundIds.set(code, id);
      isAbbreviation[code] = 1;
    }
  }
  return compoundIds;
}


let movementCodes: Uint8Array | undefined;

/** 1 at the code of each movement verb (来, 赴 …), from the lexicon (its words are single characters). */
function movementVerbCodes(): Uint8Array {
  movementCodes ??= codeTable([[[...getLexicon().regions.movementVerbs].filter((verb) => verb.length === 1), 1]]);
  return movementCodes;
}

/** Whether the abbreviation at `i` stands alone for its region: right after a movement verb, not starting an ordinary word. */
export function loneAbbreviation(text: string, i: number): boolean {
  // Note: by code, not by the one-character string text[i - 1] (a string made and hashed at each abbreviation).
  return (
    i > 0 &&
    movementVerbCodes()[text.charCodeAt(i - 1)] === 1 &&
    getLexicon().regions.distinctAlone.has(text[i]) &&
    !ordinaryAbbreviationBigrams().has(text.slice(i, i + 2))
  );
}

/**
 * The compound abbreviation starting at `i` (or at `i + 1` after a leading weak character: 推广港澳 → 港澳), or null.
 * The run of abbreviation characters must be maximal (not preceded by one, at most MAX_COMPOUND long); it stops before
 * a character that starts a gazetteer name (港澳台湾 → 港澳) and drops a last character that begins an ordinary word
 * with the next one (粤澳深度 → 粤澳); what remains must pass `isCompound`.
 */
function compoundAt(text: string, i: number): { start: number; end: number } | null {
  if (isAbbreviation[text.charCodeAt(i)] !== 1 || (i > 0 && isAbbreviation[text.charCodeAt(i - 1)] === 1)) return null;
  const matcher = getRegionMatcher();
  let end = i + 1;
  // Note: a compound names each place once: a character that repeats one of the run starts the next word (粤港澳 + 粤剧).
  while (end < text.length && isAbbreviation[text.charCodeAt(end)] === 1 && !matcher.startsAt(text, end) && !repeatsRun(text, i, end)) {
    if (++end - i > MAX_COMPOUND) return null;
  }
  // Note: one abbreviation alone (most) is a mention only where it stands alone, which tests the ordinary word it may
  // start itself: no bigram to cut first.
  if (end === i + 1) return loneAbbreviation(text, i) ? { start: i, end: i + 1 } : null;
  if (end < text.length && ordinaryAbbreviationBigrams().has(text.slice(end - 1, end + 1))) end--;
  if (end - i < 2) return end - i === 1 && loneAbbreviation(text, i) ? { start: i, end: i + 1 } : null;
  const run = text.slice(i, end);
  if (isCompound(run)) return end < text.length && holdsCountry(run) && countryBlockerAt(text, end) ? null : { start: i, end };
  if (abbreviations().get(text.charCodeAt(i))?.cls === 'WEAK' && isCompound(run.slice(1))) return { start: i + 1, end };
  return null;
}

/** Whether a pair of languages or a street's name starts at `end` (中葡 + 双语, 中英 + 文, 中英 + 街), no ordinary word (文化). */
function countryBlockerAt(text: string, end: number): boolean {
  const { countryCompoundBlockers, countryCompoundUnblocked } = getLexicon().regions;
  if (!countryCompoundBlockers.has(text[end])) return false;
  for (const word of countryCompoundUnblocked) if (text.startsWith(word, end)) return false;
  return true;
}

/** Whether the character at `end` is one of text[start, end). */
function repeatsRun(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(end);
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** Whether a run of abbreviations holds a country's (中日韩, 台美): a pair of languages or a street's name may follow it. */
function holdsCountry(run: string): boolean {
  for (let k = 0; k < run.length; k++) if (abbreviations().get(run.charCodeAt(k))?.cls === 'COUNTRY') return true;
  return false;
}

/** Classes of a character by code, as bits: it starts a gazetteer form, is a city initial, is an abbreviation. */
const STARTS_FORM = 1;
const CITY_INITIAL = 2;
const ABBREVIATION = 4;
let classes: Uint8Array | undefined;

/**
 * The class bits of each code that may open a mention (0 for the others). Built once, after the tables it joins.
 * Note: one table, not one per matcher: a statement's scan reads one entry per character, where it read up to four
 * tables of 64 kB each (cache misses, most of the scan's time).
 */
function openingClasses(): Uint8Array {
  if (!classes) {
    const matcher = getRegionMatcher();
    abbreviationIds();
    const initials = cityInitialCodes();
    const table = new Uint8Array(0x10000);
    for (let code = 0; code < table.length; code++) {
      table[code] = (matcher.startsWithCode(code) ? STARTS_FORM : 0) | (initials[code] === 1 ? CITY_INITIAL : 0) | (isAbbreviation[code] === 1 ? ABBREVIATION : 0);
    }
    classes = table;
  }
  return classes;
}

let members: Map<string, string[]> | undefined;

/** The members of a region that is no area (shared: never changed). */
const NO_MEMBERS: readonly string[] = [];

/** The member regions an area's name also names (京津冀 → 北京市, 天津市, 河北省), from the lexicon; shared, never changed. */
function areaMembers(regionId: string): readonly string[] {
  // Note: most mentions are of no area: the id's prefix says so, without a look-up in the map of areas.
  if (!isAreaId(regionId)) return NO_MEMBERS;
  if (!members) {
    const gazetteer = getGazetteer();
    members = new Map(getLexicon().regions.areas.map((a) => [
      areaId(a.slug),
      a.members.map((name) => gazetteer.candidates(name).find((r) => r.name === name)?.id).filter((id): id is string => id !== undefined),
    ]));
  }
  return members.get(regionId) ?? NO_MEMBERS;
}

/** The ids of a region's mention: its own, then an area's members (a new array per mention). */
function mentionIds(regionId: string): string[] {
  // Note: most regions are no area: no spread of an empty list per mention.
  const ids = areaMembers(regionId);
  return ids.length === 0 ? [regionId] : [regionId, ...ids];
}

/** A compound of city initials starting at `i` (郑洛新 before 国家自主创新示范区), or null. */
function cityInitialsAt(text: string, i: number): { end: number; surface: string; regionIds: string[] } | null {
  const initials = cityInitialCodes();
  if (i + 1 >= text.length || initials[text.charCodeAt(i)] !== 1 || initials[text.charCodeAt(i + 1)] !== 1) return null;
  for (let end = i + 4; end >= i + 2; end--) {
    const found = cityInitialsBefore(text, end);
    if (found && found.start === i) return { end, surface: text.slice(i, end), regionIds: found.regionIds };
  }
  return null;
}

/**
 * The place written right before an ambiguous name, when one of the name's regions lies in it: an address names its
 * parts from the largest down (深圳市南山区 is Shenzhen's 南山区, whatever the issuer's region).
 */
function addressContext(found: readonly RegionMention[], at: number, ids: readonly string[]): { regionId: string } | null {
  if (ids.length < 2) return null;
  const previous = found[found.length - 1];
  const parent = previous?.regionIds?.length === 1 ? previous.regionIds[0] : undefined;
  if (parent === undefined || previous.end !== at) return null;
  return ids.some((id) => getGazetteer().liesIn(id, parent)) ? { regionId: parent } : null;
}

/** The levels of the places outside the mainland's divisions whose own places an address may name after them. */
const OUTSIDE_LEVELS: ReadonlySet<string> = new Set(['COUNTRY', 'SAR']);

/**
 * Whether a mainland division's short form is written right after a foreign country or a SAR, as a place or a name of
 * that country's or SAR's (印尼 + 泗水: Surabaya, not 泗水县; 韩国 + 全州; 澳门 + 濠江中学, 香港 + 上海汇丰银行): an address
 * names its country first, so what follows is there.
 */
function abroadShortForm(found: readonly RegionMention[], at: number, region: RegionRecord, surface: string): boolean {
  if (surface === region.name || !isMainlandDivisionId(region.id)) return false;
  const previous = found[found.length - 1];
  return previous?.end === at && OUTSIDE_LEVELS.has(previous.kind) && previous.regionIds?.[0] !== CHINA_ID;
}

/** The region a form stands for here: the best ranked, in the place written right before it when that holds one. */
function bestRegion(found: readonly RegionMention[], at: number, entry: SurfaceEntry, context: LookupContext): RegionRecord | undefined {
  const ids = entry.ids;
  // Note: most forms name one region: no context to weigh, and its record is the entry's (no look-up by id).
  if (ids.length === 1) return entry.records[0];
  const address = addressContext(found, at, ids);
  return getGazetteer().rank(ids, address ? { ...address, named: context.named } : context)[0];
}

/**
 * The mention of a run of abbreviations at text[start, end) (`offset`: the statement's start in the document): the
 * regions its characters stand for (each once, in order), or a lone abbreviation's region by its name and level.
 * Note: a loop, not a Set of an Array.from with a closure over the table (V8 allocated the walk's scope at every call).
 */
function abbreviationMention(text: string, offset: number, start: number, end: number): RegionMention {
  const ids = abbreviationIds();
  const regionIds: string[] = [];
  for (let k = start; k < end; k++) {
    // Note: 中 opening a compound of countries (中日韩) says the other side is China's, no place of the text's.
    if (k === start && end - start > 1 && abbreviations().get(text.charCodeAt(k))?.cls === 'CHINA') continue;
    const id = ids.get(text.charCodeAt(k))!;
    if (!regionIds.includes(id)) regionIds.push(id);
  }
  const surface = text.slice(start, end);
  const single = surface.length === 1 ? getGazetteer().byId(regionIds[0]) : undefined;
  return { type: 'REGION', name: single?.name ?? surface, kind: single?.level ?? 'COMPOUND', start: offset + start, end: offset + end, surface, regionIds };
}

/** The foreign country whose mention ends at `at` (泰国 of 泰国曼谷), or null. */
function countryBefore(found: readonly RegionMention[], at: number): string | null {
  const last = found[found.length - 1];
  if (last === undefined || last.end !== at || last.kind !== 'COUNTRY' || last.regionIds?.length !== 1) return null;
  return last.regionIds[0] === CHINA_ID ? null : last.regionIds[0];
}

/**
 * The region form at `i`; right after a foreign country's name (`country`), one of that country's places is read
 * whatever follows it, as in a list (泰国曼谷巡演, 泰国曼谷朱拉隆功大学: 曼谷 is read elsewhere only before a boundary),
 * but not before a division's level, which would leave it cut from its own name (韩国首尔 + 特别市教育厅).
 */
function matchAfter(text: string, i: number, listed: boolean, country: string | null): SurfaceMatch | null {
  const matcher = getRegionMatcher();
  if (listed || country === null) return matcher.matchAt(text, i, listed);
  const loose = matcher.matchAt(text, i, true);
  if (loose !== null && loose.entry.records.some((r) => r.parentId === country)
    && !getLexicon().regions.foreignDivisionLevels.some((level) => text.startsWith(level, loose.end))) return loose;
  return matcher.matchAt(text, i, false);
}

/**
 * Region mentions in one statement; `offset` is the statement's start in the document, `context.regionId` the issuer's
 * region (resolves ambiguous short forms). A name yields `{name: canonical name, kind: level, regionIds: [id]}`; a
 * compound abbreviation yields `{name: surface, kind: 'COMPOUND', regionIds: every region it stands for}`; a lone
 * abbreviation after a movement verb (来穗) yields its region like a name. The walk is leftmost-longest: a form the
 * filters drop still ends the match where it ends.
 */
export function extractRegions(text: string, offset: number, context: LookupContext): RegionMention[] {
  const matcher = getRegionMatcher();
  const opening = openingClasses();
  const out: RegionMention[] = [];
  let lastEnd = -2;
  for (let i = 0; i < text.length; ) {
    // Note: most characters open nothing: one table test spares them the three matchers.
    const cls = opening[text.charCodeAt(i)];
    if (cls === 0) {
      i++;
      continue;
    }
    const listed = matcher.continuesList(text, i, lastEnd);
    // Note: each matcher is called only where its own class bit is set (a call costs more than the test), and the form
    // matcher only where a form may start with the next character too (a small test, inlined here, that fails at most).
    const m = (cls & STARTS_FORM) !== 0 && matcher.mayContinueAt(text, i) ? matchAfter(text, i, listed, countryBefore(out, offset + i)) : null;
    if (m) {
      const region = bestRegion(out, offset + m.start, m.entry, context);
      // Note: the surface is cut once for the filters and the mention (each filter cut it again).
      const surface = region ? text.slice(m.start, m.end) : '';
      if (region && !inFixedExpression(text, m.start, surface) && standsForPlace(text, m.start, surface, region, context.regionId, listed, context.named)
        && !abroadShortForm(out, offset + m.start, region, surface)) {
        out.push({ type: 'REGION', name: region.name, kind: region.level, start: offset + m.start, end: offset + m.end, surface, regionIds: mentionIds(region.id) });
      }
      i = lastEnd = m.end;
      continue;
    }
    const initials = (cls & CITY_INITIAL) !== 0 && i + 1 < text.length && (opening[text.charCodeAt(i + 1)] & CITY_INITIAL) !== 0 ? cityInitialsAt(text, i) : null;
    if (initials) {
      out.push({ type: 'REGION', name: initials.surface, kind: 'COMPOUND', start: offset + i, end: offset + initials.end, surface: initials.surface, regionIds: initials.regionIds });
      i = lastEnd = initials.end;
      continue;
    }
    const compound = (cls & ABBREVIATION) !== 0 ? compoundAt(text, i) : null;
    if (compound) {
      out.push(abbreviationMention(text, offset, compound.start, compound.end));
      i = lastEnd = compound.end;
      continue;
    }
    i++;
  }
  return withCountedLists(text, offset, out, context);
}

import { withCountedLists } from './countedLists.js';

export { addKnownZonesAfterCity, extractZones, isZoneId, zoneId, zoneName } from './zones.js';
export { extractTownships } from './townships.js';
export { extractVillages } from './villages.js';
export { provinceOf } from './province.js';
export type { RegionMention } from './types.js';
