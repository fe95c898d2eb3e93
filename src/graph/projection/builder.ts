/** Collects the parameters and fresh variable names of one Cypher statement while projections are built. */
import neo4j from 'neo4j-driver';

/** Parameters and variable names of the statement under construction. */
export class CypherBuilder {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  /** A new parameter holding `value` (whole numbers as Cypher integers: they serve as SKIP, LIMIT and list bounds); returns `$p3`. */
  param(value: unknown): string {
    const name = `p${this.count++}`;
    this.params[name] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
    return `$${name}`;
  }

  /** A variable name no other part of the statement uses. */
  variable(prefix: string): string {
    return `${prefix}_${this.count++}`;
  }
}

/** A map key for a response key (backticked: GraphQL names are identifiers but may be Cypher keywords). */
export const key = (name: string): string => `\`${name}\``;

/** A Cypher map literal from entries already written as `key: expression`. */
export const mapOf = (entries: string[]): string => `{${entries.join(', ')}}`;

/**
 * A list expression's elements in order, each projected by `project` through a subquery: `match` may add clauses (a
 * MATCH, or a WITH that must carry the index variable it is given), `map` is the element's projection.
 */
export function projectEach(b: CypherBuilder, listExpr: string, project: (element: string, index: string) => { match?: string; map: string }): string {
  const i = b.variable('i');
  const element = b.variable('el');
  const { match, map } = project(element, i);
  return `COLLECT { WITH ${listExpr} AS list_${i} UNWIND range(0, size(list_${i}) - 1) AS ${i} WITH ${i}, list_${i}[${i}] AS ${element}${match ? `\n${match}` : ''}\nRETURN ${map} AS out_${i} ORDER BY ${i} }`;
}
