/** "What was planned or achieved?": quantitative targets filtered by program, region, year and status, newest first. */
import type { CypherQuery, Executor } from '../db/executor.js';
import type { Page, PageArgs } from './page.js';
import { CypherBuilder } from './projection/builder.js';
import { targetMap } from './projection/target.js';
import { NOTHING, selects, under, type Selection } from './selection.js';

/** A target: ids always (`id`, `statementId`, `forId`), and the selected fields under their response keys. */
export interface TargetRecord {
  id: string;
  statementId: string;
  forId: string | null;
  [field: string]: unknown;
}

/** What to look for; null means any. */
export interface TargetsFilter {
  programIds: string[] | null;
  regionIds: string[] | null;
  year: number | null;
  status: string | null;
  /** Only targets stated in a statement about one of these topics. */
  topicIds?: string[] | null;
  /** Only targets whose text, subject or statement holds one of these words (the thing a question counts). */
  words?: string[] | null;
}

const HOLDS_WORD = 'any(w IN $words WHERE t.subject CONTAINS w OR t.text CONTAINS w OR EXISTS { MATCH (ws:Statement)-[:STATES]->(t) WHERE ws.text CONTAINS w })';

const ABOUT_TOPIC = 'EXISTS { MATCH (ts:Statement)-[:STATES]->(t) WHERE EXISTS { MATCH (ts)-[:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds } }';

const SCALARS = ['text', 'subject', 'value', 'unit', 'comparator', 'year', 'status'];
/** What a target row holds when the caller selected nothing in particular (e.g. the command line): every scalar. */
const ALL_SCALARS: Selection = { fields: SCALARS.map((name) => ({ key: name, name, args: {}, selection: NOTHING })) };

const FOR_PROGRAM = 'EXISTS { MATCH (t)-[:FOR]->(p:Program) WHERE p.id IN $programIds }';

// A target is about a region when it is for the region (or a part of it), for a program touching it, or stated in a
// statement that mentions it.
const ABOUT_REGION = `(EXISTS { MATCH (t)-[:FOR]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }
  OR EXISTS { MATCH (t)-[:FOR]->(:Program)-[:TOUCHES]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }
  OR EXISTS { MATCH (t)<-[:STATES]-(:Statement)-[:MENTIONS]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds })`;

/**
 * One page of targets, newest document first, in text order within a document. Year and status are plain equalities
 * (only those asked for), so the (year, status, rank) index finds the page and its order without sorting.
 */
export function targetsQuery(filter: TargetsFilter, page: PageArgs, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const conditions = ['t.rank IS NOT NULL'];
  if (filter.year !== null) conditions.push('t.year = $year');
  if (filter.status !== null) conditions.push('t.status = $status');
  if (filter.programIds) conditions.push(FOR_PROGRAM);
  if (filter.regionIds) conditions.push(ABOUT_REGION);
  if (filter.topicIds) conditions.push(ABOUT_TOPIC);
  if (filter.words) conditions.push(HOLDS_WORD);
  const match = `MATCH (t:Target) WHERE ${conditions.join(' AND ')}`;
  const needsTotal = selects(connection, 'totalCount') || selects(connection, 'pageInfo') || connection === NOTHING;
  return {
    cypher: `CALL () { ${needsTotal ? `${match} RETURN count(t) AS total` : 'RETURN null AS total'} }
CALL () {
  ${match}
  WITH t ORDER BY t.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect(${targetMap(b, 't', connection === NOTHING ? ALL_SCALARS : under(connection, 'edges', 'node'))}) AS page
}
RETURN total, page`,
    params: { ...b.params, programIds: filter.programIds ?? [], regionIds: filter.regionIds ?? [], topicIds: filter.topicIds ?? [], words: filter.words ?? [], year: filter.year, status: filter.status, ...page },
  };
}

/** Runs targetsQuery. */
export async function findTargets(executor: Executor, filter: TargetsFilter, page: PageArgs, connection?: Selection): Promise<Page<TargetRecord>> {
  const [record] = await executor.read<{ total: number | null; page: TargetRecord[] }>(targetsQuery(filter, page, connection));
  return { total: record?.total ?? page.skip + (record?.page.length ?? 0), rows: record?.page ?? [] };
}
