/** Load loops for the API bench: one client in sequence, or many at once, for a fixed time; latencies in ms. */
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

/** One POST of a GraphQL query; throws unless the answer is 200 without errors. */
export function graphqlRequest(url: string, query: string): () => Promise<void> {
  const body = JSON.stringify({ query });
  return async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  };
}

/** The recorded Cypher of one request, sent directly through the driver in the same order. */
export function directQueries(executor: Executor, queries: CypherQuery[]): () => Promise<void> {
  return async () => {
    for (const query of queries) await executor.read(query);
  };
}
