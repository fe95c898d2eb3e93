/**
 * Townships (镇, 乡, 街道) by their full names, within the place a text is about: 兴隆镇 in a 湄潭县 report is 湄潭县's
 * 兴隆镇, and so it is after its county or city (海晏县西海镇, 东莞市东城街道). Hundreds of counties share a name (永兴镇):
 * a name that no township of that place bears, or that two of them bear, is left alone.
 */
import { getGazetteer, townshipsNamed, TOWNSHIP_SUFFIXES, type TownshipRecord } from '../gazetteer/index.js';
import type { RegionMention } from './types.js';

/** The first character of each suffix, by UTF-16 code. */
const SUFFIX_FIRSTS = new Set(TOWNSHIP_SUFFIXES.map((s) => s.charCodeAt(0)));

/** Most characters a township's name has before its suffix (沙柳河 + 镇, 太原街 + 街道). */
const MAX_NAME = 5;

/** The township of `name` that lies in `scopeId` (or is it), when exactly one does. */
function townshipIn(name: string, scopeId: string): TownshipRecord | null {
  const gazetteer = getGazetteer();
  const found = townshipsNamed(name).filter((t) => t.countyId === scopeId || gazetteer.liesIn(t.countyId, scopeId));
  return found.length === 1 ? found[0] : null;
}

/**
 * The townships of one statement: a full name right after a place (its county or city), else within the document's
 * place (`regionId`); `regions` are the statement's other region mentions (absolute offsets). The longest name wins.
 */
export function extractTownships(text: string, offset: number, regions: readonly RegionMention[], regionId: string | null): RegionMention[] {
  const out: RegionMention[] = [];
  for (let i = 1; i < text.length; i++) {
    // Note: most characters open no suffix; the test by code spares the string compares.
    if (!SUFFIX_FIRSTS.has(text.charCodeAt(i))) continue;
    const suffix = TOWNSHIP_SUFFIXES.find((s) => text.startsWith(s, i));
    if (suffix === undefined) continue;
    const end = i + suffix.length;
    for (let start = Math.max(0, i - MAX_NAME); start < i; start++) {
      if (out.some((t) => offset + start < t.end)) continue;
      const before = regions.find((r) => r.end === offset + start && r.regionIds?.length === 1);
      const scope = before?.regionIds?.[0] ?? regionId;
      if (!scope) continue;
      const township = townshipIn(text.slice(start, end), scope);
      if (!township) continue;
      out.push({ type: 'REGION', name: township.name, kind: 'TOWNSHIP', start: offset + start, end: offset + end, surface: township.name, regionIds: [township.id] });
      break;
    }
  }
  return out;
}
