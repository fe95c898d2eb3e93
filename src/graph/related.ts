/** The entities one step away along one fixed relationship (a program's regions, a region's parent …), batched. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { rankedEvidence } from './evidence.js';
import { inIdOrder } from './page.js';

/** The relationships a field can follow; each maps to a fixed pattern (never built from input). */
export const RELATED_PATTERNS = {
  programRegions: '(e:Program {id: id})-[r:TOUCHES]->(x:Region)',
  programInstitutions: '(e:Program {id: id})-[r:INVOLVES]->(x:Institution)',
  locatedIn: '(e:Institution {id: id})-[r:LOCATED_IN]->(x:Region)',
  institutionParent: '(e:Institution {id: id})-[r:PART_OF]->(x:Institution)',
  partners: '(e:Institution {id: id})-[r:PARTNERS_WITH]-(x)',
  regionParent: '(e:Region {id: id})-[r:PART_OF]->(x:Region)',
  regionChildren: '(e:Region {id: id})<-[r:PART_OF]-(x:Region)',
} as const;
export type RelatedKind = keyof typeof RELATED_PATTERNS;

/** A related entity with the relationship's kind and evidence. */
export interface RelatedRecord {
  entityId: string;
  kind: string | null;
  evidence: string[];
}

/** For each id: up to `limit` related entities along the pattern, the best-evidenced first. */
export function relatedQuery(kind: RelatedKind, ids: readonly string[], limit = 100): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH ${RELATED_PATTERNS[kind]}
WITH id, x, r ORDER BY size(coalesce(r.evidence, [])) DESC, x.name
WITH id, collect({entityId: x.id, kind: r.kind, ev: r.evidence})[0..$limit] AS rows
RETURN id, [row IN rows | {entityId: row.entityId, kind: row.kind, evidence: ${rankedEvidence('[row.ev]', false)}}] AS related`,
    params: { ids: [...ids], limit },
  };
}

/** Loads related entities per id, in the order of `ids`. */
export async function loadRelated(executor: Executor, kind: RelatedKind, ids: readonly string[]): Promise<RelatedRecord[][]> {
  const rows = await executor.read<{ id: string; related: RelatedRecord[] }>(relatedQuery(kind, ids));
  return inIdOrder(ids, rows.map((r) => [r.id, r.related] as const), [] as RelatedRecord[]);
}
