/** Pure Cypher builders for exports: the entity a name denotes, a neighbourhood, nodes, edges and their evidence. */
import type { CypherQuery } from '../db/executor.js';

/** The relationships between entities that an export carries. */
export const EXPORT_RELATIONS = ['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF'] as const;
const RELATIONS = EXPORT_RELATIONS.join('|');
const IS_ENTITY = '(x:Program OR x:Institution OR x:Region)';
const TYPE_OF = "CASE WHEN x:Program THEN 'PROGRAM' WHEN x:Institution THEN 'INSTITUTION' ELSE 'REGION' END";

/** The most hops a neighbourhood export follows. */
export const MAX_HOPS = 3;

/** Entities whose id, name or one alias equals `name` (Latin case-insensitive), exact id first. */
export function entitiesNamedQuery(name: string): CypherQuery {
  return {
    cypher: `MATCH (x) WHERE ${IS_ENTITY}
  AND (x.id = $name OR toLower(x.name) = $key OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = $key))
RETURN x.id AS id, x.name AS name, ${TYPE_OF} AS type
ORDER BY CASE WHEN x.id = $name THEN 0 WHEN toLower(x.name) = $key THEN 1 ELSE 2 END, x.id
LIMIT 10`,
    params: { name, key: name.trim().toLowerCase() },
  };
}

/** The ids of the entities at most `hops` relationships (either direction) from the entity `id`, itself included. */
export function neighbourhoodQuery(id: string, hops: number): CypherQuery {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) throw new RangeError(`hops must be an integer from 1 to ${MAX_HOPS}`);
  // Note: a variable-length bound cannot be a parameter; `hops` is a checked small integer, never user text.
  return {
    cypher: `MATCH (c {id: $id}) WHERE c:Program OR c:Institution OR c:Region
MATCH (c)-[:${RELATIONS}*0..${hops}]-(x)
RETURN collect(DISTINCT x.id) AS ids`,
    params: { id },
  };
}

/** The entities with these ids (all entities when `ids` is null), by id. */
export function nodesQuery(ids: readonly string[] | null): CypherQuery {
  return {
    cypher: `MATCH (x) WHERE ${IS_ENTITY} AND ($ids IS NULL OR x.id IN $ids)
RETURN x.id AS id, ${TYPE_OF} AS type, x.name AS name, coalesce(x.aliases, []) AS aliases, x.kind AS kind,
  x.nameEn AS nameEn, x.level AS level, x.code AS code
ORDER BY id`,
    params: { ids: ids ? [...ids] : null },
  };
}

/** The relationships between entities with these ids (all when null), with the ids of their evidence statements. */
export function edgesQuery(ids: readonly string[] | null): CypherQuery {
  return {
    cypher: `MATCH (a)-[r:${RELATIONS}]->(b)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
RETURN a.id AS source, b.id AS target, type(r) AS relation, r.kind AS kind, coalesce(r.evidence, []) AS evidence
ORDER BY source, target, relation`,
    params: { ids: ids ? [...ids] : null },
  };
}

/** The statements with these ids, with their document and the headings above them. */
export function evidenceQuery(statementIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (d:Document {id: s.documentId})
OPTIONAL MATCH p = (d)-[:HAS_SECTION*0..12]->()-[:HAS_STATEMENT]->(s)
RETURN s.id AS id, s.text AS text, s.year AS year, s.status AS status, s.page AS page,
  d.id AS documentId, d.title AS documentTitle,
  CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p)[1..-1] | n.heading] END AS sectionPath`,
    params: { ids: [...statementIds] },
  };
}
