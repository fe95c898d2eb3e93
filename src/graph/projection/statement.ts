/** Projections of statements (the unit of evidence) and documents. */
import type { Selection } from '../selection.js';
import { key, mapOf, projectEach, type CypherBuilder } from './builder.js';
import { statementTopics } from './topic.js';

const STATEMENT_SCALARS = new Set(['id', 'text', 'start', 'end', 'year', 'status', 'page']);
const DOCUMENT_SCALARS = new Set(['id', 'title', 'issuer', 'issuedOn', 'sha256', 'charCount', 'source']);

/** A document node `v` as a map of the selected fields (its sections and statements are left to their resolvers). */
export function documentMap(b: CypherBuilder, v: string, selection: Selection): string {
  const entries = [`id: ${v}.id`];
  for (const field of selection.fields) {
    if (DOCUMENT_SCALARS.has(field.name)) entries.push(`${key(field.key)}: ${v}.${field.name}`);
    else if (field.name === 'ingestedAt') entries.push(`${key(field.key)}: toString(${v}.ingestedAt)`);
  }
  return mapOf(entries);
}

/** A statement node `v` as a map of the selected fields: its document and section path included when selected. */
export function statementMap(b: CypherBuilder, v: string, selection: Selection): string {
  const entries = [`id: ${v}.id`, `documentId: ${v}.documentId`];
  for (const field of selection.fields) {
    if (STATEMENT_SCALARS.has(field.name)) entries.push(`${key(field.key)}: ${v}.${field.name}`);
    else if (field.name === 'document') {
      const d = b.variable('d');
      entries.push(`${key(field.key)}: COLLECT { MATCH (${d}:Document {id: ${v}.documentId}) RETURN ${documentMap(b, d, field.selection)} }[0]`);
    } else if (field.name === 'topics') {
      entries.push(`${key(field.key)}: ${statementTopics(b, v, field)}`);
    } else if (field.name === 'sectionPath') {
      const p = b.variable('p');
      const n = b.variable('n');
      entries.push(
        `${key(field.key)}: coalesce(COLLECT { MATCH ${p} = (:Document)-[:HAS_SECTION*0..12]->()-[:HAS_STATEMENT]->(${v}) RETURN [${n} IN nodes(${p})[1..-1] | ${n}.heading] }[0], [])`,
      );
    }
  }
  return mapOf(entries);
}

/** The statements whose ids `idsExpr` lists, in that order, as maps of `selection`. */
export function statementsById(b: CypherBuilder, idsExpr: string, selection: Selection): string {
  return projectEach(b, idsExpr, (id) => {
    const s = b.variable('s');
    return { match: `MATCH (${s}:Statement {id: ${id}})`, map: statementMap(b, s, selection) };
  });
}

/** The projection of an `evidence(first)` field over a newest-first list of statement ids. */
export function evidenceList(b: CypherBuilder, idsExpr: string, field: { args: Record<string, unknown>; selection: Selection }): string {
  const limit = b.param(Number(field.args.limit ?? 20));
  return statementsById(b, `${idsExpr}[0..${limit}]`, field.selection);
}
