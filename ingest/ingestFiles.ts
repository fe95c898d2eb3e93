/**
 * Ingest of many files: extraction (in worker threads) overlaps writing, and documents are written several to a
 * transaction. A batch that fails is written again one document at a time, so a bad document fails alone and nothing
 * partial of it is stored; a file that cannot be read or extracted is reported and skipped.
 */
import { collectFiles } from './collectFiles.js';
import { ExtractPool, inThreadExtractor, type ExtractOutcome, type Extractor } from './extractPool.js';
import type { Extraction } from './model.js';
import type { DocumentSink, WriteOutcome } from './sink.js';

/** The outcome for one file. */
export type FileOutcome =
  | { file: string; ok: true; outcome: WriteOutcome; counts: ExtractionCounts; chars: number }
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
}

type Extracted = { index: number; file: string; extraction: Extraction; chars: number };

/** Extracts files with up to `window` in flight, yielding each as it completes. */
async function* extractAll(files: string[], extractor: Extractor, maxBytes: number, window: number): AsyncGenerator<[number, ExtractOutcome]> {
  const pending = new Map<number, Promise<[number, ExtractOutcome]>>();
  let next = 0;
  while (next < files.length || pending.size > 0) {
    while (next < files.length && pending.size < window) {
      const index = next++;
      pending.set(index, extractor.extract(files[index], maxBytes).then((outcome) => [index, outcome]));
    }
    const [index, outcome] = await Promise.race(pending.values());
    pending.delete(index);
    yield [index, outcome];
  }
}

/** Writes one batch; when it fails, each document on its own, so only bad documents fail. */
async function writeBatch(sink: DocumentSink, batch: Extracted[], report: (index: number, outcome: FileOutcome) => void): Promise<void> {
  const done = (item: Extracted, outcome: WriteOutcome): void =>
    report(item.index, { file: item.file, ok: true, outcome, counts: countExtraction(item.extraction), chars: item.chars });
  try {
    const outcomes = await sink.writeBatch(batch.map((b) => b.extraction));
    batch.forEach((item, i) => done(item, outcomes[i]));
    return;
  } catch (error) {
    if (batch.length === 1) {
      report(batch[0].index, { file: batch[0].file, ok: false, error: `${batch[0].file}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
  }
  for (const item of batch) await writeBatch(sink, [item], report);
}

/** Ingests every file under `paths` into `sink`; the outcomes come back in file order. */
export async function ingestPaths(sink: DocumentSink, paths: string[], options: IngestOptions): Promise<FileOutcome[]> {
  const files = await collectFiles(paths);
  const outcomes: FileOutcome[] = new Array(files.length);
  let finished = 0;
  const report = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    options.onFile?.(outcome, finished++, files.length);
  };
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
      writing = writeBatch(sink, full, report);
    }
  };
  try {
    for await (const [index, outcome] of extractAll(files, extractor, options.maxBytes, Math.max(2, workers * 3))) {
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
  if (wrote) await sink.finish?.();
  return outcomes;
}
