/** The province-level region (province, municipality, SAR) a region lies in. */
import { getGazetteer } from '../gazetteer/index.js';

/** The province-level region a region belongs to (itself when it is one), or null. */
export function provinceOf(regionId: string | null): string | null {
  if (!regionId) return null;
  const gazetteer = getGazetteer();
  const chain = [gazetteer.byId(regionId), ...gazetteer.parentsOf(regionId)];
  return chain.find((r) => r?.level === 'PROVINCE' || r?.level === 'SAR')?.id ?? null;
}
