/** Resolvers for `search`: full-text over entity names and aliases, best first, with the selected entity fields in one statement. */
import type { GraphQLResolveInfo } from 'graphql';
import { searchEntities, type ScoredId } from '../../graph/entities.js';
import { under } from '../../graph/selection.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection } from '../cursor.js';
import { SearchInput, parseArgs } from '../inputs.js';
import { prefetched } from '../prefetched.js';
import { selectionOf } from '../selection.js';

/** `Query.search` and `SearchHit`. */
export const searchResolvers = {
  Query: {
    search: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { text, types, first, after } = parseArgs(SearchInput, args);
      const hits = await searchEntities(context.executor, text, types, { skip: after, limit: first }, under(selectionOf(info), 'edges', 'node'));
      return toConnection(hits, after);
    },
  },
  SearchHit: {
    entity: prefetched((hit: ScoredId, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.id)),
  },
};
