/** Shortest paths between two entities over the derived relationships, with the evidence of every hop. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { entityById, rankedEvidence } from './evidence.js';
import type { RelationType } from './neighbours.js';

/** One hop: the relationship as stored (from its start to its end node), its kind and evidence. */
export interface HopRecord {
  fromId: string;
  toId: string;
  relation: RelationType;
  kind: string | null;
  evidence: string[];
}

/** One path: the entities in walking order and the hops between them. */
export interface PathRecord {
  nodeIds: string[];
  hops: HopRecord[];
}

/** The largest path length a query may ask for. */
export const MAX_HOPS = 4;

/**
 * The shortest paths between two entity ids, at most `maxHops` long (undirected), paths whose hops all have evidence
 * first. `maxHops` is interpolated (Cypher takes no parameter there), so it must be an integer in 1..MAX_HOPS.
 */
export function connectionsQuery(fromId: string, toId: string, maxHops: number, first: number): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw new RangeError(`maxHops must be an integer in 1..${MAX_HOPS}`);
  return {
    cypher: `${entityById('a', '$fromId')}
${entityById('b', '$toId')}
MATCH p = allShortestPaths((a)-[:TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF*..${maxHops}]-(b))
WITH p LIMIT 200
WITH p, size([r IN relationships(p) WHERE size(coalesce(r.evidence, [])) > 0]) AS evidenced,
  reduce(n = 0, r IN relationships(p) | n + size(coalesce(r.evidence, []))) AS weight
ORDER BY evidenced DESC, weight DESC
LIMIT toInteger($first)
RETURN [n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | {fromId: startNode(r).id, toId: endNode(r).id, relation: type(r), kind: r.kind,
    evidence: ${rankedEvidence('[r.evidence]', false)}}] AS hops`,
    params: { fromId, toId, first },
  };
}

/** Runs connectionsQuery; no paths when both ids are the same entity. */
export async function findConnections(executor: Executor, fromId: string, toId: string, maxHops: number, first: number): Promise<PathRecord[]> {
  if (fromId === toId) return [];
  return executor.read<{ nodeIds: string[]; hops: HopRecord[] }>(connectionsQuery(fromId, toId, maxHops, first));
}
