/** A fresh local Neo4j for one bench run: its own data folder and port, started, migrated, and stopped afterwards. */
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { directorySize, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/index.js';

/** A started bench database. */
export interface BenchNeo4j {
  config: Config;
  executor: Executor;
  /** Bytes of the store on disk: the database files (nodes, relationships, properties, indexes) … */
  storeBytes: () => number;
  /** … and the transaction logs not yet pruned. */
  logBytes: () => number;
  stop: () => Promise<void>;
}

/** Starts a local Neo4j with its data in `dataDir` on `port` (other settings from the environment), and migrates it. */
export async function startBenchNeo4j(dataDir: string, port: number): Promise<BenchNeo4j> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_LOCAL_PORT: String(port), POLICY_KG_DATA_DIR: dataDir });
  await startLocalNeo4j(config.localNeo4j);
  const driver = createDriver(config);
  const executor = new Executor(driver, config);
  await migrate(executor, config.projectRoot);
  return {
    config,
    executor,
    storeBytes: () => directorySize(path.join(config.localNeo4j.home, 'data', 'databases')),
    logBytes: () => directorySize(path.join(config.localNeo4j.home, 'data', 'transactions')),
    stop: async () => {
      await driver.close();
      await stopLocalNeo4j(config.localNeo4j);
    },
  };
}
