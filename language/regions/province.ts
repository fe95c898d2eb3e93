/** The province-level region (province, municipality, SAR) a region lies in. */
import { getGazetteer } from '../gazetteer/index.js';

/** The province of each gazetteer region asked so far (bounded by the gazetteer). */
const provinces = new Map<string, string | null>();

/** The province-level region a region belongs to (itself when it is one), or null. */
export function provinceOf(regionId: string | null): string | null {
  if (!regionId) return null;
  const known = provinces.get(regionId);
  if (known !== undefined) return known;
  const gazetteer = getGazetteer();
  const region = gazetteer.byId(regionId);
  const chain = [region, ...gazetteer.parentsOf(regionId)];
  const province = chain.find((r) => r?.level === 'PROVINCE' || r?.level === 'SAR')?.id ?? null;
  // Note: kept only for a region the gazetteer holds (a zone's id is the text's own).
  if (region) provinces.set(regionId, province);
  return province;
}
