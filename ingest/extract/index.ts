/** The extract stage: the registered extractors, in the order they run (later ones see what earlier ones found). */
import { institutionExtractor } from './institutions/index.js';
import { programExtractor } from './programs/index.js';
import { regionExtractor } from './regions.js';
import type { Extractor } from './registry.js';
import { targetExtractor } from './targets/index.js';

export { runExtractors } from './registry.js';
export type { DocumentContext, ExtractionProblem, Extractor, Findings, StatementInput } from './registry.js';

/** Regions first: institutions use the region spans to tell a name from a generic phrase. */
export const EXTRACTORS: readonly Extractor[] = [regionExtractor, institutionExtractor, programExtractor, targetExtractor];
