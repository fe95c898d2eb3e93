/**
 * Extraction off the main thread: a pool of worker threads, each with its own segmenter, so that extracting the next
 * files overlaps writing the last batch. With no workers, files are extracted in this thread.
 *
 * Pool workers run with a bounded heap, which keeps the ingest's memory low (V8 otherwise lets garbage pile up to far
 * more than extraction holds). A document too large for that heap is not lost: its worker dies out of memory, a
 * replacement takes the worker's other files, and the document is extracted again in a worker of its own with no
 * bound below V8's default.
 */
import { Worker } from 'node:worker_threads';
import type { Extraction } from './model.js';

/** The outcome of extracting one file: the extraction, or an error message naming the file. */
export type ExtractOutcome = { ok: true; extraction: Extraction; chars: number } | { ok: false; error: string };

/** Something that extracts files (document ids relative to `root`, see documentId.ts). */
export interface Extractor {
  extract(file: string, maxBytes: number, root?: string): Promise<ExtractOutcome>;
  close(): Promise<void>;
}

/** Extracts in the calling thread (the pipeline, and its dictionaries, load on first use: with workers this thread never loads them). */
export const inThreadExtractor: Extractor = {
  async extract(file, maxBytes, root) {
    try {
      const { extractFile } = await import('./pipeline.js');
      const result = await extractFile(file, { maxBytes, root });
      return result.ok ? result : { ok: false, error: result.error.message };
    } catch (error) {
      return { ok: false, error: `${file}: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  async close() {},
};

/** Heap bounds of a pool worker, in MB. Extraction holds ~45 MB between documents and documents up to ~1 MB fit. */
export const POOL_WORKER_HEAP = { youngMb: 8, oldMb: 128 } as const;

/** How a worker's heap is bounded: a pool worker's, or none but V8's default (for a document retried alone). */
export type HeapBound = 'pool' | 'roomy';

interface Task {
  id: number;
  file: string;
  maxBytes: number;
  root?: string;
  resolve: (outcome: ExtractOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not answered, oldest first: the worker extracts one at a time, so the first is the one running. */
  queue: Task[];
  alive: boolean;
}

const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/** Starts an extraction worker. */
export function startExtractWorker(bound: HeapBound): Worker {
  const resourceLimits = bound === 'pool' ? { maxYoungGenerationSizeMb: POOL_WORKER_HEAP.youngMb, maxOldGenerationSizeMb: POOL_WORKER_HEAP.oldMb } : {};
  return new Worker(new URL('./extractWorker.boot.mjs', import.meta.url), { resourceLimits });
}

/** A fixed pool of extraction workers; tasks go to the least busy worker. */
export class ExtractPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly roomy = new Set<Worker>();
  private nextId = 0;
  private closed = false;
  private retries = 0;

  constructor(size: number, private readonly start: (bound: HeapBound) => Worker = startExtractWorker) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** How many files were retried in a worker of their own after their pool worker ran out of memory. */
  get retriedAlone(): number {
    return this.retries;
  }

  extract(file: string, maxBytes: number, root?: string): Promise<ExtractOutcome> {
    return new Promise((resolve) => this.dispatch({ id: this.nextId++, file, maxBytes, root, resolve }));
  }

  private dispatch(task: Task): void {
    const alive = this.slots.filter((s) => s.alive);
    if (alive.length === 0) {
      task.resolve({ ok: false, error: `${task.file}: no extraction worker is running` });
      return;
    }
    const slot = alive.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    slot.queue.push(task);
    slot.worker.postMessage({ id: task.id, file: task.file, maxBytes: task.maxBytes, root: task.root });
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.start('pool'), queue: [], alive: true };
    slot.worker.on('message', ({ id, outcome }: { id: number; outcome: ExtractOutcome }) => {
      const at = slot.queue.findIndex((t) => t.id === id);
      if (at >= 0) slot.queue.splice(at, 1)[0].resolve(outcome);
    });
    slot.worker.on('error', (error: Error & { code?: string }) => this.lost(slot, error));
    slot.worker.on('exit', () => {
      if (slot.alive && !this.closed) this.lost(slot, new Error('the extraction worker exited'));
    });
    return slot;
  }

  /** A pool worker died: what it was running is retried alone when it ran out of memory, what it had queued goes to a replacement. */
  private lost(slot: Slot, error: Error & { code?: string }): void {
    if (!slot.alive) return;
    slot.alive = false;
    const [running, ...queued] = slot.queue.splice(0);
    if (error.code !== OUT_OF_MEMORY) {
      // Note: a worker that fails for another reason (e.g. its dictionaries cannot load) would fail again: no replacement.
      for (const task of [running, ...queued]) task?.resolve({ ok: false, error: `${task.file}: extraction worker failed: ${error.message}` });
      return;
    }
    if (!this.closed) this.slots[this.slots.indexOf(slot)] = this.spawn();
    for (const task of queued) this.dispatch(task);
    if (running !== undefined) this.retryAlone(running);
  }

  /** Extracts one file in a worker of its own, with V8's default heap bound; a second failure is the file's error. */
  private retryAlone(task: Task): void {
    if (this.closed) {
      task.resolve({ ok: false, error: `${task.file}: not extracted: the run stopped` });
      return;
    }
    this.retries++;
    const worker = this.start('roomy');
    this.roomy.add(worker);
    let answered = false;
    const answer = (outcome: ExtractOutcome): void => {
      if (answered) return;
      answered = true;
      task.resolve(outcome);
      this.roomy.delete(worker);
      void worker.terminate();
    };
    worker.on('message', ({ outcome }: { outcome: ExtractOutcome }) => answer(outcome));
    worker.on('error', (error: Error & { code?: string }) =>
      answer({ ok: false, error: `${task.file}: ${error.code === OUT_OF_MEMORY ? 'extraction ran out of memory even in a worker of its own' : `extraction worker failed: ${error.message}`}` }),
    );
    worker.on('exit', () => answer({ ok: false, error: `${task.file}: the extraction worker exited` }));
    worker.postMessage({ id: task.id, file: task.file, maxBytes: task.maxBytes, root: task.root });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) slot.alive = false;
    await Promise.all([...this.slots.map(({ worker }) => worker.terminate()), ...[...this.roomy].map((w) => w.terminate())]);
  }
}
