/** Writes the sample document for tests that read it (export, status, the browser tests), and removes it afterwards. */
import path from 'node:path';
import type { Extraction } from '../../ingest/model.js';
import { extractFile } from '../../ingest/pipeline.js';
import { deleteDocument, writeExtraction } from '../../src/db/write/graphWriter.js';
import { Executor } from '../../src/db/executor.js';
import type { openTestDatabase } from './db.js';

type TestDatabase = ReturnType<typeof openTestDatabase>;

/** The seed the tests share. */
export const SAMPLE = path.join('seeds', 'guangzhou-education-2019-summary-2020-plan.txt');

/**
 * An executor for setting data up, with a two-minute transaction timeout: the first write after Neo4j starts pays for
 * the JVM's warm-up and can exceed the default 15 s on a busy machine, which is not what these tests are about.
 */
export function seedingExecutor(db: TestDatabase): Executor {
  return new Executor(db.driver, { ...db.config, neo4j: { ...db.config.neo4j, queryTimeoutMs: 120_000 } });
}

/** Writes extractions (the sample when none are given) and returns a clean-up that deletes them again. */
export async function writeSeeds(db: TestDatabase, extractions?: Extraction[]): Promise<() => Promise<void>> {
  let items = extractions;
  if (!items) {
    const sample = await extractFile(path.join(db.config.projectRoot, SAMPLE), { maxBytes: 5e6 });
    if (!sample.ok) throw sample.error;
    items = [sample.extraction];
  }
  const executor = seedingExecutor(db);
  const written: string[] = [];
  for (const extraction of items) {
    await writeExtraction(executor, extraction);
    written.push(extraction.document.id);
  }
  return async () => {
    for (const id of written) await deleteDocument(executor, id);
  };
}
