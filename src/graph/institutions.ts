/**
 * "Which institutions are linked to a place or partner, and how?": partnerships with it (either direction) or with an
 * institution located there, location in it, and campuses or branches of institutions located there.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { rankedEvidence } from './evidence.js';
import { PAGE_TAIL, toPage, type Page, type PageArgs } from './page.js';

/** How an institution is linked to the region or partner asked about. */
export type InstitutionLink = 'PARTNERS_WITH' | 'PART_OF' | 'HAS_BRANCH' | 'LOCATED_IN';

/** One institution hit: the institution, the link, the entity at the other end and the evidence. */
export interface InstitutionHitRecord {
  institutionId: string;
  link: InstitutionLink;
  kind: string | null;
  otherId: string;
  evidence: string[];
}

/** What to look for: partner ids (regions or institutions) and/or region ids (with their sub-regions). */
export interface InstitutionsFilter {
  partnerIds: string[] | null;
  regionIds: string[] | null;
}

const BY_PARTNER = `UNWIND $partnerIds AS pid
CALL (pid) { MATCH (x:Region {id: pid}) RETURN x AS partner UNION MATCH (x:Institution {id: pid}) RETURN x AS partner }
CALL (partner) {
  MATCH (i:Institution)-[r:PARTNERS_WITH]-(partner)
  RETURN i, 'PARTNERS_WITH' AS link, r.kind AS kind, partner AS other, r.evidence AS own, [] AS support
  UNION ALL
  MATCH (i:Institution)-[r:PART_OF]->(partner:Institution)
  RETURN i, 'PART_OF' AS link, null AS kind, partner AS other, r.evidence AS own, [] AS support
  UNION ALL
  MATCH (partner:Institution)-[r:PART_OF]->(i:Institution)
  RETURN i, 'HAS_BRANCH' AS link, null AS kind, partner AS other, r.evidence AS own, [] AS support
  UNION ALL
  MATCH (place:Region)-[:PART_OF*0..8]->(partner:Region)
  MATCH (j:Institution)-[l:LOCATED_IN]->(place)
  CALL (j, l, place) {
    MATCH (i:Institution)-[r:PARTNERS_WITH]-(j)
    RETURN i, 'PARTNERS_WITH' AS link, r.kind AS kind, j AS other, r.evidence AS own, l.evidence AS support
    UNION ALL
    MATCH (i:Institution)-[r:PART_OF]->(j)
    RETURN i, 'PART_OF' AS link, null AS kind, j AS other, r.evidence AS own, l.evidence AS support
    UNION ALL
    MATCH (j)-[r:PART_OF]->(i:Institution)
    RETURN i, 'HAS_BRANCH' AS link, null AS kind, j AS other, r.evidence AS own, l.evidence AS support
    UNION ALL
    RETURN j AS i, 'LOCATED_IN' AS link, null AS kind, place AS other, l.evidence AS own, [] AS support
  }
  RETURN i, link, kind, other, own, support
}
WITH i, link, kind, other, own, support WHERE i <> partner`;

const BY_REGION = `UNWIND $regionIds AS rid
MATCH (place:Region)-[:PART_OF*0..8]->(:Region {id: rid})
MATCH (i:Institution)-[l:LOCATED_IN]->(place)
WITH i, 'LOCATED_IN' AS link, null AS kind, place AS other, l.evidence AS own, [] AS support`;

const ALSO_REGION = 'WHERE EXISTS { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }';

/** The institutions query: one hit per institution, link and other end; partnerships first, best-evidenced first. */
export function institutionsQuery(filter: InstitutionsFilter, page: PageArgs): CypherQuery {
  const byPartner = (filter.partnerIds?.length ?? 0) > 0;
  const head = byPartner ? `${BY_PARTNER}${filter.regionIds ? `\nWITH i, link, kind, other, own, support ${ALSO_REGION}` : ''}` : BY_REGION;
  return {
    cypher: `${head}
WITH i, link, other, head(collect(kind)) AS kind, collect(own) AS owns, collect(support) AS supports
WITH i, link, other, kind, ${rankedEvidence('owns', false)} AS ownEvidence, ${rankedEvidence('supports', false)} AS supportEvidence
WITH i, link, other, kind, ownEvidence + [x IN supportEvidence WHERE NOT x IN ownEvidence] AS evidence, size(ownEvidence) AS weight
ORDER BY CASE link WHEN 'PARTNERS_WITH' THEN 0 WHEN 'PART_OF' THEN 1 WHEN 'HAS_BRANCH' THEN 2 ELSE 3 END, weight DESC, i.name, other.name
WITH collect({institutionId: i.id, link: link, kind: kind, otherId: other.id, evidence: evidence}) AS rows
${PAGE_TAIL}`,
    params: { partnerIds: filter.partnerIds ?? [], regionIds: filter.regionIds ?? [], year: null, status: null, ...page },
  };
}

/** Runs institutionsQuery. */
export async function findInstitutions(executor: Executor, filter: InstitutionsFilter, page: PageArgs): Promise<Page<InstitutionHitRecord>> {
  return toPage(await executor.read<{ total: number; page: InstitutionHitRecord[] }>(institutionsQuery(filter, page)));
}
