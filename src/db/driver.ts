/** Creates the neo4j-driver instance for a configuration (one per process). */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

/** A driver for `config.neo4j`; basic auth (the local Neo4j runs without auth on loopback and ignores it). */
export function createDriver(config: Config): Driver {
  const { uri, user, password } = config.neo4j;
  const auth = neo4j.auth.basic(user, password);
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}
