/** Where an institution is: the regions its name places it in. */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { extractRegions, provinceOf } from '../../language/regions/index.js';

/**
 * The regions an institution's name places it in: a bracketed campus place alone (closing the name or inside it); else
 * the regions the name opens with (香港…大学, 深圳宝安…学院) and, further in, full names anywhere or short forms
 * within the issuer's province (…大学广州学院), so that a word such as 滨海 in a district's …滨海中学 is not read as a
 * far-away district.
 */
export function regionsOfName(name: string, contextRegionId: string | null): string[] {
  /** The one region a bracket's text names (`whole`: and nothing else), or null. */
  const placeIn = (inside: string, whole: boolean): string[] | null => {
    const [place] = extractRegions(inside, 0, { regionId: contextRegionId });
    return place?.regionIds?.length === 1 && (!whole || (place.start === 0 && place.end === inside.length)) ? place.regionIds : null;
  };
  const bracket = /[(（]([^)）]+)[)）]$/.exec(name);
  const closing = bracket ? placeIn(bracket[1], false) : null;
  if (closing) return closing;
  // Note: a bracket inside the name that holds a place alone places a unit of the campus (…大学(东莞)研究院 is in 东莞).
  for (const inner of name.matchAll(/[(（]([^()（）]+)[)）](?=.)/g)) {
    const unit = placeIn(inner[1], true);
    if (unit) return unit;
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
