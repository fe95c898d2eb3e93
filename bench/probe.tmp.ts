import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphWriter } from '../src/db/write/graphWriter.js';
import type { Extraction } from '../ingest/model.js';
import { ingestPaths } from '../ingest/ingestFiles.js';
import { corpusTexts, writeCycledCorpus } from '../bench/lib/corpus.js';
import { startBenchNeo4j } from '../bench/lib/neo4j.js';
const n = Number(process.argv[2] ?? 100);
const texts = await corpusTexts('/work/wt-8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-wt8-probe-'));
writeCycledCorpus(texts, path.join(work, 'docs'), n);
const db = await startBenchNeo4j('/tmp/pkg-wt8-probe-data', 7803);
class Timed extends GraphWriter {
  override async writeBatch(ex: readonly Extraction[]) {
    const t = performance.now();
    try { return await super.writeBatch(ex); } catch (e) { console.log('batch failed', String(e).slice(0, 300)); throw e; }
    finally { console.log(`batch ${ex.length} docs ${ex.reduce((a, e) => a + e.statements.length, 0)} stmts ${(performance.now() - t).toFixed(0)} ms`); }
  }
}
const t = performance.now();
await ingestPaths(new Timed(db.executor), [path.join(work, 'docs')], { maxBytes: 5e6 });
console.log('total', ((performance.now() - t) / 1000).toFixed(1));
await db.stop();
fs.rmSync(work, { recursive: true });
