/** The region extractor of the registry: places and zones of a statement, from the language layer's region matching. */
import { extractRegions, extractZones } from '../../language/regions/index.js';
import type { Extractor } from './registry.js';

export const regionExtractor: Extractor<'regions'> = {
  key: 'regions',
  extract: ({ statement, document, tokens }) => {
    const regions = extractRegions(statement.text, statement.start, { regionId: document.regionId });
    const zones = extractZones(statement.text, statement.start, tokens, regions, document.regionId);
    // Note: a place inside a zone's name that does not open it is part of another word (安新 in 雄安新区).
    const kept = regions.filter((r) => !zones.some((z) => r.start > z.start && r.start < z.end));
    return [...kept, ...zones].sort((a, b) => a.start - b.start);
  },
};
