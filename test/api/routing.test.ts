import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, neo4jCredentials } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startApiHarness, type ApiHarness } from './harness.js';

let api: ApiHarness;
let routed: { executor: Executor; close: () => Promise<void> };

/** The same database through a routing (`neo4j://`) URI, the driver path of a Neo4j cluster or Aura. */
function routingUri(): string {
  const config = loadConfig();
  return config.neo4j.uri.replace(/^bolt(\+s|\+ssc)?:\/\//, (_m, tls: string | undefined) => `neo4j${tls ?? ''}://`);
}

beforeAll(async () => {
  api = await startApiHarness();
  // The local Neo4j's own credentials, passed as a user of a remote Neo4j would pass theirs.
  const { user, password } = neo4jCredentials(loadConfig());
  const config = loadConfig({ ...process.env, NEO4J_URI: routingUri(), NEO4J_USER: user, NEO4J_PASSWORD: password });
  const driver = createDriver(config);
  routed = { executor: new Executor(driver, config), close: () => driver.close() };
});

afterAll(async () => {
  await routed?.close();
  await api?.close();
});

const QUERIES = [
  '{ programs(region: "南沙区", first: 5) { totalCount edges { node { via program { name } evidence(first: 2) { text document { title } } } } } }',
  '{ institutions(partneredWith: "香港", first: 5) { totalCount edges { node { link institution { name } other { name } } } } }',
  '{ entity(name: "Hong Kong") { name neighbours(first: 5) { totalCount edges { node { relation entity { name } } } } } }',
  '{ targets(year: 2020, status: PLANNED, first: 5) { totalCount edges { node { text value statement { text } } } } }',
];

describe('a routing (neo4j://) URI, as for a cluster or Aura', () => {
  it('uses a routing URI against the local Neo4j', () => {
    expect(routingUri()).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });

  for (const query of QUERIES) {
    it(`answers ${query.slice(2, query.indexOf('('))} through the routing driver exactly as through bolt://`, async () => {
      const direct = await api.run(query);
      const viaRouting = await api.run(query, {}, routed.executor);
      expect(viaRouting.errors).toBeUndefined();
      expect(viaRouting.data).toEqual(direct.data);
    });
  }
});
