import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startHttpServer } from '../../src/graphql/server.js';
import { openTestDatabase } from '../helpers/db.js';

const db = openTestDatabase();
let http: Awaited<ReturnType<typeof startHttpServer>>;

beforeAll(async () => {
  http = await startHttpServer({ ...loadConfig(), server: { ...db.config.server, port: 0 } }, db.executor);
});

afterAll(async () => {
  await http.close();
  await db.close();
});

describe('the GraphQL server over the real database', () => {
  it('answers health with the Neo4j version and node counts', async () => {
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok neo4jVersion nodeCounts { label count } } }' }),
    });
    const body = (await response.json()) as { data: { health: { ok: boolean; neo4jVersion: string; nodeCounts: unknown[] } } };
    expect(response.status).toBe(200);
    expect(body.data.health.ok).toBe(true);
    expect(body.data.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(Array.isArray(body.data.health.nodeCounts)).toBe(true);
  });

  it('serves /healthz', async () => {
    const response = await fetch(http.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a GET query without a CSRF-safe header', async () => {
    const response = await fetch(`${http.url}?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(response.status).toBe(400);
  });
});
