/** Resolver for `ask`: a question in Chinese answered by the matching field. */
import type { GraphQLResolveInfo } from 'graphql';
import { answerQuestion } from '../answer.js';
import type { ApiContext } from '../context.js';
import { AskInput, parseArgs } from '../inputs.js';
import { selectionOf } from '../selection.js';

/** `Query.ask`. */
export const askResolvers = {
  Query: {
    ask: (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) =>
      answerQuestion(context, parseArgs(AskInput, args).question, selectionOf(info)),
  },
};
