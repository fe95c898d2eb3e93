/** The region an issuing body or a document title belongs to (宁波市教育局 → 宁波市, 深圳市坪山区教育局 → 坪山区). */
import { getLexicon } from '../lexicon/index.js';
import { getGazetteer, getRegionMatcher } from './gazetteer.js';
import { needsItsSar } from './hkMoTw.js';
import { toSimplified } from '../script/traditional.js';
import type { RegionRecord } from './types.js';

const ADMINISTRATIVE = new Set(['PROVINCE', 'CITY', 'DISTRICT', 'SAR']);

/**
 * The most specific Chinese administrative region named at the first region mention of an issuer or title,
 * following directly adjacent sub-regions (深圳市 + 坪山区); null when none is named.
 */
export function regionForIssuer(issuerOrTitle: string): RegionRecord | null {
  return firstRegion(issuerOrTitle, false);
}

/**
 * The region a title belongs to, as regionForIssuer reads it, unless its first place is where the title's subject goes (…局长
 * 结束访问四川及云南, 代表团赴青海考察) or whom it works with (…进展及与深圳和高等院校的合作): a place after a verb of
 * visiting is a destination, one after a connective a partner, neither the document's place.
 */
export function regionForTitle(title: string): RegionRecord | null {
  return firstRegion(title, true);
}

/** Whether a verb of visiting ends the text before `at`. */
function visited(text: string, at: number): boolean {
  return getLexicon().partnering.visitVerbs.some((verb) => at >= verb.length && text.startsWith(verb, at - verb.length));
}

/** Whether a connective (与, 同, 携手 …) ends the text before `at`, in either script (與). */
function partnered(text: string, at: number): boolean {
  const before = toSimplified(text.slice(Math.max(0, at - 2), at));
  const { connectives } = getLexicon().partnering;
  return connectives.has(before) || connectives.has(before.slice(-1));
}

function firstRegion(issuerOrTitle: string, skipVisited: boolean): RegionRecord | null {
  const gazetteer = getGazetteer();
  let current: RegionRecord | null = null;
  let lastEnd = -1;
  for (const m of getRegionMatcher().findAll(issuerOrTitle)) {
    if (current === null) {
      if (skipVisited && (visited(issuerOrTitle, m.start) || partnered(issuerOrTitle, m.start))) return null;
      // Note: a division of Hong Kong, Macao or Taiwan written as a mainland word may be (中西 in 东中西区域, 九龙 in 九龙江)
      // opens no title alone: its SAR or province comes first.
      const surface = issuerOrTitle.slice(m.start, m.end);
      const first = gazetteer.rank(m.entry.ids).find((r) => ADMINISTRATIVE.has(r.level) && !needsItsSar(r, surface));
      if (!first) continue;
      current = first;
    } else {
      if (m.start !== lastEnd) break;
      const parent: RegionRecord = current;
      const child = gazetteer
        .rank(m.entry.ids, { regionId: parent.id })
        .find((r) => gazetteer.parentsOf(r.id).includes(parent));
      if (!child) break;
      current = child;
    }
    lastEnd = m.end;
  }
  return current;
}
