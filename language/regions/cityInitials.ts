/**
 * Compounds of city initials before a regional head (郑洛新国家自主创新示范区 → 郑州, 洛阳, 新乡; 合芜蚌 → 合肥, 芜湖, 蚌埠):
 * each character is the first character of exactly one prefecture-level city of one province, read from the gazetteer.
 */
import { getGazetteer } from '../gazetteer/index.js';
import { getLexicon } from '../lexicon/index.js';
import { codeTable } from '../match/codeTable.js';
import { isHanCode } from '../match/tokens.js';
import { provinceOf } from './province.js';

/** Per province: the cities whose name starts with each character (only characters that start exactly one). */
let initials: Map<string, Map<string, string>> | undefined;

function buildInitials(): Map<string, Map<string, string>> {
  const byProvince = new Map<string, Map<string, string[]>>();
  for (const r of getGazetteer().all()) {
    if (r.level !== 'CITY') continue;
    const province = provinceOf(r.id);
    if (!province) continue;
    const chars = byProvince.get(province) ?? new Map<string, string[]>();
    chars.set(r.name[0], [...(chars.get(r.name[0]) ?? []), r.id]);
    byProvince.set(province, chars);
  }
  const out = new Map<string, Map<string, string>>();
  for (const [province, chars] of byProvince) {
    out.set(province, new Map([...chars].filter(([, ids]) => ids.length === 1).map(([ch, ids]) => [ch, ids[0]])));
  }
  return out;
}

let followerFirst: Uint8Array | undefined;

const MIN_RUN = 2;
const MAX_RUN = 4;

let anyInitial: Uint8Array | undefined;

/** 1 at the code of each initial of some city in the compound table (a cheap test before the full one). */
export function cityInitialCodes(): Uint8Array {
  initials ??= buildInitials();
  anyInitial ??= codeTable([[[...initials.values()].flatMap((cities) => [...cities.keys()]), 1]]);
  return anyInitial;
}


/** The compound of city initials ending right before `end` (a regional head follows), or null. */
export function cityInitialsBefore(text: string, end: number): { start: number; regionIds: string[] } | null {
  // Note: by code, not by the one-character string text[end]: this runs at every pair of initials of a statement.
  followerFirst ??= codeTable([[getLexicon().regions.compoundFollowers.map((w) => w[0]), 1]]);
  if (end >= text.length || followerFirst[text.charCodeAt(end)] !== 1 || !followerAt(text, end)) return null;
  initials ??= buildInitials();
  for (let length = MAX_RUN; length >= MIN_RUN; length--) {
    const start = end - length;
    if (start < 0) continue;
    const run = text.slice(start, end);
    // Note: two characters alone are too often an ordinary word; they count only after a separator (、合芜).
    if (new Set(run).size !== run.length || (length === 2 && start > 0 && isHanCode(text.charCodeAt(start - 1)))) continue;
    for (const cities of initials.values()) {
      if (allInitials(run, cities)) return { start, regionIds: Array.from(run, (ch) => cities.get(ch)!) };
    }
  }
  return null;
}

/**
 * Whether a compound follower (a regional head) starts at `at`.
 * Note: a loop, not `some` with a closure over the text and offset (V8 allocated the caller's scope at every call).
 */
function followerAt(text: string, at: number): boolean {
  const followers = getLexicon().regions.compoundFollowers;
  for (let k = 0; k < followers.length; k++) if (text.startsWith(followers[k], at)) return true;
  return false;
}

/** Whether every character of `run` is the initial of a city of one province's table. */
function allInitials(run: string, cities: ReadonlyMap<string, string>): boolean {
  for (const ch of run) if (!cities.has(ch)) return false;
  return true;
}
