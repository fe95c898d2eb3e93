import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startHttpServer } from '../../src/graphql/server.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/index.js';

// A Neo4j of this test's own (port and data folder), so stopping it mid-session leaves the shared one alone.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-recovery-'));
const config = loadConfig({ NEO4J_LOCAL_PORT: '7696', POLICY_KG_DATA_DIR: dataDir, NEO4J_QUERY_TIMEOUT_MS: '5000' });
let driver: ReturnType<typeof createDriver>;
let http: Awaited<ReturnType<typeof startHttpServer>>;

async function ask(query: string): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as never };
}

beforeAll(async () => {
  await startLocalNeo4j(config.localNeo4j);
  // After the start: the first start creates the password the driver logs in with.
  driver = createDriver(config);
  http = await startHttpServer({ ...config, server: { ...config.server, port: 0 } }, new Executor(driver, config));
});

afterAll(async () => {
  await http?.close();
  await driver?.close();
  await stopLocalNeo4j(config.localNeo4j);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('when Neo4j goes away mid-session', () => {
  it('answers while Neo4j is up', async () => {
    const { body } = await ask('{ health { ok neo4jVersion } }');
    expect(body.data).toEqual({ health: { ok: true, neo4jVersion: expect.stringMatching(/^5\.26\./) } });
  });

  it('answers with a clear SERVICE_UNAVAILABLE error, leaking nothing, while Neo4j is down', async () => {
    await stopLocalNeo4j(config.localNeo4j);
    const { body } = await ask('{ health { ok neo4jVersion } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:7696 is not reachable/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|stacktrace|Neo4jError/i);
    const health = await fetch(http.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(503);
  });

  it('answers again by itself once Neo4j is back', async () => {
    await startLocalNeo4j(config.localNeo4j);
    const { body } = await ask('{ health { ok } }');
    expect(body.data).toEqual({ health: { ok: true } });
    const health = await fetch(http.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
  });
});
