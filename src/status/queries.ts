/** Pure Cypher builders for `policy-kg status`: what the graph holds and when it was last written. */
import type { CypherQuery } from '../db/executor.js';

/** Counts of documents, statements, targets and sections, entities by type, and the newest ingest. */
export function graphCountsQuery(): CypherQuery {
  return {
    cypher: `CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (t:Target) RETURN count(t) AS targets }
CALL { MATCH (p:Program) RETURN count(p) AS programs }
CALL { MATCH (i:Institution) RETURN count(i) AS institutions }
CALL { MATCH (r:Region) RETURN count(r) AS regions }
CALL {
  OPTIONAL MATCH (d:Document) WHERE d.ingestedAt IS NOT NULL
  WITH d ORDER BY d.ingestedAt DESC LIMIT 1
  RETURN toString(d.ingestedAt) AS lastIngestAt, d.title AS lastTitle, d.source AS lastSource
}
RETURN documents, statements, targets, programs, institutions, regions, lastIngestAt, lastTitle, lastSource`,
  };
}

/** Relationship counts by type between entities. */
export function relationCountsQuery(): CypherQuery {
  return {
    cypher: `UNWIND ['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF'] AS type
CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS n }
RETURN type, n`,
  };
}
