/** The region extractor of the registry: places and zones of a statement, from the language layer's region matching. */
import { extractRegions, extractZones } from '../../language/regions/index.js';
import type { Token } from '../../language/segment/index.js';
import type { Extractor } from './registry.js';

/**
 * Whether a short place name is the tail of another word: it starts inside a token that is not a place name and ends
 * with it (范县 in 示范县/n).
 */
function wordTail(mention: { start: number; end: number }, tokens: readonly Token[]): boolean {
  if (mention.end - mention.start > 2) return false;
  const token = tokens.find((t) => t.start < mention.start && mention.start < t.end);
  // Note: an unknown run the segmenter glued together (到德国/x) is no word of its own.
  return token !== undefined && token.end === mention.end && token.tag !== 'ns' && token.tag !== 'x';
}

export const regionExtractor: Extractor<'regions'> = {
  key: 'regions',
  extract: ({ statement, document, tokens }) => {
    const regions = extractRegions(statement.text, statement.start, { regionId: document.regionId });
    const zones = extractZones(statement.text, statement.start, tokens, regions, document.regionId);
    // Note: a place inside a zone's name that does not open it is part of another word (安新 in 雄安新区).
    const kept = regions.filter((r) => !zones.some((z) => r.start > z.start && r.start < z.end) && !wordTail(r, tokens));
    return [...kept, ...zones].sort((a, b) => a.start - b.start);
  },
};
