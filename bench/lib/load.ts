/** Load loops for the API bench: one client in sequence, or many at once, for a fixed time; latencies in ms. */
import http from 'node:http';
import type { Executor, CypherQuery } from '../../src/db/executor.js';

/** Latencies of running `once` from `clients` concurrent loops for `seconds`, ascending, with the number of failures. */
export async function loop(once: () => Promise<void>, clients: number, seconds: number): Promise<{ latencies: number[]; failures: number; seconds: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const began = performance.now();
  const deadline = began + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        try {
          await once();
          latencies.push(performance.now() - start);
        } catch {
          failures++;
        }
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), failures, seconds: (performance.now() - began) / 1000 };
}

/**
 * One client running `a` and `b` in turn, `rounds` times each for `seconds / rounds`, latencies pooled per side. Taking
 * them in turn keeps what changes during a run (Neo4j's JIT compiling the query as it gets hot, another process's work)
 * from favouring whichever side is measured second.
 */
export async function alternating(a: () => Promise<void>, b: () => Promise<void>, rounds: number, seconds: number): Promise<[number[], number[]]> {
  const pooled: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const [side, once] of [a, b].entries()) pooled[side].push(...(await loop(once, 1, seconds / rounds)).latencies);
  }
  return [pooled[0].sort((x, y) => x - y), pooled[1].sort((x, y) => x - y)];
}

/**
 * The bench's HTTP client: node:http over one kept-alive connection per concurrent request, as autocannon sends its
 * load. (fetch costs the client about 1.4 ms of its own per request on this machine, which a one-client latency would
 * otherwise charge to the API.)
 */
const agent = new http.Agent({ keepAlive: true });

/** POSTs a JSON body and resolves with the status and the response text. */
export function postJson(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** One POST of a GraphQL query; throws unless the answer is 200 without errors. */
export function graphqlRequest(url: string, query: string): () => Promise<void> {
  const body = JSON.stringify({ query });
  return async () => {
    const { status, text } = await postJson(url, body);
    if (status !== 200 || text.includes('"errors"')) throw new Error(`${status} ${text.slice(0, 200)}`);
  };
}

/** The recorded Cypher of one request, sent directly through the driver in the same order. */
export function directQueries(executor: Executor, queries: CypherQuery[]): () => Promise<void> {
  return async () => {
    for (const query of queries) await executor.read(query);
  };
}
