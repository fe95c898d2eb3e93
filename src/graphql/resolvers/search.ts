/** Resolvers for `search`: full-text over entity names and aliases, best first. */
import { searchEntities, type ScoredId } from '../../graph/entities.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection } from '../cursor.js';
import { SearchInput, parseArgs } from '../inputs.js';

/** `Query.search` and `SearchHit`. */
export const searchResolvers = {
  Query: {
    search: async (_root: unknown, args: unknown, context: ApiContext) => {
      const { text, types, first, after } = parseArgs(SearchInput, args);
      return toConnection(await searchEntities(context.executor, text, types, { skip: after, limit: first }), after);
    },
  },
  SearchHit: {
    entity: (hit: ScoredId, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.id),
  },
};
