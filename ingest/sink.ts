/**
 * Where ingest writes: a DocumentSink stores extractions. `src/db` implements it over Neo4j; ingest depends on this
 * interface alone, never on the database code.
 */
import type { Extraction } from './model.js';

/** What writing one document did. */
export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

/** Stores extractions. */
export interface DocumentSink {
  /**
   * Writes several documents in one transaction, all or nothing, and returns one outcome per extraction in order.
   * A document whose stored content hash is the same is left alone ('unchanged'); a changed one is replaced.
   * The extractions' document ids are distinct.
   */
  writeBatch(extractions: readonly Extraction[]): Promise<WriteOutcome[]>;
  /** Called once after the last batch of a run (e.g. to wait for background indexing). */
  finish?(): Promise<void>;
}
