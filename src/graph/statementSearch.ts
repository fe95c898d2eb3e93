/**
 * "Which sentences say so?": statements found by their words (the `statement_words` index), topics, the places,
 * institutions and programs they mention, year and status; ranked by how well they match (words, topic scores, names
 * asked for), newest first among equals. One statement returns the page with what the selection asks of each hit.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { toPage, type Page, type PageArgs } from './page.js';
import { NAMES_A_PLACE, REGION_SCOPE, SCOPE } from './placeIds.js';
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

const IN_REGION = `(s.documentId IN regionDocs OR ${NAMES_A_PLACE})`;

/** The statements of the regions asked with repeats (a statement found both ways, or naming two of the places). */
const REGION_ROWS = `CALL (${SCOPE}) {
  UNWIND placeIds AS placeId
  MATCH (s:Statement)-[:MENTIONS]->(:Region {id: placeId})
  RETURN s
  UNION ALL
  UNWIND regionDocs AS documentId
  MATCH (s:Statement {documentId: documentId})
  RETURN s
}`;
/**
 * The statements of the regions asked, without scanning every statement: those that mention one of the places, and
 * those of the documents issued in them (document index). The same statements IN_REGION keeps; runs after REGION_SCOPE
 * and keeps its variables.
 * Note: the two ways meet in a collect(DISTINCT): a DISTINCT or UNION in a subquery that imports the lists of the scope
 * compares them too, row by row, and ran Neo4j out of transaction memory.
 */
const REGION_STATEMENTS = `CALL (${SCOPE}) {
  ${REGION_ROWS.replace(/\n/g, '\n  ')}
  WITH collect(DISTINCT s) AS inRegion
  UNWIND inRegion AS s
  RETURN s
}`;
const FROM_REGION = `${REGION_STATEMENTS}
WITH s, 0.0 AS textScore, ${SCOPE}`;

/**
 * A search by two or three of a region, a topic and a year starts from whichever reads fewest statements: the region's
 * rows (REGION_ROWS, read up to REGION_ROWS_UP_TO, past which another way is taken without reading further), the
 * topics' links (their count is kept by Neo4j), or for a year a tenth of all statements (a year's share of a corpus of
 * several years; counted exactly it cost 11 ms for 73,614 statements at 10,000 documents). Each way tests the other
 * filters on what it reads. At 10,000 documents: 上海市 10,712 rows, 深圳市 23,065, 广州市 162,867, 广东省 216,683;
 * the education field's 17 topics 190,952 links, teachers 17,931; a year 37,462 (a tenth of 374,624 statements).
 */
const REGION_ROWS_UP_TO = 40_000;

/** The ways into such a search; `auto` picks by the sizes, the others force one (the tests compare them). */
export type Start = 'auto' | 'region' | 'topic' | 'year';

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

/**
 * The statements of the year (and status) asked, from the statement_year_status index rather than by scanning every
 * statement.
 * Note: Neo4j seeks a composite index on its first property only when the second is tested too (every statement has a
 * status).
 */
const yearStatements = (filter: StatementsFilter): string =>
  `MATCH (s:Statement) WHERE s.year = $year AND s.status ${filter.status === null ? 'IS NOT NULL' : '= $status'} WITH s, 0.0 AS textScore`;

/** A hit's topic score when its source did not give it: the best score of its links to the topics asked (0 without topics). */
const TOPIC_SCORE = 'CASE WHEN $topicIds IS NULL THEN 0.0 ELSE coalesce(COLLECT { MATCH (s)-[a:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds RETURN a.score AS x ORDER BY x DESC LIMIT 1 }[0], 0.0) END';

/** The conditions of the filters given, but `skipped` (the one a source already keeps to). */
function conditionsBut(filter: StatementsFilter, skipped: string): string[] {
  return Object.keys(CONDITIONS).filter((name) => filter[name as keyof StatementsFilter] !== null && name !== skipped).map((name) => CONDITIONS[name]);
}

const whereOf = (conditions: string[]): string => (conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '');

/**
 * A source that does not read the region, for a search that has one: in a subquery, after which the row still holds the
 * region's scope (the clause's own WITH would drop it). The subquery imports nothing: a DISTINCT in a subquery that
 * imports the scope compares its lists too (see REGION_STATEMENTS).
 */
const besideScope = (filter: StatementsFilter, clause: string): string =>
  filter.regionIds ? `CALL () {\n  ${clause.replace(/\n/g, '\n  ')}\n  RETURN s, textScore\n}` : clause;

/**
 * Where the candidates come from: the most selective input given. `used` names the filter the clause keeps to (null:
 * the clause tests every filter itself); `topicScored`: the clause gives each hit its `topicScore`; `chooses`: it
 * reads `$start` and `$regionRowsUpTo`. With a region, the clause keeps REGION_SCOPE's variables in its rows.
 */
function source(filter: StatementsFilter): { clause: string; used: string | null; topicScored?: boolean; chooses?: boolean } {
  if (filter.query) {
    return { clause: besideScope(filter, `CALL db.index.fulltext.queryNodes('statement_words', $query, {limit: ${TEXT_CANDIDATES}}) YIELD node AS s, score AS textScore`), used: 'query' };
  }
  if (filter.programIds) return { clause: besideScope(filter, 'MATCH (s:Statement)-[:MENTIONS]->(x:Program) WHERE x.id IN $programIds WITH DISTINCT s, 0.0 AS textScore'), used: 'programIds' };
  if (filter.institutionIds) return { clause: besideScope(filter, 'MATCH (s:Statement)-[:MENTIONS]->(x:Institution) WHERE x.id IN $institutionIds WITH DISTINCT s, 0.0 AS textScore'), used: 'institutionIds' };
  const ways = [filter.regionIds && 'region', filter.topicIds && 'topic', filter.year !== null && 'year'].filter((w): w is Way => Boolean(w));
  if (ways.length > 1) return { clause: fewestFirst(filter, ways), used: null, chooses: true };
  if (filter.topicIds) {
    // Note: with no other filter, every statement about the topics is a hit, and its score (the best of its links to
    // them) is read from the links found (half the time of finding the hits, then their links again); with other
    // filters that is left to the hits that pass them (reading the score of every link first took longer).
    const alone = conditionsBut(filter, 'topicIds').length === 0;
    return { clause: alone ? `${TOPIC_LINKS} WITH s, 0.0 AS textScore, max(a.score) AS topicScore` : TOPIC_STATEMENTS, used: 'topicIds', topicScored: alone };
  }
  if (filter.regionIds) return { clause: FROM_REGION, used: 'regionIds' };
  if (filter.year !== null) return { clause: yearStatements(filter), used: 'year' };
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

/** The region's scope as a subquery imports it (`imports`) and as a WITH carries it (`keep`); empty without a region. */
const scopeOf = (filter: StatementsFilter): { imports: string; keep: string } =>
  filter.regionIds !== null ? { imports: SCOPE, keep: `, ${SCOPE}` } : { imports: '', keep: '' };

/**
 * The hits in the order of a search without scores: counted, then paged by ordering them or by the walk. Each way sits
 * in a subquery after its guard, so that Neo4j tests the guard before it opens the index (inline, the guard was
 * planned after a scan of every rank, 374,624 of them, even when false).
 */
function unscoredHits(filter: StatementsFilter, clause: string, where: string, walkWhere: string): string {
  const { imports, keep } = scopeOf(filter);
  // Note: with a region the hits are kept from the count for the ordering, rather than found again: the region's
  // clause costs more than holding them (广州市 + 2024 at 10,000 documents: ~220 → ~90 ms). Without one they are only
  // counted: all statements kept for a search without filters would be ~24 MB of a transaction.
  const keepHits = imports !== '';
  const ordered = keepHits
    ? `WITH total, statements, hits WHERE total > 0 AND NOT ${WALK}
    UNWIND hits AS s
    WITH s ORDER BY s.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
    RETURN s`
    : `WITH total, statements WHERE total > 0 AND NOT ${WALK}
    CALL () {
      ${clause.replace(/\n/g, '\n      ')}
      WITH s, textScore${where}
      WITH s ORDER BY s.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
      RETURN s
    }
    RETURN s`;
  const hits = keepHits ? ', hits' : '';
  // Note: this shape of count is read from the store's counts, not by visiting the statements.
  return `CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
CALL (${imports}) {
${clause}
WITH s, textScore${keep}${where}
${keepHits ? 'WITH collect(s) AS hits\nRETURN size(hits) AS total, hits' : 'RETURN count(*) AS total'}
}
CALL (total, statements${hits}${keep}) {
  CALL (total, statements${hits}${keep}) {
    WITH total, statements${keep} WHERE ${WALK}
    CALL (${imports}) {
      MATCH (s:Statement) WHERE s.rank IS NOT NULL${walkWhere}
      WITH s ORDER BY s.rank DESC SKIP toInteger($skip) LIMIT toInteger($limit)
      RETURN s
    }
    RETURN s
    UNION ALL
    ${ordered}
  }
  RETURN collect({s: s, score: 0.0}) AS rows
}
WITH total, rows`;
}

type Way = Exclude<Start, 'auto'>;

/** Per way besides the region: its statements, the subquery giving how many rows it reads, and the filter it keeps to. */
const WAYS: Record<Exclude<Way, 'region'>, { statements: (filter: StatementsFilter) => string; rows: string; filter: keyof StatementsFilter }> = {
  topic: {
    statements: () => TOPIC_STATEMENTS,
    rows: 'CALL () { MATCH (tp:Topic) WHERE tp.id IN $topicIds RETURN sum(COUNT { (tp)<-[:ABOUT]-() }) AS topicRows }',
    filter: 'topicIds',
  },
  year: { statements: yearStatements, rows: 'CALL () { MATCH (n:Statement) RETURN count(n) / 10 AS yearRows }', filter: 'year' },
};

/**
 * The candidates of a search by two or three of a region, a topic and a year (no words, programme or institution):
 * the statements of the way that reads fewest (see REGION_ROWS_UP_TO), each tested by every other filter. Every way
 * gives the same hits. With a region it runs after REGION_SCOPE and keeps it.
 */
function fewestFirst(filter: StatementsFilter, ways: readonly Way[]): string {
  const others = ways.filter((w): w is Exclude<Way, 'region'> => w !== 'region');
  const region = ways.includes('region');
  const { keep } = scopeOf(filter);
  const sizes = others.map((w) => WAYS[w].rows);
  // The region's rows are read (to the bound) and kept: when they are fewest they are the candidates.
  if (region) {
    sizes.push(`CALL (${SCOPE}) {
  ${REGION_ROWS.replace(/\n/g, '\n  ')}
  WITH s LIMIT toInteger($regionRowsUpTo + 1)
  RETURN collect(DISTINCT s) AS inRegion, count(*) AS regionRows
}`);
  }
  // Note: the region comes first when its rows were all read and are fewest; past it, the others compare among
  // themselves (the region's count stops at the bound, so it says nothing more).
  const fewest = (w: Way, among: readonly Way[]): string => among.filter((o) => o !== w).map((o) => `${w}Rows <= ${o}Rows`).join(' AND ');
  const choice = `CASE WHEN $start <> 'auto' THEN $start${region ? `\n  WHEN regionRows <= $regionRowsUpTo AND ${fewest('region', ways)} THEN 'region'` : ''}${others
    .slice(0, -1)
    .map((w) => `\n  WHEN ${fewest(w, others)} THEN '${w}'`)
    .join('')}\n  ELSE '${others[others.length - 1]}' END`;
  const branches = others.map((w) => `WITH way${keep} WHERE way = '${w}'
  CALL () {
    ${WAYS[w].statements(filter)}
    RETURN s, textScore
  }
  WITH s, textScore${keep}${whereOf(conditionsBut(filter, WAYS[w].filter)).replace(/\n/g, '\n  ')}
  RETURN s, textScore`);
  if (region) {
    branches.unshift(`WITH way, inRegion WHERE way = 'region'
  UNWIND inRegion AS s
  WITH s, 0.0 AS textScore${whereOf(conditionsBut(filter, 'regionIds')).replace(/\n/g, '\n  ')}
  RETURN s, textScore`);
  }
  return `${sizes.join('\n')}
WITH *, ${choice} AS way
CALL (way${region ? `, inRegion${keep}` : ''}) {
  ${branches.join('\n  UNION ALL\n  ')}
}`;
}

/** The statements query: the page of hits, best first, and (when selected) how many there are. */
export function statementsQuery(
  filter: StatementsFilter,
  page: PageArgs,
  connection: Selection = NOTHING,
  paging: Paging = 'auto',
  start: Start = 'auto',
): CypherQuery {
  const b = new CypherBuilder();
  // Note: the source already keeps to the filter it starts from; a walk over all statements tests every filter.
  const { clause, used, topicScored, chooses } = source(filter);
  const { keep } = scopeOf(filter);
  const where = used === null ? '' : whereOf(conditionsBut(filter, used));
  const prelude = filter.regionIds ? `${REGION_SCOPE}\n` : '';
  const hit = hitMap(b, under(connection, 'edges', 'node'));
  // Note: without words or a topic every score is 0, and the hits are paged before they are projected.
  const unscored = filter.query === null && filter.topicIds === null;
  const cypher = unscored
    ? `${prelude}${unscoredHits(filter, clause, where, conditionsBut(filter, '').map((c) => `\n        AND ${c}`).join(''))}
RETURN total, ${projectEach(b, 'rows', hit)} AS page`
    : `${prelude}${clause}
${topicScored ? `WITH s, textScore, topicScore${keep}${where}` : `WITH s, textScore${keep}${where}
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
      // Note: forced to start from the region, the region is read whole.
      ...(chooses ? { start, regionRowsUpTo: start === 'region' ? Number.MAX_SAFE_INTEGER : REGION_ROWS_UP_TO } : {}),
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
