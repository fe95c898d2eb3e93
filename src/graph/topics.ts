/** The topics of the taxonomy as stored (with their statement counts), and the topics of one statement. */
import type { CypherQuery } from '../db/executor.js';
import { NOTHING } from './selection.js';
import { topicMap } from './projection/topic.js';

/** A topic as the API returns it. */
export interface TopicRecord {
  id: string;
  name: string;
  nameEn: string;
  parentId: string | null;
  statementCount?: number | null;
}

/** Every topic, fields first, then by the number of statements about it. */
export function topicsQuery(): CypherQuery {
  const map = topicMap('t', { fields: [{ key: 'statementCount', name: 'statementCount', args: {}, selection: NOTHING }] });
  return { cypher: `MATCH (t:Topic) WITH t, ${map} AS topic ORDER BY t.parent IS NOT NULL, topic.statementCount DESC, t.id RETURN topic` };
}

/** The topic tags of one statement, best first. */
export function statementTopicsQuery(statementId: string): CypherQuery {
  return {
    cypher: `MATCH (s:Statement {id: $id})-[a:ABOUT]->(t:Topic)
WITH a, t ORDER BY a.score DESC, t.id
RETURN collect({score: a.score, topic: ${topicMap('t', NOTHING)}}) AS tags`,
    params: { id: statementId },
  };
}
