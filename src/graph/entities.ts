/** Entities (programs, institutions, regions): by id with the selected fields, by exact name or alias, and search. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { entityById } from './evidence.js';
import { nameKey, phraseQuery, rankedQuery } from './lucene.js';
import { inIdOrder } from './page.js';
import { CypherBuilder, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { NOTHING, fieldsNamed, type Selection } from './selection.js';

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

/** Every scalar field of an entity: what loaders fetch when no selection is known. */
const ALL_SCALARS: Selection = { fields: ['name', 'aliases', 'kind', 'nameEn', 'level', 'code'].map((name) => ({ key: name, name, args: {}, selection: NOTHING })) };

/** The entities with these ids (missing ids are left out). */
export function entitiesByIdsQuery(ids: readonly string[], selection: Selection = ALL_SCALARS): CypherQuery {
  const b = new CypherBuilder();
  return {
    cypher: `UNWIND $ids AS id
${entityById('n', 'id', 'id')}
RETURN ${entityMap(b, 'n', selection)} AS entity`,
    params: { ...b.params, ids: [...ids] },
  };
}

/** Loads entities by id, in the order of `ids` (null where unknown). */
export async function loadEntities(executor: Executor, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await executor.read<{ entity: EntityRecord }>(entitiesByIdsQuery(ids));
  return inIdOrder(ids, rows.map((r) => [r.entity.id, r.entity] as const), null);
}

/** One entity with the selected fields (its mentions, neighbours, related entities …) in one statement; null when unknown. */
export async function findEntity(executor: Executor, id: string, selection: Selection): Promise<(Record<string, unknown> & { id: string; type: EntityType }) | null> {
  const [row] = await executor.read<{ entity: Record<string, unknown> & { id: string; type: EntityType } }>(entitiesByIdsQuery([id], selection));
  return row?.entity ?? null;
}

/** An entity id with its type, as name resolution returns it. */
export interface TypedId {
  id: string;
  type: EntityType;
}

/**
 * For each name: the entities whose id equals it, or whose name or one alias equals it (case-insensitive for Latin),
 * best first; else those of its `hints` (gazetteer region ids) that are in the graph. Candidates come from the
 * `entity_names` full-text index; the exact test is in Cypher.
 */
export function idsByNamesQuery(items: readonly { name: string; hints: string[] }[]): CypherQuery {
  return {
    cypher: `UNWIND $items AS item
CALL (item) {
  MATCH (x:Program {id: item.raw}) RETURN x, 3 AS rank, 0.0 AS score
  UNION
  MATCH (x:Institution {id: item.raw}) RETURN x, 3 AS rank, 0.0 AS score
  UNION
  MATCH (x:Region {id: item.raw}) RETURN x, 3 AS rank, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', item.query, {limit: 200}) YIELD node, score
  WITH node, score
  WHERE toLower(node.name) = item.key OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = item.key)
  RETURN node AS x, CASE WHEN toLower(node.name) = item.key THEN 2 ELSE 1 END AS rank, score
  UNION
  MATCH (x:Region) WHERE x.id IN item.hints RETURN x, 0 AS rank, 0.0 AS score
}
WITH item, x, max(rank) AS rank, max(score) AS score
ORDER BY rank DESC, score DESC, x.id
WITH item, collect({id: x.id, type: CASE WHEN x:Program THEN 'PROGRAM' WHEN x:Institution THEN 'INSTITUTION' ELSE 'REGION' END, rank: rank}) AS found
RETURN item.raw AS name, [f IN found WHERE f.rank > 0 | f {.id, .type}] AS exact, [f IN found WHERE f.rank = 0 | f {.id, .type}] AS hinted`,
    params: { items: items.map(({ name, hints }) => ({ raw: name, key: nameKey(name), query: phraseQuery(name), hints })) },
  };
}

/** The entities each name denotes (exact matches, else gazetteer hints present in the graph), in the order of `items`. */
export async function loadIdsByNames(executor: Executor, items: readonly { name: string; hints: string[] }[]): Promise<TypedId[][]> {
  const rows = await executor.read<{ name: string; exact: TypedId[]; hinted: TypedId[] }>(idsByNamesQuery(items));
  const byName = new Map(rows.map((r) => [r.name, r.exact.length > 0 ? r.exact : r.hinted]));
  return items.map((i) => byName.get(i.name) ?? []);
}

/** A scored entity id from the full-text index, with the selected fields of the entity under their keys. */
export interface ScoredId {
  id: string;
  score: number;
  [field: string]: unknown;
}

/**
 * Full-text search over names and aliases: the escaped phrase ranks first, partial and fuzzy matches follow;
 * exact name or alias matches go to the top. At most `candidates` hits are considered (and counted). `hit` is the
 * selection of a search hit (its `entity` field is projected).
 */
export function searchQuery(
  text: string,
  types: EntityType[] | null,
  page: { skip: number; limit: number },
  hit: Selection = NOTHING,
  candidates = 500,
): CypherQuery | null {
  const query = rankedQuery(text);
  if (query === null) return null;
  const b = new CypherBuilder();
  const rows = projectEach(b, 'rows[$skip..($skip + $limit)]', (row, index) => {
    const n = b.variable('n');
    const entries = [`id: ${n}.id`, `score: ${row}.score`, ...fieldsNamed(hit, 'entity').map((f) => `\`${f.key}\`: ${entityMap(b, n, f.selection)}`)];
    return { match: `WITH ${index}, ${row}, ${row}.node AS ${n}`, map: mapOf(entries) };
  });
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
WITH node, score WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score, (toLower(node.name) = $key OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $key)) AS exact
ORDER BY exact DESC, score DESC, node.name
WITH collect({node: node, score: score}) AS rows
RETURN size(rows) AS total, ${rows} AS page`,
    params: {
      ...b.params,
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
  hit?: Selection,
): Promise<{ total: number; rows: ScoredId[] }> {
  const query = searchQuery(text, types, page, hit);
  if (query === null) return { total: 0, rows: [] };
  const [record] = await executor.read<{ total: number; page: ScoredId[] }>(query);
  return { total: record?.total ?? 0, rows: record?.page ?? [] };
}

/** A search hit with every scalar of its entity under `entity`. */
const WITH_ENTITY: Selection = { fields: [{ key: 'entity', name: 'entity', args: {}, selection: ALL_SCALARS }] };

/** Entities whose name or an alias (2+ characters) occurs in a text, longest first: the names a question mentions. */
export async function entitiesNamedIn(executor: Executor, text: string): Promise<{ entity: EntityRecord; surface: string }[]> {
  // Note: the hits come with their scalars in the same statement (no second round trip to load them).
  const { rows } = await searchEntities(executor, text, null, { skip: 0, limit: 200 }, WITH_ENTITY);
  const entities = rows.map((r) => r.entity as EntityRecord);
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
