/** `policy-kg serve`: migrates and serves the GraphQL API until interrupted. */
import type { Config } from '../../config.js';
import { startHttpServer } from '../../graphql/server.js';
import { openDatabase } from '../../runtime.js';

/** Starts the API on PORT and resolves when the process is asked to stop. */
export async function serveCommand(config: Config, print: (line: string) => void): Promise<number> {
  const db = await openDatabase(config, { migrate: true, log: print });
  const http = await startHttpServer(config, db.executor);
  print(`policy-kg API on ${http.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await http.close();
  await db.close();
  return 0;
}
