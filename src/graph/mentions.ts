/** Where documents mention entities: one page per entity, newest document first, batched over many entities. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { entityById } from './evidence.js';
import type { Page, PageArgs } from './page.js';

/** One mention: the statement, the surface text and its offsets. */
export interface MentionRecord {
  statementId: string;
  surface: string;
  start: number;
  end: number;
}

/** The same page of mentions for each of these entities. */
export function mentionsQuery(entityIds: readonly string[], page: PageArgs): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
${entityById('e', 'id', 'id')}
CALL (e) {
  MATCH (s:Statement)-[m:MENTIONS]->(e)
  OPTIONAL MATCH (d:Document {id: s.documentId})
  WITH s, m, d ORDER BY coalesce(d.issuedOn, '') DESC, d.ingestedAt DESC, s.start, m.start
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({statementId: s.id, surface: m.surface, start: m.start, end: m.end}) AS page
}
RETURN id, COUNT { (:Statement)-[:MENTIONS]->(e) } AS total, page`,
    params: { ids: [...entityIds], ...page },
  };
}

/** Loads one page of mentions per entity, in the order of `entityIds`. */
export async function loadMentions(executor: Executor, entityIds: readonly string[], page: PageArgs): Promise<Page<MentionRecord>[]> {
  const rows = await executor.read<{ id: string; total: number; page: MentionRecord[] }>(mentionsQuery(entityIds, page));
  const byId = new Map(rows.map((r) => [r.id, { total: r.total, rows: r.page }]));
  return entityIds.map((id) => byId.get(id) ?? { total: 0, rows: [] });
}
