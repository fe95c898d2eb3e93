/** Small probes of the local Neo4j: is a process alive, is a port taken, does Bolt accept our password and answer RETURN 1. */
import net from 'node:net';
import neo4j from 'neo4j-driver';

/** True when a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** What a Bolt probe found: the server's version, or that it refused the password, or nothing answering yet. */
export type BoltProbe = { version: string } | { unauthorized: string } | null;

/** Logs in as neo4j with `password` and runs `RETURN 1` at `uri`. */
export async function boltAnswers(uri: string, password: string): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  try {
    const info = await driver.getServerInfo();
    const session = driver.session();
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
    return { version: info.agent ?? 'Neo4j' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security.')) return { unauthorized: (error as Error).message };
    return null;
  } finally {
    await driver.close();
  }
}
