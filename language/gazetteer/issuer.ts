/** The region an issuing body or a document title belongs to (宁波市教育局 → 宁波市, 深圳市坪山区教育局 → 坪山区). */
import { getGazetteer, getRegionMatcher } from './gazetteer.js';
import { needsItsSar } from './hkMoTw.js';
import type { RegionRecord } from './types.js';

const ADMINISTRATIVE = new Set(['PROVINCE', 'CITY', 'DISTRICT', 'SAR']);

/**
 * The most specific Chinese administrative region named at the first region mention of an issuer or title,
 * following directly adjacent sub-regions (深圳市 + 坪山区); null when none is named.
 */
export function regionForIssuer(issuerOrTitle: string): RegionRecord | null {
  const gazetteer = getGazetteer();
  let current: RegionRecord | null = null;
  let lastEnd = -1;
  for (const m of getRegionMatcher().findAll(issuerOrTitle)) {
    if (current === null) {
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
