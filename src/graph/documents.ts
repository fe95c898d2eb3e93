/** Documents, their section outline and their statements. */
import type { CypherQuery, Executor } from '../db/executor.js';
import { inIdOrder, toPage, type Page, type PageArgs } from './page.js';

/** A document as stored (ingestedAt as an ISO string). */
export interface DocumentRecord {
  id: string;
  title: string;
  issuer: string | null;
  issuedOn: string | null;
  sha256: string;
  charCount: number;
  source: string;
  ingestedAt: string;
}

/** A section of a document's outline. */
export interface SectionRecord {
  id: string;
  path: string;
  heading: string;
  level: number;
  ordinal: number;
}

const DOCUMENT_FIELDS = 'd {.id, .title, .issuer, .issuedOn, .sha256, .charCount, .source, ingestedAt: toString(d.ingestedAt)}';

/** One page of documents, newest first. */
export function documentsQuery(page: PageArgs): CypherQuery {
  return {
    cypher: `CALL () { MATCH (d:Document) RETURN count(d) AS total }
CALL () {
  MATCH (d:Document)
  WITH d ORDER BY coalesce(d.issuedOn, '') DESC, d.ingestedAt DESC, d.id
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect(d.id) AS page
}
RETURN total, page`,
    params: { ...page },
  };
}

/** Runs documentsQuery: a page of document ids. */
export async function listDocuments(executor: Executor, page: PageArgs): Promise<Page<string>> {
  return toPage(await executor.read<{ total: number; page: string[] }>(documentsQuery(page)));
}

/** The documents with these ids. */
export function documentsByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN ${DOCUMENT_FIELDS} AS document`,
    params: { ids: [...ids] },
  };
}

/** Loads documents by id, in the order of `ids` (null where unknown). */
export async function loadDocuments(executor: Executor, ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
  const rows = await executor.read<{ document: DocumentRecord }>(documentsByIdsQuery(ids));
  return inIdOrder(ids, rows.map((r) => [r.document.id, r.document] as const), null);
}

/** For each document or section id: its child sections in outline order. */
export function childSectionsQuery(parentIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS pid
CALL (pid) { MATCH (p:Document {id: pid}) RETURN p UNION MATCH (p:Section {id: pid}) RETURN p }
MATCH (p)-[:HAS_SECTION]->(s:Section)
WITH pid, s ORDER BY s.ordinal, s.start
RETURN pid, collect(s {.id, .path, .heading, .level, .ordinal}) AS sections`,
    params: { ids: [...parentIds] },
  };
}

/** Loads the child sections of each parent, in the order of `parentIds`. */
export async function loadChildSections(executor: Executor, parentIds: readonly string[]): Promise<SectionRecord[][]> {
  const rows = await executor.read<{ pid: string; sections: SectionRecord[] }>(childSectionsQuery(parentIds));
  const byId = new Map(rows.map((r) => [r.pid, r.sections]));
  return parentIds.map((id) => byId.get(id) ?? []);
}

/** One page of the statements of a document (optionally of one status), or of a section's subtree, in text order. */
export function statementsInQuery(scope: { documentId: string } | { sectionId: string }, status: string | null, page: PageArgs): CypherQuery {
  const match =
    'documentId' in scope
      ? 'MATCH (s:Statement {documentId: $scopeId}) WHERE $status IS NULL OR s.status = $status'
      : 'MATCH (:Section {id: $scopeId})-[:HAS_SECTION*0..12]->()-[:HAS_STATEMENT]->(s:Statement) WHERE $status IS NULL OR s.status = $status';
  return {
    cypher: `CALL () { ${match} RETURN count(DISTINCT s) AS total }
CALL () { ${match} WITH DISTINCT s ORDER BY s.start SKIP toInteger($skip) LIMIT toInteger($limit) RETURN collect(s.id) AS page }
RETURN total, page`,
    params: { scopeId: 'documentId' in scope ? scope.documentId : scope.sectionId, status, ...page },
  };
}

/** Runs statementsInQuery: a page of statement ids. */
export async function listStatementsIn(
  executor: Executor,
  scope: { documentId: string } | { sectionId: string },
  status: string | null,
  page: PageArgs,
): Promise<Page<string>> {
  return toPage(await executor.read<{ total: number; page: string[] }>(statementsInQuery(scope, status, page)));
}
