/** The entities next to an entity, with the relationship, its direction, kind and evidence; batched over many entities. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { ENTITY_LABEL, type EntityType } from './entities.js';
import { entityById, rankedEvidence } from './evidence.js';
import type { Page, PageArgs } from './page.js';

/** The relationship types between entities. */
export const RELATION_TYPES = ['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** One neighbour of an entity. */
export interface NeighbourRecord {
  entityId: string;
  relation: RelationType;
  direction: 'OUT' | 'IN';
  kind: string | null;
  evidence: string[];
}

/** Which neighbours to list. */
export interface NeighbourFilter {
  types: EntityType[] | null;
  relations: RelationType[] | null;
}

/** The same page of neighbours for each of these entities; relationship and label filters are parameters. */
export function neighboursQuery(entityIds: readonly string[], filter: NeighbourFilter, page: PageArgs): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
${entityById('e', 'id', 'id')}
CALL (e) {
  MATCH (e)-[r:TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF]-(n)
  WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ($relations IS NULL OR type(r) IN $relations)
  WITH r, n, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), direction, size(coalesce(r.evidence, [])) DESC, n.name
  WITH collect({r: r, n: n, direction: direction}) AS rows
  RETURN size(rows) AS total, [x IN rows[$skip..($skip + $limit)] | {entityId: x.n.id, relation: type(x.r), direction: x.direction,
    kind: x.r.kind, evidence: ${rankedEvidence('[x.r.evidence]', false)}}] AS page
}
RETURN id, total, page`,
    params: {
      ids: [...entityIds],
      labels: filter.types ? filter.types.map((t) => ENTITY_LABEL[t]) : null,
      relations: filter.relations,
      ...page,
    },
  };
}

/** Loads one page of neighbours per entity, in the order of `entityIds`. */
export async function loadNeighbours(
  executor: Executor,
  entityIds: readonly string[],
  filter: NeighbourFilter,
  page: PageArgs,
): Promise<Page<NeighbourRecord>[]> {
  const rows = await executor.read<{ id: string; total: number; page: NeighbourRecord[] }>(neighboursQuery(entityIds, filter, page));
  const byId = new Map(rows.map((r) => [r.id, { total: r.total, rows: r.page }]));
  return entityIds.map((id) => byId.get(id) ?? { total: 0, rows: [] });
}
