/** Offset pages of query results: what list queries take and return. */

/** Which slice of a list to return. */
export interface PageArgs {
  skip: number;
  limit: number;
}

/** One slice of a list and the size of the whole list. */
export interface Page<T> {
  total: number;
  rows: T[];
}

/** The Cypher tail that turns a collected list `rows` into `total` and the slice `page` ($skip, $limit). */
export const PAGE_TAIL = 'RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page';

/** Reads the single `{total, page}` record a paged query returns. */
export function toPage<T>(records: { total: number; page: T[] }[]): Page<T> {
  const [record] = records;
  return { total: record?.total ?? 0, rows: record?.page ?? [] };
}

/** Values in the order of `ids` (DataLoader's contract), `missing` where no row had that id. */
export function inIdOrder<V, M>(ids: readonly string[], entries: Iterable<readonly [string, V]>, missing: M): (V | M)[] {
  const byId = new Map(entries);
  return ids.map((id) => (byId.has(id) ? (byId.get(id) as V) : missing));
}
