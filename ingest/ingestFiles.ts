/**
 * Ingest of many files: extraction (in worker threads) overlaps writing, and documents are written several to a
 * transaction. A batch that fails is written again one document at a time, so a bad document fails alone and nothing
 * partial of it is stored; a file that cannot be read or extracted is reported and skipped. When the store cannot be
 * reached at all, writing stops: the files not written yet are reported with that reason, and running the same ingest
 * again once the store is back writes them (the ones written are unchanged).
 */
import fs from 'node:fs';
import { collectFiles } from './collectFiles.js';
import { ingestRoot } from './documentId.js';
import { ExtractPool, inThreadExtractor, type ExtractOutcome, type Extractor } from './extractPool.js';
import type { Extraction } from './model.js';
import { placeByFile } from './placement.js';
import { isStoreUnavailable, type DocumentSink, type Placement, type PlacementPolicy } from './sink.js';

/** The outcome for one file: where it was placed (new, replaced, unchanged, duplicate of another), or why it failed. */
export type FileOutcome =
  | ({ file: string; ok: true; counts: ExtractionCounts; chars: number } & Placement)
  | { file: string; ok: false; error: string };

/** What one extraction holds. */
export interface ExtractionCounts {
  statements: number;
  programs: number;
  institutions: number;
  regions: number;
  targets: number;
  relations: number;
}

/** Counts of one extraction, for the summary table. */
export function countExtraction(extraction: Extraction): ExtractionCounts {
  const ofType = (type: string): number => extraction.entities.filter((e) => e.type === type && e.mentions.length > 0).length;
  return {
    statements: extraction.statements.length,
    programs: ofType('PROGRAM'),
    institutions: ofType('INSTITUTION'),
    regions: ofType('REGION'),
    targets: extraction.targets.length,
    relations: extraction.relations.length,
  };
}

/** How a run is split and spread. */
export interface IngestOptions {
  maxBytes: number;
  /** Extraction worker threads (default 1; 0 extracts in this thread). Each holds its own dictionary (~240 MB). */
  workers?: number;
  /** A batch closes once it holds this many statements (default 2,500) … */
  batchStatements?: number;
  /** … or this many documents (default 64). */
  batchDocuments?: number;
  /** Called as each file finishes (written, unchanged or failed). */
  onFile?: (outcome: FileOutcome, done: number, total: number) => void;
  /** Which stored document each file is (default: by its path and content, see placement.ts). */
  policy?: PlacementPolicy;
}

type Extracted = { index: number; file: string; extraction: Extraction; chars: number };

/** Extracts files with up to `window` in flight, yielding each as it completes. */
async function* extractAll(files: string[], extractor: Extractor, maxBytes: number, root: string, window: number): AsyncGenerator<[number, ExtractOutcome]> {
  const pending = new Map<number, Promise<[number, ExtractOutcome]>>();
  let next = 0;
  while (next < files.length || pending.size > 0) {
    while (next < files.length && pending.size < window) {
      const index = next++;
      pending.set(index, extractor.extract(files[index], maxBytes, root).then((outcome) => [index, outcome]));
    }
    const [index, outcome] = await Promise.race(pending.values());
    pending.delete(index);
    yield [index, outcome];
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Where a run writes, and what it learnt about the store: once unreachable, nothing more is tried. */
interface Writing {
  sink: DocumentSink;
  policy: PlacementPolicy;
  report: (index: number, outcome: FileOutcome) => void;
  unavailable: string | null;
}

/** Writes one batch; when it fails, each document on its own, so only bad documents fail. */
async function writeBatch(run: Writing, batch: Extracted[]): Promise<void> {
  const fail = (item: Extracted, reason: string): void => run.report(item.index, { file: item.file, ok: false, error: `${item.file}: ${reason}` });
  if (run.unavailable !== null) {
    for (const item of batch) fail(item, `not written: ${run.unavailable}`);
    return;
  }
  try {
    const placements = await run.sink.writeBatch(batch.map((b) => b.extraction), run.policy);
    batch.forEach((item, i) =>
      run.report(item.index, { file: item.file, ok: true, ...placements[i], counts: countExtraction(item.extraction), chars: item.chars }),
    );
    return;
  } catch (error) {
    if (isStoreUnavailable(error)) {
      run.unavailable = message(error);
      for (const item of batch) fail(item, message(error));
      return;
    }
    if (batch.length === 1) {
      fail(batch[0], message(error));
      return;
    }
  }
  for (const item of batch) await writeBatch(run, [item]);
}

/** Ingests every file under `paths` into `sink`; the outcomes come back in file order. */
export async function ingestPaths(sink: DocumentSink, paths: string[], options: IngestOptions): Promise<FileOutcome[]> {
  const files = await collectFiles(paths);
  const root = ingestRoot(paths);
  const outcomes: FileOutcome[] = new Array(files.length);
  let finished = 0;
  const report = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    options.onFile?.(outcome, finished++, files.length);
  };
  const run: Writing = { sink, policy: options.policy ?? placeByFile(fs.existsSync), report, unavailable: null };
  const workers = Math.min(options.workers ?? 1, files.length);
  const extractor = workers > 0 ? new ExtractPool(workers) : inThreadExtractor;
  const maxStatements = options.batchStatements ?? 2500;
  const maxDocuments = options.batchDocuments ?? 64;
  let batch: Extracted[] = [];
  let statements = 0;
  let writing: Promise<void> = Promise.resolve();
  let wrote = false;
  // One batch is written while the next is gathered; a new batch waits for the last write to finish.
  const flush = async (): Promise<void> => {
    const full = batch;
    batch = [];
    statements = 0;
    await writing;
    if (full.length > 0) {
      wrote = true;
      writing = writeBatch(run, full);
    }
  };
  try {
    for await (const [index, outcome] of extractAll(files, extractor, options.maxBytes, root, Math.max(2, workers * 3))) {
      // Note: once the store is unreachable, extracting the rest would be wasted: they are reported below.
      if (run.unavailable !== null) break;
      if (!outcome.ok) {
        report(index, { file: files[index], ok: false, error: outcome.error });
        continue;
      }
      const id = outcome.extraction.document.id;
      if (batch.some((b) => b.extraction.document.id === id)) await flush();
      batch.push({ index, file: files[index], extraction: outcome.extraction, chars: outcome.chars });
      statements += outcome.extraction.statements.length;
      if (statements >= maxStatements || batch.length >= maxDocuments) await flush();
    }
    await flush();
    await writing;
  } finally {
    await extractor.close();
  }
  files.forEach((file, index) => {
    if (outcomes[index] === undefined) report(index, { file, ok: false, error: `${file}: not ingested: ${run.unavailable ?? 'the run stopped'}` });
  });
  // Note: what was written is committed; waiting for the search index is a courtesy that a store gone away can skip.
  if (wrote && run.unavailable === null) await sink.finish?.().catch((error: unknown) => { if (!isStoreUnavailable(error)) throw error; });
  return outcomes;
}
