/** Read queries for the health check: Neo4j's version and node counts per label. */
import type { CypherQuery, Executor } from '../db/executor.js';

/** Neo4j's version and edition. */
export function versionQuery(): CypherQuery {
  return { cypher: 'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version' };
}

/** Node counts per label (labels from the database's token store, counted from the count store). */
export function labelCountsQuery(): CypherQuery {
  return {
    cypher:
      'CALL db.labels() YIELD label CALL { WITH label MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count } RETURN label, count ORDER BY label',
  };
}

/** The health of the database: version and label counts. */
export async function readHealth(executor: Executor): Promise<{ neo4jVersion: string; nodeCounts: { label: string; count: number }[] }> {
  const [version] = await executor.read<{ version: string }>(versionQuery());
  const nodeCounts = await executor.read<{ label: string; count: number }>(labelCountsQuery());
  return { neo4jVersion: version?.version ?? 'unknown', nodeCounts };
}
