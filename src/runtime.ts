/** Opens the database a command needs: the local Neo4j started when no NEO4J_URI is set, a driver, an executor. */
import type { Config } from './config.js';
import { createDriver } from './db/driver.js';
import { Executor } from './db/executor.js';
import { migrate } from './db/migrate.js';
import { startLocalNeo4j } from './local-neo4j/index.js';

/** An open database handle; `close` releases the driver (it does not stop the local Neo4j). */
export interface Database {
  executor: Executor;
  close: () => Promise<void>;
}

/** Ensures Neo4j (local unless NEO4J_URI is set), connects, and applies migrations when asked. */
export async function openDatabase(config: Config, options: { migrate?: boolean; log?: (line: string) => void } = {}): Promise<Database> {
  const log = options.log ?? (() => undefined);
  if (config.neo4j.local) {
    const started = await startLocalNeo4j(config.localNeo4j, log);
    log(
      started.started
        ? `Local Neo4j ${started.version} started on ${started.uri} in ${started.seconds.toFixed(1)} s`
        : `Local Neo4j ${started.version} already running on ${started.uri} (pid ${started.pid})`,
    );
  }
  const driver = createDriver(config);
  const executor = new Executor(driver, config);
  if (options.migrate) await migrate(executor, config.projectRoot);
  return { executor, close: () => driver.close() };
}
