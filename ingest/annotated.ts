/** What the extract stage produces for one statement: its raw candidates and target spans. */
import type { InstitutionCandidate } from './extract/institutions/index.js';
import type { TargetSpan } from './extract/targets/index.js';
import type { Candidate, Statement } from './model.js';

export type { InstitutionCandidate, TargetSpan };

/** One statement with everything the extractors found in it. */
export interface AnnotatedStatement {
  statement: Statement;
  regions: Candidate[];
  institutions: InstitutionCandidate[];
  programs: Candidate[];
  targets: TargetSpan[];
}
