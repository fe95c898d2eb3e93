/** Ingest: reads, extracts and writes many files, one transaction each; a failed file is reported and skipped. */
import type { Executor } from '../src/db/executor.js';
import { collectFiles } from './collectFiles.js';
import type { Extraction } from './model.js';
import { extractFile } from './pipeline.js';
import { writeExtraction, type WriteOutcome } from './write.js';

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

/** Extracts and writes one file; failures come back as an outcome naming the file, never as a throw. */
async function ingestFile(executor: Executor, file: string, maxBytes: number): Promise<FileOutcome> {
  try {
    const result = await extractFile(file, { maxBytes });
    if (!result.ok) return { file, ok: false, error: result.error.message };
    const written = await writeExtraction(executor, result.extraction);
    return { file, ok: true, outcome: written, counts: countExtraction(result.extraction), chars: result.chars };
  } catch (error) {
    return { file, ok: false, error: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Ingests every file under `paths`, one transaction per file, with up to `concurrency` files in flight so
 * that extracting one file overlaps writing others. `onFile` is called as each file finishes; the outcomes
 * come back in file order.
 */
export async function ingestPaths(
  executor: Executor,
  paths: string[],
  options: { maxBytes: number; concurrency?: number; onFile?: (outcome: FileOutcome, done: number, total: number) => void },
): Promise<FileOutcome[]> {
  const files = await collectFiles(paths);
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      outcomes[i] = await ingestFile(executor, files[i], options.maxBytes);
      done++;
      options.onFile?.(outcomes[i], done - 1, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, files.length)) }, worker));
  // Statement text is indexed in the background (see schema/migrations.cypher): wait so a search right after sees it.
  if (done > 0) await executor.write({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
  return outcomes;
}
