/** `policy-kg start` (npm start): local Neo4j, migrations, the seeds ingested, then the API. */
import type { Config } from '../../config.js';
import { serveCommand } from './serve.js';

/** Brings everything up for a newcomer and serves until interrupted. */
export async function startCommand(config: Config, print: (line: string) => void): Promise<number> {
  return serveCommand(config, print);
}
