/** Resolvers for `targets` and the Target type: one statement returns the page with everything selected under it. */
import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graph/page.js';
import type { Selection } from '../../graph/selection.js';
import { findTargets, type TargetRecord } from '../../graph/targets.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection, type Connection } from '../cursor.js';
import { TargetsInput, parseArgs } from '../inputs.js';
import { resolveIdsOfType, type NameArg } from '../names.js';
import { prefetched } from '../prefetched.js';
import { selectionOf } from '../selection.js';
import { topicIdsOf } from '../topics.js';
import { topicsOfStatementField } from './topics.js';

/** Runs `targets` for parsed arguments (shared with `ask`); `connection` is what the caller selected. */
export async function targetsAnswer(
  context: ApiContext,
  args: { program: NameArg | null; region: NameArg | null; topic: string | null | string[]; year: number | null; status: string | null; words?: string[] | null; regionNamed?: boolean },
  page: PageArgs,
  connection?: Selection,
): Promise<Connection<TargetRecord>> {
  const programIds = args.program !== null ? await resolveIdsOfType(context, args.program, 'PROGRAM') : null;
  const regionIds = args.region !== null ? await resolveIdsOfType(context, args.region, 'REGION') : null;
  if (programIds?.length === 0 || regionIds?.length === 0) return toConnection({ total: 0, rows: [] }, page.skip);
  const topicIds = Array.isArray(args.topic) ? args.topic : topicIdsOf(args.topic);
  return toConnection(await findTargets(context.executor, { programIds, regionIds, topicIds, words: args.words ?? null, regionNamed: args.regionNamed, year: args.year, status: args.status }, page, connection), page.skip);
}

/** `Query.targets` and `Target`. */
export const targetResolvers = {
  Query: {
    targets: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { first, after, ...rest } = parseArgs(TargetsInput, args);
      return targetsAnswer(context, rest, { skip: after, limit: first }, selectionOf(info));
    },
  },
  Target: {
    for: prefetched((target: TargetRecord, _args: unknown, context: ApiContext) => (target.forId ? loadersOf(context).entities.load(target.forId) : null)),
    statement: prefetched((target: TargetRecord, _args: unknown, context: ApiContext) => loadersOf(context).statements.load(target.statementId)),
    topics: prefetched((target: TargetRecord, _args: unknown, context: ApiContext) => topicsOfStatementField(context, target.statementId)),
  },
};
