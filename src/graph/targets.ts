/** "What was planned or achieved?": quantitative targets filtered by program, region, year and status. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { toPage, type Page, type PageArgs } from './page.js';

/** A target as stored, with the statement that states it and the entity it is for. */
export interface TargetRecord {
  id: string;
  text: string;
  subject: string;
  value: number;
  unit: string;
  comparator: string;
  year: number | null;
  status: string;
  statementId: string;
  forId: string | null;
}

/** What to look for; null means any. */
export interface TargetsFilter {
  programIds: string[] | null;
  regionIds: string[] | null;
  year: number | null;
  status: string | null;
}

const FOR_PROGRAM = 'EXISTS { MATCH (t)-[:FOR]->(p:Program) WHERE p.id IN $programIds }';

// A target is about a region when it is for the region (or a part of it), for a program touching it, or stated in a
// statement that mentions it.
const ABOUT_REGION = `(EXISTS { MATCH (t)-[:FOR]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }
  OR EXISTS { MATCH (t)-[:FOR]->(:Program)-[:TOUCHES]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }
  OR EXISTS { MATCH (t)<-[:STATES]-(:Statement)-[:MENTIONS]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds })`;

/** One page of targets, newest document first, in text order within a document. */
export function targetsQuery(filter: TargetsFilter, page: PageArgs): CypherQuery {
  const conditions = ['($year IS NULL OR t.year = $year)', '($status IS NULL OR t.status = $status)'];
  if (filter.programIds) conditions.push(FOR_PROGRAM);
  if (filter.regionIds) conditions.push(ABOUT_REGION);
  const match = `MATCH (t:Target) WHERE ${conditions.join(' AND ')}`;
  return {
    cypher: `CALL () { ${match} RETURN count(t) AS total }
CALL () {
  ${match}
  MATCH (s:Statement)-[:STATES]->(t)
  OPTIONAL MATCH (d:Document {id: s.documentId})
  WITH t, s, d ORDER BY coalesce(d.issuedOn, '') DESC, d.ingestedAt DESC, s.start, t.id
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect(t {.id, .text, .subject, .value, .unit, .comparator, .year, .status, statementId: s.id,
    forId: COLLECT { MATCH (t)-[:FOR]->(f) RETURN f.id }[0]}) AS page
}
RETURN total, page`,
    params: { programIds: filter.programIds ?? [], regionIds: filter.regionIds ?? [], year: filter.year, status: filter.status, ...page },
  };
}

/** Runs targetsQuery. */
export async function findTargets(executor: Executor, filter: TargetsFilter, page: PageArgs): Promise<Page<TargetRecord>> {
  return toPage(await executor.read<{ total: number; page: TargetRecord[] }>(targetsQuery(filter, page)));
}
