/**
 * What a query must return: the fields a client selected, as plain data (no GraphQL types), so that the graph layer can
 * build one Cypher statement returning exactly that. Built from a GraphQL selection by src/graphql/selection.ts.
 */

/** One selected field: its response key (the alias, or the name), name, argument values and what it selects. */
export interface SelectedField {
  key: string;
  name: string;
  args: Record<string, unknown>;
  selection: Selection;
}

/** The fields selected on one object (fields of every possible type of an interface are merged). */
export interface Selection {
  fields: SelectedField[];
}

/** A selection of nothing (leaf fields have it; queries given it return only ids). */
export const NOTHING: Selection = { fields: [] };

/** The selected fields with this name (several when aliased). */
export function fieldsNamed(selection: Selection, name: string): SelectedField[] {
  return selection.fields.filter((f) => f.name === name);
}

/** True when a field with this name is selected. */
export function selects(selection: Selection, name: string): boolean {
  return selection.fields.some((f) => f.name === name);
}

/** Fields with the same response key merged into one (their selections merged in turn). */
export function mergeByKey(fields: SelectedField[]): SelectedField[] {
  const byKey = new Map<string, SelectedField>();
  for (const field of fields) {
    const seen = byKey.get(field.key);
    byKey.set(field.key, seen ? { ...seen, selection: { fields: mergeByKey([...seen.selection.fields, ...field.selection.fields]) } } : field);
  }
  return [...byKey.values()];
}

/** The fields selected under every `name` field, merged into one selection (e.g. all `node`s under `edges`). */
export function under(selection: Selection, ...path: string[]): Selection {
  let current: Selection[] = [selection];
  for (const name of path) current = current.flatMap((s) => fieldsNamed(s, name).map((f) => f.selection));
  return { fields: mergeByKey(current.flatMap((s) => s.fields)) };
}
