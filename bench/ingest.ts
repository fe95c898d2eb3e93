/**
 * `npm run bench:ingest`: nodejieba's raw `tag` throughput on the corpus, the extraction throughput,
 * and end-to-end ingest of 1,000 documents into a dedicated local Neo4j (started here in a temporary
 * data folder on its own port, stopped afterwards), with peak RSS. Prints the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { migrate } from '../src/db/migrate.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/local-neo4j/index.js';
import { projectRoot } from '../src/project-root.js';
import { ingestPaths } from '../ingest/ingestFiles.js';
import { extractText, prepareSegmenter } from '../ingest/pipeline.js';
import { readSource } from '../ingest/read/index.js';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const root = projectRoot();
const sources = [path.join(root, 'seeds/guangzhou-education-2019-summary-2020-plan.txt'), ...fs.readdirSync(path.join(root, 'test/fixtures/corpus')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'test/fixtures/corpus', f))];
const texts: string[] = [];
for (const file of sources) {
  const read = await readSource(file, { maxBytes: 5e6 });
  if (read.ok) texts.push(read.value.text);
}
const corpusChars = texts.reduce((a, t) => a + t.length, 0);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function timeLoop(run: () => void, minMs = 3000): { chars: number; seconds: number } {
  let chars = 0;
  const began = performance.now();
  do {
    run();
    chars += corpusChars;
  } while (performance.now() - began < minMs);
  return { chars, seconds: (performance.now() - began) / 1000 };
}

prepareSegmenter();
const lines = texts.flatMap((t) => t.split('\n').filter((l) => l.trim()));
timeLoop(() => lines.forEach((l) => nodejieba.tag(l)), 500);
const raw = timeLoop(() => lines.forEach((l) => nodejieba.tag(l)));
const rawRate = raw.chars / raw.seconds;
timeLoop(() => texts.forEach((t, i) => extractText(t, { source: `bench-${i}.txt`, sha256: String(i) })), 500);
const ex = timeLoop(() => texts.forEach((t, i) => extractText(t, { source: `bench-${i}.txt`, sha256: String(i) })));
const exRate = ex.chars / ex.seconds;

// End to end: DOCUMENTS files (the sample and the corpus, cycled, each with a distinct id) into a fresh Neo4j.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-'));
const docsDir = path.join(work, 'docs');
fs.mkdirSync(docsDir);
let e2eChars = 0;
for (let i = 0; i < DOCUMENTS; i++) {
  const text = texts[i % texts.length];
  // A distinct first line keeps every document's content hash (and id) its own.
  fs.writeFileSync(path.join(docsDir, `doc-${String(i).padStart(4, '0')}.txt`), `${text}\n(副本${i})\n`);
  e2eChars += text.length;
}
async function ingestIntoFreshNeo4j(): Promise<{ seconds: number; failed: number; nodes: number }> {
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_PORT: process.env.BENCH_NEO4J_PORT ?? '7797', POLICY_KG_DATA_DIR: path.join(work, 'data') });
  await startLocalNeo4j(config.localNeo4j);
  const driver = createDriver(config);
  const executor = new Executor(driver, config);
  try {
    await migrate(executor, root);
    const began = performance.now();
    const outcomes = await ingestPaths(executor, [docsDir], { maxBytes: config.ingest.maxFileBytes, concurrency: CONCURRENCY });
    const seconds = (performance.now() - began) / 1000;
    const [{ c }] = await executor.read<{ c: number }>({ cypher: 'MATCH (n) RETURN count(n) AS c' });
    const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
    if (failures.length > 0) console.error(`failed: ${failures.slice(0, 3).join('\n')}`);
    return { seconds, failed: failures.length, nodes: c };
  } finally {
    await driver.close();
    await stopLocalNeo4j(config.localNeo4j);
    fs.rmSync(work, { recursive: true, force: true });
  }
}
const { seconds: e2eSeconds, failed, nodes } = await ingestIntoFreshNeo4j();
const peakRss = process.resourceUsage().maxRSS / 1024;

console.log(`policy-kg ingest benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`corpus: ${texts.length} documents, ${fmt(corpusChars)} chars`);
console.log(`nodejieba raw tag      ${fmt(rawRate)} chars/s`);
console.log(`extraction             ${fmt(exRate)} chars/s (${((exRate / rawRate) * 100).toFixed(0)}% of raw tag; aim ≥ 40%)`);
console.log(`end-to-end ingest      ${DOCUMENTS} documents, ${fmt(e2eChars)} chars in ${e2eSeconds.toFixed(1)} s = ${fmt(e2eChars / e2eSeconds)} chars/s (aim ≥ 100,000), ${failed} failed, ${fmt(nodes)} nodes`);
console.log(`peak RSS               ${peakRss.toFixed(0)} MB (aim < 500 MB)`);
