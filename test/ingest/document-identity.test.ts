/**
 * Document identity against the real Neo4j: two different files never share a document, an edited file replaces its
 * own document, an identical file under another name is a duplicate, and a store written under the old `doc:<base
 * name>` ids keeps its documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, type FileOutcome } from '../../ingest/ingestFiles.js';
import { extractFile } from '../../ingest/pipeline.js';
import { withDocumentId } from '../../ingest/renameDocument.js';
import { migrate } from '../../src/db/migrate.js';
import { deleteDocument, GraphWriter, writeExtraction } from '../../src/db/write/graphWriter.js';
import { projectRoot } from '../../src/project-root.js';
import { openTestDatabase } from '../helpers/db.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

const db = openTestDatabase();
const root = projectRoot();
const dir = tempDir('policy-kg-identity-');
const suffix = runSuffix();
const maxBytes = 5 * 1024 * 1024;
const fixture = (name: string): string => fs.readFileSync(path.join(root, 'test/fixtures/synthetic', name), 'utf8');
// Note: the run suffix in the text keeps these files' content hashes apart from every other test's copies.
const plan2031 = `${fixture('xinghe-2031-plan.txt')}\n${suffix}\n`;
const plan2032 = `${fixture('xinghe-2032-plan.txt')}\n${suffix}\n`;
const ids = new Set<string>();

function write(relative: string, text: string): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

async function ingest(...paths: string[]): Promise<Map<string, FileOutcome>> {
  const outcomes = await ingestPaths(new GraphWriter(db.executor), paths, { maxBytes, workers: 0 });
  for (const o of outcomes) if (o.ok) ids.add(o.id);
  return new Map(outcomes.map((o) => [path.relative(dir, o.file), o]));
}

async function stored(id: string): Promise<{ source: string; sha256: string; statements: number } | undefined> {
  const [row] = await db.executor.read<{ source: string; sha256: string; statements: number }>({
    cypher: 'MATCH (d:Document {id: $id}) RETURN d.source AS source, d.sha256 AS sha256, COUNT { (:Statement {documentId: $id}) } AS statements',
    params: { id },
  });
  return row;
}

async function statementsOf(file: string): Promise<number> {
  const extracted = await extractFile(file, { maxBytes });
  if (!extracted.ok) throw extracted.error;
  return extracted.extraction.statements.length;
}

beforeAll(async () => {
  await migrate(db.executor, root);
});

afterAll(async () => {
  for (const id of ids) await deleteDocument(db.executor, id);
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('document identity', () => {
  const corpus = (): string => path.join(dir, 'corpus');

  it('stores same-named files of different folders as two documents, each with all its statements', async () => {
    write('corpus/a/plan.txt', plan2031);
    write('corpus/b/plan.txt', plan2032);
    const outcomes = await ingest(corpus());
    expect(outcomes.get('corpus/a/plan.txt')).toMatchObject({ ok: true, outcome: 'created', id: 'doc:a/plan.txt' });
    expect(outcomes.get('corpus/b/plan.txt')).toMatchObject({ ok: true, outcome: 'created', id: 'doc:b/plan.txt' });
    for (const name of ['a', 'b']) expect((await stored(`doc:${name}/plan.txt`))?.statements).toBe(await statementsOf(path.join(corpus(), name, 'plan.txt')));
    expect((await stored('doc:a/plan.txt'))?.source).toBe(path.join(corpus(), 'a/plan.txt'));
  });

  it('reports an identical file under another name as a duplicate and stores it no second time', async () => {
    write('corpus/c/copy of plan.txt', plan2031);
    const outcomes = await ingest(corpus());
    expect(outcomes.get('corpus/a/plan.txt')).toMatchObject({ outcome: 'unchanged', id: 'doc:a/plan.txt' });
    expect(outcomes.get('corpus/c/copy of plan.txt')).toMatchObject({
      ok: true,
      outcome: 'duplicate',
      id: 'doc:a/plan.txt',
      duplicateOf: path.join(corpus(), 'a/plan.txt'),
    });
    expect(await stored('doc:c/copy of plan.txt')).toBeUndefined();
  });

  it('replaces an edited file under its own id and leaves the other plan.txt alone', async () => {
    const before = await stored('doc:a/plan.txt');
    write('corpus/b/plan.txt', plan2032.replace('2032', '2033'));
    const outcomes = await ingest(corpus());
    expect(outcomes.get('corpus/b/plan.txt')).toMatchObject({ outcome: 'replaced', id: 'doc:b/plan.txt' });
    expect(await stored('doc:a/plan.txt')).toEqual(before);
  });

  it('keeps the ids when the corpus is ingested from its parent folder or file by file', async () => {
    const outcomes = await ingest(dir);
    expect(outcomes.get('corpus/a/plan.txt')).toMatchObject({ outcome: 'unchanged', id: 'doc:a/plan.txt' });
    const one = await ingest(path.join(corpus(), 'b/plan.txt'));
    expect(one.get('corpus/b/plan.txt')).toMatchObject({ outcome: 'unchanged', id: 'doc:b/plan.txt' });
  });

  it('follows a moved corpus folder: its documents stay, under their ids, and point at the new place', async () => {
    const moved = path.join(dir, 'moved');
    fs.renameSync(corpus(), moved);
    const outcomes = await ingest(moved);
    expect(outcomes.get('moved/a/plan.txt')).toMatchObject({ outcome: 'unchanged', id: 'doc:a/plan.txt', movedFrom: path.join(corpus(), 'a/plan.txt') });
    expect((await stored('doc:a/plan.txt'))?.source).toBe(path.join(moved, 'a/plan.txt'));
    fs.renameSync(moved, corpus());
  });

  it('keeps a document stored under the old `doc:<base name>` id, and gives a same-named file its own', async () => {
    const legacyFile = write(`legacy/notice-${suffix}.txt`, plan2031.replace('2031', '2030'));
    const extracted = await extractFile(legacyFile, { maxBytes });
    if (!extracted.ok) throw extracted.error;
    // What the old scheme stored: the base name as id, the path as typed (relative to the working folder) as source.
    const legacyId = `doc:notice-${suffix}`;
    const old = withDocumentId({ ...extracted.extraction, document: { ...extracted.extraction.document, source: path.relative('.', legacyFile) } }, legacyId);
    ids.add(legacyId);
    expect(await writeExtraction(db.executor, old)).toBe('created');

    write(`other/notice-${suffix}.txt`, plan2032.replace('2032', '2034'));
    const outcomes = await ingest(path.join(dir, 'legacy'), path.join(dir, 'other'));
    expect(outcomes.get(`legacy/notice-${suffix}.txt`)).toMatchObject({ outcome: 'unchanged', id: legacyId });
    expect((await stored(legacyId))?.source).toBe(legacyFile);
    const other = outcomes.get(`other/notice-${suffix}.txt`);
    expect(other).toMatchObject({ ok: true, outcome: 'created', id: `doc:other/notice-${suffix}.txt` });
    expect((await stored(legacyId))?.statements).toBe(extracted.extraction.statements.length);
  });
});
