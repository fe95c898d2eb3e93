/** General rules deriving the short forms of Chinese administrative names (广州市 → 广州, 黔南布依族苗族自治州 → 黔南州, 黔南). */
import { getLexicon } from '../lexicon/index.js';
import type { RegionLevel } from './types.js';

let ethnicLongestFirst: readonly string[] | undefined;

/** Names of special zones that have no conventional short form (开发区, 园区, 管理区 …). */
const NO_SHORT_FORM = /开发区|园区|管理区|示范区|实验区|聚集区|管委会|委员会|群岛|海域|新城$/;

/** Removes trailing ethnic-group names (with or without 族) while at least two characters remain: 广西壮族 → 广西, 博尔塔拉蒙古 → 博尔塔拉. */
export function stripEthnic(prefix: string): string {
  let rest = prefix;
  ethnicLongestFirst ??= [...getLexicon().regions.ethnicGroups].sort((a, b) => b.length - a.length);
  for (;;) {
    let next: string | null = null;
    for (const group of ethnicLongestFirst) {
      if (rest.endsWith(group + '族') && rest.length - group.length - 1 >= 2) {
        next = rest.slice(0, -group.length - 1);
        break;
      }
      if (group.length >= 2 && rest.endsWith(group) && rest.length - group.length >= 2) {
        next = rest.slice(0, -group.length);
        break;
      }
    }
    if (next === null) return rest;
    rest = next;
  }
}

function autonomous(name: string, suffix: '自治区' | '自治州' | '自治县' | '自治旗', head: string): string[] {
  const place = stripEthnic(name.slice(0, -suffix.length));
  const out = [place];
  if (head) {
    out.unshift(place + head);
    if (place.length > 2) out.push(place.slice(0, 2) + head);
  }
  return out;
}

function stripSuffix(name: string, suffixes: readonly string[]): string[] {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return [name.slice(0, -suffix.length)];
  }
  return [];
}

/** The short forms of a Chinese region name by general rules; every form has at least two characters and differs from the name. */
export function shortForms(name: string, level: RegionLevel): string[] {
  let forms: string[];
  if (NO_SHORT_FORM.test(name)) forms = [];
  else if (name.endsWith('自治区')) forms = autonomous(name, '自治区', '');
  else if (name.endsWith('自治州')) forms = autonomous(name, '自治州', '州');
  else if (name.endsWith('自治县')) forms = autonomous(name, '自治县', '县');
  else if (name.endsWith('自治旗')) forms = autonomous(name, '自治旗', '旗');
  else if (level === 'PROVINCE' || level === 'SAR') forms = stripSuffix(name, ['特别行政区', '省', '市']);
  else forms = stripSuffix(name, ['新区', '林区', '地区', '区', '县', '市', '盟', '旗']);
  return [...new Set(forms)].filter((form) => form.length >= 2 && form !== name);
}
