/** `policy-kg neo4j start|stop|status`: manages the local Neo4j. */
import type { Config } from '../../config.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../local-neo4j/index.js';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Runs one neo4j subcommand and returns the process exit code. */
export async function neo4jCommand(config: Config, action: string | undefined, print: (line: string) => void): Promise<number> {
  const local = config.localNeo4j;
  if (!config.neo4j.local && action !== 'status') {
    print(`NEO4J_URI is set (${config.neo4j.uri}): the local Neo4j is not used, so there is nothing to ${action}.`);
    return 0;
  }
  switch (action) {
    case 'start': {
      const result = await startLocalNeo4j(local, print);
      print(
        result.started
          ? `Neo4j ${result.version} started on ${result.uri} (pid ${result.pid}) in ${result.seconds.toFixed(1)} s; log: ${result.logFile}`
          : `Neo4j ${result.version} is already running on ${result.uri} (pid ${result.pid}); log: ${result.logFile}`,
      );
      return 0;
    }
    case 'stop': {
      const pid = await stopLocalNeo4j(local);
      print(pid === null ? 'The local Neo4j is not running.' : `Stopped the local Neo4j (pid ${pid}).`);
      return 0;
    }
    case 'status': {
      if (!config.neo4j.local) print(`NEO4J_URI is set: the API uses ${config.neo4j.uri}; the local Neo4j below is not used.`);
      const s = localNeo4jStatus(local);
      print(`status: ${s.running ? 'running' : 'stopped'}`);
      print(`pid:    ${s.pid ?? '-'}`);
      print(`uri:    ${s.uri}`);
      print(`store:  ${formatBytes(s.storeBytes)} in ${s.home}`);
      print(`log:    ${s.logFile}`);
      print(`auth:   user neo4j, password in ${s.passwordFile} (owner-only)`);
      return 0;
    }
    default:
      print('usage: policy-kg neo4j start|stop|status');
      return 2;
  }
}
