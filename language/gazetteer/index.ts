/** The region gazetteer: Chinese administrative divisions, SARs, Taiwan, area groups, countries, their first-level divisions and cities, with name look-ups. */
export { getGazetteer, getRegionMatcher, gazetteerBuildMs, lookupKey, ordinaryAbbreviationBigrams, ordinaryShortForms, placesWeightedByDictionary } from './gazetteer.js';
export { isHkMoTwDivision, needsItsSar } from './hkMoTw.js';
export { isForeignSubdivisionId } from './foreignSubdivisions.js';
export { regionForIssuer, regionForTitle } from './issuer.js';
export { isTownshipName, longestTownshipName, mayNameTownship, townshipCounty, townshipCountyOf, townshipNameOf, townshipsNamed, TOWNSHIP_SUFFIXES } from './townships.js';
export type { TownshipRecord } from './townships.js';
export { villageInTownship, villagesInCounty, villageTownshipOf } from './villages.js';
export type { VillageRecord } from './villages.js';
export { abbreviations, isCompound } from './abbreviations.js';
export type { Abbreviation, AbbreviationClass } from './abbreviations.js';
export { SurfaceMatcher, isCjk } from './surfaceMatcher.js';
export type { SurfaceMatch } from './surfaceMatcher.js';
export { levelRank } from './surfaceIndex.js';
export type { SurfaceEntry } from './surfaceIndex.js';
export type { Gazetteer, LookupContext, RegionLevel, RegionRecord } from './types.js';
