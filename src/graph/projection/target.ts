/** Projection of a target with the entity it is for and the statement that states it. */
import type { Selection } from '../selection.js';
import { key, mapOf, type CypherBuilder } from './builder.js';
import { entityMap } from './entity.js';
import { statementMap } from './statement.js';
import { targetTopics } from './topic.js';

const SCALARS = new Set(['id', 'text', 'subject', 'value', 'unit', 'comparator', 'year', 'status']);

/** A target node `v` as a map of the selected fields (always with `id`, `statementId` and `forId`). */
export function targetMap(b: CypherBuilder, v: string, selection: Selection): string {
  const s = b.variable('s');
  const f = b.variable('f');
  const entries = [`id: ${v}.id`, `statementId: COLLECT { MATCH (${s}:Statement)-[:STATES]->(${v}) RETURN ${s}.id }[0]`, `forId: COLLECT { MATCH (${v})-[:FOR]->(${f}) RETURN ${f}.id }[0]`];
  for (const field of selection.fields) {
    if (SCALARS.has(field.name)) entries.push(`${key(field.key)}: ${v}.${field.name}`);
    else if (field.name === 'for') {
      const x = b.variable('x');
      entries.push(`${key(field.key)}: COLLECT { MATCH (${v})-[:FOR]->(${x}) RETURN ${entityMap(b, x, field.selection)} }[0]`);
    } else if (field.name === 'topics') {
      entries.push(`${key(field.key)}: ${targetTopics(b, v, field)}`);
    } else if (field.name === 'statement') {
      const x = b.variable('s');
      entries.push(`${key(field.key)}: COLLECT { MATCH (${x}:Statement)-[:STATES]->(${v}) RETURN ${statementMap(b, x, field.selection)} }[0]`);
    }
  }
  return mapOf(entries);
}
