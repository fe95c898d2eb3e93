/**
 * Foreign countries' first-level divisions (ISO 3166-2: 东京都, 清迈府, 京畿道, 曼谷), from data/foreign-subdivisions.json
 * (written by scripts/generate-foreign-subdivisions.mjs): regions of level PROVINCE inside their country, read in text by
 * their full Chinese name and, for a prefecture's or capital's level, the name they go by (东京, 清迈). Left out: names a
 * Chinese place or a country has (河南省 of Viet Nam), names two countries' divisions share (中部省), and names that only
 * say where in a country a division lies (北部大区, 滨海省; not 滨海边疆区, whose level is distinctive).
 */
import { readFileSync } from 'node:fs';
import { getLexicon } from '../lexicon/index.js';
import { toSimplified } from '../script/traditional.js';
import type { RegionDraft } from './types.js';

interface Subdivision {
  code: string;
  zh: string;
  en: string | null;
}

/** Whether a region id is a foreign division's (region:JP-13): ISO 3166-2, a country's code, a dash and the division's. */
export const isForeignSubdivisionId = (id: string): boolean => /^region:[A-Z]{2}-[A-Z0-9]{1,3}$/.test(id);

const DATA = new URL('./data/foreign-subdivisions.json', import.meta.url);

function loadSubdivisions(): Subdivision[] {
  return JSON.parse(readFileSync(DATA, 'utf8')) as Subdivision[];
}

/** The name a division goes by without its level (东京都 → 东京), or null when its level is not dropped or too little is left. */
function nameGoneBy(name: string, suffixes: readonly string[]): string | null {
  const suffix = suffixes.find((s) => name.endsWith(s));
  const bare = suffix === undefined ? null : name.slice(0, name.length - suffix.length);
  return bare !== null && bare.length >= 2 ? bare : null;
}

/**
 * Whether a division's name only says where in its country it lies: a generic opening word alone or with a level (中部省,
 * 北部大区, 红海), not one a distinctive part follows (滨海边疆区, 东南苏拉威西省, 中央吕宋).
 */
function onlySaysWhere(name: string, genericStarts: readonly string[], levels: readonly string[]): boolean {
  for (const start of genericStarts) {
    if (!name.startsWith(start)) continue;
    const rest = name.slice(start.length);
    if (rest.length < 2 || levels.includes(rest)) return true;
  }
  return false;
}

/**
 * Drafts for the divisions of the countries among `countryIds`, none under a name in `taken` (every name and form of the
 * gazetteer's other regions). A name written without a level (曼谷) is returned in `bareNames`, for the caller to match only
 * before a separator where the dictionary has it as an ordinary word; one of two characters is read only before a boundary.
 */
export function foreignSubdivisionDrafts(countryIds: ReadonlySet<string>, taken: ReadonlySet<string>): { drafts: RegionDraft[]; bareNames: Set<string> } {
  const { foreignDivisionLevels, foreignDivisionShortSuffixes, foreignDivisionGenericStarts } = getLexicon().regions;
  const all = loadSubdivisions().map((s) => ({ ...s, name: toSimplified(s.zh) }));
  const countries = new Map<string, Set<string>>();
  for (const s of all) {
    const owners = countries.get(s.name) ?? new Set<string>();
    owners.add(s.code.slice(0, 2));
    countries.set(s.name, owners);
  }
  const drafts: RegionDraft[] = [];
  const bareNames = new Set<string>();
  const used = new Set<string>();
  for (const s of all) {
    const country = `region:${s.code.slice(0, 2)}`;
    const { name } = s;
    if (!countryIds.has(country) || name.length < 2 || taken.has(name) || used.has(name)) continue;
    if ((countries.get(name)?.size ?? 0) > 1 || onlySaysWhere(name, foreignDivisionGenericStarts, foreignDivisionLevels)) continue;
    used.add(name);
    const short = nameGoneBy(name, foreignDivisionShortSuffixes);
    const shortForms = short !== null && !taken.has(short) ? [short] : [];
    const bare = !foreignDivisionLevels.some((level) => name.endsWith(level));
    if (bare) bareNames.add(name);
    const traditional = s.zh !== name ? [s.zh] : [];
    drafts.push({
      record: {
        id: `region:${s.code}`,
        name,
        aliases: [...traditional, ...shortForms, ...(s.en ? [s.en] : []), s.code],
        nameEn: s.en,
        level: 'PROVINCE',
        code: s.code,
        parentId: country,
      },
      shortForms,
      fullNames: [],
      // Note: two characters and no level (曼谷, 长岛) read as a name only before a boundary or after a verb of coming or
      // staying (在曼谷举办, 赴曼谷、清迈), as a county's short form is: not inside other words (长岛 of 长岛海洋…试验区).
      boundaryName: bare && name.length === 2,
    });
  }
  return { drafts, bareNames };
}
