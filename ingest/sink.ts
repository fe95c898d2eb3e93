/**
 * Where ingest writes: a DocumentSink stores extractions. `src/db` implements it over Neo4j; ingest depends on this
 * interface alone, never on the database code.
 */
import type { Extraction } from './model.js';
import type { Placement, PlacementPolicy } from './placement.js';

export type { Placement, PlacementPolicy } from './placement.js';

/** What writing one document did. */
export type WriteOutcome = Placement['outcome'];

/** The `code` of the error a sink throws when its store cannot be reached at all (the run stops writing then). */
export const STORE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** True when `error` says the store cannot be reached (rather than that one batch was bad). */
export function isStoreUnavailable(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === STORE_UNAVAILABLE;
}

/** Stores extractions. */
export interface DocumentSink {
  /**
   * Writes several documents in one transaction, all or nothing, and returns one placement per extraction in order.
   * Writers take turns (one batch at a time across processes), and within the turn `policy` (default: by document id)
   * decides from the stored documents sharing an id, source or content hash with the batch which are new, replaced,
   * unchanged or duplicates; an extraction is stored under the id its placement gives. The proposed ids are distinct.
   */
  writeBatch(extractions: readonly Extraction[], policy?: PlacementPolicy): Promise<Placement[]>;
  /** Called once after the last batch of a run (e.g. to wait for background indexing). */
  finish?(): Promise<void>;
}
