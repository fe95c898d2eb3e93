/** Statements (the unit of evidence) by id, and the headings above each one. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { inIdOrder } from './page.js';

/** A statement as stored. */
export interface StatementRecord {
  id: string;
  text: string;
  start: number;
  end: number;
  year: number | null;
  status: string;
  documentId: string;
}

/** The statements with these ids. */
export function statementsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s {.id, .text, .start, .end, .year, .status, .page, .documentId} AS statement`,
    params: { ids: [...ids] },
  };
}

/** Loads statements by id, in the order of `ids` (null where unknown). */
export async function loadStatements(executor: Executor, ids: readonly string[]): Promise<(StatementRecord | null)[]> {
  const rows = await executor.read<{ statement: StatementRecord }>(statementsByIdsQuery(ids));
  return inIdOrder(ids, rows.map((r) => [r.statement.id, r.statement] as const), null);
}

/** For each statement id: the headings of the sections from the document root down to the statement's section. */
export function sectionPathsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH p = (:Document)-[:HAS_SECTION*0..12]->()-[:HAS_STATEMENT]->(s)
RETURN id, CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p)[1..-1] | n.heading] END AS path`,
    params: { ids: [...ids] },
  };
}

/** Loads the section path of each statement, in the order of `ids`. */
export async function loadSectionPaths(executor: Executor, ids: readonly string[]): Promise<string[][]> {
  const rows = await executor.read<{ id: string; path: string[] }>(sectionPathsQuery(ids));
  return inIdOrder(ids, rows.map((r) => [r.id, r.path] as const), [] as string[]);
}
