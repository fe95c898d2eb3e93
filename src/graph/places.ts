/**
 * "Which places?": the places partnered with a place or institution (its own and its institutions' partnerships with
 * a region, or with institutions located elsewhere; a place's own: aid between places, 广州市 → 毕节市), and where an entity is (an institution's location and its parent's, the
 * places a program touches or reaches through its institutions, a region's parent). One statement per question.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, type Selection } from './selection.js';

/** One place: the region, how it was found, through which entity, and the evidence. */
export interface PlaceHitRecord {
  regionId: string;
  link: string;
  kind: string | null;
  throughId: string | null;
  evidenceIds: string[];
  [field: string]: unknown;
}

const PARTNER_PLACES = `UNWIND $ids AS pid
CALL (pid) { MATCH (x:Region {id: pid}) RETURN x AS asked UNION MATCH (x:Institution {id: pid}) RETURN x AS asked }
CALL (asked) {
  MATCH (place:Region)-[:PART_OF*0..8]->(asked) MATCH (i:Institution)-[:LOCATED_IN]->(place) RETURN i
  UNION
  MATCH (i:Institution) WHERE i = asked RETURN i
  UNION
  MATCH (place:Region)-[:PART_OF*0..8]->(asked) RETURN place AS i
}
CALL (asked, i) {
  MATCH (i)-[r:PARTNERS_WITH]-(x:Region)
  RETURN x, r, i AS through
  UNION ALL
  MATCH (i)-[r:PARTNERS_WITH]-(j:Institution)-[:LOCATED_IN]->(x:Region)
  RETURN x, r, j AS through
}
WITH asked, x, r, through WHERE NOT EXISTS { MATCH (x)-[:PART_OF*0..8]->(asked) } AND NOT EXISTS { MATCH (asked)-[:PART_OF*1..8]->(x) }
WITH x, 'PARTNERS_WITH' AS link, r.kind AS kind, through, r`;

const WHERE_IS = `UNWIND $ids AS pid
CALL (pid) {
  MATCH (:Institution {id: pid})-[r:LOCATED_IN]->(x:Region) RETURN x, 'LOCATED_IN' AS link, null AS through, r
  UNION ALL
  MATCH (:Institution {id: pid})-[:PART_OF]->(j:Institution)-[r:LOCATED_IN]->(x:Region) RETURN x, 'PARENT_LOCATED_IN' AS link, j AS through, r
  UNION ALL
  MATCH (:Program {id: pid})-[r:TOUCHES]->(x:Region) RETURN x, 'TOUCHES' AS link, null AS through, r
  UNION ALL
  MATCH (:Program {id: pid})-[:INVOLVES]->(j:Institution)-[r:LOCATED_IN]->(x:Region) RETURN x, 'INSTITUTION_LOCATED_IN' AS link, j AS through, r
  UNION ALL
  MATCH (:Region {id: pid})-[r:PART_OF]->(x:Region) RETURN x, 'PART_OF' AS link, null AS through, r
}
WITH x, link, null AS kind, through, r`;

function hitMap(b: CypherBuilder, hit: Selection): (row: string, index: string) => { match: string; map: string } {
  return (row, index) => {
    const [x, t] = [b.variable('x'), b.variable('t')];
    const entries = [`regionId: ${x}.id`, `link: ${row}.link`, `kind: ${row}.kind`, `throughId: ${t}.id`, `evidenceIds: ${row}.ids`];
    for (const f of hit.fields) {
      if (f.name === 'region') entries.push(`${key(f.key)}: ${entityMap(b, x, f.selection)}`);
      else if (f.name === 'through') entries.push(`${key(f.key)}: CASE WHEN ${t} IS NULL THEN null ELSE ${entityMap(b, t, f.selection)} END`);
      else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, `${row}.ids`, f)}`);
      else if ((f.name === 'link' || f.name === 'kind') && f.key !== f.name) entries.push(`${key(f.key)}: ${row}.${f.name}`);
    }
    return { match: `WITH ${index}, ${row}, ${row}.x AS ${x}, ${row}.through AS ${t}`, map: mapOf(entries) };
  };
}

function placesQuery(head: string, ids: string[], limit: number, hit: Selection, prefer: string[] = []): CypherQuery {
  const b = new CypherBuilder();
  const rows = projectEach(b, 'rows', hitMap(b, hit));
  return {
    cypher: `${head}
WITH x, link, head(collect(kind)) AS kind, head(collect(through)) AS through, sum(coalesce(r.evidenceCount, 0)) AS weight,
  reduce(all = [], l IN collect(coalesce(r.evidence, [])) | all + [e IN l WHERE NOT e IN all])[0..100] AS ids
ORDER BY CASE WHEN kind IS NOT NULL AND any(w IN $prefer WHERE kind CONTAINS w OR w CONTAINS kind) THEN 0 ELSE 1 END, weight DESC, x.name LIMIT toInteger($limit)
WITH collect({x: x, link: link, kind: kind, through: through, ids: ids}) AS rows
RETURN ${rows} AS page`,
    params: { ...b.params, ids, limit, prefer },
  };
}

/** Places partnered with the entities `ids` (regions with their institutions, or institutions); kinds holding a `prefer` word first. */
export async function findPartnerPlaces(executor: Executor, ids: string[], limit: number, hit: Selection = NOTHING, prefer: string[] = []): Promise<PlaceHitRecord[]> {
  const [row] = await executor.read<{ page: PlaceHitRecord[] }>(placesQuery(PARTNER_PLACES, ids, limit, hit, prefer));
  return row?.page ?? [];
}

/** Where the entities `ids` are. */
export async function findWhere(executor: Executor, ids: string[], limit: number, hit: Selection = NOTHING): Promise<PlaceHitRecord[]> {
  const [row] = await executor.read<{ page: PlaceHitRecord[] }>(placesQuery(WHERE_IS, ids, limit, hit));
  return row?.page ?? [];
}
