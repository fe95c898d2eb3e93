/** The `{total, rows}` map of a connection field; the GraphQL layer turns it into edges, cursors and pageInfo. */
import type { PageArgs } from '../page.js';
import { selects, type Selection } from '../selection.js';

/**
 * A page of a connection: `rows` (an expression for the page's rows) and `total` (counted only when the selection asks
 * for totalCount or pageInfo, so an unasked count costs nothing).
 */
export function pageMap(connection: Selection, total: string, rows: string): string {
  const needsTotal = selects(connection, 'totalCount') || selects(connection, 'pageInfo');
  return `{total: ${needsTotal ? total : 'null'}, rows: ${rows}}`;
}

/** The page arguments of a selected field (defaults: the first 20). */
export function pageArgs(args: Record<string, unknown>): PageArgs {
  return { skip: Number(args.skip ?? 0), limit: Number(args.limit ?? 20) };
}
