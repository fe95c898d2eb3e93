/**
 * The ingest entry points the reliability tests call, in one place: the write path is being reworked, so its
 * signatures are adapted here only. Also what a test needs to check the graph a run left behind.
 */
import type { Executor } from '../../src/db/executor.js';
import { ingestPaths, type FileOutcome } from '../../ingest/ingestFiles.js';
import { GraphWriter, deleteDocument } from '../../src/db/write/graphWriter.js';

export type { FileOutcome };

/** Ingests files and folders through the public entry point, as `policy-kg ingest` does. */
export function ingestForTest(executor: Executor, paths: string[], maxBytes: number): Promise<FileOutcome[]> {
  return ingestPaths(new GraphWriter(executor), paths, { maxBytes });
}

/** What the graph holds for the document read from `source`: its id and its statements (null when none is stored). */
export async function storedDocument(executor: Executor, source: string): Promise<{ id: string; statements: number } | null> {
  const rows = await executor.read<{ id: string; statements: number }>({
    cypher:
      'MATCH (d:Document {source: $source}) ' +
      'OPTIONAL MATCH (d)-[:HAS_SECTION*0..]->()-[:HAS_STATEMENT]->(s:Statement) ' +
      'RETURN d.id AS id, count(DISTINCT s) AS statements',
    params: { source },
  });
  return rows[0] ?? null;
}

/** Removes the documents read from these sources (and what only they mentioned). */
export async function removeDocuments(executor: Executor, sources: string[]): Promise<void> {
  const rows = await executor.read<{ id: string }>({
    cypher: 'MATCH (d:Document) WHERE d.source IN $sources RETURN d.id AS id',
    params: { sources },
  });
  for (const { id } of rows) await deleteDocument(executor, id);
}
