/** Opaque Relay cursors (an offset inside) and the connection objects built from a page. */
import type { Page } from '../graph/page.js';

const PREFIX = 'policy-kg:';

/** The cursor of the item at this offset (the next page starts after it). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The number of items to skip after a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  if (!/^\d{1,7}$/.test(digits)) return null;
  return Number(digits) + 1;
}

/** A Relay connection. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The connection of one page that started after `skip` items. */
export function toConnection<T>(page: Page<T>, skip: number): Connection<T> {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: skip + page.rows.length < page.total, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount: page.total,
  };
}
