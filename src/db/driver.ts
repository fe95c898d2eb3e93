/** Creates the neo4j-driver instance for a configuration (one per process). */
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jCredentials, type Config } from '../config.js';

/** How long a transaction that failed for a transient reason is tried again (the driver's, and Executor.writeTransaction's). */
export const TRANSACTION_RETRY_MS = 5_000;

/** A driver for `config.neo4j`; basic auth (NEO4J_USER/NEO4J_PASSWORD, or the local Neo4j's generated password). */
export function createDriver(config: Config): Driver {
  const { uri } = config.neo4j;
  const { user, password } = neo4jCredentials(config);
  const auth = neo4j.auth.basic(user, password);
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: TRANSACTION_RETRY_MS,
    disableLosslessIntegers: true,
  });
}
