/** The Chinese surface forms under which regions may be matched in running text, with their matching restrictions. */
import { isHkMoTwDivision } from './hkMoTw.js';
import { getLexicon } from '../lexicon/index.js';
import type { RegionDraft, RegionLevel, RegionRecord } from './types.js';

/**
 * How a surface form may end in text: anywhere (FREE), before a boundary such as a head, particle, institution word
 * or another region (BOUNDARY, short forms), or only before punctuation or a conjunction (SEPARATOR, country names
 * that are ordinary word parts: 海地 in 沿海地区); or it is read only right after a verb of coming or staying (PLACED,
 * a short form that is an ordinary word as often: 同心). A form continuing a list of places lifts each. See surfaceMatcher.
 */
export type Restriction = 'FREE' | 'BOUNDARY' | 'SEPARATOR' | 'PLACED';

const RESTRICTION_ORDER: readonly Restriction[] = ['FREE', 'BOUNDARY', 'SEPARATOR', 'PLACED'];

/** What a surface form denotes in text. */
export interface SurfaceEntry {
  /** Candidate region ids, best first without context (full names first, then higher levels). */
  ids: string[];
  /** The records of `ids`, in the same order (resolved once, not looked up by id at each match). */
  records: RegionRecord[];
  /** The loosest restriction of the regions the form names. */
  restriction: Restriction;
}

const LEVEL_RANK: Readonly<Record<RegionLevel, number>> = { COUNTRY: 0, SAR: 1, PROVINCE: 1, AREA: 1, CITY: 2, DISTRICT: 3 };

/** The rank of a level for default disambiguation: countries, provinces and SARs before cities before districts. */
export function levelRank(level: RegionLevel): number {
  return LEVEL_RANK[level];
}

const CJK_ONLY = /^[\u3400-\u9fff()]+$/;

interface Contribution { id: string; record: RegionRecord; full: boolean; restriction: Restriction; rank: number; order: number }

/**
 * Builds the surface form index: canonical and formal names always; short forms of provinces and cities
 * (BOUNDARY when ordinary words: `common` from nodejieba's dictionary, or the lexicon's ordinary city short forms); short forms of
 * districts BOUNDARY, and dropped when ordinary words; ambiguous country names SEPARATOR;
 * generic stoplisted words, single characters and non-Chinese forms never.
 */
export function buildSurfaceIndex(drafts: readonly RegionDraft[], common: ReadonlySet<string>): Map<string, SurfaceEntry> {
  const { genericStoplist, ordinaryCityShortForms, placedOnlyShortForms } = getLexicon().regions;
  const contributions = new Map<string, Contribution[]>();
  const add = (form: string, record: RegionRecord, full: boolean, restriction: Restriction, rank: number, order: number): void => {
    // Note: a Hong Kong district's full name that is a generic word on the mainland (北区, 东区, 南区) stays: it is read only
    // in a text about Hong Kong (needsItsSar).
    if (form.length < 2 || !CJK_ONLY.test(form) || (genericStoplist.has(form) && !(full && isHkMoTwDivision(record.id)))) return;
    const list = contributions.get(form);
    const id = record.id;
    const entry = { id, record, full, restriction, rank, order };
    if (list) {
      if (!list.some((c) => c.id === id)) list.push(entry);
    } else contributions.set(form, [entry]);
  };

  drafts.forEach((d, order) => {
    // Note: a region read only within its county or city is no surface of the index (language/regions/townships.ts).
    if (d.scopedOnly) return;
    const { name, level } = d.record;
    const rank = levelRank(level);
    add(name, d.record, true, d.strictName === true ? 'SEPARATOR' : d.boundaryName === true ? 'BOUNDARY' : 'FREE', rank, order);
    for (const form of d.fullNames) add(form, d.record, true, 'FREE', rank, order);
    if (d.separatorNames) for (const form of d.separatorNames) add(form, d.record, true, 'SEPARATOR', rank, order);
    for (const form of d.shortForms) {
      const isCommon = common.has(form) || ordinaryCityShortForms.has(form);
      if (placedOnlyShortForms.has(form)) add(form, d.record, false, 'PLACED', rank, order);
      else if (level === 'DISTRICT') {
        if (!isCommon) add(form, d.record, false, 'BOUNDARY', rank, order);
      } else add(form, d.record, false, isCommon ? 'BOUNDARY' : 'FREE', rank, order);
    }
  });

  const index = new Map<string, SurfaceEntry>();
  for (const [form, list] of contributions) {
    list.sort((a, b) => Number(b.full) - Number(a.full) || a.rank - b.rank || a.order - b.order);
    const loosest = Math.min(...list.map((c) => RESTRICTION_ORDER.indexOf(c.restriction)));
    index.set(form, { ids: list.map((c) => c.id), records: list.map((c) => c.record), restriction: RESTRICTION_ORDER[loosest] });
  }
  return index;
}
