/** The body of an extraction worker thread: extracts the files the main thread sends, one at a time, in order. */
import { parentPort } from 'node:worker_threads';
import { extractFile, prepareSegmenter } from './pipeline.js';
import type { ExtractOutcome } from './extractPool.js';

prepareSegmenter();
// Note: one at a time, so that the pool knows which file a worker was extracting when it died (see extractPool.ts).
let previous: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (task: { id: number; file: string; maxBytes: number; root?: string }) => {
  previous = previous.then(() =>
    extractFile(task.file, { maxBytes: task.maxBytes, root: task.root })
      .then((result): ExtractOutcome => (result.ok ? result : { ok: false, error: result.error.message }))
      .catch((error: unknown): ExtractOutcome => ({ ok: false, error: `${task.file}: ${error instanceof Error ? error.message : String(error)}` }))
      .then((outcome) => parentPort?.postMessage({ id: task.id, outcome })),
  );
});
