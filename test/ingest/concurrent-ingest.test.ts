/**
 * Two `policy-kg ingest` processes on the same folder at the same time end with the graph one process makes: every
 * file stored once (new in one run, unchanged in the other), no node twice, the same statements, mentions, targets and
 * evidence links as a single run of the same folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { projectRoot } from '../../src/project-root.js';
import { runCli } from '../helpers/cli.js';
import { openTestDatabase } from '../helpers/db.js';
import { removeDocuments } from '../helpers/ingest.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

const db = openTestDatabase();
const root = projectRoot();
const dir = tempDir('policy-kg-concurrent-');
const suffix = runSuffix();
const files: string[] = [];
const copies: string[] = [];

/** What the graph holds for the folder's documents, in a form two runs can be compared by. */
async function snapshot(): Promise<Record<string, unknown>> {
  const [row] = await db.executor.read<Record<string, unknown>>({
    cypher: `MATCH (d:Document) WHERE d.source STARTS WITH $dir
WITH collect(d) AS docs
CALL (docs) { UNWIND docs AS d RETURN collect(d.id + ' ' + d.sha256 + ' ' + d.source) AS documents }
CALL (docs) {
  UNWIND docs AS d MATCH (s:Statement {documentId: d.id})
  OPTIONAL MATCH (s)-[m:MENTIONS]->(e)
  RETURN collect(s.id + ' ' + s.text) AS statements, collect(s.id + ' ' + e.id + ' ' + m.start) AS mentions
}
CALL (docs) { UNWIND docs AS d MATCH (s:Statement {documentId: d.id})-[:STATES]->(t:Target) RETURN collect(t.id + ' ' + t.value) AS targets }
CALL (docs) { UNWIND docs AS d MATCH (s:Statement {documentId: d.id})-[r:SUPPORTS]->() RETURN collect(s.id + ' ' + r.edge) AS supports }
RETURN documents, statements, mentions, targets, supports`,
    params: { dir },
  });
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [...(v as string[])].sort()]));
}

/** Nodes that share an id with another node of their label (the uniqueness constraints forbid it; this checks it). */
async function duplicateNodes(): Promise<number> {
  const [row] = await db.executor.read<{ duplicates: number }>({
    cypher: `UNWIND ['Document', 'Statement', 'Section', 'Target', 'Program', 'Institution', 'Region'] AS label
CALL (label) { MATCH (n) WHERE label IN labels(n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicates }
RETURN sum(duplicates) AS duplicates`,
  });
  return row.duplicates;
}

/** The per-file lines of a run (`new FILE`, `duplicate of X FILE`, …) as file → result. */
function results(stdout: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...files, ...copies]) {
    const line = stdout.split('\n').find((l) => l.endsWith(` ${file}`) && !l.startsWith('progress'));
    if (line) found.set(file, line.slice(0, -file.length - 1));
  }
  return found;
}

beforeAll(async () => {
  await migrate(db.executor, root);
  // Ten corpus excerpts in four folders under the same names: 40 files, several batches a run, names that collide.
  const corpus = path.join(root, 'test/fixtures/corpus');
  for (const folder of ['a', 'b', 'c', 'd']) {
    fs.mkdirSync(path.join(dir, folder));
    for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      const file = path.join(dir, folder, name);
      fs.writeFileSync(file, `${fs.readFileSync(path.join(corpus, name), 'utf8').trimEnd()}\n(${folder}-${suffix})\n`);
      files.push(file);
    }
  }
  // And copies of a/ under other names: duplicates, stored no second time whichever run meets them.
  fs.mkdirSync(path.join(dir, 'e'));
  for (const file of files.filter((f) => path.basename(path.dirname(f)) === 'a')) {
    const copy = path.join(dir, 'e', `copy-${path.basename(file)}`);
    fs.copyFileSync(file, copy);
    copies.push(copy);
  }
});

afterAll(async () => {
  await removeDocuments(db.executor, files);
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('two ingest processes on one folder', () => {
  it('end with the graph one process makes, every file stored once', async () => {
    const [first, second] = await Promise.all([runCli(['ingest', dir], {}, 600_000), runCli(['ingest', dir], {}, 600_000)]);
    expect([first.code, second.code], `${first.stderr}\n${second.stderr}`).toEqual([0, 0]);
    const a = results(first.stdout);
    const b = results(second.stdout);
    for (const file of files) {
      expect([a.get(file), b.get(file)].sort(), file).toEqual(['new', 'unchanged']);
    }
    for (const copy of copies) {
      const original = path.join(dir, 'a', path.basename(copy).slice('copy-'.length));
      expect([a.get(copy), b.get(copy)], copy).toEqual([`duplicate of ${original}`, `duplicate of ${original}`]);
    }
    expect(await duplicateNodes()).toBe(0);
    const together = await snapshot();
    expect((together.documents as string[]).length).toBe(files.length);

    await removeDocuments(db.executor, files);
    const alone = await runCli(['ingest', dir], {}, 600_000);
    expect(alone.code, alone.stderr).toBe(0);
    expect(await snapshot()).toEqual(together);
  }, 900_000);
});
