/**
 * `Entity.related`: the entities most related to one by the Adamic–Adar index over two kinds of common neighbour —
 * statements that mention both (from the entity's newest mentions) and entities linked to both — each common neighbour
 * z counting 1 / ln(degree of z), so a statement naming two things says more than one naming twenty, and a neighbour
 * shared with few says more than 广州市. A direct link counts 1 more. The shared statements are the evidence.
 */
import { MENTION_RANK_PREFIX } from '../../db/write/ranks.js';
import type { SelectedField } from '../selection.js';
import { key, mapOf, type CypherBuilder } from './builder.js';
import { entityMap } from './entity.js';
import { statementsById } from './statement.js';

const LINKS = 'TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF';
/** Neighbours with more links than this are left out as common neighbours (their weight is small, their fan-out large). */
const MAX_SHARED_DEGREE = 500;

/** The `related(first, types)` field of entity `v`. */
export function relatedEntities(b: CypherBuilder, v: string, field: SelectedField): string {
  const limit = b.param(Number(field.args.first ?? 10));
  const types = field.args.types as string[] | null | undefined;
  const labels = b.param(types && types.length > 0 ? types.map((t) => t.charAt(0) + t.slice(1).toLowerCase()) : null);
  const [x, s, z] = [b.variable('x'), b.variable('s'), b.variable('z')];
  const entries = [`entityId: ${x}.id`, 'score: round(score, 3)', 'sharedStatements: size(shared)', 'evidenceIds: shared'];
  for (const f of field.selection.fields) {
    if (f.name === 'entity') entries.push(`${key(f.key)}: ${entityMap(b, x, f.selection)}`);
    else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${statementsById(b, `shared[0..${b.param(Number(f.args.limit ?? 5))}]`, f.selection)}`);
    else if (f.key !== f.name && (f.name === 'score' || f.name === 'sharedStatements')) entries.push(`${key(f.key)}: ${f.name === 'score' ? 'round(score, 3)' : 'size(shared)'}`);
  }
  // Neo4j 5.26 refuses an aggregating function anywhere inside a map projection ("implicit grouping expressions"), so
  // the contributions are grouped by hand: sorted by entity, cut where the entity changes, each run summed.
  const [rows, starts, i, g, group] = [b.variable('rows'), b.variable('starts'), b.variable('i'), b.variable('g'), b.variable('group')];
  return `COLLECT {
    WITH COLLECT {
      CALL (${v}) {
        UNWIND coalesce(${v}.recentMentions, []) AS entry
        MATCH (${s}:Statement {id: substring(entry, ${MENTION_RANK_PREFIX})})
        WITH DISTINCT ${s}
        WITH ${s}, COLLECT { MATCH (${s})-[:MENTIONS]->(e) RETURN DISTINCT e } AS named
        WHERE size(named) > 1
        UNWIND named AS ${x}
        RETURN ${x}, 1.0 / log(size(named)) AS w, ${s}.id AS sid, ${s}.rank AS rank
        UNION ALL
        MATCH (${v})-[:${LINKS}]-(${z})
        WITH DISTINCT ${z}
        WITH ${z}, COUNT { (${z})-[:${LINKS}]-() } AS degree
        WHERE degree > 1 AND degree <= ${MAX_SHARED_DEGREE}
        MATCH (${z})-[:${LINKS}]-(${x})
        RETURN DISTINCT ${x}, 1.0 / log(degree) AS w, null AS sid, null AS rank
        UNION ALL
        MATCH (${v})-[:${LINKS}]-(${x})
        RETURN DISTINCT ${x}, 1.0 AS w, null AS sid, null AS rank
      }
      WITH ${x}, w, sid, rank WHERE ${x} <> ${v} AND (${labels} IS NULL OR any(l IN labels(${x}) WHERE l IN ${labels}))
      WITH ${x}, w, sid, rank ORDER BY elementId(${x}), rank DESC
      RETURN {x: ${x}, w: w, sid: sid}
    } AS ${rows}
    WITH ${rows}, [${i} IN range(0, size(${rows}) - 1) WHERE ${i} = 0 OR ${rows}[${i}].x <> ${rows}[${i} - 1].x] AS ${starts}
    UNWIND range(0, size(${starts}) - 1) AS ${g}
    WITH ${rows}[${starts}[${g}]..coalesce(${starts}[${g} + 1], size(${rows}))] AS ${group}
    WITH ${group}[0].x AS ${x}, reduce(acc = 0.0, r IN ${group} | acc + r.w) AS score, [r IN ${group} WHERE r.sid IS NOT NULL | r.sid] AS shared
    ORDER BY score DESC, ${x}.name LIMIT ${limit}
    RETURN ${mapOf(entries)} }`;
}
