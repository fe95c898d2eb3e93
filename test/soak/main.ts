/**
 * `npm run soak -- --minutes 10 [--connections 16] [--ingest-every 5] [--ingest mixed|add|replace]`: the long soak against the configured Neo4j
 * (NEO4J_LOCAL_PORT / POLICY_KG_DATA_DIR, or NEO4J_URI) with the API on PORT. Prints what it measured; exit code 1 on
 * any error, or when the API's or Neo4j's memory grows more than 10% after the warm-up (the first fifth of the run).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { describeSoak, runSoak } from './soak.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'ingest-every': { type: 'string', default: '5' },
    ingest: { type: 'string', default: 'mixed' },
  },
});
const seconds = Math.round(Number(values.minutes) * 60);
if (!Number.isFinite(seconds) || seconds < 30) {
  console.error(`--minutes: must be at least 0.5 (got ${values.minutes})`);
  process.exit(2);
}
if (values.ingest !== 'add' && values.ingest !== 'replace' && values.ingest !== 'mixed') {
  console.error(`--ingest: must be mixed, add or replace (got ${values.ingest})`);
  process.exit(2);
}
const config = loadConfig();
const report = await runSoak(config, {
  seconds,
  warmupSeconds: Math.round(seconds / 5),
  connections: Number(values.connections),
  ingestEverySeconds: Number(values['ingest-every']),
  port: config.server.port,
  sampleEverySeconds: 2,
  ingest: values.ingest,
  log: (line) => console.log(line),
});
console.log(`soak on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`);
for (const line of describeSoak(report)) console.log(line);
const errors = report.transportErrors + report.timeouts + report.non2xx + report.graphqlErrors + report.ingestFailures;
const flat = report.api.drift <= 0.1 && (report.neo4j === null || report.neo4j.drift <= 0.1);
process.exit(errors === 0 && flat ? 0 : 1);
