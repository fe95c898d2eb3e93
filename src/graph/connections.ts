/** Shortest paths between two entities over the derived relationships, with the evidence of every hop, in one statement. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { entityById } from './evidence.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, type Selection } from './selection.js';

/** The relationship types between entities. */
export const RELATION_TYPES = ['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** One hop: the relationship as stored (from its start to its end node), its kind, evidence ids and selected fields. */
export interface HopRecord {
  fromId: string;
  toId: string;
  relation: RelationType;
  kind: string | null;
  evidenceIds: string[];
  [field: string]: unknown;
}

/** One path: the entity ids in walking order, the number of hops, and the selected `nodes` and `hops` under their keys. */
export interface PathRecord {
  nodeIds: string[];
  hopCount: number;
  [field: string]: unknown;
}

/** The largest path length a query may ask for. */
export const MAX_HOPS = 4;

function hopMap(b: CypherBuilder, r: string, hop: Selection): string {
  const entries = [`fromId: startNode(${r}).id`, `toId: endNode(${r}).id`, `relation: type(${r})`, `kind: ${r}.kind`, `evidenceIds: coalesce(${r}.evidence, [])`];
  for (const f of hop.fields) {
    if (f.name === 'from' || f.name === 'to') {
      const x = b.variable('x');
      entries.push(`${key(f.key)}: COLLECT { WITH ${f.name === 'from' ? 'startNode' : 'endNode'}(${r}) AS ${x} RETURN ${entityMap(b, x, f.selection)} }[0]`);
    } else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, `coalesce(${r}.evidence, [])`, f)}`);
    else if ((f.name === 'relation' || f.name === 'kind') && f.key !== f.name) entries.push(`${key(f.key)}: ${f.name === 'kind' ? `${r}.kind` : `type(${r})`}`);
  }
  return mapOf(entries);
}

function pathMap(b: CypherBuilder, p: string, path: Selection): string {
  const entries = [`nodeIds: [n IN nodes(${p}) | n.id]`, `hopCount: length(${p})`];
  for (const f of path.fields) {
    if (f.name === 'nodes') entries.push(`${key(f.key)}: ${projectEach(b, `nodes(${p})`, (n) => ({ map: entityMap(b, n, f.selection) }))}`);
    else if (f.name === 'hops') entries.push(`${key(f.key)}: ${projectEach(b, `relationships(${p})`, (r) => ({ map: hopMap(b, r, f.selection) }))}`);
  }
  return mapOf(entries);
}

/**
 * The shortest paths between two entity ids, at most `maxHops` long (undirected), paths whose hops all have evidence
 * first, then those whose most connected waypoint is least connected (`through`, its degree): a campus reaches its
 * university's region through the university (~2,000 relationships at 10,000 documents) before it does through the
 * city it stands in (~35,000), which is linked to nearly everything and says little of the campus; then the best
 * evidenced. `maxHops` is interpolated (Cypher takes no parameter there), so it must be an integer in 1..MAX_HOPS.
 */
export function connectionsQuery(fromId: string, toId: string, maxHops: number, first: number, path: Selection = NOTHING): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw new RangeError(`maxHops must be an integer in 1..${MAX_HOPS}`);
  const b = new CypherBuilder();
  return {
    cypher: `${entityById('a', '$fromId')}
${entityById('b', '$toId')}
MATCH p = allShortestPaths((a)-[:TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF*..${maxHops}]-(b))
WITH p LIMIT 200
WITH p, size([r IN relationships(p) WHERE coalesce(r.evidenceCount, 0) > 0]) AS evidenced,
  reduce(n = 0, r IN relationships(p) | n + coalesce(r.evidenceCount, 0)) AS weight,
  reduce(n = 0, d IN [x IN nodes(p)[1..-1] | COUNT { (x)--() }] | CASE WHEN d > n THEN d ELSE n END) AS through
ORDER BY evidenced DESC, through ASC, weight DESC
LIMIT toInteger($first)
RETURN ${pathMap(b, 'p', path)} AS path`,
    params: { ...b.params, fromId, toId, first },
  };
}

/** Runs connectionsQuery; no paths when both ids are the same entity. */
export async function findConnections(executor: Executor, fromId: string, toId: string, maxHops: number, first: number, path?: Selection): Promise<PathRecord[]> {
  if (fromId === toId) return [];
  return (await executor.read<{ path: PathRecord }>(connectionsQuery(fromId, toId, maxHops, first, path))).map((r) => r.path);
}
