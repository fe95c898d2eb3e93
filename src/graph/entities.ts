/** Entities (programs, institutions, regions): by id, by exact name or alias, and close names. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { entityById } from './evidence.js';
import { nameKey, phraseQuery, rankedQuery } from './lucene.js';
import { inIdOrder } from './page.js';

/** What kind of entity a node is. */
export type EntityType = 'PROGRAM' | 'INSTITUTION' | 'REGION';

/** The node label of each entity type (a whitelist: labels are never taken from input). */
export const ENTITY_LABEL: Record<EntityType, string> = { PROGRAM: 'Program', INSTITUTION: 'Institution', REGION: 'Region' };

/** An entity as stored. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
  nameEn: string | null;
  level: string | null;
  code: string | null;
}

const TYPE_OF_LABEL: Record<string, EntityType> = { Program: 'PROGRAM', Institution: 'INSTITUTION', Region: 'REGION' };

const ENTITY_FIELDS = `{id: n.id, label: [l IN labels(n) WHERE l IN ['Program', 'Institution', 'Region']][0], name: n.name,
  aliases: coalesce(n.aliases, []), kind: n.kind, nameEn: n.nameEn, level: n.level, code: n.code}`;

type RawEntity = Omit<EntityRecord, 'type'> & { label: string };

/** Maps a raw entity map (with its label) to an EntityRecord. */
export function toEntity(raw: RawEntity): EntityRecord {
  const { label, ...rest } = raw;
  return { ...rest, type: TYPE_OF_LABEL[label], kind: rest.kind ?? rest.level ?? null };
}

/** The entities with these ids (missing ids are left out). */
export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
${entityById('n', 'id', 'id')}
RETURN ${ENTITY_FIELDS} AS entity`,
    params: { ids: [...ids] },
  };
}

/** Loads entities by id, in the order of `ids` (null where unknown). */
export async function loadEntities(executor: Executor, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await executor.read<{ entity: RawEntity }>(entitiesByIdsQuery(ids));
  return inIdOrder(ids, rows.map((r) => [r.entity.id, toEntity(r.entity)] as const), null);
}

/**
 * For each name: the ids of the entities whose id equals it, or whose name or one alias equals it (case-insensitive
 * for Latin), best first. Candidates come from the `entity_names` full-text index; the exact test is in Cypher.
 */
export function idsByNamesQuery(names: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $items AS item
CALL (item) {
  MATCH (x:Program {id: item.raw}) RETURN x.id AS id, 3 AS rank, 0.0 AS score
  UNION
  MATCH (x:Institution {id: item.raw}) RETURN x.id AS id, 3 AS rank, 0.0 AS score
  UNION
  MATCH (x:Region {id: item.raw}) RETURN x.id AS id, 3 AS rank, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', item.query, {limit: 200}) YIELD node, score
  WITH node, score
  WHERE toLower(node.name) = item.key OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = item.key)
  RETURN node.id AS id, CASE WHEN toLower(node.name) = item.key THEN 2 ELSE 1 END AS rank, score
}
WITH item, id, max(rank) AS rank, max(score) AS score
ORDER BY rank DESC, score DESC, id
RETURN item.raw AS name, collect(id) AS ids`,
    params: { items: names.map((raw) => ({ raw, key: nameKey(raw), query: phraseQuery(raw) })) },
  };
}

/** The ids each name denotes (see idsByNamesQuery), in the order of `names`. */
export async function loadIdsByNames(executor: Executor, names: readonly string[]): Promise<string[][]> {
  const rows = await executor.read<{ name: string; ids: string[] }>(idsByNamesQuery(names));
  const byName = new Map(rows.map((r) => [r.name, r.ids]));
  return names.map((n) => byName.get(n) ?? []);
}

/** A scored entity id from the full-text index. */
export interface ScoredId {
  id: string;
  score: number;
}

/**
 * Full-text search over names and aliases: the escaped phrase ranks first, partial and fuzzy matches follow;
 * exact name or alias matches go to the top. At most `candidates` hits are considered (and counted).
 */
export function searchQuery(text: string, types: EntityType[] | null, page: { skip: number; limit: number }, candidates = 500): CypherQuery | null {
  const query = rankedQuery(text);
  if (query === null) return null;
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
WITH node, score WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score, (toLower(node.name) = $key OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $key)) AS exact
ORDER BY exact DESC, score DESC, node.name
WITH collect({id: node.id, score: score}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page`,
    params: {
      query,
      candidates,
      key: nameKey(text),
      labels: types ? types.map((t) => ENTITY_LABEL[t]) : null,
      skip: page.skip,
      limit: page.limit,
    },
  };
}

/** Runs searchQuery; no letters or digits in the text means no hits. */
export async function searchEntities(
  executor: Executor,
  text: string,
  types: EntityType[] | null,
  page: { skip: number; limit: number },
): Promise<{ total: number; rows: ScoredId[] }> {
  const query = searchQuery(text, types, page);
  if (query === null) return { total: 0, rows: [] };
  const [record] = await executor.read<{ total: number; page: ScoredId[] }>(query);
  return { total: record?.total ?? 0, rows: record?.page ?? [] };
}

/** Entities whose name or an alias (2+ characters) occurs in a text, longest first: the names a question mentions. */
export async function entitiesNamedIn(executor: Executor, text: string): Promise<{ entity: EntityRecord; surface: string }[]> {
  const { rows } = await searchEntities(executor, text, null, { skip: 0, limit: 200 });
  const entities = (await loadEntities(executor, rows.map((r) => r.id))).filter((e): e is EntityRecord => e !== null);
  const lower = text.normalize('NFKC').toLowerCase();
  const found: { entity: EntityRecord; surface: string }[] = [];
  for (const entity of entities) {
    const surface = [entity.name, ...entity.aliases]
      .filter((n) => n.length >= 2 && lower.includes(n.toLowerCase()))
      .sort((a, b) => b.length - a.length)[0];
    if (surface) found.push({ entity, surface });
  }
  return found.sort((a, b) => b.surface.length - a.surface.length);
}
