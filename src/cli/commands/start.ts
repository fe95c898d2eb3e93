/** `policy-kg start` (npm start): local Neo4j, migrations, the seeds ingested, then the API. */
import path from 'node:path';
import type { Config } from '../../config.js';
import { ingestCommand } from './ingest.js';
import { serveCommand } from './serve.js';

/** Brings everything up for a newcomer: ingests seeds/ (unchanged files are skipped) and serves until interrupted. */
export async function startCommand(config: Config, print: (line: string) => void): Promise<number> {
  const code = await ingestCommand(config, [path.join(config.projectRoot, 'seeds')], print);
  if (code !== 0) print('Some seed files failed to ingest (see above); serving what was ingested.');
  return serveCommand(config, print);
}
