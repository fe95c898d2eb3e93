/** Well-known multi-region areas of China (粤港澳大湾区, 长三角 …), from the lexicon. */
import { getLexicon } from '../lexicon/index.js';
import type { RegionDraft } from './types.js';

const AREA_ID_PREFIX = 'region:area:';

/** The region id of an area of the lexicon. */
export const areaId = (slug: string): string => `${AREA_ID_PREFIX}${slug}`;

/** Whether a region id is an area's (粤港澳大湾区, 长三角): a grouping of places, above any city it holds. */
export const isAreaId = (id: string): boolean => id.startsWith(AREA_ID_PREFIX);

/** Drafts for the area groups (level AREA, no code, PART_OF the country). */
export function areaDrafts(countryId: string): RegionDraft[] {
  return getLexicon().regions.areas.map((area) => ({
    record: {
      id: areaId(area.slug),
      name: area.name,
      aliases: [...area.chinese, ...area.english],
      nameEn: area.english[0] ?? null,
      level: 'AREA' as const,
      code: null,
      parentId: countryId,
    },
    shortForms: [],
    fullNames: [...area.chinese],
  }));
}
