/** Resolvers for statements, mentions and the `evidence` fields that lead every answer back to its sentences. */
import type { StatementRecord } from '../../graph/statements.js';
import { loadersOf, type ApiContext } from '../context.js';
import { EvidenceInput, parseArgs } from '../inputs.js';
import { prefetched } from '../prefetched.js';

/** The `evidence(first)` field of any hit: fetched with the hit, else the first statements of its `evidenceIds`, in one batch. */
export const evidenceField = prefetched(async (parent: { evidenceIds?: string[] }, args: unknown, context: ApiContext): Promise<StatementRecord[]> => {
  const { first } = parseArgs(EvidenceInput, args);
  const statements = await loadersOf(context).statements.loadMany((parent.evidenceIds ?? []).slice(0, first));
  return statements.filter((s): s is StatementRecord => s !== null && !(s instanceof Error));
});

/** `Statement` and `Mention`. */
export const statementResolvers = {
  Statement: {
    document: prefetched((statement: StatementRecord, _args: unknown, context: ApiContext) => loadersOf(context).documents.load(statement.documentId)),
    sectionPath: prefetched((statement: StatementRecord, _args: unknown, context: ApiContext) => loadersOf(context).sectionPaths.load(statement.id)),
  },
  Mention: {
    statement: prefetched((mention: { statementId: string }, _args: unknown, context: ApiContext) => loadersOf(context).statements.load(mention.statementId)),
  },
};
