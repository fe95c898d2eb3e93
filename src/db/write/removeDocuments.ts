/**
 * Removing stored documents (before an edited file is written again, or on delete): what they supported is found first,
 * their nodes are deleted, then every relationship and entity they touched is recomputed from what is left: the
 * newest-first lists and counts from the remaining SUPPORTS links and mentions, relationships with no evidence left
 * deleted, entities nothing mentions any more deleted.
 */
import type { CypherQuery } from '../executor.js';
import { STATEMENT_RANK_PREFIX } from './ranks.js';

/** A union of index seeks binding `variable` to the Program, Institution or Region whose id is `idExpr`. */
function entityById(variable: string, idExpr: string): string {
  return ['Program', 'Institution', 'Region'].map((label) => `MATCH (x:${label} {id: ${idExpr}}) RETURN x AS ${variable}`).join(' UNION ');
}

/** The edge keys and entity ids (with the regions and institutions above them) that the documents' statements touch. */
export function touchedQuery(documentIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS docId
MATCH (s:Statement {documentId: docId})
WITH collect(s) AS statements
RETURN COLLECT { UNWIND statements AS s MATCH (s)-[x:SUPPORTS]->() RETURN DISTINCT x.edge } AS edges,
  COLLECT {
    UNWIND statements AS s
    MATCH (s)-[:MENTIONS]->(e)
    WITH DISTINCT e
    OPTIONAL MATCH (e)-[:PART_OF|LOCATED_IN*1..8]->(up)
    UNWIND [e.id, up.id] AS id
    WITH id WHERE id IS NOT NULL
    RETURN DISTINCT id
  } + COLLECT { UNWIND $ids AS docId MATCH (p:Program)-[:HAS_TEXT]->(:Document {id: docId}) RETURN p.id } AS entities`,
    params: { ids: [...documentIds] },
  };
}

/** Deletes the documents with their sections, statements and targets (and so their mentions and SUPPORTS links). */
export function deleteNodesQuery(documentIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS docId
MATCH (d:Document {id: docId})
CALL (d, docId) {
  OPTIONAL MATCH (d)-[:HAS_SECTION*]->(s:Section)
  DETACH DELETE s
}
CALL (docId) {
  MATCH (st:Statement {documentId: docId})
  OPTIONAL MATCH (st)-[:STATES]->(t:Target)
  DETACH DELETE t, st
}
DETACH DELETE d`,
    params: { ids: [...documentIds] },
  };
}

/** Recomputes each touched relationship from its remaining SUPPORTS links; deletes it when none is left. */
export function refreshEdgesQuery(edgeKeys: readonly string[], keep: number): CypherQuery {
  return {
    cypher: `UNWIND $edges AS key
WITH key, split(key, '|') AS parts
CALL (parts) { ${entityById('a', 'parts[1]')} }
MATCH (a)-[r]->(b {id: parts[2]})
WHERE type(r) = parts[0]
WITH r, key, COUNT { ()-[:SUPPORTS {edge: key}]->() } AS count
CALL (r, key, count) {
  WITH r WHERE count = 0
  DELETE r
}
WITH r, key, count WHERE count > 0
WITH r, count, COLLECT { MATCH (s:Statement)-[:SUPPORTS {edge: key}]->() RETURN s.rank AS x ORDER BY x DESC LIMIT toInteger($keep) } AS top
SET r.evidenceRanks = top, r.evidence = [x IN top | substring(x, ${STATEMENT_RANK_PREFIX})], r.evidenceCount = count`,
    params: { edges: [...edgeKeys], keep },
  };
}

/** Recomputes the newest mentions of each touched entity from the mentions left. */
export function refreshMentionsQuery(entityIds: readonly string[], keep: number): CypherQuery {
  const rank = `substring(s.rank, 0, ${STATEMENT_RANK_PREFIX}) + right('0000000' + toString(99999999 - toInteger(m.start)), 8) + '|' + s.id`;
  return {
    cypher: `UNWIND $ids AS id
CALL (id) { ${entityById('e', 'id')} }
SET e.recentMentions = COLLECT { MATCH (s:Statement)-[m:MENTIONS]->(e) RETURN ${rank} AS x ORDER BY x DESC LIMIT toInteger($keep) }`,
    params: { ids: [...entityIds], keep },
  };
}

/** Deletes touched entities that nothing mentions or holds any more. */
export function deleteOrphansQueries(entityIds: readonly string[]): CypherQuery[] {
  return [
    {
      cypher: `UNWIND $ids AS id
CALL (id) { MATCH (x:Program {id: id}) RETURN x AS e UNION MATCH (x:Institution {id: id}) RETURN x AS e }
WITH e WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)<-[:PART_OF]-(:Institution) AND NOT (e)-[:HAS_TEXT]->()
DETACH DELETE e`,
      params: { ids: [...entityIds] },
    },
    {
      cypher: `UNWIND $ids AS id
MATCH (r:Region {id: id})
WHERE NOT (r)<-[:MENTIONS]-()
AND NOT EXISTS { MATCH (r)<-[:PART_OF*1..8]-(c:Region) WHERE (c)<-[:MENTIONS]-() }
AND NOT EXISTS { MATCH (r)<-[:LOCATED_IN|TOUCHES]-() }
AND NOT EXISTS { MATCH (r)-[:PARTNERS_WITH]-() }
DETACH DELETE r`,
      params: { ids: [...entityIds] },
    },
  ];
}

/** What removed documents touched: edge keys and entity ids (see touchedQuery). */
export interface Touched {
  edges: string[];
  entities: string[];
}

/**
 * The queries that bring what removed documents touched up to date, in order. When documents are replaced they run
 * after the new versions are written, so an entity or relationship the new version still has is never deleted and
 * created again (a reader in the middle would find it gone).
 */
export function refreshTouchedQueries(touched: Touched, keep: number): CypherQuery[] {
  // Note: a batch of new documents touched nothing; sending its four empty statements cost a round trip each.
  return [
    ...(touched.edges.length > 0 ? [refreshEdgesQuery(touched.edges, keep)] : []),
    ...(touched.entities.length > 0 ? [refreshMentionsQuery(touched.entities, keep), ...deleteOrphansQueries(touched.entities)] : []),
  ];
}

/** Every query that removes the documents, in order, given what touchedQuery returned. */
export function removeDocumentsQueries(documentIds: readonly string[], touched: Touched, keep: number): CypherQuery[] {
  return [deleteNodesQuery(documentIds), ...refreshTouchedQueries(touched, keep)];
}
