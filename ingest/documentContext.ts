/** What the extractors and relate need to know about a document: the region it is about and its issuer's city. */
import { getGazetteer, regionForIssuer, type RegionRecord } from '../language/gazetteer/index.js';
import type { DocumentContext } from './extract/index.js';
import type { DocumentMeta } from './model.js';

function cityOf(region: RegionRecord | null): { name: string; short: string } | null {
  if (!region) return null;
  // Note: municipalities (北京市, 上海市 …) are PROVINCE-level in GB/T 2260 but are the city a 市X body belongs to.
  const isCity = (r: RegionRecord): boolean => r.level === 'CITY' || (r.level === 'PROVINCE' && r.name.endsWith('市'));
  const city = isCity(region) ? region : getGazetteer().parentsOf(region.id).find(isCity);
  if (!city) return null;
  return { name: city.name, short: city.name.replace(/(市|地区|盟|自治州)$/, '') };
}

/** The document's context: the issuer's region (else the title's) and city. */
export function documentContext(document: DocumentMeta): DocumentContext & { region: RegionRecord | null } {
  const region = regionForIssuer(document.issuer ?? document.title);
  return { region, regionId: region?.id ?? null, issuerCity: cityOf(region), issuerName: document.issuer };
}

/** The region and every region above it (the issuer's home: not partners of the issuer's own institutions). */
export function homeRegionIds(region: RegionRecord | null): Set<string> {
  const ids = new Set<string>();
  if (region) {
    ids.add(region.id);
    for (const parent of getGazetteer().parentsOf(region.id)) ids.add(parent.id);
  }
  return ids;
}
