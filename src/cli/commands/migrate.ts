/** `policy-kg migrate`: applies the schema's constraints and indexes (idempotent). */
import type { Config } from '../../config.js';
import { openDatabase } from '../../runtime.js';

/** Applies migrations and prints how many statements ran. */
export async function migrateCommand(config: Config, print: (line: string) => void): Promise<number> {
  const db = await openDatabase(config, { log: print });
  try {
    const { migrate } = await import('../../db/migrate.js');
    const statements = await migrate(db.executor, config.projectRoot);
    print(`Schema up to date (${statements.length} constraints and indexes checked).`);
    return 0;
  } finally {
    await db.close();
  }
}
