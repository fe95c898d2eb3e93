/**
 * "Which programs are about a topic?" (no place or institution asked): programs mentioned in statements about the
 * topics, ranked by the statements' topic scores, with a program whose name holds a word of the question first
 * (人工智能教育实验 for 人工智能). Evidence: those statements, newest first. One statement, as the other questions.
 */
import type { CypherQuery } from '../db/executor.js';
import type { PageArgs } from './page.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, under, type Selection } from './selection.js';

/** Topics asked for, with optional filters on the statements, and words that rank a program higher when in its name. */
export interface TopicProgramsFilter {
  topicIds: string[];
  year: number | null;
  status: string | null;
  nameWords: string[];
}

/** How much a question word in a program's name counts beside one statement fully about the topic. */
const NAME_WEIGHT = 5;

function hitMap(b: CypherBuilder, hit: Selection): (row: string, index: string) => { match: string; map: string } {
  return (row, index) => {
    const p = b.variable('p');
    const entries = [`programId: ${p}.id`, `via: 'TOPIC'`, 'throughId: null', `evidenceIds: ${row}.ids`, `score: ${row}.score`];
    for (const f of hit.fields) {
      if (f.name === 'program') entries.push(`${key(f.key)}: ${entityMap(b, p, f.selection)}`);
      else if (f.name === 'through') entries.push(`${key(f.key)}: null`);
      else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, `${row}.ids`, f)}`);
      else if (f.name === 'via' && f.key !== 'via') entries.push(`${key(f.key)}: 'TOPIC'`);
    }
    return { match: `WITH ${index}, ${row}, ${row}.p AS ${p}`, map: mapOf(entries) };
  };
}

/** The programs of topics, best first. */
export function topicProgramsQuery(filter: TopicProgramsFilter, page: PageArgs, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const rows = projectEach(b, 'rows[$skip..($skip + $limit)]', hitMap(b, under(connection, 'edges', 'node')));
  return {
    cypher: `MATCH (tp:Topic) WHERE tp.id IN $topicIds
MATCH (s:Statement)-[a:ABOUT]->(tp)
WHERE ($year IS NULL OR s.year = $year) AND ($status IS NULL OR s.status = $status)
WITH s, max(a.score) AS about
MATCH (s)-[:MENTIONS]->(p:Program)
WITH p, s, about ORDER BY s.rank DESC
WITH p, sum(about) AS weight, collect(DISTINCT s.id)[0..100] AS ids
WITH p, ids, weight + CASE WHEN any(w IN $nameWords WHERE p.name CONTAINS w) THEN ${NAME_WEIGHT} ELSE 0 END AS score
ORDER BY score DESC, size(ids) DESC, p.name
WITH collect({p: p, ids: ids, score: score}) AS rows
RETURN size(rows) AS total, ${rows} AS page`,
    params: { ...b.params, topicIds: filter.topicIds, year: filter.year, status: filter.status, nameWords: filter.nameWords, ...page },
  };
}
