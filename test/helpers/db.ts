/** Opens the real test database (the local Neo4j the global setup started, or NEO4J_URI). */
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';

/** A config, driver and executor for one test file; call `close` in afterAll. */
export function openTestDatabase(): { config: Config; driver: Driver; executor: Executor; close: () => Promise<void> } {
  const config = loadConfig();
  const driver = createDriver(config);
  return { config, driver, executor: new Executor(driver, config), close: () => driver.close() };
}

/** A label unique to one test, so tests never see each other's data. */
export function uniqueLabel(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
