/**
 * `npm run bench:api`: autocannon against the running API (a child `policy-kg serve`, sample ingested) for
 * each user-question query at 32 connections, and the same Cypher run directly with neo4j-driver at the same
 * concurrency, so the ratio of median latencies shows what GraphQL, HTTP and the resolvers add.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { RecordShape } from 'neo4j-driver';
import { createApolloServer } from '../src/graphql/server.js';
import { createContext } from '../src/graphql/context.js';
import { Executor, type CypherQuery } from '../src/db/executor.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/runtime.js';
import { projectRoot } from '../src/project-root.js';
import { ingestPaths } from '../ingest/ingestFiles.js';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4123);
const root = projectRoot();

/** The four users' questions, as a playground user would send them. */
const QUESTIONS: { name: string; query: string }[] = [
  {
    name: 'institutions linked to 香港',
    query: `{ institutions(partneredWith: "香港", first: 20) { totalCount edges { node { institution { name } link kind
      evidence(first: 3) { text document { title } } } } } }`,
  },
  {
    name: 'programs touching 广州市 (with sub-regions)',
    query: `{ programs(region: "广州市", includeSubregions: true, first: 20) { totalCount edges { node { program { name } via
      evidence(first: 3) { text document { title } } } } } }`,
  },
  {
    name: 'targets planned for 2020',
    query: `{ targets(year: 2020, status: PLANNED, first: 20) { totalCount edges { node { text subject value unit comparator
      statement { document { title } } } } } }`,
  },
  {
    name: 'explore: Hong Kong and its neighbours',
    query: `{ entity(name: "Hong Kong") { name aliases neighbours(first: 10) { totalCount edges { node { relation kind
      entity { name type } evidence(first: 2) { text } } } } } }`,
  },
];

/** An executor that records every query a request runs, so the same Cypher can be replayed directly. */
class RecordingExecutor extends Executor {
  readonly queries: CypherQuery[] = [];
  override async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    this.queries.push(query);
    return super.read<T>(query);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs the recorded queries in sequence from CONNECTIONS concurrent loops for SECONDS; per-iteration latencies in ms. */
async function direct(executor: Executor, queries: CypherQuery[]): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const began = performance.now();
        for (const query of queries) await executor.read(query);
        latencies.push(performance.now() - began);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the API did not come up at ${url}`);
}

const config = loadConfig();
const db = await openDatabase(config, { migrate: true });
await ingestPaths(db.executor, [path.join(root, 'seeds')], { maxBytes: config.ingest.maxFileBytes });

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'serve'], {
  cwd: root,
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rows: string[] = [];
try {
  await waitForServer(`http://127.0.0.1:${PORT}/healthz`);
  const apollo = createApolloServer(config);
  for (const question of QUESTIONS) {
    const recorder = new RecordingExecutor(db.executor.driver, config);
    const check = await apollo.executeOperation({ query: question.query }, { contextValue: createContext(recorder) });
    if (check.body.kind !== 'single' || check.body.singleResult.errors) throw new Error(`${question.name}: ${JSON.stringify(check.body)}`);
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: question.query }),
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const neo = await direct(db.executor, recorder.queries);
    const ratio = result.latency.p50 / percentile(neo, 50);
    rows.push(
      `${question.name.padEnd(44)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  ` +
        `errors ${result.errors + result.non2xx}  | direct (${recorder.queries.length} queries) p50 ${percentile(neo, 50).toFixed(1)} ms  ratio ${ratio.toFixed(2)}`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await db.close();
}
console.log(`policy-kg API benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s each`);
for (const row of rows) console.log(row);
console.log('aim: p99 < 50 ms; overhead ratio (API p50 / direct Cypher p50) ≤ 1.5');
