/**
 * Ingest fuzz: 520 generated hostile files plus a 5 MB single line, ingested through the public entry point and the
 * CLI. Each file is either ingested whole or refused with "FILE: reason"; nothing crashes; nothing partial is stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { projectRoot } from '../../src/project-root.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/db.js';
import { ingestForTest, removeDocuments, storedDocument, type FileOutcome } from '../helpers/ingest.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';
import { HOSTILE_KINDS, writeHostileFiles, type HostileFile } from './hostile-files.js';

const COUNT = 520;
const SEED = 20261201;
const db = openTestDatabase();
const dir = tempDir('policy-kg-fuzz-');
const cliDir = tempDir('policy-kg-fuzz-cli-');
let files: HostileFile[] = [];
let cliFiles: HostileFile[] = [];
const outcomes = new Map<string, FileOutcome>();

/**
 * Internal text that must never reach a user: stack frames, JavaScript error names, Cypher, and the writer's guard against
 * an extraction the graph model cannot hold (a relation ending at no entity), which is a programming error, and Neo4j's
 * own words for a transaction refused for memory (said in ours, with the limit and what to change).
 */
const INTERNAL = /\n\s+at |TypeError|RangeError|ReferenceError|SyntaxError|Neo4jError|MATCH \(|MERGE \(|UNWIND |the graph model has no |threshold reached/;

beforeAll(async () => {
  await migrate(db.executor, projectRoot());
  files = writeHostileFiles(dir, COUNT, SEED, runSuffix());
  cliFiles = writeHostileFiles(cliDir, HOSTILE_KINDS.length * 2, SEED + 1, runSuffix()).filter((f) => f.kind !== '5 MB single line');
  for (const f of fs.readdirSync(cliDir)) if (!cliFiles.some((c) => path.basename(c.file) === f)) fs.rmSync(path.join(cliDir, f));
});

afterAll(async () => {
  await removeDocuments(db.executor, [...files, ...cliFiles].map((f) => f.file));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cliDir, { recursive: true, force: true });
  await db.close();
});

/**
 * A write that ran past NEO4J_QUERY_TIMEOUT_MS on a busy machine (or was terminated for it): reported, nothing stored,
 * but not a refusal of the input. The "nothing partial" check below still covers these files.
 */
const WRITE_TIMEOUT = /: (?:The query ran past its time limit|The transaction has been terminated)/;

function refusedKinds(): Map<string, { ingested: number; refused: number; timedOut: number }> {
  const byKind = new Map<string, { ingested: number; refused: number; timedOut: number }>();
  for (const { kind, file } of files) {
    const entry = byKind.get(kind) ?? { ingested: 0, refused: 0, timedOut: 0 };
    const outcome = outcomes.get(file);
    if (outcome?.ok) entry.ingested++;
    else if (outcome && WRITE_TIMEOUT.test(outcome.error)) entry.timedOut++;
    else entry.refused++;
    byKind.set(kind, entry);
  }
  return byKind;
}

describe('ingest of hostile files', () => {
  it('ingests or refuses each of 521 files with "FILE: reason", in one run that does not crash', async () => {
    expect(files.length).toBeGreaterThanOrEqual(500);
    const results = await ingestForTest(db.executor, [dir], 5 * 1024 * 1024);
    for (const outcome of results) outcomes.set(outcome.file, outcome);
    expect(results).toHaveLength(files.length);
    for (const { kind, file } of files) {
      const outcome = outcomes.get(file);
      expect(outcome, `${kind}: ${file} has no outcome`).toBeDefined();
      if (outcome && !outcome.ok) {
        expect(outcome.error.startsWith(`${file}: `), `${kind}: ${outcome.error}`).toBe(true);
        expect(outcome.error.length, outcome.error).toBeGreaterThan(file.length + 10);
        expect(outcome.error, `${kind}: internal text in the reason`).not.toMatch(INTERNAL);
      }
    }
    const table = [...refusedKinds()].map(
      ([kind, n]) => `${kind.padEnd(44)} ${String(n.ingested).padStart(3)} ingested ${String(n.refused).padStart(3)} refused${n.timedOut ? ` ${n.timedOut} write timed out` : ''}`,
    );
    const reasons = new Map<string, number>();
    for (const o of results) {
      if (o.ok) continue;
      const reason = o.error.slice(o.file.length + 2).replace(/[\d,]+/g, 'N');
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    console.log(`ingest fuzz, ${files.length} files:\n${table.join('\n')}\nreasons:\n${[...reasons].map(([r, n]) => `${String(n).padStart(4)} ${r.slice(0, 200)}`).join('\n')}`);
  }, 900_000);

  it('refuses what is not text, and ingests text that merely carries odd characters', () => {
    const byKind = refusedKinds();
    for (const kind of ['a zip named .txt', 'a png named .txt', 'a pdf named .txt', 'nul bytes', 'utf-16 without bom', 'utf-32', 'only whitespace and separators', 'only punctuation', '5 MB single line']) {
      expect(byKind.get(kind), kind).toMatchObject({ ingested: 0 });
    }
    const big = files.find((f) => f.kind === '5 MB single line');
    expect(big && outcomes.get(big.file)).toMatchObject({ ok: false, error: expect.stringMatching(/has a line of [\d,]+ characters, over the 100,000/) });
    // A page nested deeper than the reader takes apart is refused saying so; a shallower one is read.
    for (const { kind, file } of files.filter((f) => f.kind === 'deeply nested html' || f.kind === 'unclosed html')) {
      const outcome = outcomes.get(file);
      if (outcome && !outcome.ok && !WRITE_TIMEOUT.test(outcome.error)) expect(outcome.error, kind).toMatch(/HTML elements are nested [\d,]+ deep, over the 1,000|no text content|no Chinese/);
    }
    for (const kind of ['zero-width characters', 'private-use characters', 'combining marks and emoji', 'odd separators and bidi overrides', 'a few control characters', 'html with hostile attributes and entities', 'plain but oddly named', 'huge numbers']) {
      expect(byKind.get(kind), kind).toMatchObject({ refused: 0 });
    }
  });

  it('stores every ingested file whole and nothing of a refused one', async () => {
    let whole = 0;
    for (const { kind, file } of files) {
      const outcome = outcomes.get(file);
      // Note: a file byte for byte the same as one stored before is a duplicate of it, stored once, as that one (the
      // other file's check covers its statements; an .HTML twin of a .txt may read differently).
      const duplicate = outcome?.ok && outcome.outcome === 'duplicate' ? outcome.duplicateOf : null;
      const stored = await storedDocument(db.executor, duplicate ?? file);
      if (outcome?.ok) {
        expect(stored, `${kind}: ${duplicate ?? file} was reported ingested but is not stored`).not.toBeNull();
        if (!duplicate) expect(stored?.statements, `${kind}: ${file}`).toBe(outcome.counts.statements);
        whole++;
      } else {
        expect(stored, `${kind}: ${file} was refused but something is stored`).toBeNull();
      }
    }
    expect(whole).toBeGreaterThan(100);
  }, 300_000);

  it('the CLI names each refused file with its reason, prints its summary and exits 1', async () => {
    const result = await runCli(['ingest', cliDir], {}, 600_000);
    expect(result.code, result.stderr.slice(-2000)).toBe(1);
    expect(result.stdout).toMatch(/documents\s+\S*\s*\d+ ok \(.*\), \d+ failed/);
    expect(result.stderr).not.toMatch(INTERNAL);
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors.length).toBeGreaterThan(10);
    for (const line of errors) {
      const named = cliFiles.find((f) => line.startsWith(`error: ${f.file}: `));
      expect(named, `unnamed error line: ${line}`).toBeDefined();
    }
    // Every file is accounted for: reported ingested on stdout, or refused on stderr.
    for (const { file } of cliFiles) {
      const refused = errors.some((l) => l.startsWith(`error: ${file}: `));
      expect(refused || result.stdout.includes(file), file).toBe(true);
    }
  }, 600_000);
});
