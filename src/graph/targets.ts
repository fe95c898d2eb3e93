/** "What was planned or achieved?": quantitative targets filtered by program, region, year and status, newest first. */
import type { CypherQuery, Executor } from '../db/executor.js';
import type { Page, PageArgs } from './page.js';
import { PLACE_IDS, REGION_SCOPE, SCOPE } from './placeIds.js';
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
  /** With regions: only targets for one of their places or their programs, or stated where one is named (not those of
   * a document issued there that do not name it). */
  regionNamed?: boolean;
}

const HOLDS_WORD = 'any(w IN $words WHERE t.subject CONTAINS w OR t.text CONTAINS w OR EXISTS { MATCH (ws:Statement)-[:STATES]->(t) WHERE ws.text CONTAINS w })';

const ABOUT_TOPIC = 'EXISTS { MATCH (ts:Statement)-[:STATES]->(t) WHERE EXISTS { MATCH (ts)-[:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds } }';

const SCALARS = ['text', 'subject', 'value', 'unit', 'comparator', 'year', 'status'];
/** What a target row holds when the caller selected nothing in particular (e.g. the command line): every scalar. */
const ALL_SCALARS: Selection = { fields: SCALARS.map((name) => ({ key: name, name, args: {}, selection: NOTHING })) };

const FOR_PROGRAM = 'EXISTS { MATCH (t)-[:FOR]->(p:Program) WHERE p.id IN $programIds }';

// A target names a region when it is for one of its places, for a program touching one, or stated in a statement that
// mentions one; it is about the region when it names it or is stated in a document issued there (after REGION_SCOPE).
const NAMES_REGION = `EXISTS { MATCH (t)-[:FOR]->(r:Region) WHERE r.id IN placeIds }
  OR EXISTS { MATCH (t)-[:FOR]->(:Program)-[:TOUCHES]->(r:Region) WHERE r.id IN placeIds }
  OR EXISTS { MATCH (t)<-[:STATES]-(:Statement)-[:MENTIONS]->(r:Region) WHERE r.id IN placeIds }`;
const aboutRegion = (filter: TargetsFilter): string => (filter.regionNamed ? `(${NAMES_REGION})` : `(t.documentId IN regionDocs\n  OR ${NAMES_REGION})`);

/**
 * How a page of targets is found. Walking every target newest first (the target_rank index) and testing each finds a
 * page fast when many targets match, but reads every target when few do (a small city's: ~800 ms at 10,000
 * documents), and counting the hits for `totalCount` tests every target whatever the page. So when a program, region or
 * topic is asked for, the targets reached from it are read first, up to a bound: when they are no more, they are tested
 * and ordered; else the walk runs. The bound is ORDER_WITH_TOTAL when the hits are counted (the count would test every
 * target anyway) and ORDER_WITHOUT_TOTAL when they are not (the walk then stops at the page: about (skip + limit) ×
 * targets / hits tested, ~2,000 for a first page at 10,000 documents when 2,000 are reached). `walk` and `order`
 * force one way (the tests compare the two).
 */
export type TargetPaging = 'auto' | 'walk' | 'order';
const ORDER_WITH_TOTAL = 50_000;
const ORDER_WITHOUT_TOTAL = 2_000;

/** The targets reached from the most selective filter given (a superset of its hits), as a Cypher subquery body, or null. */
function reachedFrom(filter: TargetsFilter): string | null {
  if (filter.programIds) return 'MATCH (t:Target)-[:FOR]->(p:Program) WHERE p.id IN $programIds RETURN t';
  if (filter.regionIds) {
    // Note: the ways aboutRegion accepts, from the places' and the documents' side.
    return `UNWIND placeIds AS placeId
    MATCH (place:Region {id: placeId})
    CALL (place) {
      MATCH (t:Target)-[:FOR]->(place) RETURN t
      UNION
      MATCH (t:Target)-[:FOR]->(:Program)-[:TOUCHES]->(place) RETURN t
      UNION
      MATCH (t:Target)<-[:STATES]-(:Statement)-[:MENTIONS]->(place) RETURN t
    }
    RETURN t${filter.regionNamed ? '' : `
    UNION ALL
    UNWIND regionDocs AS documentId
    MATCH (:Statement {documentId: documentId})-[:STATES]->(t:Target)
    RETURN t`}`;
  }
  if (filter.topicIds) return 'MATCH (tp:Topic) WHERE tp.id IN $topicIds MATCH (t:Target)<-[:STATES]-(:Statement)-[:ABOUT]->(tp) RETURN t';
  return null;
}

/**
 * One page of targets, newest document first, in text order within a document. Year and status are plain equalities
 * (only those asked for), so the (year, status, rank) index finds the page and its order without sorting.
 */
export function targetsQuery(filter: TargetsFilter, page: PageArgs, connection: Selection = NOTHING, paging: TargetPaging = 'auto'): CypherQuery {
  const b = new CypherBuilder();
  const conditions = ['t.rank IS NOT NULL'];
  if (filter.year !== null) conditions.push('t.year = $year');
  if (filter.status !== null) conditions.push('t.status = $status');
  if (filter.programIds) conditions.push(FOR_PROGRAM);
  if (filter.regionIds) conditions.push(aboutRegion(filter));
  if (filter.topicIds) conditions.push(ABOUT_TOPIC);
  if (filter.words) conditions.push(HOLDS_WORD);
  const where = conditions.join(' AND ');
  const needsTotal = selects(connection, 'totalCount') || selects(connection, 'pageInfo') || connection === NOTHING;
  const map = targetMap(b, 't', connection === NOTHING ? ALL_SCALARS : under(connection, 'edges', 'node'));
  // Note: with a region its places and documents are read first (REGION_SCOPE; the places alone when only targets that
  // name them are asked for), and every subquery that tests targets imports them.
  const scope = !filter.regionIds ? null : filter.regionNamed ? { prelude: PLACE_IDS, vars: 'placeIds' } : { prelude: REGION_SCOPE, vars: SCOPE };
  const places = scope?.vars ?? '';
  const carry = places ? `, ${places}` : '';
  const prelude = scope ? `${scope.prelude}\n` : '';
  const walk = `CALL (${places}) { ${needsTotal ? `MATCH (t:Target) WHERE ${where} RETURN count(t) AS total` : 'RETURN null AS total'} }
CALL (${places}) {
  MATCH (t:Target) WHERE ${where}
  WITH t ORDER BY t.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect(${map}) AS page
}
RETURN total, page`;
  const params = { ...b.params, programIds: filter.programIds ?? [], regionIds: filter.regionIds ?? [], topicIds: filter.topicIds ?? [], words: filter.words ?? [], year: filter.year, status: filter.status, ...page };
  const reached = reachedFrom(filter);
  if (reached === null) return { cypher: `${prelude}${walk}`, params };
  // Note: each way sits in a subquery after its guard, so that Neo4j tests the guard before it runs the way (see
  // statementSearch.ts); the guards read parameters only (a literal contradiction made the planner fail). The targets
  // reached are counted with their repeats (a DISTINCT in a subquery importing the places would compare the list row
  // by row), so a way that reaches a target twice may walk a little sooner.
  const orderUpTo = paging === 'walk' ? -1 : paging === 'order' ? Number.MAX_SAFE_INTEGER : needsTotal ? ORDER_WITH_TOTAL : ORDER_WITHOUT_TOTAL;
  return {
    cypher: `${prelude}CALL (${places}) {
  CALL (${places}) {
    ${reached}
  }
  WITH t LIMIT toInteger($orderUpTo + 1)
  RETURN collect(DISTINCT t) AS reached, count(*) AS read
}
CALL (reached, read${carry}) {
  WITH reached${carry} WHERE read <= $orderUpTo
  CALL (reached${carry}) {
    UNWIND reached AS t
    WITH t WHERE ${where}
    WITH t ORDER BY t.rank DESC
    RETURN collect(t) AS hits
  }
  CALL (hits) {
    UNWIND hits[toInteger($skip)..toInteger($skip + $limit)] AS t
    RETURN collect(${map}) AS page
  }
  RETURN ${needsTotal ? 'size(hits)' : 'null'} AS total, page
  UNION ALL
  WITH read${carry} WHERE read > $orderUpTo
  ${walk.replace(/\n/g, '\n  ')}
}
RETURN total, page`,
    params: { ...params, orderUpTo },
  };
}

/** Runs targetsQuery. */
export async function findTargets(executor: Executor, filter: TargetsFilter, page: PageArgs, connection?: Selection, paging?: TargetPaging): Promise<Page<TargetRecord>> {
  const [record] = await executor.read<{ total: number | null; page: TargetRecord[] }>(targetsQuery(filter, page, connection, paging));
  return { total: record?.total ?? page.skip + (record?.page.length ?? 0), rows: record?.page ?? [] };
}
