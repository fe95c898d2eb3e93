/** Resolver for `ask`: a question in Chinese answered by the matching field. */
import { answerQuestion } from '../answer.js';
import type { ApiContext } from '../context.js';
import { AskInput, parseArgs } from '../inputs.js';

/** `Query.ask`. */
export const askResolvers = {
  Query: {
    ask: (_root: unknown, args: unknown, context: ApiContext) => answerQuestion(context, parseArgs(AskInput, args).question),
  },
};
