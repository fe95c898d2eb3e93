/**
 * The soak: `policy-kg serve` in a child process under mixed GraphQL queries from 16 autocannon connections, while
 * documents are re-ingested (edited, so each replaces its previous version) every few seconds. Counts every error
 * (transport, non-2xx, GraphQL errors in a 200, failed ingests) and samples the resident memory of the API process and
 * of the Neo4j JVM from /proc/<pid>/status, so the caller can check that both stay flat after a warm-up.
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
  ingest: 'add' | 'replace';
  log: (line: string) => void;
}

/** Resident memory over time, in MiB, after the warm-up. */
export interface RssSeries {
  samples: number[];
  /** Mean of the first and the last fifth of the samples after warm-up. */
  start: number;
  end: number;
  peak: number;
  /** (end - start) / start. */
  drift: number;
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

/** The mixed queries: the users' questions, exploring, search, documents, a path, and `ask`. */
const QUERIES = [
  '{ institutions(partneredWith: "香港", first: 20) { totalCount edges { node { institution { name } link kind evidence(first: 3) { text document { title } } } } } }',
  '{ programs(region: "南沙区", first: 20) { totalCount edges { node { program { name } via evidence(first: 2) { text } } } } }',
  '{ programs(region: "广州市", includeSubregions: true, first: 20) { totalCount edges { node { program { name } via } } } }',
  '{ targets(year: 2020, status: PLANNED, first: 20) { totalCount edges { node { text value unit comparator statement { document { title } } } } } }',
  '{ entity(name: "Hong Kong") { name aliases neighbours(first: 10) { totalCount edges { node { relation entity { name type } evidence(first: 2) { text } } } } } }',
  '{ lookup(name: "Guangzhou") { entity { id name mentions(first: 5) { totalCount edges { node { surface statement { text } } } } } suggestions { name } } }',
  '{ search(text: "大学", first: 10) { totalCount edges { node { score entity { name type } } } } }',
  '{ documents(first: 5) { totalCount edges { node { title statements(first: 3) { totalCount edges { node { text status } } } } } } }',
  '{ connections(from: "香港", to: "广州市", maxHops: 3) { length hops { relation evidence(first: 1) { text } } } }',
  '{ ask(question: "哪些项目涉及南沙区?") { interpretation } }',
];

/** Resident set size of a process in MiB, from /proc/<pid>/status; null when it is gone. */
export function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Summarises samples taken after the warm-up. */
export function series(samples: number[]): RssSeries {
  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const start = mean(samples.slice(0, fifth));
  const end = mean(samples.slice(-fifth));
  return { samples, start, end, peak: Math.max(...samples), drift: start > 0 ? (end - start) / start : 0 };
}

/** Starts `policy-kg serve` on `port` with the same database settings; resolves once /healthz answers 200. */
async function startApi(port: number, log: (line: string) => void): Promise<ChildProcess> {
  const root = projectRoot();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'serve'], {
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

/** Sends each query once and throws if any answers with an error: a soak of broken queries measures nothing. */
async function checkQueries(port: number): Promise<void> {
  for (const query of QUERIES) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`soak query failed before the soak (HTTP ${response.status}): ${query}\n${text.slice(0, 500)}`);
  }
}

/**
 * The documents the soak ingests each round. `add`: a new document each round, cycling through the corpus excerpts
 * under new names (the graph grows a little). `replace`: the sample and the API fixture edited each round, so each
 * ingest replaces the previous version while queries read it.
 */
function documentsToIngest(dir: string, mode: 'add' | 'replace'): { files: () => string[]; next: (round: number) => string[] } {
  const root = projectRoot();
  const written: string[] = [];
  if (mode === 'add') {
    const corpus = path.join(root, 'test/fixtures/corpus');
    const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
    const next = (round: number): string[] => {
      const file = path.join(dir, `soak-add-${String(round).padStart(4, '0')}.txt`);
      fs.writeFileSync(file, `${texts[round % texts.length].trimEnd()}\n(第${round}份)\n`);
      written.push(file);
      return [file];
    };
    return { files: () => written, next };
  }
  const sources = ['seeds/guangzhou-education-2019-summary-2020-plan.txt', 'test/fixtures/api/nansha-2031-plan.txt'];
  const texts = sources.map((s) => fs.readFileSync(path.join(root, s), 'utf8'));
  const files = sources.map((s, i) => path.join(dir, `soak-${i}-${path.basename(s)}`));
  const next = (round: number): string[] => {
    // One added closing sentence per round makes each re-ingest an edit, so the old statements are replaced.
    texts.forEach((text, i) => fs.writeFileSync(files[i], `${text.trimEnd()}\n第${round}轮修订:南沙区新增学位${round}个。\n`));
    return files;
  };
  return { files: () => files, next };
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
      const a = api?.pid ? rssMiB(api.pid) : null;
      if (a !== null) apiSamples.push(a);
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
    rss('API', r.api),
    rss('Neo4j', r.neo4j),
    ...r.firstErrors.map((e) => `  ${e}`),
  ];
}
