/**
 * The Neo4j implementation of ingest's DocumentSink: a batch of documents in one transaction (stored hashes read
 * first, changed documents removed, then one statement creates the rest), and deleting a document.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../../../ingest/model.js';
import type { DocumentSink, WriteOutcome } from '../../../ingest/sink.js';
import { runQuery, type Executor } from '../executor.js';
import { graphChanged } from '../graphEvents.js';
import { batchParams } from './batchParams.js';
import { BATCH_PARTS, BUMP_VERSION } from './createDocuments.js';
import { removeDocumentsQueries, touchedQuery } from './removeDocuments.js';

/** How many newest statements a relationship keeps, and newest mentions an entity keeps (the API's largest page). */
export const EVIDENCE_KEEP = 100;

/** The time limit of one batch transaction: batches are bounded by size, but a cold or busy Neo4j can be slow. */
export const BATCH_TIMEOUT_MS = 600_000;

async function storedHashes(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  const rows = await runQuery<{ id: string; sha256: string }>(tx, {
    cypher: 'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.sha256 AS sha256',
    params: { ids },
  });
  return new Map(rows.map((r) => [r.id, r.sha256]));
}

async function removeDocuments(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const [touched] = await runQuery<{ edges: string[]; entities: string[] }>(tx, touchedQuery(ids));
  for (const query of removeDocumentsQueries(ids, touched ?? { edges: [], entities: [] }, EVIDENCE_KEEP)) await runQuery(tx, query);
}

/** Writes documents to Neo4j through an Executor. */
export class GraphWriter implements DocumentSink {
  constructor(
    private readonly executor: Executor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async writeBatch(extractions: readonly Extraction[]): Promise<WriteOutcome[]> {
    const ids = extractions.map((e) => e.document.id);
    if (new Set(ids).size !== ids.length) throw new Error(`a batch holds the same document id twice: ${ids.join(', ')}`);
    const outcomes = await this.executor.writeTransaction(async (tx) => {
      const stored = await storedHashes(tx, ids);
      const result = extractions.map((e): WriteOutcome => {
        const hash = stored.get(e.document.id);
        return hash === undefined ? 'created' : hash === e.document.sha256 ? 'unchanged' : 'replaced';
      });
      const toWrite = extractions.filter((_, i) => result[i] !== 'unchanged');
      if (toWrite.length === 0) return result;
      await removeDocuments(tx, ids.filter((_, i) => result[i] === 'replaced'));
      const params = batchParams(toWrite, this.clock().toISOString(), EVIDENCE_KEEP);
      for (const { rows, cypher } of BATCH_PARTS) {
        if ((params[rows] as unknown[]).length > 0) await tx.run(cypher, { [rows]: params[rows], ingestedAt: params.ingestedAt, keep: params.keep });
      }
      await tx.run(BUMP_VERSION);
      return result;
    }, BATCH_TIMEOUT_MS);
    if (outcomes.some((o) => o !== 'unchanged')) graphChanged();
    return outcomes;
  }

  /** Statement text is indexed in the background (see schema/migrations.cypher): wait so a search right after sees it. */
  async finish(): Promise<void> {
    await this.executor.write({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
  }

  /** Deletes a stored document and everything only it supported, in one transaction; false when it was not stored. */
  async deleteDocument(documentId: string): Promise<boolean> {
    const deleted = await this.executor.writeTransaction(async (tx) => {
      const stored = await storedHashes(tx, [documentId]);
      if (!stored.has(documentId)) return false;
      await removeDocuments(tx, [documentId]);
      await tx.run(BUMP_VERSION);
      return true;
    });
    if (deleted) graphChanged();
    return deleted;
  }
}

/** Writes one document in its own transaction (a batch of one). */
export async function writeExtraction(executor: Executor, extraction: Extraction): Promise<WriteOutcome> {
  const [outcome] = await new GraphWriter(executor).writeBatch([extraction]);
  return outcome;
}

/** Deletes one stored document; false when it was not stored. */
export async function deleteDocument(executor: Executor, documentId: string): Promise<boolean> {
  return new GraphWriter(executor).deleteDocument(documentId);
}
