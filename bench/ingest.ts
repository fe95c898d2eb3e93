/**
 * `npm run bench:ingest [-- --documents N --port P --workers W --batch-statements S]`: end-to-end ingest of N documents
 * (the repo's corpus cycled, each with its own id) into a fresh local Neo4j started here on its own port and data
 * folder, with peak RSS and store size; then the segmenter's raw tagging and the extraction throughput on the corpus.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphWriter } from '../src/db/write/graphWriter.js';
import { projectRoot } from '../src/project-root.js';
import { ingestPaths } from '../ingest/ingestFiles.js';
import { corpusTexts, writeCycledCorpus } from './lib/corpus.js';
import { startBenchNeo4j } from './lib/neo4j.js';
import { fmt, mb, peakRss, saveFigures } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    port: { type: 'string', default: '7797' },
    workers: { type: 'string', default: '1' },
    'batch-statements': { type: 'string', default: '2500' },
    json: { type: 'string' },
    'skip-extraction': { type: 'boolean', default: false },
  },
});
const DOCUMENTS = Number(args.documents);
const root = projectRoot();
const LOAD_AT_START = os.loadavg()[0];
const texts = await corpusTexts(root);
const corpusChars = texts.reduce((a, t) => a + t.text.length, 0);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-ingest-'));
const docsDir = path.join(work, 'docs');
const e2eChars = writeCycledCorpus(texts, docsDir, DOCUMENTS);

const memory = { heap: 0, buffers: 0, rss: 0 };
// End to end first, so that the peak RSS is the ingest's own.
const db = await startBenchNeo4j(path.join(work, 'data'), Number(args.port));
let e2e: { seconds: number; failed: number; statements: number; nodes: number; relationships: number; storeBytes: number; logBytes: number };
try {
  const began = performance.now();
  let last = began;
  // Where the peak RSS sits: this thread's heap and buffers are sampled; the rest is the worker and native memory.
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    memory.heap = Math.max(memory.heap, m.heapTotal);
    memory.buffers = Math.max(memory.buffers, m.external + m.arrayBuffers);
    memory.rss = Math.max(memory.rss, m.rss);
  }, 200);
  const outcomes = await ingestPaths(new GraphWriter(db.executor), [docsDir], {
    maxBytes: db.config.ingest.maxFileBytes,
    workers: Number(args.workers),
    batchStatements: Number(args['batch-statements']),
    onFile: (_outcome, done, total) => {
      if (performance.now() - last < 10_000 && done + 1 < total) return;
      last = performance.now();
      console.error(`  ingest: ${done + 1}/${total} documents, ${((last - began) / 1000).toFixed(0)} s`);
    },
  });
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampler);
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (failures.length > 0) console.error(`failed: ${failures.slice(0, 3).join('\n')}`);
  const [counts] = await db.executor.read<{ nodes: number; relationships: number; statements: number }>({
    cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships, COUNT { (:Statement) } AS statements',
  });
  e2e = { seconds, failed: failures.length, ...counts, storeBytes: db.storeBytes(), logBytes: db.logBytes() };
} finally {
  await db.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
const rss = peakRss();
const rate = e2eChars / e2e.seconds;

console.log(`policy-kg ingest benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine load (1-minute load average, other work included): ${os.loadavg()[0].toFixed(1)} at the end, ${LOAD_AT_START.toFixed(1)} at the start`);
console.log(`corpus: ${texts.length} texts, ${fmt(corpusChars)} chars, cycled to ${fmt(DOCUMENTS)} documents (${fmt(e2eChars)} chars)`);
console.log(
  `end-to-end ingest      ${fmt(DOCUMENTS)} documents in ${e2e.seconds.toFixed(1)} s = ${fmt(rate)} chars/s, ${fmt(DOCUMENTS / e2e.seconds)} documents/s (aim ≥ 150,000 chars/s); ${e2e.failed} failed`,
);
console.log(`graph                  ${fmt(e2e.statements)} statements, ${fmt(e2e.nodes)} nodes, ${fmt(e2e.relationships)} relationships, store ${mb(e2e.storeBytes)} (+ ${mb(e2e.logBytes)} of transaction logs)`);
console.log(`peak RSS               ${mb(rss)} (aim < 500 MB); sampled during the ingest: RSS ${mb(memory.rss)}, main thread heap ${mb(memory.heap)}, buffers ${mb(memory.buffers)}`);

let extraction: { raw: number; extract: number } | null = null;
if (!args['skip-extraction']) {
  // Loaded only now, so that the peak RSS above is the ingest's own (its main thread holds no dictionary).
  const { extractText, prepareSegmenter } = await import('../ingest/pipeline.js');
  const { segmenterBinding } = await import('../language/segment/segmenter.js');
  const timeLoop = (run: () => void, minMs = 3000): number => {
    let chars = 0;
    const began = performance.now();
    do {
      run();
      chars += corpusChars;
    } while (performance.now() - began < minMs);
    return chars / ((performance.now() - began) / 1000);
  };
  const segmenter = prepareSegmenter();
  const lines = texts.flatMap((t) => t.text.split('\n').filter((l) => l.trim()));
  const tag = (): void => lines.forEach((l) => segmenter.tagText(l, 0));
  const extract = (): void => texts.forEach((t, i) => extractText(t.text, { source: `bench-${i}.txt`, sha256: String(i) }));
  timeLoop(tag, 500);
  const raw = timeLoop(tag);
  timeLoop(extract, 500);
  extraction = { raw, extract: timeLoop(extract) };
  console.log(`segmenter tag          ${fmt(extraction.raw)} chars/s (tokens with offsets, ${segmenterBinding()} binding)`);
  console.log(`extraction (1 thread)  ${fmt(extraction.extract)} chars/s (${((extraction.extract / extraction.raw) * 100).toFixed(0)}% of tagging alone)`);
}
await saveFigures(args.json, { documents: DOCUMENTS, chars: e2eChars, ...e2e, charsPerSecond: rate, peakRssBytes: rss, extraction });
