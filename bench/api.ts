/**
 * `npm run bench:api [-- --documents N --port P --api-port A --seconds S]`: builds a graph of N documents (the repo's
 * corpus cycled, each with its own id) in a fresh local Neo4j, serves it with `policy-kg serve` in a child process,
 * and for each user question measures one client in sequence and 32 connections at once (autocannon), next to the
 * same Cypher sent directly through neo4j-driver in the same run (one client: the two in turns, after each has warmed
 * up); then `ask` with every question of the question sets in turn, one client (`--ask-seconds`); and the floor of
 * the run, a round trip with no graph work (RETURN 1 directly, `{ __typename }` through the API). Prints the figures.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { RecordShape } from 'neo4j-driver';
import { neo4jCredentials } from '../src/config.js';
import { Executor, type CypherQuery } from '../src/db/executor.js';
import { GraphWriter } from '../src/db/write/graphWriter.js';
import { NameCache } from '../src/graph/nameCache.js';
import { createContext } from '../src/graphql/context.js';
import { createApolloServer } from '../src/graphql/server.js';
import { projectRoot } from '../src/project-root.js';
import { ingestPaths } from '../ingest/ingestFiles.js';
import { corpusTexts, writeCycledCorpus } from './lib/corpus.js';
import { measureAsk, type AskFigures } from './lib/ask.js';
import { alternating, directQueries, graphqlRequest, loop } from './lib/load.js';
import { startBenchNeo4j } from './lib/neo4j.js';
import { buildServer } from '../scripts/build-server.js';
import { fmt, mb, percentile, saveFigures } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    port: { type: 'string', default: '7798' },
    'api-port': { type: 'string', default: '4123' },
    seconds: { type: 'string', default: '8' },
    'single-seconds': { type: 'string', default: '4' },
    connections: { type: 'string', default: '32' },
    'ask-seconds': { type: 'string', default: '20' },
    json: { type: 'string' },
  },
});
const DOCUMENTS = Number(args.documents);
const SECONDS = Number(args.seconds);
const SINGLE_SECONDS = Number(args['single-seconds']);
/** How long each side is warmed up before the one-client measure, and in how many turns that measure is taken. */
const WARM_UP_SECONDS = 3;
const SINGLE_ROUNDS = 4;
const CONNECTIONS = Number(args.connections);
const root = projectRoot();
const LOAD_AT_START = os.loadavg()[0];

/** The playground's questions, as a user sends them, and the mentions of a city every document names. */
const QUESTIONS: { name: string; query: string }[] = [
  {
    name: 'institutions linked to 香港',
    query: `{ institutions(partneredWith: "香港", first: 20) { totalCount edges { node { institution { name } link kind
      evidence(first: 3) { text document { title } } } } } }`,
  },
  {
    name: 'programs in 广州市 + sub-regions',
    query: `{ programs(region: "广州市", includeSubregions: true, first: 20) { totalCount edges { node { program { name } via
      evidence(first: 3) { text document { title } } } } } }`,
  },
  {
    name: 'targets planned for 2020',
    query: `{ targets(year: 2020, status: PLANNED, first: 20) { totalCount edges { node { text subject value unit comparator
      statement { document { title } } } } } }`,
  },
  {
    name: 'explore 香港 (Hong Kong)',
    query: `{ entity(name: "Hong Kong") { name aliases neighbours(first: 10) { totalCount edges { node { relation kind
      entity { name type } evidence(first: 2) { text } } } } } }`,
  },
  {
    name: 'mentions of 广州市',
    query: `{ entity(name: "广州市") { name mentions(first: 20) { totalCount edges { node { surface statement { text document { title } } } } } } }`,
  },
];

/** An executor that answers every read with rows fetched before: what is left of a request is the GraphQL layer's own work. */
class CannedExecutor extends Executor {
  private rows: RecordShape[] = [];
  answering(rows: RecordShape[]): this {
    this.rows = rows;
    return this;
  }
  override async read<T extends RecordShape = RecordShape>(): Promise<T[]> {
    return this.rows as T[];
  }
}

/** An executor that records every read a request runs, so the same Cypher can be sent directly. */
class RecordingExecutor extends Executor {
  readonly queries: CypherQuery[] = [];
  override async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    this.queries.push(query);
    return super.read<T>(query);
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the API did not come up at ${url}`);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bench-api-'));
const docsDir = path.join(work, 'docs');
const texts = await corpusTexts(root);
const chars = writeCycledCorpus(texts, docsDir, DOCUMENTS);
const db = await startBenchNeo4j(path.join(work, 'data'), Number(args.port));
const apiUrl = `http://127.0.0.1:${args['api-port']}/graphql`;
const figures: Record<string, unknown>[] = [];
let ingestSeconds: number;
let askFigures: AskFigures | undefined;
let floor: Record<string, number> | undefined;
let server: ReturnType<typeof spawn> | undefined;
try {
  const began = performance.now();
  console.error(`building the graph: ${fmt(DOCUMENTS)} documents…`);
  await ingestPaths(new GraphWriter(db.executor), [docsDir], { maxBytes: db.config.ingest.maxFileBytes });
  ingestSeconds = (performance.now() - began) / 1000;
  // The server connects as to any Neo4j it is given (NEO4J_URI), with the bench store's own credentials.
  const { user, password } = neo4jCredentials(db.config);
  // The server runs as it is deployed: compiled to plain JavaScript (npm run build:server), without the tsx loader.
  const built = await buildServer(path.join(root, '.cache', 'bench-server'));
  server = spawn(process.execPath, [path.join(built, 'src/cli/main.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: db.config.neo4j.uri, NEO4J_USER: user, NEO4J_PASSWORD: password, PORT: String(args['api-port']), GRAPHQL_PLAYGROUND: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(apiUrl.replace('/graphql', '/healthz'));
  const apollo = createApolloServer(db.config);
  const names = new NameCache(10_000, 3_600_000);
  for (const question of QUESTIONS) {
    console.error(`measuring: ${question.name}`);
    // Warm the name cache, then record the Cypher of one request.
    await apollo.executeOperation({ query: question.query }, { contextValue: createContext(db.executor, names) });
    const recorder = new RecordingExecutor(db.executor.driver, db.config);
    const check = await apollo.executeOperation({ query: question.query }, { contextValue: createContext(recorder, names) });
    if (check.body.kind !== 'single' || check.body.singleResult.errors) throw new Error(`${question.name}: ${JSON.stringify(check.body)}`);
    const canned = new CannedExecutor(db.executor.driver, db.config).answering(recorder.queries.length === 1 ? await db.executor.read(recorder.queries[0]) : []);
    const inProcess = await loop(async () => {
      await apollo.executeOperation({ query: question.query }, { contextValue: createContext(canned, names) });
    }, 1, 1);
    const request = graphqlRequest(apiUrl, question.query);
    const direct = directQueries(db.executor, recorder.queries);
    // Both sides warm up first (the API process's JIT and Neo4j's plan and JIT for this query), then take turns.
    await loop(request, 4, WARM_UP_SECONDS);
    await loop(direct, 4, WARM_UP_SECONDS);
    const [single, singleDirect] = await alternating(request, direct, SINGLE_ROUNDS, SINGLE_SECONDS);
    const load = await autocannon({ url: apiUrl, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: question.query }), connections: CONNECTIONS, duration: SECONDS });
    const loadDirect = await loop(direct, CONNECTIONS, SECONDS);
    figures.push({
      question: question.name,
      roundTrips: recorder.queries.length,
      graphqlOnlyP50: percentile(inProcess.latencies, 50),
      singleP50: percentile(single, 50),
      singleP99: percentile(single, 99),
      directSingleP50: percentile(singleDirect, 50),
      loadRps: load.requests.average,
      loadP50: load.latency.p50,
      loadP99: load.latency.p99,
      loadErrors: load.errors + load.non2xx + load.timeouts,
      directLoadRps: loadDirect.latencies.length / loadDirect.seconds,
      directLoadP50: percentile(loadDirect.latencies, 50),
      directLoadP99: percentile(loadDirect.latencies, 99),
    });
  }
  // The machine's own ceiling in this run: a round trip that does no graph work, directly and through the API.
  console.error('measuring: the floor (RETURN 1 directly, { __typename } through the API)');
  const floorDirect = directQueries(db.executor, [{ cypher: 'RETURN 1 AS one' }]);
  const floorApi = graphqlRequest(apiUrl, '{ __typename }');
  const [apiOne, directOne] = await alternating(floorApi, floorDirect, SINGLE_ROUNDS, SINGLE_SECONDS);
  const apiLoad = await autocannon({ url: apiUrl, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }), connections: CONNECTIONS, duration: SECONDS });
  const directLoad = await loop(floorDirect, CONNECTIONS, SECONDS);
  floor = {
    directSingleP50: percentile(directOne, 50),
    apiSingleP50: percentile(apiOne, 50),
    directLoadRps: directLoad.latencies.length / directLoad.seconds,
    apiLoadRps: apiLoad.requests.average,
    apiLoadP99: apiLoad.latency.p99,
  };
  console.error('measuring: ask (the question sets, one client)');
  askFigures = await measureAsk(apiUrl, Number(args['ask-seconds']));
} finally {
  server?.kill('SIGTERM');
  await db.stop().catch(() => undefined);
}
const storeBytes = db.storeBytes();
fs.rmSync(work, { recursive: true, force: true });

const ms = (n: unknown): string => `${(n as number).toFixed(1)} ms`;
console.log(`policy-kg API benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine load (1-minute load average, other work included): ${os.loadavg()[0].toFixed(1)} at the end, ${LOAD_AT_START.toFixed(1)} at the start`);
console.log(`graph: ${fmt(DOCUMENTS)} documents (${fmt(chars)} chars) ingested in ${ingestSeconds.toFixed(1)} s, store ${mb(storeBytes)}`);
console.log(`one client: sequential requests, the API and the direct Cypher in ${SINGLE_ROUNDS} turns over ${SINGLE_SECONDS} s each, after ${WARM_UP_SECONDS} s of warm-up each; load: ${CONNECTIONS} connections for ${SECONDS} s; "direct" = the request's recorded Cypher through neo4j-driver`);
for (const f of figures) {
  console.log(
    `${String(f.question).padEnd(34)} 1 client p50 ${ms(f.singleP50)} (direct ${ms(f.directSingleP50)}, ratio ${((f.singleP50 as number) / (f.directSingleP50 as number)).toFixed(2)}, ${f.roundTrips} statement; GraphQL layer alone ${ms(f.graphqlOnlyP50)})` +
      ` | ${CONNECTIONS} conn ${fmt(f.loadRps as number)} req/s p50 ${f.loadP50} ms p99 ${f.loadP99} ms errors ${f.loadErrors}` +
      ` (direct ${fmt(f.directLoadRps as number)}/s p50 ${ms(f.directLoadP50)} p99 ${ms(f.directLoadP99)})`,
  );
}
if (floor) {
  console.log(
    `floor (no graph work): RETURN 1 directly p50 ${ms(floor.directSingleP50)}, ${fmt(floor.directLoadRps)}/s at ${CONNECTIONS}; { __typename } through the API p50 ${ms(floor.apiSingleP50)}, ${fmt(floor.apiLoadRps)} req/s at ${CONNECTIONS} (p99 ${floor.apiLoadP99} ms)`,
  );
}
if (askFigures) {
  const a = askFigures;
  console.log(
    `ask: ${a.questions} questions (${a.answered} answered on this graph) in turn for ${args['ask-seconds']} s, ${fmt(a.requests)} requests: p50 ${ms(a.p50)}, p90 ${ms(a.p90)}, p99 ${ms(a.p99)} (aim: p50 ≤ 50 ms)`,
  );
  console.log(`ask p50 by intent: ${a.byIntent.map((i) => `${i.intent} (${i.questions}) ${ms(i.p50)}`).join(', ')}`);
}
console.log('aims: 1 client p50 ≤ 15 ms; 32 connections ≥ 300 req/s, p99 ≤ 250 ms, 0 errors; API p50 / direct p50 ≤ 1.3');
await saveFigures(args.json, { documents: DOCUMENTS, chars, ingestSeconds, storeBytes, questions: figures, floor, ask: askFigures });
