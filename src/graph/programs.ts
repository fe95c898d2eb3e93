/**
 * "Which programs touch a region?": programs that TOUCH it (DIRECT), that INVOLVE an institution LOCATED_IN it
 * (INSTITUTION), and on request that touch a region PART_OF it (SUBREGION); evidence filtered by year and status.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { rankedEvidence } from './evidence.js';
import { PAGE_TAIL, toPage, type Page, type PageArgs } from './page.js';

/** How a program reaches the region asked about. */
export type ProgramVia = 'DIRECT' | 'INSTITUTION' | 'SUBREGION';

/** One program hit: the program, the route, the entity it goes through and the evidence statements. */
export interface ProgramHitRecord {
  programId: string;
  via: ProgramVia;
  throughId: string;
  evidence: string[];
}

/** What to look for: region and/or institution ids (at least one list non-empty), filters. */
export interface ProgramsFilter {
  regionIds: string[] | null;
  institutionIds: string[] | null;
  year: number | null;
  status: string | null;
  includeSubregions: boolean;
}

const BY_REGION = `UNWIND $regionIds AS rid
MATCH (target:Region {id: rid})
CALL (target) {
  MATCH (p:Program)-[r:TOUCHES]->(target)
  RETURN p, 'DIRECT' AS via, target AS through, r.evidence AS own, [] AS support
  UNION ALL
  MATCH (p:Program)-[r:INVOLVES]->(i:Institution)-[l:LOCATED_IN]->(target)
  RETURN p, 'INSTITUTION' AS via, i AS through, r.evidence AS own, l.evidence AS support
  UNION ALL
  MATCH (sub:Region)-[:PART_OF*1..8]->(target) WHERE $includeSubregions
  MATCH (p:Program)-[r:TOUCHES]->(sub)
  RETURN p, 'SUBREGION' AS via, sub AS through, r.evidence AS own, [] AS support
  UNION ALL
  MATCH (sub:Region)-[:PART_OF*1..8]->(target) WHERE $includeSubregions
  MATCH (p:Program)-[r:INVOLVES]->(i:Institution)-[l:LOCATED_IN]->(sub)
  RETURN p, 'INSTITUTION' AS via, i AS through, r.evidence AS own, l.evidence AS support
}`;

const BY_INSTITUTION = `UNWIND $institutionIds AS iid
MATCH (p:Program)-[r:INVOLVES]->(through:Institution {id: iid})
WITH p, 'INSTITUTION' AS via, through, r.evidence AS own, [] AS support`;

const ALSO_INSTITUTION = 'WHERE EXISTS { MATCH (p)-[:INVOLVES]->(x:Institution) WHERE x.id IN $institutionIds }';

/** The programs query for a filter: one hit per program, route and through-entity, DIRECT first, best-evidenced first. */
export function programsQuery(filter: ProgramsFilter, page: PageArgs): CypherQuery {
  const byRegion = (filter.regionIds?.length ?? 0) > 0;
  const head = byRegion ? `${BY_REGION}\nWITH p, via, through, own, support${filter.institutionIds ? `\n${ALSO_INSTITUTION}` : ''}` : BY_INSTITUTION;
  return {
    cypher: `${head}
WITH p, via, through, collect(own) AS owns, collect(support) AS supports
WITH p, via, through, ${rankedEvidence('owns')} AS ownEvidence, ${rankedEvidence('supports')} AS supportEvidence
WHERE size(ownEvidence) > 0
WITH p, via, through, ownEvidence + [x IN supportEvidence WHERE NOT x IN ownEvidence] AS evidence, size(ownEvidence) AS weight
ORDER BY CASE via WHEN 'DIRECT' THEN 0 WHEN 'INSTITUTION' THEN 1 ELSE 2 END, weight DESC, p.name, through.name
WITH collect({programId: p.id, via: via, throughId: through.id, evidence: evidence}) AS rows
${PAGE_TAIL}`,
    params: {
      regionIds: filter.regionIds ?? [],
      institutionIds: filter.institutionIds ?? [],
      year: filter.year,
      status: filter.status,
      includeSubregions: filter.includeSubregions,
      ...page,
    },
  };
}

/** Runs programsQuery. */
export async function findPrograms(executor: Executor, filter: ProgramsFilter, page: PageArgs): Promise<Page<ProgramHitRecord>> {
  return toPage(await executor.read<{ total: number; page: ProgramHitRecord[] }>(programsQuery(filter, page)));
}
