/** Resolvers for `documents`, `document`, the section tree and the statements of documents and sections. */
import { listDocuments, listStatementsIn, type DocumentRecord, type SectionRecord } from '../../graph/documents.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection } from '../cursor.js';
import { DocumentInput, PageInput, StatementsInput, parseArgs } from '../inputs.js';

async function statementPage(context: ApiContext, ids: string[]) {
  const statements = await loadersOf(context).statements.loadMany(ids);
  return statements.filter((s) => s !== null && !(s instanceof Error));
}

/** `Query.documents`, `Query.document`, `Document` and `Section`. */
export const documentResolvers = {
  Query: {
    documents: async (_root: unknown, args: unknown, context: ApiContext) => {
      const { first, after } = parseArgs(PageInput, args);
      const page = await listDocuments(context.executor, { skip: after, limit: first });
      const documents = await loadersOf(context).documents.loadMany(page.rows);
      return toConnection({ total: page.total, rows: documents.filter((d) => d !== null && !(d instanceof Error)) }, after);
    },
    document: (_root: unknown, args: unknown, context: ApiContext) => loadersOf(context).documents.load(parseArgs(DocumentInput, args).id),
  },
  Document: {
    sections: (document: DocumentRecord, _args: unknown, context: ApiContext) => loadersOf(context).childSections.load(document.id),
    statements: async (document: DocumentRecord, args: unknown, context: ApiContext) => {
      const { first, after, status } = parseArgs(StatementsInput, args);
      const page = await listStatementsIn(context.executor, { documentId: document.id }, status, { skip: after, limit: first });
      return toConnection({ total: page.total, rows: await statementPage(context, page.rows) }, after);
    },
  },
  Section: {
    sections: (section: SectionRecord, _args: unknown, context: ApiContext) => loadersOf(context).childSections.load(section.id),
    statements: async (section: SectionRecord, args: unknown, context: ApiContext) => {
      const { first, after } = parseArgs(PageInput, args);
      const page = await listStatementsIn(context.executor, { sectionId: section.id }, null, { skip: after, limit: first });
      return toConnection({ total: page.total, rows: await statementPage(context, page.rows) }, after);
    },
  },
};
