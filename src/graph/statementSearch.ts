/**
 * "Which sentences say so?": statements found by their words (the `statement_words` index), topics, the places,
 * institutions and programs they mention, year and status; ranked by how well they match (words, topic scores, names
 * asked for), newest first among equals. One statement returns the page with what the selection asks of each hit.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { toPage, type Page, type PageArgs } from './page.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { statementMap } from './projection/statement.js';
import { statementTopics } from './projection/topic.js';
import { NOTHING, under, type Selection } from './selection.js';

/** One hit: the statement id and score always, and the selected fields under their response keys. */
export interface StatementHitRecord {
  statementId: string;
  score: number;
  [field: string]: unknown;
}

/** What to look for; null means any. Regions include their sub-regions and the places of a document's issuer. */
export interface StatementsFilter {
  /** Lucene query over the statement words (statementText.ts). */
  query: string | null;
  topicIds: string[] | null;
  regionIds: string[] | null;
  institutionIds: string[] | null;
  programIds: string[] | null;
  year: number | null;
  status: string | null;
}

/** How many full-text candidates are ranked at most (the best by word score). */
export const TEXT_CANDIDATES = 2000;

const IN_REGION = `(EXISTS { MATCH (s)-[:MENTIONS]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }
  OR EXISTS { MATCH (d:Document {id: s.documentId}) MATCH (i:Institution {id: 'institution:' + d.issuer})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds })`;

/**
 * The statements of the regions asked (and their sub-regions), without scanning every statement: those that mention one
 * of the places, and those of documents issued by an institution located in one (document_issuer index). The same
 * statements IN_REGION keeps.
 */
const REGION_STATEMENTS = `CALL () {
  MATCH (place:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds
  WITH DISTINCT place
  CALL (place) {
    MATCH (s:Statement)-[:MENTIONS]->(place) RETURN s
    UNION
    MATCH (i:Institution)-[:LOCATED_IN]->(place) WHERE i.id STARTS WITH 'institution:'
    MATCH (d:Document {issuer: substring(i.id, size('institution:'))})
    MATCH (s:Statement {documentId: d.id})
    RETURN s
  }
  RETURN DISTINCT s
}`;
const FROM_REGION = `${REGION_STATEMENTS}
WITH s, 0.0 AS textScore`;

/**
 * Statements of the regions read at most before a search by topic and region starts from the topics instead. At
 * 10,000 documents a city's statements (上海市 8,848, 深圳市 19,105) are far fewer than the education field's (158,812)
 * and each costs one topic test; 广州市's (136,305) or 广东省's (173,817) are more than a topic's (teachers 17,931), each
 * of which then costs a region test.
 */
const REGION_FIRST_UP_TO = 20_000;

const CONDITIONS: Record<string, string> = {
  year: 's.year = $year',
  status: 's.status = $status',
  topicIds: 'EXISTS { MATCH (s)-[:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds }',
  regionIds: IN_REGION,
  institutionIds: 'EXISTS { MATCH (s)-[:MENTIONS]->(x:Institution) WHERE x.id IN $institutionIds }',
  programIds: 'EXISTS { MATCH (s)-[:MENTIONS]->(x:Program) WHERE x.id IN $programIds }',
};

/** The links of statements to the topics asked. */
const TOPIC_LINKS = 'MATCH (tp:Topic) WHERE tp.id IN $topicIds MATCH (s:Statement)-[a:ABOUT]->(tp)';
/** The statements about the topics asked. */
const TOPIC_STATEMENTS = `${TOPIC_LINKS} WITH DISTINCT s, 0.0 AS textScore`;

/** A hit's topic score when its source did not give it: the best score of its links to the topics asked (0 without topics). */
const TOPIC_SCORE = 'CASE WHEN $topicIds IS NULL THEN 0.0 ELSE coalesce(COLLECT { MATCH (s)-[a:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds RETURN a.score AS x ORDER BY x DESC LIMIT 1 }[0], 0.0) END';

/** The conditions of the filters given, but `skipped` (the one a source already keeps to). */
function conditionsBut(filter: StatementsFilter, skipped: string): string[] {
  return Object.keys(CONDITIONS).filter((name) => filter[name as keyof StatementsFilter] !== null && name !== skipped).map((name) => CONDITIONS[name]);
}

const whereOf = (conditions: string[]): string => (conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '');

/**
 * Where the candidates come from: the most selective input given. `used` names the filter the clause keeps to (null:
 * the clause tests every filter itself); `topicScored`: the clause gives each hit its `topicScore`; `regionFirst`: it
 * reads `$regionFirstUpTo`.
 */
function source(filter: StatementsFilter): { clause: string; used: string | null; topicScored?: boolean; regionFirst?: boolean } {
  if (filter.query) {
    return { clause: `CALL db.index.fulltext.queryNodes('statement_words', $query, {limit: ${TEXT_CANDIDATES}}) YIELD node AS s, score AS textScore`, used: 'query' };
  }
  if (filter.programIds) return { clause: 'MATCH (s:Statement)-[:MENTIONS]->(x:Program) WHERE x.id IN $programIds WITH DISTINCT s, 0.0 AS textScore', used: 'programIds' };
  if (filter.institutionIds) return { clause: 'MATCH (s:Statement)-[:MENTIONS]->(x:Institution) WHERE x.id IN $institutionIds WITH DISTINCT s, 0.0 AS textScore', used: 'institutionIds' };
  if (filter.topicIds) {
    if (filter.regionIds) {
      const clause = regionOrTopicSource(whereOf(conditionsBut(filter, 'regionIds')), whereOf(conditionsBut(filter, 'topicIds')));
      return { clause, used: null, regionFirst: true };
    }
    // Note: with no other filter, every statement about the topics is a hit, and its score (the best of its links to
    // them) is read from the links found (half the time of finding the hits, then their links again); with other
    // filters that is left to the hits that pass them (reading the score of every link first took longer).
    const alone = conditionsBut(filter, 'topicIds').length === 0;
    return { clause: alone ? `${TOPIC_LINKS} WITH s, 0.0 AS textScore, max(a.score) AS topicScore` : TOPIC_STATEMENTS, used: 'topicIds', topicScored: alone };
  }
  if (filter.regionIds) return { clause: FROM_REGION, used: 'regionIds' };
  // Note: a year alone is read from the statement_year_status index rather than by scanning every statement; Neo4j
  // seeks a composite index on its first property only when the second is tested too (every statement has a status).
  if (filter.year !== null) return { clause: 'MATCH (s:Statement) WHERE s.year = $year AND s.status IS NOT NULL WITH s, 0.0 AS textScore', used: 'year' };
  return { clause: 'MATCH (s:Statement) WITH s, 0.0 AS textScore', used: '' };
}

function hitMap(b: CypherBuilder, hit: Selection): (row: string, index: string) => { match: string; map: string } {
  return (row, index) => {
    const s = b.variable('s');
    const entries = [`statementId: ${s}.id`, `score: ${row}.score`];
    for (const f of hit.fields) {
      if (f.name === 'statement') entries.push(`${key(f.key)}: ${statementMap(b, s, f.selection)}`);
      else if (f.name === 'topics') entries.push(`${key(f.key)}: ${statementTopics(b, s, f)}`);
      else if (f.name === 'score' && f.key !== 'score') entries.push(`${key(f.key)}: ${row}.score`);
    }
    return { match: `WITH ${index}, ${row}, ${row}.s AS ${s}`, map: mapOf(entries) };
  };
}

/**
 * How the hits of a search without scores (no words, no topic: every hit scores 0, so newest first is the order) are
 * paged. Ordering every hit by rank reads the rank of each (a place named in a tenth of the corpus: 136,305 statements
 * and 450–700 ms at 10,000 documents); when the hits are many, walking all statements newest first (the statement_rank
 * index) and testing each finds the page after about (skip + limit) × statements / hits of them — when the hits are
 * spread over time. `auto` walks when the hits are at least WALK_FROM and 1 / WALK_SHARE of all statements, and the
 * walk tests at most 1 / WALK_SHARE of what ordering them reads; `walk` and `order` force one way (the tests compare
 * the two).
 * Note: the share rule is there because a place's statements often sit in a few older documents, which the walk reaches
 * last: at 10,000 documents 香港 (8,854 hits, 2.4%) took 300 ms by the walk and 22 ms ordered, 深圳市 (19,105, 5%) 535
 * and 46 ms, while 广州市 (136,305, 36%) takes 91 ms by the walk and 550 ms ordered, a year (73,614, 20%) 17 and 68 ms.
 */
export type Paging = 'auto' | 'walk' | 'order';
const WALK_FROM = 1_000;
const WALK_SHARE = 8;

/** The Cypher test, on the hits' `total`, of whether the page comes from the walk ($paging: one text for every mode). */
const WALK = `($paging = 'walk' OR ($paging = 'auto' AND total >= ${WALK_FROM} AND total * ${WALK_SHARE} >= statements
  AND ($skip + $limit) * statements * ${WALK_SHARE} <= total * total))`;

/**
 * The hits in the order of a search without scores: counted, then paged by ordering them or by the walk. Each way sits
 * in a subquery after its guard, so that Neo4j tests the guard before it opens the index (inline, the guard was
 * planned after a scan of every rank, 374,624 of them, even when false).
 */
function unscoredHits(clause: string, where: string, walkWhere: string): string {
  // Note: this shape of count is read from the store's counts, not by visiting the statements.
  return `CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
CALL () {
${clause}
WITH s, textScore${where}
RETURN count(*) AS total
}
CALL (total, statements) {
  CALL (total, statements) {
    WITH total, statements WHERE ${WALK}
    CALL () {
      MATCH (s:Statement) WHERE s.rank IS NOT NULL${walkWhere}
      WITH s ORDER BY s.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
      RETURN s
    }
    RETURN s
    UNION ALL
    WITH total, statements WHERE total > 0 AND NOT ${WALK}
    CALL () {
      ${clause.replace(/\n/g, '\n      ')}
      WITH s, textScore${where}
      WITH s ORDER BY s.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
      RETURN s
    }
    RETURN s
  }
  RETURN collect({s: s, score: 0.0}) AS rows
}
WITH total, rows`;
}

/**
 * The candidates of a search by topic and region (no words, programme or institution): the statements of the regions
 * when they are at most `$regionFirstUpTo`, each tested by `regionWhere` (every filter but the region), else those of
 * the topics, each tested by `topicWhere`. Both give the same hits, every filter tested.
 */
function regionOrTopicSource(regionWhere: string, topicWhere: string): string {
  return `CALL () {
  ${REGION_STATEMENTS.replace(/\n/g, '\n  ')}
  WITH s LIMIT toInteger($regionFirstUpTo + 1)
  RETURN collect(s) AS inRegion
}
CALL (inRegion) {
  WITH inRegion WHERE size(inRegion) <= $regionFirstUpTo
  UNWIND inRegion AS s
  WITH s, 0.0 AS textScore${regionWhere}
  RETURN s, textScore
  UNION ALL
  WITH inRegion WHERE size(inRegion) > $regionFirstUpTo
  CALL () {
    ${TOPIC_STATEMENTS}
    WITH s, textScore${topicWhere.replace(/\n/g, '\n    ')}
    RETURN s, textScore
  }
  RETURN s, textScore
}
WITH s, textScore`;
}

/** The statements query: the page of hits, best first, and (when selected) how many there are. */
export function statementsQuery(
  filter: StatementsFilter,
  page: PageArgs,
  connection: Selection = NOTHING,
  paging: Paging = 'auto',
  regionFirstUpTo = REGION_FIRST_UP_TO,
): CypherQuery {
  const b = new CypherBuilder();
  // Note: the source already keeps to the filter it starts from; a walk over all statements tests every filter.
  const { clause, used, topicScored, regionFirst } = source(filter);
  const where = used === null ? '' : whereOf(conditionsBut(filter, used));
  const hit = hitMap(b, under(connection, 'edges', 'node'));
  // Note: without words or a topic every score is 0, and the hits are paged before they are projected.
  const unscored = filter.query === null && filter.topicIds === null;
  const cypher = unscored
    ? `${unscoredHits(clause, where, conditionsBut(filter, '').map((c) => `\n        AND ${c}`).join(''))}
RETURN total, ${projectEach(b, 'rows', hit)} AS page`
    : `${clause}
${topicScored ? `WITH s, textScore, topicScore${where}` : `WITH s, textScore${where}
WITH s, textScore, ${TOPIC_SCORE} AS topicScore`}
WITH s, textScore + topicScore AS score
ORDER BY score DESC, s.rank DESC
WITH collect({s: s, score: score}) AS rows
RETURN size(rows) AS total, ${projectEach(b, 'rows[$skip..($skip + $limit)]', hit)} AS page`;
  return {
    cypher,
    params: {
      ...b.params,
      ...(unscored ? { paging } : {}),
      ...(regionFirst ? { regionFirstUpTo } : {}),
      query: filter.query,
      topicIds: filter.topicIds,
      regionIds: filter.regionIds ?? [],
      institutionIds: filter.institutionIds ?? [],
      programIds: filter.programIds ?? [],
      year: filter.year,
      status: filter.status,
      ...page,
    },
  };
}

/** Runs statementsQuery. */
export async function findStatements(executor: Executor, filter: StatementsFilter, page: PageArgs, connection?: Selection, paging?: Paging): Promise<Page<StatementHitRecord>> {
  return toPage(await executor.read<{ total: number; page: StatementHitRecord[] }>(statementsQuery(filter, page, connection, paging)));
}
