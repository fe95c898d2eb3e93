/**
 * The Neo4j implementation of ingest's DocumentSink: a batch of documents in one transaction (the writer's turn taken,
 * the stored documents it shares keys with read and the batch placed, replaced documents removed, the rest created,
 * what the removed ones touched refreshed), and deleting a document.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../../../ingest/model.js';
import { placeById } from '../../../ingest/placement.js';
import { withDocumentId } from '../../../ingest/renameDocument.js';
import type { DocumentSink, Placement, PlacementPolicy, WriteOutcome } from '../../../ingest/sink.js';
import { TransactionMemoryError } from '../../errors.js';
import { runQuery, type Executor } from '../executor.js';
import { graphChanged } from '../graphEvents.js';
import { batchParams, rounds } from './batchParams.js';
import { BATCH_PARTS, BUMP_VERSION } from './createDocuments.js';
import { deleteNodesQuery, refreshTouchedQueries, removeDocumentsQueries, touchedQuery, type Touched } from './removeDocuments.js';
import { TAKE_WRITER_TURN, storedDocumentsQuery, updateSourcesQuery, type StoredDocument } from './storedDocuments.js';

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

/** Deletes the documents' nodes and returns what they touched, to be refreshed once the batch is written. */
async function removeNodes(tx: ManagedTransaction, ids: string[]): Promise<Touched> {
  if (ids.length === 0) return { edges: [], entities: [] };
  const [touched] = await runQuery<Touched>(tx, touchedQuery(ids));
  await runQuery(tx, deleteNodesQuery(ids));
  return touched ?? { edges: [], entities: [] };
}

async function removeDocuments(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const [touched] = await runQuery<Touched>(tx, touchedQuery(ids));
  for (const query of removeDocumentsQueries(ids, touched ?? { edges: [], entities: [] }, EVIDENCE_KEEP)) await runQuery(tx, query);
}

/** What a batch's placements ask of the store: documents to remove, extractions to write, sources to update. */
function planWrites(extractions: readonly Extraction[], placed: readonly Placement[], stored: readonly StoredDocument[]) {
  const remove = placed.flatMap((p) => (p.outcome === 'replaced' ? [p.id] : p.outcome === 'duplicate' && p.removed ? [p.removed] : []));
  const write = extractions.flatMap((e, i) => (placed[i].outcome === 'created' || placed[i].outcome === 'replaced' ? [withDocumentId(e, placed[i].id)] : []));
  const sources = placed.flatMap((p, i) => {
    const source = extractions[i].document.source;
    return p.outcome === 'unchanged' && stored.find((s) => s.id === p.id)?.source !== source ? [{ id: p.id, source }] : [];
  });
  return { remove, write, sources };
}

/** A refusal for memory, said of what was being written (its statements, and that the file may be split); other errors as they are. */
function tooLarge(error: unknown, extractions: readonly Extraction[]): unknown {
  if (!(error instanceof TransactionMemoryError)) return error;
  const statements = extractions.reduce((n, e) => n + e.statements.length, 0).toLocaleString('en-US');
  return new TransactionMemoryError(`${statements} statements are more than one transaction can write here: ${error.message}, or split the file`, error.limit, { cause: error });
}

/** Writes documents to Neo4j through an Executor. */
export class GraphWriter implements DocumentSink {
  constructor(
    private readonly executor: Executor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async writeBatch(extractions: readonly Extraction[], policy: PlacementPolicy = placeById): Promise<Placement[]> {
    const ids = extractions.map((e) => e.document.id);
    if (new Set(ids).size !== ids.length) throw new Error(`a batch holds the same document id twice: ${ids.join(', ')}`);
    let changed = false;
    const placements = await this.executor.writeTransaction(async (tx) => {
      changed = false;
      await tx.run(TAKE_WRITER_TURN);
      const candidates = extractions.map((e) => e.document);
      const stored = await runQuery<StoredDocument>(tx, storedDocumentsQuery(policy.keys(candidates)));
      const placed = policy.place(candidates, stored);
      const { remove, write, sources } = planWrites(extractions, placed, stored);
      if (sources.length > 0) await runQuery(tx, updateSourcesQuery(sources));
      if (remove.length === 0 && write.length === 0) return placed;
      const touched = await removeNodes(tx, remove);
      if (write.length > 0) {
        const params = batchParams(write, this.clock().toISOString(), EVIDENCE_KEEP);
        for (const { rows, cypher } of BATCH_PARTS) {
          for (const round of rounds(params[rows] as unknown[])) await tx.run(cypher, { [rows]: round, ingestedAt: params.ingestedAt, keep: params.keep });
        }
      }
      for (const query of refreshTouchedQueries(touched, EVIDENCE_KEEP)) await runQuery(tx, query);
      await tx.run(BUMP_VERSION);
      changed = true;
      return placed;
    }, BATCH_TIMEOUT_MS).catch((error: unknown) => {
      throw tooLarge(error, extractions);
    });
    if (changed) graphChanged();
    return placements;
  }

  /** Statement text is indexed in the background (see schema/migrations.cypher): wait so a search right after sees it. */
  async finish(): Promise<void> {
    await this.executor.write({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
  }

  /** Deletes a stored document and everything only it supported, in one transaction; false when it was not stored. */
  async deleteDocument(documentId: string): Promise<boolean> {
    const deleted = await this.executor.writeTransaction(async (tx) => {
      await tx.run(TAKE_WRITER_TURN);
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

/** Writes one document in its own transaction (a batch of one, placed by its id). */
export async function writeExtraction(executor: Executor, extraction: Extraction): Promise<WriteOutcome> {
  const [placement] = await new GraphWriter(executor).writeBatch([extraction]);
  return placement.outcome;
}

/** Deletes one stored document; false when it was not stored. */
export async function deleteDocument(executor: Executor, documentId: string): Promise<boolean> {
  return new GraphWriter(executor).deleteDocument(documentId);
}
