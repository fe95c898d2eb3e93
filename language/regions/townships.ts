/**
 * Townships (镇, 乡, 街道) by their full names, within the place a text is about: 兴隆镇 in a 湄潭县 report is 湄潭县's
 * 兴隆镇, and so it is after its county or city (海晏县西海镇, 东莞市东城街道). Hundreds of counties share a name (永兴镇):
 * a name that no township of that place bears, or that two of them bear, is left alone. So are the Taiwan districts that
 * other places name too (大安区, 北区): read by the same walk, within their city only.
 */
import { getGazetteer, longestTownshipName, mayNameTownship, townshipCountyOf, townshipsNamed, TOWNSHIP_SUFFIXES, type RegionRecord, type TownshipRecord } from '../gazetteer/index.js';
import { getLexicon } from '../lexicon/index.js';
import { codeTable } from '../match/codeTable.js';
import { allHan } from '../match/tokens.js';
import type { RegionMention } from './types.js';

/** The suffixes read, with the tables that find them fast (built on first use, from the gazetteer). */
interface Suffixes {
  /** The townships' suffixes and the last characters of the names read only within their place (区 of 大安区, 北区). */
  readonly all: readonly string[];
  /** Those no township's name ends in (区): a name ending in one is looked up among the scoped names alone. */
  readonly scopedOnly: ReadonlySet<string>;
  /** 1 at the first character of each suffix, by UTF-16 code. */
  readonly firsts: Uint8Array;
  /** The distinct first characters of the suffixes (街, 镇, 乡, 区). */
  readonly firstChars: readonly string[];
}

let suffixTables: Suffixes | undefined;

/** The suffixes read: the townships', and the endings of the scoped names the gazetteer holds (derived, not listed). */
function suffixes(): Suffixes {
  if (suffixTables === undefined) {
    const gazetteer = getGazetteer();
    const scopedOnly = new Set<string>();
    for (const r of gazetteer.all()) {
      const last = r.name.slice(-1);
      if (gazetteer.scopedNamed(r.name).length > 0 && !TOWNSHIP_SUFFIXES.some((suffix) => suffix.endsWith(last))) scopedOnly.add(last);
    }
    const all = [...TOWNSHIP_SUFFIXES, ...scopedOnly];
    suffixTables = { all, scopedOnly, firsts: codeTable([[all.map((x) => x[0]), 1]]), firstChars: [...new Set(all.map((x) => x[0]))] };
  }
  return suffixTables;
}

/**
 * Whether a suffix's first character stands in the text after its first character (most statements name no township).
 * Note: a native search per character, not the scan of a 64 kB table at every character: the table is out of the cache
 * by the next statement, and that scan was most of extractTownships' time.
 */
function mayHoldSuffix(text: string): boolean {
  for (const first of suffixes().firstChars) if (text.includes(first, 1)) return true;
  return false;
}

/** The township suffix written at `i`, or undefined (a loop, not a closure made per suffix character). */
function suffixAt(text: string, i: number): string | undefined {
  for (const suffix of suffixes().all) if (text.startsWith(suffix, i)) return suffix;
  return undefined;
}

/** The one township of `named` that lies in `scopeId` (or is it), or null when none or several do. */
function townshipIn(named: readonly TownshipRecord[], scopeId: string): TownshipRecord | null {
  const gazetteer = getGazetteer();
  const found = named.filter((t) => t.countyId === scopeId || gazetteer.liesIn(t.countyId, scopeId));
  return found.length === 1 ? found[0] : null;
}

/**
 * The one township of `named` in the nearest place before `at` the statement named (absolute offsets) that holds one of
 * them, nearest first, or null.
 */
function inPlaceNamedBefore(named: readonly TownshipRecord[], regions: readonly RegionMention[], at: number): TownshipRecord | null {
  if (named.length === 0) return null;
  for (let k = regions.length - 1; k >= 0; k--) {
    const r = regions[k];
    if (r.end > at || r.regionIds?.length !== 1) continue;
    const township = townshipIn(named, r.regionIds[0]);
    if (township) return township;
  }
  return null;
}

/** The one township of `named` whose county the document named (`namedCounties`: region ids), or null when none or several. */
function inNamedCounty(named: readonly TownshipRecord[], namedCounties: ReadonlySet<string>): TownshipRecord | null {
  let found: TownshipRecord | null = null;
  for (const t of named) {
    if (!namedCounties.has(t.countyId)) continue;
    if (found !== null) return null;
    found = t;
  }
  return found;
}

/** No townships. */
const NO_TOWNSHIPS: readonly TownshipRecord[] = [];

/** The one region of `scoped` that lies in `scopeId` (or is it), or null when none or several do. */
function scopedIn(scoped: readonly RegionRecord[], scopeId: string): RegionRecord | null {
  const gazetteer = getGazetteer();
  let found: RegionRecord | null = null;
  for (const r of scoped) {
    if (r.id !== scopeId && !gazetteer.liesIn(r.id, scopeId)) continue;
    if (found !== null) return null;
    found = r;
  }
  return found;
}

/** The first characters of the names read only within their place, by UTF-16 code (built on first use). */
let scopedFirsts: Set<number> | undefined;

/** Whether a name read only within its place may start at `start` (a test by first character before any slice). */
function mayNameScoped(text: string, start: number): boolean {
  if (scopedFirsts === undefined) {
    const gazetteer = getGazetteer();
    scopedFirsts = new Set();
    for (const r of gazetteer.all()) if (gazetteer.scopedNamed(r.name).length > 0) scopedFirsts.add(r.name.charCodeAt(0));
  }
  return scopedFirsts.has(text.charCodeAt(start));
}

/** Level characters a place's short form may be written with (沿河 + 县). */
const LEVEL_CHARS = new Set(['县', '区', '市', '旗']);

/** Whether a list mark or a connective of the lexicon's stands right before `start` (平峰镇、硝河乡, 甲镇与乙乡). */
export function listedAfter(text: string, start: number): boolean {
  const { listMarks, connectives } = getLexicon().partnering;
  return start > 0 && (listMarks.includes(text[start - 1]) || connectives.has(text[start - 1]));
}

/** Whether a word may start at `start`: at the text's start, after no Chinese character, a list mark or a locative. */
function wordMayStart(text: string, start: number): boolean {
  return start === 0 || !allHan(text[start - 1]) || listedAfter(text, start) || getLexicon().programs.locatives.has(text[start - 1]);
}

/** Whether a region mention ends at `end` and starts before `start`: the name at `start` is the tail of its name. */
function endsLongerPlace(regions: readonly RegionMention[], start: number, end: number): boolean {
  for (const r of regions) if (r.end === end && r.start < start) return true;
  return false;
}

/**
 * The place a township written at `start` is read in: the county or city written right before it (沿河县 + 官舟镇), or
 * the county of the township it is listed after (西吉县平峰镇、硝河乡).
 */
function placeBefore(text: string, offset: number, start: number, regions: readonly RegionMention[], townships: readonly RegionMention[]): string | null {
  const at = offset + start;
  const levelled = start > 0 && LEVEL_CHARS.has(text[start - 1]) ? at - 1 : at;
  const place = regions.find((r) => (r.end === at || r.end === levelled) && r.regionIds?.length === 1)?.regionIds?.[0];
  if (place) return place;
  // Note: a list mark or a connective of the lexicon's stands between two townships of a list (平峰镇、硝河乡, 甲镇与乙乡).
  const listed = listedAfter(text, start) ? townships.find((t) => t.end === at - 1)?.regionIds?.[0] : undefined;
  if (!listed) return null;
  // Note: a Taiwan township's county is its parent (region:TW:宜兰县:大同乡); a mainland one's is in its code.
  return townshipCountyOf(listed) ?? getGazetteer().byId(listed)?.parentId ?? null;
}

/**
 * The townships of one statement: a full name right after a place (its county or city), else within the document's
 * place (`regionId`), a place the statement named before it or a county the document named (`namedCounties`); `regions`
 * are the statement's other region mentions (absolute offsets). The longest name wins. A name is looked up with the
 * table's variant characters too (鲘门镇 of 鮜门镇), in a Simplified text as in a Traditional one converted back.
 */
export function extractTownships(text: string, offset: number, regions: readonly RegionMention[], regionId: string | null,
  namedCounties?: ReadonlySet<string>): RegionMention[] {
  const out: RegionMention[] = [];
  // Note: the townships found end in the order they are found, so the last one's end is the furthest.
  let lastEnd = -1;
  if (!mayHoldSuffix(text)) return out;
  const { firsts, scopedOnly: scopedSuffixes } = suffixes();
  for (let i = 1; i < text.length; i++) {
    // Note: most characters open no suffix; the test by code spares the string compares.
    if (firsts[text.charCodeAt(i)] !== 1) continue;
    const suffix = suffixAt(text, i);
    if (suffix === undefined) continue;
    const end = i + suffix.length;
    for (let start = Math.max(0, i - longestTownshipName()); start < i; start++) {
      if (offset + start < lastEnd) continue;
      // Note: most suffix characters end no township's name (乡 of 乡村): the table is asked before the place is sought,
      // and the test by first character and length before the table (it spares a slice per candidate start).
      const scopedOnly = scopedSuffixes.has(suffix);
      const mainland = !scopedOnly && mayNameTownship(text, start, end, true);
      if (!mainland && !mayNameScoped(text, start)) continue;
      // Note: a scoped district's name that ends a place found already is part of its name (南区 of 安南区).
      if (scopedOnly && endsLongerPlace(regions, offset + start, offset + end)) continue;
      const name = text.slice(start, end);
      const named = mainland ? townshipsNamed(name, true) : NO_TOWNSHIPS;
      // Note: so is a Taiwan, Kinmen or Matsu township whose name other places bear (大同乡 of 宜兰县, 金城镇 of 金门县).
      const scoped = getGazetteer().scopedNamed(name);
      if (named.length === 0 && scoped.length === 0) continue;
      const before = placeBefore(text, offset, start, regions, out);
      // Note: a scoped name of two characters (北区, 东区) is read only where a word may start: after its city, a list
      // mark, a locative or no Chinese character (not 南区 of 台南区渔会, 东区 of 江东区).
      if (end - start === 2 && before === null && !wordMayStart(text, start)) continue;
      const scope = before ?? regionId;
      if (!scope) continue;
      let township = townshipIn(named, scope);
      const found = township === null ? scopedIn(scoped, scope) : null;
      // Note: else, after a township of another county in a list, the document's place; else a county or city the
      // statement named before it (罗湖区桂园街道与同乐镇、黄贝街道与甘田镇…: 同乐镇 乐业县's, 黄贝街道 罗湖区's).
      if (township === null && found === null && before !== null && regionId !== null && before !== regionId && listedAfter(text, start)) {
        township = townshipIn(named, regionId);
      }
      if (township === null && found === null) township = inPlaceNamedBefore(named, regions, offset + start);
      // Note: else the one county the document named before that holds one (青溪镇 in a 安吉县 report on its pairing with
      // 青川县, named earlier).
      if (township === null && found === null && namedCounties) township = inNamedCounty(named, namedCounties);
      if (township) out.push({ type: 'REGION', name: township.name, kind: 'TOWNSHIP', start: offset + start, end: offset + end, surface: name, regionIds: [township.id] });
      else if (found) out.push({ type: 'REGION', name: found.name, kind: found.level, start: offset + start, end: offset + end, surface: name, regionIds: [found.id] });
      else continue;
      lastEnd = offset + end;
      break;
    }
  }
  return out;
}
