/**
 * Institutions of a topic in places (Which hospitals did Shenzhen build in Heyuan?): institutions named in statements
 * about the topics that also name one of the places (or a part of it: PLACE_IDS), ranked by those statements' topic
 * scores.
 * Evidence: the statements, newest first. One statement, shaped as the institutions question's hits (link TOPIC).
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import type { InstitutionHitRecord } from './institutions.js';
import { NAMES_A_PLACE, PLACE_IDS } from './placeIds.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, under, type Selection } from './selection.js';

function hitMap(b: CypherBuilder, hit: Selection): (row: string, index: string) => { match: string; map: string } {
  return (row, index) => {
    const i = b.variable('i');
    const entries = [`institutionId: ${i}.id`, `link: 'TOPIC'`, 'kind: null', 'otherId: null', `evidenceIds: ${row}.ids`];
    for (const f of hit.fields) {
      if (f.name === 'institution') entries.push(`${key(f.key)}: ${entityMap(b, i, f.selection)}`);
      else if (f.name === 'other') entries.push(`${key(f.key)}: null`);
      else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, `${row}.ids`, f)}`);
      else if (f.name === 'link' && f.key !== 'link') entries.push(`${key(f.key)}: 'TOPIC'`);
    }
    return { match: `WITH ${index}, ${row}, ${row}.i AS ${i}`, map: mapOf(entries) };
  };
}

/** The query: at most `limit` institutions, best first. */
export function topicInstitutionsQuery(topicIds: string[], regionIds: string[], limit: number, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const rows = projectEach(b, 'rows', hitMap(b, under(connection, 'edges', 'node')));
  return {
    cypher: `${PLACE_IDS}
MATCH (tp:Topic) WHERE tp.id IN $topicIds
MATCH (s:Statement)-[a:ABOUT]->(tp)
WHERE ${NAMES_A_PLACE}
WITH s, max(a.score) AS about
MATCH (s)-[:MENTIONS]->(i:Institution)
WITH i, s, about ORDER BY s.rank DESC
WITH i, sum(about) AS weight, collect(DISTINCT s.id)[0..100] AS ids
ORDER BY weight DESC, i.name LIMIT toInteger($limit)
WITH collect({i: i, ids: ids}) AS rows
RETURN ${rows} AS page`,
    params: { ...b.params, topicIds, regionIds, limit },
  };
}

/** Runs topicInstitutionsQuery. */
export async function findTopicInstitutions(executor: Executor, topicIds: string[], regionIds: string[], limit: number, connection?: Selection): Promise<InstitutionHitRecord[]> {
  const [row] = await executor.read<{ page: InstitutionHitRecord[] }>(topicInstitutionsQuery(topicIds, regionIds, limit, connection));
  return row?.page ?? [];
}
