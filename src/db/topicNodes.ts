/** The Topic nodes of the taxonomy (two levels, Chinese and English names, a topic's field as `parent`), kept in step by migrate. */
import { getTaxonomy } from '../../language/topics/index.js';
import type { CypherQuery, Executor } from './executor.js';

/** The statement that writes every topic of the taxonomy (idempotent: names of a changed taxonomy are updated). */
export function topicNodesQuery(): CypherQuery {
  const topics = getTaxonomy().all.map((t) => ({ id: t.id, name: t.name, nameEn: t.nameEn, parent: t.parentId }));
  return {
    cypher: `UNWIND $topics AS t
MERGE (n:Topic {id: t.id})
SET n.name = t.name, n.nameEn = t.nameEn, n.parent = t.parent`,
    params: { topics },
  };
}

/** Writes the Topic nodes. */
export async function writeTopicNodes(executor: Executor): Promise<void> {
  await executor.write(topicNodesQuery());
}
