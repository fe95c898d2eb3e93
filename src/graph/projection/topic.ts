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
  const [s, a, t, n] = [b.variable('s'), b.variable('a'), b.variable('t'), b.variable('n')];
  const limit = b.param(Number(field.args.first ?? 5));
  return `COLLECT { WITH size(coalesce(${v}.recentMentions, [])) AS ${n}
    UNWIND coalesce(${v}.recentMentions, []) AS entry
    MATCH (${s}:Statement {id: substring(entry, ${mentionPrefix})})
    WITH DISTINCT ${n}, ${s}
    MATCH (${s})-[${a}:ABOUT]->(${t}:Topic)
    WITH ${n}, ${t}, sum(${a}.score) AS w
    ORDER BY w DESC, ${t}.id LIMIT ${limit}
    RETURN {score: round(w / ${n}, 2), topic: ${topicMap(t, under(field.selection, 'topic'))}} }`;
}

/** The topics of target `v`: those of the statement that states it. */
export function targetTopics(b: CypherBuilder, v: string, field: SelectedField): string {
  const s = b.variable('s');
  return `coalesce(COLLECT { MATCH (${s}:Statement)-[:STATES]->(${v}) RETURN ${statementTopics(b, s, field)} }[0], [])`;
}
