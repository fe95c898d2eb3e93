import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { formatStatus } from '../../src/cli/commands/status.js';
import { formatDuration, progressLabel } from '../../src/cli/progress.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { readStatus } from '../../src/status/index.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/db.js';
import { writeSeeds } from '../helpers/seed.js';
import { tempDir } from '../helpers/tmp.js';

const db = openTestDatabase();
let cleanUp: (() => Promise<void>) | undefined;

beforeAll(async () => {
  await migrate(db.executor, db.config.projectRoot);
  cleanUp = await writeSeeds(db);
});

afterAll(async () => {
  await cleanUp?.();
  await db.close();
});

describe('policy-kg status', () => {
  it('reports Neo4j, the store, the counts by type and the last ingest', async () => {
    const report = await readStatus(db.config);
    expect(report.neo4j.running).toBe(true);
    expect(report.graph!.documents).toBeGreaterThanOrEqual(1);
    expect(report.graph!.statements).toBeGreaterThan(100);
    expect(report.graph!.institutions).toBeGreaterThan(0);
    expect(report.graph!.relations.PARTNERS_WITH).toBeGreaterThan(0);
    expect(report.graph!.lastIngest?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    if (db.config.neo4j.local) expect(report.neo4j.storeBytes).toBeGreaterThan(0);
    const lines = formatStatus(report).join('\n');
    expect(lines).toMatch(/neo4j\s+running/);
    expect(lines).toMatch(/last ingest\s+\d{4}-/);
  });

  it('says a local Neo4j is stopped, without starting it, and exits 1', async () => {
    const env = { NEO4J_LOCAL_PORT: '7819', POLICY_KG_DATA_DIR: tempDir('policy-kg-status-') };
    onTestFinished(() => fs.rmSync(env.POLICY_KG_DATA_DIR, { recursive: true, force: true }));
    const report = await readStatus(loadConfig(env));
    expect(report).toMatchObject({ neo4j: { running: false, local: true }, graph: null });
    if (!db.config.neo4j.local) return;
    const result = await runCli(['status'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/neo4j\s+stopped \(start it: policy-kg neo4j start\), local bolt:\/\/127\.0\.0\.1:7819/);
  });
});

describe('progress of a long ingest', () => {
  it('gives the rate and the time left at the rate so far', () => {
    expect(progressLabel({ done: 120, total: 1000, elapsedMs: 15_000, chars: 630_000 })).toBe('120/1,000 files · 8.0 files/s · 42 k chars/s · ~1 min 50 s left');
    expect(progressLabel({ done: 1000, total: 1000, elapsedMs: 100_000, chars: 1_820_000 })).toBe('1,000/1,000 files · 10 files/s · 18 k chars/s');
    expect(progressLabel({ done: 0, total: 5, elapsedMs: 0, chars: 0 })).toBe('0/5 files');
    expect(formatDuration(3725)).toBe('1 h 02 min');
  });
});
