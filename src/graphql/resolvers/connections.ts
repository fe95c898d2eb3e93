/** Resolvers for `connections`: shortest paths between two entities with the evidence of every hop, in one statement. */
import type { GraphQLResolveInfo } from 'graphql';
import { findConnections, type HopRecord, type PathRecord } from '../../graph/connections.js';
import { loadersOf, type ApiContext } from '../context.js';
import { ConnectionsInput, parseArgs } from '../inputs.js';
import { resolveIds } from '../names.js';
import { prefetched } from '../prefetched.js';
import { selectionOf } from '../selection.js';
import { evidenceField } from './statements.js';

/** `Query.connections`, `Path` and `Hop`. */
export const connectionResolvers = {
  Query: {
    connections: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo): Promise<PathRecord[]> => {
      const { from, to, maxHops, first } = parseArgs(ConnectionsInput, args);
      const [[fromId], [toId]] = await Promise.all([resolveIds(context, from), resolveIds(context, to)]);
      if (fromId === undefined || toId === undefined) return [];
      return findConnections(context.executor, fromId, toId, maxHops, first, selectionOf(info));
    },
  },
  Path: {
    length: (path: PathRecord) => path.hopCount,
    nodes: prefetched((path: PathRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.loadMany(path.nodeIds)),
  },
  Hop: {
    from: prefetched((hop: HopRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hop.fromId)),
    to: prefetched((hop: HopRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hop.toId)),
    evidence: evidenceField,
  },
};
