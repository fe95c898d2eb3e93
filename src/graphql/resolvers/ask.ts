/** Resolvers for `ask` and the types only answers have: a question in Chinese or English answered by the API's fields. */
import type { GraphQLResolveInfo } from 'graphql';
import type { PlaceHitRecord } from '../../graph/places.js';
import { answerQuestion } from '../answer.js';
import { loadersOf, type ApiContext } from '../context.js';
import { AskInput, parseArgs } from '../inputs.js';
import { prefetched } from '../prefetched.js';
import { selectionOf } from '../selection.js';
import { evidenceField } from './statements.js';

/** `Query.ask` and `PlaceHit`. */
export const askResolvers = {
  Query: {
    ask: (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) =>
      answerQuestion(context, parseArgs(AskInput, args).question, selectionOf(info)),
  },
  PlaceHit: {
    region: prefetched((hit: PlaceHitRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.regionId)),
    through: prefetched((hit: PlaceHitRecord, _args: unknown, context: ApiContext) => (hit.throughId ? loadersOf(context).entities.load(hit.throughId) : null)),
    evidence: evidenceField,
  },
};
