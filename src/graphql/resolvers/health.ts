/** Resolvers for `health`. */
import { readHealth } from '../../graph/health.js';
import type { ApiContext } from '../context.js';

/** `Query.health`: Neo4j's version and node counts. */
export const healthResolvers = {
  Query: {
    health: async (_root: unknown, _args: unknown, { executor }: ApiContext) => ({ ok: true, ...(await readHealth(executor)) }),
  },
};
