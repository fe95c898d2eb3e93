/**
 * The soak: `policy-kg serve` in a child process under mixed GraphQL queries from 16 autocannon connections, while
 * documents are re-ingested (edited, so each replaces its previous version) every few seconds. Counts every error
 * (transport, non-2xx, GraphQL errors in a 200, failed ingests) and samples the resident memory of the API process and
 * of the Neo4j JVM from /proc/<pid>/status (the API's right after a full collection), so the caller can check that both
 * stay flat after a warm-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Config } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { localNeo4jStatus } from '../../src/local-neo4j/index.js';
import { projectRoot } from '../../src/project-root.js';
import { openDatabase } from '../../src/runtime.js';
import { ingestForTest, removeDocuments } from '../helpers/ingest.js';
import { tempDir } from '../helpers/tmp.js';
import { documentsToIngest, type IngestMode } from './documents.js';
import { QUERIES, checkQueries } from './queries.js';
import { rssMiB, series, type RssSeries } from './rss.js';

export { rssMiB, series, type RssSeries };

/** How long and how hard to soak. */
export interface SoakOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  ingestEverySeconds: number;
  /** Port of the API child; must be free. */
  port: number;
  sampleEverySeconds: number;
  /** `add` a new document each round, or `replace` documents the queries are reading. */
  ingest: IngestMode;
  log: (line: string) => void;
}

/** What a soak measured. */
export interface SoakReport {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  transportErrors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  ingests: number;
  ingestFailures: number;
  api: RssSeries;
  neo4j: RssSeries | null;
  firstErrors: string[];
}

/** Starts `policy-kg serve` on `port` with the same database settings; resolves once /healthz answers 200. */
async function startApi(port: number, log: (line: string) => void): Promise<ChildProcess> {
  const root = projectRoot();
  const probe = path.join(root, 'test/soak/collectOnSignal.ts');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', probe, path.join(root, 'src/cli/main.ts'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', GRAPHQL_PLAYGROUND: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => log(`[api] ${d.toString().trim()}`));
  child.stdout?.resume();
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`policy-kg serve exited with code ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`policy-kg serve did not answer on port ${port} within 120 s`);
}

/** Runs one soak against the configured Neo4j (started when local and not running) and reports what it measured. */
export async function runSoak(config: Config, options: SoakOptions): Promise<SoakReport> {
  const { log } = options;
  const db = await openDatabase(config, { migrate: true, log });
  await migrate(db.executor, projectRoot());
  const dir = tempDir('policy-kg-soak-');
  const docs = documentsToIngest(dir, options.ingest);
  const firstErrors: string[] = [];
  const note = (line: string): void => void (firstErrors.length < 10 && !firstErrors.includes(line) && firstErrors.push(line));
  let ingests = 0;
  let ingestFailures = 0;
  let api: ChildProcess | undefined;
  const baseFiles: string[] = [];
  try {
    // The sample and the API fixture are what the queries find; `add` rounds put more documents beside them.
    const base = options.ingest === 'add' ? documentsToIngest(dir, 'replace').next(0) : docs.next(0);
    baseFiles.push(...base);
    await ingestForTest(db.executor, base, config.ingest.maxFileBytes);
    api = await startApi(options.port, log);
    await checkQueries(options.port);
    const neo4jPid = config.neo4j.local ? localNeo4jStatus(config.localNeo4j).pid : null;
    const began = Date.now();
    const apiSamples: number[] = [];
    const neo4jSamples: number[] = [];
    const sampler = setInterval(() => {
      if ((Date.now() - began) / 1000 < options.warmupSeconds) return;
      // The API's memory is read half a second after a full collection (collectOnSignal.ts): what it keeps, not what
      // V8 has yet to collect, which under this load grows for minutes before V8 collects it.
      const pid = api?.pid;
      if (pid) api?.kill('SIGUSR2');
      setTimeout(() => {
        const a = pid ? rssMiB(pid) : null;
        if (a !== null) apiSamples.push(a);
      }, 500);
      const n = neo4jPid ? rssMiB(neo4jPid) : null;
      if (n !== null) neo4jSamples.push(n);
    }, options.sampleEverySeconds * 1000);
    let round = 0;
    let ingesting = false;
    const ingester = setInterval(() => {
      if (ingesting) return;
      ingesting = true;
      ingestForTest(db.executor, docs.next(++round), config.ingest.maxFileBytes)
        .then((outcomes) => {
          for (const o of outcomes) {
            ingests++;
            if (!o.ok) {
              ingestFailures++;
              note(`ingest: ${o.error}`);
            }
          }
        })
        .catch((error: unknown) => {
          ingestFailures++;
          note(`ingest threw: ${String(error)}`);
        })
        .finally(() => (ingesting = false));
    }, options.ingestEverySeconds * 1000);
    let graphqlErrors = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${options.port}/graphql`,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
      requests: QUERIES.map((query) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (status: number, body: string) => {
          if (status === 200 && !body.includes('"errors"')) return;
          graphqlErrors += status === 200 ? 1 : 0;
          note(`HTTP ${status} for ${query.slice(0, 60)}: ${body.slice(0, 300)}`);
        },
      })),
    });
    clearInterval(sampler);
    clearInterval(ingester);
    while (ingesting) await new Promise((resolve) => setTimeout(resolve, 100));
    log(`soak finished after ${((Date.now() - began) / 1000).toFixed(0)} s`);
    return {
      seconds: options.seconds,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      transportErrors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
      ingests,
      ingestFailures,
      api: series(apiSamples),
      neo4j: neo4jSamples.length > 0 ? series(neo4jSamples) : null,
      firstErrors,
    };
  } finally {
    api?.kill('SIGTERM');
    await removeDocuments(db.executor, [...baseFiles, ...docs.files()]);
    fs.rmSync(dir, { recursive: true, force: true });
    await db.close();
  }
}

/** The report as lines for people (and the README). */
export function describeSoak(r: SoakReport): string[] {
  const rss = (name: string, s: RssSeries | null): string =>
    s ? `${name} RSS after warm-up: ${s.start.toFixed(0)} → ${s.end.toFixed(0)} MiB (drift ${(s.drift * 100).toFixed(1)}%, peak ${s.peak.toFixed(0)} MiB, ${s.samples.length} samples)` : `${name} RSS: not measured`;
  return [
    `${r.seconds} s at ${r.requestsPerSecond.toFixed(0)} req/s: ${r.requests} requests, p50 ${r.p50} ms, p99 ${r.p99} ms`,
    `errors: ${r.transportErrors} transport, ${r.timeouts} timeouts, ${r.non2xx} non-2xx, ${r.graphqlErrors} GraphQL errors; ingests ${r.ingests} (${r.ingestFailures} failed)`,
    rss('API (each sample right after a full GC)', r.api),
    rss('Neo4j', r.neo4j),
    ...r.firstErrors.map((e) => `  ${e}`),
  ];
}
