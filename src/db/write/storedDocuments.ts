/**
 * The start of every write transaction: writers take turns on the graph's state node (so two ingests never decide
 * from the same stale view), then read the stored documents a batch's placement needs.
 */
import type { LookupKeys, StoredDocument } from '../../../ingest/placement.js';
import type { CypherQuery } from '../executor.js';

export type { StoredDocument };

/**
 * Locks the graph's state node for the rest of the transaction, changing nothing: a second writer waits here until the
 * first commits, then sees what it wrote. Reads never wait (Neo4j readers take no locks).
 */
export const TAKE_WRITER_TURN = `MERGE (g:GraphState {id: 'graph'}) SET g.id = 'graph'`;

/** The stored documents with one of the ids, sources or content hashes (each an index seek). */
export function storedDocumentsQuery(keys: LookupKeys): CypherQuery {
  return {
    cypher: `CALL () {
  UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d
  UNION UNWIND $sources AS source MATCH (d:Document {source: source}) RETURN d
  UNION UNWIND $sha256s AS sha MATCH (d:Document {sha256: sha}) RETURN d
}
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256
ORDER BY id`,
    params: { ids: keys.ids, sources: keys.sources, sha256s: keys.sha256s },
  };
}

/** Points documents at where their files are now (a moved file, or a source stored relative before). */
export function updateSourcesQuery(rows: readonly { id: string; source: string }[]): CypherQuery {
  return { cypher: 'UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.source = row.source', params: { rows: [...rows] } };
}
