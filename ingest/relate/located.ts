/** Where an institution is: the regions its name places it in. */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { extractRegions, provinceOf } from '../../language/regions/index.js';

/**
 * The regions an institution's name places it in: a bracketed campus place alone (closing the name or inside it); else
 * the regions the name opens with (香港中文大学, 深圳宝安职业技术学院) and, further in, full names anywhere or short
 * forms within the issuer's province (…大学广州学院), so that a word such as 滨海 in 南沙区滨海中学 is not read as a
 * far-away district.
 */
export function regionsOfName(name: string, contextRegionId: string | null): string[] {
  const bracket = /[(（]([^)）]+)[)）]$/.exec(name);
  if (bracket) {
    const [inBracket] = extractRegions(bracket[1], 0, { regionId: contextRegionId });
    if (inBracket?.regionIds?.length === 1) return inBracket.regionIds;
  }
  // Note: so does a campus's bracketed place inside the name of one of its units (香港科技大学(广州)临时党委 is in 广州).
  for (const inner of name.matchAll(/[(（]([^()（）]+)[)）](?=.)/g)) {
    const [place] = extractRegions(inner[1], 0, { regionId: contextRegionId });
    if (place?.regionIds?.length === 1 && place.start === 0 && place.end === inner[1].length) return place.regionIds;
  }
  const gazetteer = getGazetteer();
  const homeProvince = provinceOf(contextRegionId);
  const ids = new Set<string>();
  let chainEnd = 0;
  let chainLast: string | null = null;
  for (const candidate of extractRegions(bracket ? name.slice(0, bracket.index) : name, 0, { regionId: contextRegionId })) {
    if (candidate.regionIds?.length !== 1) continue;
    const id = candidate.regionIds[0];
    // The opening chain goes down the hierarchy (广州 + 番禺): each next region lies inside the one before.
    const opening = candidate.start === chainEnd && (chainLast === null || gazetteer.liesIn(id, chainLast));
    if (opening) {
      chainEnd = candidate.end;
      chainLast = id;
    }
    const fullName = gazetteer.byId(id)?.name === candidate.surface;
    if (opening || fullName || (homeProvince !== null && provinceOf(id) === homeProvince)) ids.add(id);
  }
  return [...ids];
}
