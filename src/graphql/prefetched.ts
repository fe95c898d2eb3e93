/**
 * Resolvers over what the one query of a top-level field already fetched: a field's value sits on its parent under
 * its response key (the alias, or the name). Only when it is missing (a parent built without that selection, e.g. by
 * `ask`) does the fallback load it.
 */
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './context.js';
import { toConnection } from './cursor.js';
import { PageInput, parseArgs } from './inputs.js';

type Resolver<P, R> = (parent: P, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => R;

function fetched(source: unknown, info: GraphQLResolveInfo): unknown {
  return source !== null && typeof source === 'object' ? (source as Record<string, unknown>)[String(info.path.key)] : undefined;
}

/** The default resolver of the schema: the value under the response key, else graphql's default (by field name). */
export const prefetchingFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  const value = fetched(source, info);
  return value !== undefined ? value : defaultFieldResolver(source, args, context, info);
};

/** A resolver that returns the fetched value, or runs `fallback` when the parent came without it. */
export function prefetched<P, R>(fallback: Resolver<P, R>): Resolver<P, unknown> {
  return (parent, args, context, info) => {
    const value = fetched(parent, info);
    return value !== undefined ? value : fallback(parent, args, context, info);
  };
}

/** The same for a connection field: the fetched `{total, rows}` becomes edges, cursors and pageInfo. */
export function prefetchedPage<P, R>(fallback: Resolver<P, R>): Resolver<P, unknown> {
  return (parent, args, context, info) => {
    const value = fetched(parent, info) as { total: number | null; rows: unknown[] } | undefined;
    if (value === undefined) return fallback(parent, args, context, info);
    const skip = parseArgs(PageInput.pick({ after: true }), args).after;
    return toConnection({ total: value.total ?? skip + value.rows.length, rows: value.rows }, skip);
  };
}
