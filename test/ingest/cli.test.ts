import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../ingest/model.js';
import { documentIdFor } from '../../ingest/pipeline.js';
import { deleteDocument } from '../../src/db/write/graphWriter.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/db.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

const dir = tempDir('policy-kg-cli-');
const suffix = runSuffix();
const db = openTestDatabase();

afterAll(async () => {
  await deleteDocument(db.executor, documentIdFor(`good-${suffix}.txt`));
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('policy-kg extract and ingest', () => {
  it('prints an extraction that satisfies the zod contract with --json', async () => {
    const result = await runCli(['extract', 'test/fixtures/synthetic/xinghe-2031-plan.txt', '--json']);
    expect(result.code).toBe(0);
    const extraction = ExtractionSchema.parse(JSON.parse(result.stdout));
    expect(extraction.document.issuer).toBe('星河市教育局');
    expect(extraction.entities.map((e) => e.name)).toContain('云栖湖实验学校');
    expect(extraction.targets.find((t) => t.unit === '%')).toMatchObject({ value: 60, comparator: 'GTE', year: 2031, status: 'PLANNED' });
  });

  it('names the file and the reason when extract is given bad input', async () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const result = await runCli(['extract', empty, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${empty}: file is empty`);
  });

  it('ingests a folder, prints a summary table, reports the bad file and exits 1', async () => {
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    fs.copyFileSync('test/fixtures/synthetic/xinghe-2032-plan.txt', path.join(folder, `good-${suffix}.txt`));
    fs.writeFileSync(path.join(folder, `english-${suffix}.txt`), 'No Chinese here.');
    const result = await runCli(['ingest', folder]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/documents\s+1 ok \(1 new, 0 replaced, 0 unchanged, 0 duplicate\), 1 failed/);
    expect(result.stdout).toMatch(new RegExp(`good-${suffix}\\.txt\\s+doc:good-${suffix}\\.txt\\s+new`));
    expect(result.stdout).toMatch(/institutions\s+\d+/);
    expect(result.stdout).toMatch(/chars\/s/);
    expect(result.stderr).toMatch(new RegExp(`english-${suffix}\\.txt: .*Chinese`));
  });
});

describe('policy-kg help and arguments', () => {
  it('prints a command\'s usage for --help or -h instead of running it', async () => {
    const serve = await runCli(['serve', '--help']);
    expect(serve.code).toBe(0);
    expect(serve.stdout).toContain('policy-kg serve');
    expect(serve.stdout).not.toContain('policy-kg ingest');
    const ingest = await runCli(['ingest', '-h']);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain('policy-kg ingest PATH...');
  });

  it('refuses arguments a command would ignore, naming them', async () => {
    const result = await runCli(['serve', '--port', '5000']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy-kg serve: takes no arguments, got "--port 5000"');
    expect(result.stderr).toContain('PORT');
  });
});
