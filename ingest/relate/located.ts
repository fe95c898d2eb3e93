/** Where an institution is: the regions its name places it in. */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { extractRegions, provinceOf, type RegionMention } from '../../language/regions/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import type { Entity } from '../model.js';

let schoolHeads: string[] | undefined;

/** The lexicon's heads of universities and colleges, after which a place names a campus or college (某大学珠海校区). */
function schoolHeadWords(): string[] {
  schoolHeads ??= [...getLexicon().institutions.heads].filter(([, kind]) => kind === 'UNIVERSITY' || kind === 'COLLEGE').map(([word]) => word);
  return schoolHeads;
}

/** The one region a bracket's text names (`whole`: and nothing else), or null. */
function placeIn(inside: string, whole: boolean, contextRegionId: string | null): string[] | null {
  const [place] = extractRegions(inside, 0, { regionId: contextRegionId });
  return place?.regionIds?.length === 1 && (!whole || (place.start === 0 && place.end === inside.length)) ? place.regionIds : null;
}

/** Whether a school's head ends the name right before `at` (某大学 + 珠海校区). */
function schoolHeadBefore(name: string, at: number): boolean {
  for (const head of schoolHeadWords()) if (name.endsWith(head, at)) return true;
  return false;
}

/** The first region (one id) found after the name's opening that a school's head stands right before, if any. */
function campusPlace(found: readonly RegionMention[], name: string): RegionMention | undefined {
  for (const c of found) if (c.start > 0 && c.regionIds?.length === 1 && schoolHeadBefore(name, c.start)) return c;
  return undefined;
}

/** Entries kept in the memo of names' regions before it is emptied. */
const NAME_REGIONS_LIMIT = 20_000;
/** The regions of each name read so far, by the issuer's region they were read for. */
const nameRegions = new Map<string | null, Map<string, readonly string[]>>();
let nameRegionsCount = 0;

/**
 * The regions an institution's name places it in: a bracketed campus place alone (closing the name or inside it), or
 * the place written right after a school's head (…大学珠海校区, …大学广州学院); else the regions the name opens with
 * (香港…大学, 深圳宝安…学院) and, further in, full names anywhere or short forms within the issuer's province, so that
 * a word such as 滨海 in a district's …滨海中学 is not read as a far-away district.
 * Note: memoised per process (the gazetteer does not change): relate asks it of every body of every document, and a
 * corpus names the same bodies in document after document; each name's regions were read again by extractRegions. The
 * memo's own list is returned, read-only: no caller changes it, so no copy is made per call.
 */
export function regionsOfName(name: string, contextRegionId: string | null): readonly string[] {
  let byName = nameRegions.get(contextRegionId);
  const known = byName?.get(name);
  if (known !== undefined) return known;
  if (nameRegionsCount >= NAME_REGIONS_LIMIT) {
    nameRegions.clear();
    nameRegionsCount = 0;
    byName = undefined;
  }
  const regions = readRegionsOfName(name, contextRegionId);
  if (byName === undefined) {
    byName = new Map();
    nameRegions.set(contextRegionId, byName);
  }
  byName.set(name, regions);
  nameRegionsCount++;
  return regions;
}

/** The regions an institution's name places it in, read from the name (regionsOfName). */
function readRegionsOfName(name: string, contextRegionId: string | null): string[] {
  // Note: most names hold no bracket: the two patterns that read brackets are run only on those that do. The helpers are
  // functions of their own, not closures over the name and region (V8 allocated this function's scope at every call).
  const bracketed = name.includes('(') || name.includes('（');
  const bracket = bracketed ? /[(（]([^)）]+)[)）]$/.exec(name) : null;
  const closing = bracket ? placeIn(bracket[1], false, contextRegionId) : null;
  if (closing) return closing;
  // Note: a bracket inside the name that holds a place alone places a unit of the campus (…大学(东莞)研究院 is in 东莞).
  if (bracketed) {
    for (const inner of name.matchAll(/[(（]([^()（）]+)[)）](?=.)/g)) {
      const unit = placeIn(inner[1], true, contextRegionId);
      if (unit) return unit;
    }
  }
  const gazetteer = getGazetteer();
  const homeProvince = provinceOf(contextRegionId);
  const ids = new Set<string>();
  let chainEnd = 0;
  let chainLast: string | null = null;
  const found = extractRegions(bracket ? name.slice(0, bracket.index) : name, 0, { regionId: contextRegionId });
  // Note: a campus or college a university names after a place is in that place, not in the university's (某大学 + 珠海 +
  // 校区, 某理工大学 + 珠海 + 学院).
  const campus = campusPlace(found, name);
  if (campus?.regionIds) return campus.regionIds;
  for (const candidate of found) {
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

/**
 * The regions an institution lies in: those its name places it in, then those of the longer surfaces it is written with.
 * Note: plain loops of a function of its own, not closures over the entity in relate's loop (V8 made them per entity).
 */
export function institutionPlaces(entity: Entity, issuerRegionId: string | null): Set<string> {
  const places = new Set(regionsOfName(entity.name, issuerRegionId));
  // Note: a name written with its country before it (英国剑桥大学, named 剑桥大学) lies in that country.
  let prefixed: Set<string> | null = null;
  for (const { surface } of entity.mentions) {
    if (surface.length > entity.name.length && surface.endsWith(entity.name)) (prefixed ??= new Set()).add(surface);
  }
  if (prefixed) for (const surface of prefixed) for (const id of regionsOfName(surface, issuerRegionId)) places.add(id);
  return places;
}
