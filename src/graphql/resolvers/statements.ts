/** Resolvers for statements, mentions and the `evidence` fields that lead every answer back to its sentences. */
import type { MentionRecord } from '../../graph/mentions.js';
import type { StatementRecord } from '../../graph/statements.js';
import { loadersOf, type ApiContext } from '../context.js';
import { EvidenceInput, parseArgs } from '../inputs.js';

/** The `evidence(first)` field of any object carrying statement ids: the first statements, loaded in one batch. */
export async function evidenceField(parent: { evidence: string[] }, args: unknown, context: ApiContext): Promise<StatementRecord[]> {
  const { first } = parseArgs(EvidenceInput, args);
  const statements = await loadersOf(context).statements.loadMany(parent.evidence.slice(0, first));
  return statements.filter((s): s is StatementRecord => s !== null && !(s instanceof Error));
}

/** `Statement` and `Mention`. */
export const statementResolvers = {
  Statement: {
    document: (statement: StatementRecord, _args: unknown, context: ApiContext) => loadersOf(context).documents.load(statement.documentId),
    sectionPath: (statement: StatementRecord, _args: unknown, context: ApiContext) => loadersOf(context).sectionPaths.load(statement.id),
  },
  Mention: {
    statement: (mention: MentionRecord, _args: unknown, context: ApiContext) => loadersOf(context).statements.load(mention.statementId),
  },
};
