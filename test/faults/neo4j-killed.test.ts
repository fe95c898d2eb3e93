/**
 * Neo4j killed (SIGKILL) in the middle of `policy-kg ingest` of 200 files: the run names every file it did not store
 * and why, no stored document lacks a statement, and the same command after `neo4j start` completes the set.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../ingest/pipeline.js';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { localNeo4jStatus } from '../../src/local-neo4j/index.js';
import { projectRoot } from '../../src/project-root.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

// A Neo4j of this file's own (killing the shared test database would fail other work), two ports above it.
const port = String(loadConfig().localNeo4j.port + 2);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-kill-'));
const env = { NEO4J_URI: undefined, NEO4J_LOCAL_PORT: port, POLICY_KG_DATA_DIR: dataDir };
const config = loadConfig({ NEO4J_LOCAL_PORT: port, POLICY_KG_DATA_DIR: dataDir });
const root = projectRoot();
const dir = tempDir('policy-kg-kill-corpus-');
const files: string[] = [];
const FILES = 200;
/** How many files the run has stored when Neo4j is killed. */
const KILL_AFTER = 30;

const require = createRequire(import.meta.url);
const tsxCli = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');

/** Runs `policy-kg ingest dir` and calls `onLine` with each line it prints, as it prints it. */
function ingestWatching(onLine: (line: string) => void): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, path.join(root, 'src/cli/main.ts'), 'ingest', dir], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every stored document of the corpus with its statement count. */
async function storedStatements(): Promise<Map<string, number>> {
  const driver = createDriver(config);
  try {
    const rows = await new Executor(driver, config).read<{ source: string; statements: number }>({
      cypher: 'MATCH (d:Document) RETURN d.source AS source, COUNT { (:Statement {documentId: d.id}) } AS statements',
    });
    return new Map(rows.map((r) => [r.source, r.statements]));
  } finally {
    await driver.close();
  }
}

/** The number of statements each file's extraction has. */
const expected = new Map<string, number>();

beforeAll(async () => {
  const corpus = path.join(root, 'test/fixtures/corpus');
  const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const suffix = runSuffix();
  for (let i = 0; i < FILES; i++) {
    const folder = path.join(dir, `part-${Math.floor(i / 50)}`);
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${String(i).padStart(3, '0')}-${texts[i % texts.length]}`);
    fs.writeFileSync(file, `${fs.readFileSync(path.join(corpus, texts[i % texts.length]), 'utf8').trimEnd()}\n(${i}-${suffix})\n`);
    files.push(file);
  }
  for (const file of files) {
    const result = await extractFile(file, { maxBytes: 5e6 });
    if (!result.ok) throw result.error;
    expected.set(file, result.extraction.statements.length);
  }
  const started = await runCli(['neo4j', 'start'], env, 300_000);
  if (started.code !== 0) throw new Error(`neo4j start: ${started.stdout}${started.stderr}`);
}, 600_000);

afterAll(async () => {
  await runCli(['neo4j', 'stop'], env);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Neo4j killed during an ingest of 200 files', () => {
  it('reports the files not stored, leaves no document partial, and a second run completes the set', async () => {
    let stored = 0;
    let killed = false;
    const run = await ingestWatching((line) => {
      if (line.startsWith('new ')) stored++;
      if (stored >= KILL_AFTER && !killed) {
        killed = true;
        const pid = localNeo4jStatus(config.localNeo4j).pid;
        if (pid) process.kill(pid, 'SIGKILL');
      }
    });
    expect(killed, run.stdout).toBe(true);
    expect(run.code).toBe(1);
    // Every file is accounted for: stored, or named on stderr with the reason.
    const failed = files.filter((f) => run.stderr.includes(`error: ${f}: `));
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(run.stderr).toMatch(new RegExp(`error: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*(not reachable|not written|not ingested)`));
    expect(run.stdout).toMatch(new RegExp(`documents\\s+${FILES - failed.length} ok .* ${failed.length} failed`));

    const restarted = await runCli(['neo4j', 'start'], env, 300_000);
    expect(restarted.code, restarted.stdout + restarted.stderr).toBe(0);
    const afterKill = await storedStatements();
    // Every file the run called stored is, and every stored document has all its statements. (A batch whose commit
    // reached Neo4j just before the kill, but whose answer did not reach the run, is stored though reported failed.)
    for (const f of files.filter((file) => !failed.includes(file))) expect(afterKill.has(f), f).toBe(true);
    for (const [source, statements] of afterKill) expect(statements, source).toBe(expected.get(source));
    expect(afterKill.size).toBeLessThan(FILES);

    const again = await runCli(['ingest', dir], env, 600_000);
    expect(again.code, again.stderr).toBe(0);
    const rest = FILES - afterKill.size;
    expect(again.stdout).toMatch(new RegExp(`documents\\s+${FILES} ok \\(${rest} new, 0 replaced, ${afterKill.size} unchanged, 0 duplicate\\), 0 failed`));
    const complete = await storedStatements();
    expect(complete.size).toBe(FILES);
    for (const file of files) expect(complete.get(file), file).toBe(expected.get(file));
    console.log(`killed after ${stored} files stored; ${failed.length} of ${FILES} reported failed, ${FILES - afterKill.size} not stored; the second run stored them`);
  }, 900_000);
});
