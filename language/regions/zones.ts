/**
 * Zones with an administration (ANNOTATION.md): a place name followed by a zone head (南沙经开区, 济南高新区, 雄安新区,
 * 横琴粤澳深度合作区, 合肥都市圈) is a region of kind ZONE, PART_OF the place it is named with (else the document's place).
 */
import { getGazetteer, isTownshipName, townshipsNamed, TOWNSHIP_SUFFIXES } from '../gazetteer/index.js';
import { getLexicon } from '../lexicon/index.js';
import { allHan } from '../match/tokens.js';
import type { Token } from '../segment/index.js';
import type { RegionMention } from './types.js';

const ZONE_ID_PREFIX = 'region:zone:';

/** The id of a zone: named by its written form, so the same zone written alike merges across documents. */
export function zoneId(name: string): string {
  return `${ZONE_ID_PREFIX}${name}`;
}

/** Whether a region id is a zone's (zoneId). */
export function isZoneId(id: string): boolean {
  return id.startsWith(ZONE_ID_PREFIX);
}

/** The name of the zone an id is of (zoneId's inverse). */
export function zoneName(id: string): string {
  return id.slice(ZONE_ID_PREFIX.length);
}

/** Place-like tokens that may open a zone's name when the gazetteer does not know the place (葛店, 雄安, 横琴). */
const PLACE_TAGS = new Set(['ns', 'nsf']);
const MAX_NAME_TOKENS = 3;
/** A place's name before a zone head: two or three characters (雄安, 横琴). */
const NAME_LENGTH = (word: string): boolean => word.length >= 2 && word.length <= 3;

/**
 * A word the segmenter did not know, of Han characters only: right before a zone head it is the zone's place (雄安); not
 * when it ends in a conjunction (前海及 + 合作区: two zones named).
 */
function unknownName(token: Token): boolean {
  return token.tag === 'x' && NAME_LENGTH(token.word) && allHan(token.word) && !getLexicon().names.conjunctions.has(token.word.slice(-1));
}

/**
 * Tags of a noun that may be a township's name (横琴/n, 前海/f: a place word the segmenter reads as "front sea"); a verb
 * or adjective (创新/v) never opens a zone's name.
 */
const TOWNSHIP_TAGS = new Set(['n', 'nr', 'nz', 'x', 'f']);

/** A township the gazetteer knows, written without its suffix (横琴 of 横琴镇), opening a zone's name. */
function townshipName(token: Token): boolean {
  return TOWNSHIP_TAGS.has(token.tag) && NAME_LENGTH(token.word) && allHan(token.word) && isTownshipName(token.word);
}

let headFinals: readonly string[] | undefined;

/** No positions (shared: never changed). */
const NO_POSITIONS: readonly number[] = [];

/**
 * Where the text holds the last character of some zone head (区, 圈), ascending; none in most statements. One search per
 * distinct last character: each head is then tested only where its own last character stands.
 * Note: a native search for each of the two characters, not a scan reading a 64 kB table at every character (that scan
 * was two thirds of extractZones' own time).
 */
function headFinalsAt(text: string): readonly number[] {
  headFinals ??= [...new Set(getLexicon().regions.zoneHeads.filter((head) => head.length > 0).map((head) => head.charAt(head.length - 1)))];
  let found: number[] | null = null;
  for (const final of headFinals) for (let p = text.indexOf(final); p >= 0; p = text.indexOf(final, p + 1)) (found ??= []).push(p);
  if (found !== null && headFinals.length > 1) found.sort((a, b) => a - b);
  return found ?? NO_POSITIONS;
}

/** The zones of one statement; `regions` are its region mentions (absolute offsets). */
export function extractZones(text: string, offset: number, tokens: readonly Token[], regions: readonly RegionMention[],
  contextRegionId: string | null): RegionMention[] {
  const out: RegionMention[] = [];
  const finals = headFinalsAt(text);
  if (finals.length === 0) return out;
  for (const head of getLexicon().regions.zoneHeads) {
    // Note: the head is tested only where a head's last character stands (`finals`), not searched for through the whole
    // text (one search per head); `from` skips a place overlapping the one found before, as a search from after it did.
    let from = 0;
    for (const final of finals) {
      const at = final - head.length + 1;
      if (at < from || !text.startsWith(head, at)) continue;
      from = at + head.length;
      const headStart = offset + at;
      if (out.some((z) => headStart >= z.start && headStart < z.end)) continue;
      const zone = zoneBefore(text, offset, tokens, regions, headStart, head, contextRegionId);
      if (zone) out.push(zone);
    }
  }
  const parts = zoneParts(text, offset, out, regions);
  if (parts.length > 0) out.push(...parts);
  return out;
}

/**
 * The parts of zones a statement names by a place right after the zone and a part's head (regions.zonePartHeads:
 * 河套深港科技创新合作区 + 深圳 + 园区, the zone's Shenzhen park), each a zone of its own in the zone.
 */
function zoneParts(text: string, offset: number, zones: readonly RegionMention[], regions: readonly RegionMention[]): RegionMention[] {
  const out: RegionMention[] = [];
  for (const zone of zones) {
    const place = regions.find((r) => r.start === zone.end);
    const head = place === undefined ? undefined : getLexicon().regions.zonePartHeads.find((w) => text.startsWith(w, place.end - offset));
    if (place === undefined || head === undefined) continue;
    const end = place.end + head.length;
    const name = text.slice(zone.start - offset, end - offset);
    out.push({ type: 'REGION', name, kind: 'ZONE', start: zone.start, end, surface: name, regionIds: [zoneId(name)], parentRegionId: zone.regionIds?.[0] ?? zoneId(zone.name) });
  }
  return out;
}

let knownOpenings: { opening: string; name: string; cityId: string }[] | undefined;

/** The lexicon's known zones with their cities' ids, resolved once; a city no gazetteer knows is the lexicon's error. */
function knownZoneOpenings(): { opening: string; name: string; cityId: string }[] {
  if (knownOpenings !== undefined) return knownOpenings;
  const gazetteer = getGazetteer();
  knownOpenings = [];
  for (const [name, [opening, city]] of getLexicon().regions.knownZones) {
    const cityId = gazetteer.candidates(city).find((r) => r.name === city)?.id;
    if (cityId === undefined) throw new Error(`policy-kg: lexicon regions.yaml: known zone ${name} lies in ${city}, which no gazetteer knows`);
    knownOpenings.push({ opening, name, cityId });
  }
  return knownOpenings;
}

/**
 * Adds to `zones` the known zones one statement names by their opening word right after their city (深圳 + 前海, 珠海 +
 * 横琴, 东莞 + 松山湖: regions.knownZones) where no zone read already covers them; `regions` are its region mentions
 * (absolute offsets).
 */
export function addKnownZonesAfterCity(zones: RegionMention[], text: string, offset: number, regions: readonly RegionMention[]): void {
  // Note: a statement that names no place has no city for a zone's opening word to follow (most statements).
  if (regions.length === 0) return;
  for (const { opening, name, cityId } of knownZoneOpenings()) {
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + opening.length)) {
      const start = offset + at;
      const end = start + opening.length;
      // Note: the zone's full name is read as a zone already; only its opening word alone after its city is read here.
      if (text.startsWith(name, at) || !cityEndsAt(regions, start, cityId) || covered(zones, start, end)) continue;
      zones.push({ type: 'REGION', name, kind: 'ZONE', start, end, surface: opening, regionIds: [zoneId(name)], parentRegionId: cityId });
    }
  }
}

/** Whether a mention of the city `cityId` ends at `end`. */
function cityEndsAt(regions: readonly RegionMention[], end: number, cityId: string): boolean {
  for (const r of regions) if (r.end === end && r.regionIds?.length === 1 && r.regionIds[0] === cityId) return true;
  return false;
}

/** Whether a zone already read covers [start, end). */
function covered(zones: readonly RegionMention[], start: number, end: number): boolean {
  for (const z of zones) if (z.start <= start && z.end >= end) return true;
  return false;
}

/** How many words of a field may stand between a zone's places and its head (深港 + 现代 + 服务业 + 合作区). */
const FIELD_TOKENS = 3;
/**
 * Tags of the words naming a zone's field or its own place (现代/t 服务业/n, 科技/n 创新/v; 宁波 + 石化/j, 青岛 + 西海岸/s, 湖州 +
 * 南太湖/nr: an abbreviation, a place word, a word the segmenter took for a name).
 */
const FIELD_TAGS = new Set(['n', 'vn', 'v', 't', 'nz', 'an', 'j', 's', 'nr']);

/** Whether a place (gazetteer or tagged) ends at `end`. */
function placeEndsAt(tokens: readonly Token[], regions: readonly RegionMention[], end: number): boolean {
  if (regions.some((r) => r.end === end)) return true;
  const token = tokens.find((t) => t.end === end);
  return token !== undefined && token.word.length >= 2 && PLACE_TAGS.has(token.tag);
}

/**
 * Where the words of a zone's field start when they stand between its places and its head (前海深港 + 现代服务业 +
 * 合作区, 河套深港 + 科技创新 + 合作区): a place must end right before them; else the head itself (no field).
 */
function fieldStart(tokens: readonly Token[], regions: readonly RegionMention[], headStart: number): number {
  if (placeEndsAt(tokens, regions, headStart)) return headStart;
  const { actionWords } = getLexicon().names;
  let start = headStart;
  for (let k = 0; k < FIELD_TOKENS; k++) {
    const token = tokens.find((t) => t.end === start);
    if (!token || token.word.length < 2 || !FIELD_TAGS.has(token.tag) || !allHan(token.word) || actionWords.has(token.word)) return headStart;
    start = token.start;
    if (placeEndsAt(tokens, regions, start)) return start;
  }
  return headStart;
}

/**
 * The region a zone named with a place lies in: the place itself (an area too, not its members), or of a compound (深港,
 * 粤澳) its first member that is not a SAR, as a zone named with a mainland place and a SAR lies on the mainland
 * (前海深港…合作区 in 深圳市).
 */
function hostRegion(place: RegionMention): string | null {
  const ids = place.regionIds ?? [];
  if (place.kind !== 'COMPOUND') return ids[0] ?? null;
  const gazetteer = getGazetteer();
  return ids.find((id) => { const level = gazetteer.byId(id)?.level; return level !== undefined && level !== 'SAR'; }) ?? ids[0] ?? null;
}

/** The city of the township written `name` (横琴 of 横琴镇) that lies in `within`, or null when none does or none is known. */
function townshipCity(name: string, within: string | null): string | null {
  if (within === null) return null;
  const gazetteer = getGazetteer();
  for (const suffix of TOWNSHIP_SUFFIXES) {
    for (const township of townshipsNamed(name + suffix)) {
      const county = township.countyId;
      if (county !== within && !gazetteer.liesIn(county, within)) continue;
      return [gazetteer.byId(county), ...gazetteer.parentsOf(county)].find((r) => r?.level === 'CITY')?.id ?? null;
    }
  }
  return null;
}

/**
 * A zone the segmenter read as one word with its place (武汉东湖新技术开发区/nt): the word ends with the head and opens with
 * a place the statement names; or null.
 */
function gluedZone(tokens: readonly Token[], regions: readonly RegionMention[], headStart: number, head: string):
  { start: number; end: number; place: RegionMention } | null {
  const end = headStart + head.length;
  const token = tokens.find((t) => t.start < headStart && t.end === end);
  if (!token) return null;
  const place = regions.find((r) => r.start === token.start && r.end < headStart);
  return place ? { start: token.start, end, place } : null;
}

/** Levels of a division whose full name before a zone's own place is the zone's address. */
const ADDRESS_LEVELS: ReadonlySet<string> = new Set(['PROVINCE', 'CITY', 'DISTRICT']);

/** The zone whose head starts at `headStart`: its name runs back over places (gazetteer or tagged) to its first place. */
function zoneBefore(text: string, offset: number, tokens: readonly Token[], regions: readonly RegionMention[], headStart: number,
  head: string, contextRegionId: string | null): RegionMention | null {
  const glued = gluedZone(tokens, regions, headStart, head);
  if (glued) {
    const name = text.slice(glued.start - offset, glued.end - offset);
    const parent = hostRegion(glued.place) ?? contextRegionId;
    return { type: 'REGION', name, kind: 'ZONE', start: glued.start, end: glued.end, surface: name, regionIds: [zoneId(name)], ...(parent ? { parentRegionId: parent } : {}) };
  }
  let start = fieldStart(tokens, regions, headStart);
  let placeRegion: string | null = null;
  let count = 0;
  while (count < MAX_NAME_TOKENS) {
    const region = regions.find((r) => r.end === start);
    const token = tokens.find((t) => t.end === start);
    if (region) {
      // Note: a division written in full before a place that opens the zone's name (深圳市 + 前海深港…合作区, 东莞市 + 松山湖
      // 高新技术产业开发区) is its address: it places the zone but is no part of its name.
      const address = count > 0 && region.surface === region.name && ADDRESS_LEVELS.has(region.kind ?? '');
      if (!address) start = region.start;
      placeRegion = hostRegion(region) ?? placeRegion;
      if (address) break;
    } else if (token && token.word.length >= 2 && (PLACE_TAGS.has(token.tag) || (count === 0 && unknownName(token)) || townshipName(token))) {
      start = token.start;
      // Note: a township opening the name (横琴 + 粤澳 + 深度合作区) says which city of the places after it holds the zone.
      const township: string | null = townshipName(token) ? townshipCity(token.word, placeRegion ?? contextRegionId) : null;
      // Note: a place the gazetteer knows only by a form the matcher did not take here (扬中 + 经济开发区) still places the zone.
      placeRegion = township ?? placeRegion ?? getGazetteer().candidates(token.word, { regionId: contextRegionId })[0]?.id ?? null;
    } else break;
    count++;
  }
  if (start === headStart) return null;
  const end = headStart + head.length;
  const name = text.slice(start - offset, end - offset);
  const parent = placeRegion ?? contextRegionId;
  return { type: 'REGION', name, kind: 'ZONE', start, end, surface: name, regionIds: [zoneId(name)], ...(parent ? { parentRegionId: parent } : {}) };
}
