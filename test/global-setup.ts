/**
 * Vitest global setup: without NEO4J_URI, starts the local Neo4j (building it on first use) and
 * stops it afterwards if this run started it. With NEO4J_URI, tests use that database.
 */
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/local-neo4j/index.js';

export default async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (!config.neo4j.local) return async () => undefined;
  const result = await startLocalNeo4j(config.localNeo4j, (line) => console.log(`[neo4j] ${line}`));
  console.log(`[neo4j] ${result.started ? 'started' : 'reusing'} ${result.version} on ${result.uri}`);
  return async () => {
    if (result.started) await stopLocalNeo4j(config.localNeo4j);
  };
}
