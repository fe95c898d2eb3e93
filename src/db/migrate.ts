/** Applies schema/migrations.cypher: uniqueness constraints and full-text indexes, idempotently. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { backfillEvidence } from './backfill.js';
import type { Executor } from './executor.js';
import { writeTopicNodes } from './topicNodes.js';

/** Splits a Cypher script into statements, dropping `//` comment lines. */
export function splitCypherScript(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Runs every migration statement, waits for the indexes to come online, then backfills evidence of an older store; returns the statements run. */
export async function migrate(executor: Executor, projectRoot: string): Promise<string[]> {
  const script = await fs.readFile(path.join(projectRoot, 'schema', 'migrations.cypher'), 'utf8');
  const statements = splitCypherScript(script);
  for (const cypher of statements) {
    await executor.write({ cypher });
  }
  await executor.write({ cypher: 'CALL db.awaitIndexes(300)' });
  await backfillEvidence(executor);
  await writeTopicNodes(executor);
  return statements;
}
