/**
 * `npm run bench:ingest-profile [-- --documents N --port P]`: where the time of an ingest goes, one stage at a time
 * (not overlapped, so each is measured alone): Neo4j start, extraction of every document in this thread, the hand-off
 * of extractions between threads (a structured clone), then the batches written through the real GraphWriter with
 * each statement, the commit and the first batch timed apart, and the background full-text indexing waited for.
 * CPU seconds of this process and of the Neo4j process are read for each stage: on a shared machine they are steadier
 * than wall time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { Executor } from '../src/db/executor.js';
import { GraphWriter } from '../src/db/write/graphWriter.js';
import { BATCH_PARTS } from '../src/db/write/createDocuments.js';
import { projectRoot } from '../src/project-root.js';
import type { Extraction } from '../ingest/model.js';
import { corpusTexts, writeCycledCorpus } from './lib/corpus.js';
import { startBenchNeo4j } from './lib/neo4j.js';
import { fmt } from './lib/stats.js';
import { StageClock, neo4jCpuSeconds } from './lib/stageClock.js';

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    port: { type: 'string', default: '7798' },
    'batch-statements': { type: 'string', default: '2500' },
    'batch-documents': { type: 'string', default: '64' },
    // An experiment: what the statement full-text index costs the writes (statement search needs it).
    'drop-statement-fulltext': { type: 'boolean', default: false },
  },
});
const DOCUMENTS = Number(args.documents);
const root = projectRoot();
const texts = await corpusTexts(root);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-profile-'));
const docsDir = path.join(work, 'docs');
const chars = writeCycledCorpus(texts, docsDir, DOCUMENTS);
const files = fs.readdirSync(docsDir).sort().map((f) => path.join(docsDir, f));

/** Time spent in each write statement, by the batch part it belongs to: in the first batch, then in the others. */
const firstMs = new Map<string, number>();
const otherMs = new Map<string, number>();
let statementMs = firstMs;
const label = (cypher: string): string => {
  const index = BATCH_PARTS.findIndex((p) => p.cypher === cypher);
  return index >= 0 ? `${index.toString().padStart(2, '0')} ${BATCH_PARTS[index].rows}` : `-- ${cypher.replace(/\s+/g, ' ').slice(0, 40)}`;
};

/** An Executor whose write transactions time each statement and what is left of the transaction (the commit). */
class TimingExecutor extends Executor {
  inWork = 0;
  override async writeTransaction<R>(fn: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    return super.writeTransaction(async (tx) => {
      const began = performance.now();
      const timed = new Proxy(tx, {
        get: (target, prop) =>
          prop === 'run'
            ? async (cypher: string, params?: Record<string, unknown>) => {
                const t = performance.now();
                const result = await target.run(cypher, params);
                statementMs.set(label(cypher), (statementMs.get(label(cypher)) ?? 0) + performance.now() - t);
                return result;
              }
            : Reflect.get(target, prop),
      });
      try {
        return await fn(timed);
      } finally {
        this.inWork += performance.now() - began;
      }
    }, timeoutMs);
  }
}

const clock = new StageClock();
const db = await startBenchNeo4j(path.join(work, 'data'), Number(args.port));
if (args['drop-statement-fulltext']) {
  await db.executor.write({ cypher: 'DROP INDEX statement_words' });
}
clock.stage('neo4j start + migrate');
const neo4jPid = Number(fs.readFileSync(path.join(db.config.localNeo4j.home, 'neo4j.pid'), 'utf8'));
clock.watch(() => neo4jCpuSeconds(neo4jPid));
try {
  const { extractFile, prepareSegmenter } = await import('../ingest/pipeline.js');
  prepareSegmenter();
  clock.stage('segmenter load');
  const extractions: Extraction[] = [];
  for (const file of files) {
    const result = await extractFile(file, { maxBytes: db.config.ingest.maxFileBytes, root: docsDir });
    if (!result.ok) throw new Error(result.error.message);
    extractions.push(result.extraction);
  }
  clock.stage('extraction (this thread)');
  for (const e of extractions) structuredClone(e);
  clock.stage('hand-off (structured clone)');

  const executor = new TimingExecutor(db.executor.driver, db.config);
  const writer = new GraphWriter(executor);
  const batches: Extraction[][] = [[]];
  let statements = 0;
  for (const e of extractions) {
    const last = batches[batches.length - 1];
    last.push(e);
    statements += e.statements.length;
    if (statements >= Number(args['batch-statements']) || last.length >= Number(args['batch-documents'])) {
      batches.push([]);
      statements = 0;
    }
  }
  const perBatch: number[] = [];
  for (const [i, batch] of batches.filter((b) => b.length > 0).entries()) {
    const t = performance.now();
    const before = executor.inWork;
    await writer.writeBatch(batch);
    const total = performance.now() - t;
    statementMs.set('~~ commit and the rest', (statementMs.get('~~ commit and the rest') ?? 0) + total - (executor.inWork - before));
    perBatch.push(total);
    clock.stage(i === 0 ? 'write: first batch' : 'write: other batches', true);
    statementMs = otherMs;
  }
  await writer.finish();
  clock.stage('full-text indexing (awaited)');

  console.log(`policy-kg ingest profile — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 16)}Z`);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}; ${fmt(DOCUMENTS)} documents, ${fmt(chars)} chars, ${perBatch.length} batches`);
  clock.print();
  console.log('\nwrite statements (wall ms: the first batch, then summed over the others):');
  const writeTotal = [...otherMs.values()].reduce((a, b) => a + b, 0);
  for (const name of [...new Set([...firstMs.keys(), ...otherMs.keys()])].sort()) {
    const ms = otherMs.get(name) ?? 0;
    console.log(`  ${name.padEnd(44)} ${fmt(firstMs.get(name) ?? 0).padStart(7)} ms ${fmt(ms).padStart(7)} ms  ${((ms / writeTotal) * 100).toFixed(1).padStart(5)}%`);
  }
  const sorted = perBatch.slice(1).sort((a, b) => a - b);
  console.log(`batch wall: first ${fmt(perBatch[0])} ms; others median ${fmt(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms`);
} finally {
  await db.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
