/** Checks that Java and Maven are on the PATH before the local Neo4j is built or started. */
import { spawnSync } from 'node:child_process';
import { LocalNeo4jError } from '../errors.js';

/** Throws a LocalNeo4jError naming the missing tool and how to install it. */
export function requireTool(command: 'java' | 'mvn'): void {
  const result = spawnSync(command, command === 'java' ? ['-version'] : ['-v'], { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    const hint =
      command === 'java'
        ? 'install a Java 17+ runtime (e.g. apt-get install openjdk-17-jre-headless)'
        : 'install Apache Maven (e.g. apt-get install maven)';
    throw new LocalNeo4jError(
      `"${command}" was not found on the PATH: the local Neo4j needs it. Either ${hint}, or point NEO4J_URI at an existing Neo4j.`,
    );
  }
}
