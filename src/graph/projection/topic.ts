/** Projections of topics: a Topic node, and the topic tags (ABOUT with its score) of a statement. */
import { selects, under, type SelectedField, type Selection } from '../selection.js';
import { mapOf, type CypherBuilder } from './builder.js';

/** A Topic node `v` as a map (its parent and children come from the taxonomy, not the graph). */
export function topicMap(v: string, selection: Selection): string {
  const entries = [`id: ${v}.id`, `name: ${v}.name`, `nameEn: ${v}.nameEn`, `parentId: ${v}.parent`];
  if (selects(selection, 'statementCount')) entries.push(`statementCount: COUNT { (${v})<-[:ABOUT]-() }`);
  return mapOf(entries);
}

/** The topics of statement `s`, best first, as `{score, topic}` maps of the field's selection. */
export function statementTopics(b: CypherBuilder, s: string, field: SelectedField): string {
  const a = b.variable('a');
  const t = b.variable('t');
  return `COLLECT { MATCH (${s})-[${a}:ABOUT]->(${t}:Topic) WITH ${a}, ${t} ORDER BY ${a}.score DESC, ${t}.id RETURN {score: ${a}.score, topic: ${topicMap(t, under(field.selection, 'topic'))}} }`;
}


/**
 * The topics of an entity: those of the statements that mention it, over its newest mentions (kept on the node, so
 * the cost does not grow with the corpus); `score` is the share of those statements about the topic.
 */
export function entityTopics(b: CypherBuilder, v: string, field: SelectedField, mentionPrefix: number): string {
  const [s, s2, a2, t, n, stmts] = [b.variable('s'), b.variable('s'), b.variable('a'), b.variable('t'), b.variable('n'), b.variable('stmts')];
  const limit = b.param(Number(field.args.first ?? 5));
  // No aggregating function: Neo4j 5.26 refuses one anywhere inside a map projection; the sum is a reduce.
  return `COLLECT { WITH size(coalesce(${v}.recentMentions, [])) AS ${n},
      COLLECT { UNWIND coalesce(${v}.recentMentions, []) AS entry MATCH (${s}:Statement {id: substring(entry, ${mentionPrefix})}) RETURN DISTINCT ${s} } AS ${stmts}
    UNWIND ${stmts} AS ${s}
    MATCH (${s})-[:ABOUT]->(${t}:Topic)
    WITH DISTINCT ${n}, ${stmts}, ${t}
    WITH ${n}, ${t}, reduce(acc = 0.0, x IN COLLECT { UNWIND ${stmts} AS ${s2} MATCH (${s2})-[${a2}:ABOUT]->(${t}) RETURN ${a2}.score } | acc + x) AS w
    ORDER BY w DESC, ${t}.id LIMIT ${limit}
    RETURN {score: round(w / ${n}, 2), topic: ${topicMap(t, under(field.selection, 'topic'))}} }`;
}

/** The topics of target `v`: those of the statement that states it. */
export function targetTopics(b: CypherBuilder, v: string, field: SelectedField): string {
  const s = b.variable('s');
  return `coalesce(COLLECT { MATCH (${s}:Statement)-[:STATES]->(${v}) RETURN ${statementTopics(b, s, field)} }[0], [])`;
}
