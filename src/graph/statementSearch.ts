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
const FROM_REGION = `CALL () {
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
}
WITH s, 0.0 AS textScore`;

const CONDITIONS: Record<string, string> = {
  year: 's.year = $year',
  status: 's.status = $status',
  topicIds: 'EXISTS { MATCH (s)-[:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds }',
  regionIds: IN_REGION,
  institutionIds: 'EXISTS { MATCH (s)-[:MENTIONS]->(x:Institution) WHERE x.id IN $institutionIds }',
  programIds: 'EXISTS { MATCH (s)-[:MENTIONS]->(x:Program) WHERE x.id IN $programIds }',
};

/** Where the candidates come from: the most selective input given. */
function source(filter: StatementsFilter): { clause: string; used: string } {
  if (filter.query) {
    return { clause: `CALL db.index.fulltext.queryNodes('statement_words', $query, {limit: ${TEXT_CANDIDATES}}) YIELD node AS s, score AS textScore`, used: 'query' };
  }
  if (filter.programIds) return { clause: 'MATCH (s:Statement)-[:MENTIONS]->(x:Program) WHERE x.id IN $programIds WITH DISTINCT s, 0.0 AS textScore', used: 'programIds' };
  if (filter.institutionIds) return { clause: 'MATCH (s:Statement)-[:MENTIONS]->(x:Institution) WHERE x.id IN $institutionIds WITH DISTINCT s, 0.0 AS textScore', used: 'institutionIds' };
  if (filter.topicIds) return { clause: 'MATCH (tp:Topic) WHERE tp.id IN $topicIds MATCH (s:Statement)-[:ABOUT]->(tp) WITH DISTINCT s, 0.0 AS textScore', used: 'topicIds' };
  if (filter.regionIds) return { clause: FROM_REGION, used: 'regionIds' };
  // Note: a year alone is read from the statement_year_status index rather than by scanning every statement.
  if (filter.year !== null) return { clause: 'MATCH (s:Statement) WHERE s.year = $year WITH s, 0.0 AS textScore', used: 'year' };
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

/** The statements query: the page of hits, best first, and (when selected) how many there are. */
export function statementsQuery(filter: StatementsFilter, page: PageArgs, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const { clause, used } = source(filter);
  const given = (name: keyof StatementsFilter): boolean => filter[name] !== null && name !== used && name !== 'query';
  const conditions = Object.keys(CONDITIONS).filter((name) => given(name as keyof StatementsFilter)).map((name) => CONDITIONS[name]);
  const rows = projectEach(b, 'rows[$skip..($skip + $limit)]', hitMap(b, under(connection, 'edges', 'node')));
  return {
    cypher: `${clause}
WITH s, textScore${conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : ''}
WITH s, textScore, CASE WHEN $topicIds IS NULL THEN 0.0 ELSE coalesce(COLLECT { MATCH (s)-[a:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds RETURN a.score AS x ORDER BY x DESC LIMIT 1 }[0], 0.0) END AS topicScore
WITH s, textScore + topicScore AS score
ORDER BY score DESC, s.rank DESC
WITH collect({s: s, score: score}) AS rows
RETURN size(rows) AS total, ${rows} AS page`,
    params: {
      ...b.params,
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
export async function findStatements(executor: Executor, filter: StatementsFilter, page: PageArgs, connection?: Selection): Promise<Page<StatementHitRecord>> {
  return toPage(await executor.read<{ total: number; page: StatementHitRecord[] }>(statementsQuery(filter, page, connection)));
}
