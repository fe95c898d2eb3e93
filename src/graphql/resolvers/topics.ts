/** Resolvers for `topics`, `statements`, the Topic type, topic tags, statement hits and related entities. */
import type { GraphQLResolveInfo } from 'graphql';
import type { TopicSpec } from '../../../language/lexicon/index.js';
import { getTaxonomy } from '../../../language/topics/index.js';
import type { StatementHitRecord } from '../../graph/statementSearch.js';
import { statementTopicsQuery, topicsQuery, type TopicRecord } from '../../graph/topics.js';
import { loadersOf, type ApiContext } from '../context.js';
import { StatementSearchInput, parseArgs } from '../inputs.js';
import { prefetched } from '../prefetched.js';
import { selectionOf } from '../selection.js';
import { statementsAnswer } from '../statementSearch.js';
import { evidenceField } from './statements.js';

const asRecord = (t: TopicSpec): TopicRecord => ({ id: t.id, name: t.name, nameEn: t.nameEn, parentId: t.parentId });

/** The topics of one statement (for a statement or target fetched without them). */
export async function topicsOfStatementField(context: ApiContext, statementId: string): Promise<unknown[]> {
  const rows = await context.executor.read<{ tags: unknown[] }>(statementTopicsQuery(statementId));
  return rows[0]?.tags ?? [];
}

/** `Query.topics`, `Query.statements` and their types. */
export const topicResolvers = {
  Query: {
    topics: async (_root: unknown, _args: unknown, context: ApiContext) => (await context.executor.read<{ topic: TopicRecord }>(topicsQuery())).map((r) => r.topic),
    statements: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { first, after, ...rest } = parseArgs(StatementSearchInput, args);
      return statementsAnswer(context, rest, { skip: after, limit: first }, selectionOf(info));
    },
  },
  Topic: {
    parent: (topic: TopicRecord) => {
      const parent = topic.parentId ? getTaxonomy().byId(topic.parentId) : undefined;
      return parent ? asRecord(parent) : null;
    },
    children: (topic: TopicRecord) => getTaxonomy().childrenOf(topic.id).map(asRecord),
    statementCount: (topic: TopicRecord) => topic.statementCount ?? null,
  },
  StatementHit: {
    statement: prefetched((hit: StatementHitRecord, _args: unknown, context: ApiContext) => loadersOf(context).statements.load(hit.statementId)),
    topics: prefetched((hit: StatementHitRecord, _args: unknown, context: ApiContext) => topicsOfStatementField(context, hit.statementId)),
  },
  Statement: {
    topics: prefetched((statement: { id: string }, _args: unknown, context: ApiContext) => topicsOfStatementField(context, statement.id)),
  },
  RelatedEntity: {
    entity: prefetched((hit: { entityId: string }, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.entityId)),
    evidence: evidenceField,
  },
};
