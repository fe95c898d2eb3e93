/**
 * `npm run bench:scale [-- --sizes 1000,10000]`: runs bench:ingest and bench:api at each size (child processes, each
 * with its own fresh Neo4j and so its own peak RSS) and prints how every figure grows from the first size to the last.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/project-root.js';
import { fmt, mb } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    port: { type: 'string', default: '7799' },
    'api-port': { type: 'string', default: '4124' },
    seconds: { type: 'string', default: '8' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const root = projectRoot();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-scale-'));

interface IngestFigures {
  documents: number;
  chars: number;
  seconds: number;
  charsPerSecond: number;
  peakRssBytes: number;
  storeBytes: number;
  statements: number;
}
interface ApiFigures {
  storeBytes: number;
  questions: { question: string; singleP50: number; directSingleP50: number; loadRps: number; loadP99: number; loadErrors: number }[];
}

function run<T>(script: string, size: number, extra: string[]): T {
  const json = path.join(work, `${script}-${size}.json`);
  const began = Date.now();
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${script} at ${fmt(size)} documents…`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', `${script}.ts`), '--documents', String(size), '--json', json, ...extra], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${script} at ${size} documents failed (exit ${result.status})`);
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${script} at ${fmt(size)} documents done in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return JSON.parse(fs.readFileSync(json, 'utf8')) as T;
}

const results: { size: number; ingest: IngestFigures; api: ApiFigures }[] = [];
try {
  for (const size of sizes) {
    const ingest = run<IngestFigures>('ingest', size, ['--port', args.port, '--skip-extraction']);
    const api = run<ApiFigures>('api', size, ['--port', args.port, '--api-port', args['api-port'], '--seconds', args.seconds]);
    results.push({ size, ingest, api });
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const first = results[0];
const growth = (a: number, b: number): string => `×${(b / a).toFixed(2)}`;
console.log(`\npolicy-kg scale benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const { size, ingest, api } of results) {
  const g = (pick: (r: typeof first) => number, current: typeof first): string => (current === first ? '' : ` (${growth(pick(first), pick(current))})`);
  const current = { size, ingest, api };
  console.log(`\n${fmt(size)} documents (${fmt(ingest.chars)} chars, ${fmt(ingest.statements)} statements${g((r) => r.size, current)})`);
  console.log(`  ingest ${fmt(ingest.charsPerSecond)} chars/s${g((r) => r.ingest.charsPerSecond, current)}, ${ingest.seconds.toFixed(1)} s, peak RSS ${mb(ingest.peakRssBytes)}${g((r) => r.ingest.peakRssBytes, current)}, store ${mb(ingest.storeBytes)}${g((r) => r.ingest.storeBytes, current)}`);
  for (const [i, q] of api.questions.entries()) {
    const q0 = first.api.questions[i];
    const rel = current === first ? '' : ` (p50 ${growth(q0.singleP50, q.singleP50)}, req/s ${growth(q0.loadRps, q.loadRps)})`;
    console.log(
      `  ${q.question.padEnd(34)} 1 client p50 ${q.singleP50.toFixed(1)} ms (direct ${q.directSingleP50.toFixed(1)} ms) | 32 conn ${fmt(q.loadRps)} req/s p99 ${q.loadP99} ms errors ${q.loadErrors}${rel}`,
    );
  }
}
