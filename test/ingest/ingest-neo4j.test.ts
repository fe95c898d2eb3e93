import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { ingestPaths } from '../../ingest/ingestFiles.js';
import { documentIdFor, extractFile } from '../../ingest/pipeline.js';
import { deleteDocument, GraphWriter, writeExtraction } from '../../src/db/write/graphWriter.js';
import { projectRoot } from '../../src/project-root.js';
import { openTestDatabase } from '../helpers/db.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

const db = openTestDatabase();
const root = projectRoot();
const dir = tempDir('policy-kg-ingest-');
const suffix = runSuffix();
const written: string[] = [];
const maxBytes = 5 * 1024 * 1024;

/** Copies a fixture into the temp folder under a unique name and returns the new path. */
function copy(from: string, name: string, transform: (text: string) => string = (t) => t): string {
  const target = path.join(dir, `${name}-${suffix}.txt`);
  fs.writeFileSync(target, transform(fs.readFileSync(path.join(root, from), 'utf8')));
  written.push(documentIdFor(target));
  return target;
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.executor.read<{ nodes: number; relationships: number }>({
    cypher: 'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  });
  return row;
}

async function ingestOne(file: string): Promise<string> {
  const result = await extractFile(file, { maxBytes });
  if (!result.ok) throw result.error;
  return writeExtraction(db.executor, result.extraction);
}

beforeAll(async () => {
  await migrate(db.executor, root);
});

afterAll(async () => {
  for (const id of written) await deleteDocument(db.executor, id);
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('ingest into the real Neo4j', () => {
  it('writes the sample with its sections, statements, entities, targets and evidence-carrying edges', async () => {
    const file = copy('seeds/guangzhou-education-2019-summary-2020-plan.txt', 'sample');
    expect(await ingestOne(file)).toBe('created');
    const id = documentIdFor(file);
    const [doc] = await db.executor.read<{ title: string; issuer: string; statements: number; targets: number; sections: number }>({
      cypher: `MATCH (d:Document {id: $id})
        RETURN d.title AS title, d.issuer AS issuer,
          COUNT { (:Statement {documentId: $id}) } AS statements,
          COUNT { (:Target {documentId: $id}) } AS targets,
          COUNT { (d)-[:HAS_SECTION*]->(:Section) } AS sections`,
      params: { id },
    });
    expect(doc.issuer).toBe('广州市教育局');
    expect(doc.statements).toBeGreaterThan(300);
    expect(doc.targets).toBeGreaterThan(150);
    expect(doc.sections).toBeGreaterThan(20);

    const partners = await db.executor.read<{ name: string; evidence: string[] }>({
      cypher: `MATCH (i:Institution)-[r:PARTNERS_WITH]->(:Region {id: 'region:HK'})
        WHERE any(e IN r.evidence WHERE e STARTS WITH $prefix) RETURN i.name AS name, r.evidence AS evidence`,
      params: { prefix: `${id}/` },
    });
    expect(partners.length).toBeGreaterThan(0);
    const [evidence] = await db.executor.read<{ text: string }>({
      cypher: 'MATCH (s:Statement {id: $sid}) RETURN s.text AS text',
      params: { sid: partners[0].evidence[0] },
    });
    expect(evidence.text).toMatch(/香港|港澳/);

    const [located] = await db.executor.read<{ region: string }>({
      cypher: "MATCH (:Institution {name: '南沙区特殊教育学校'})-[:LOCATED_IN]->(r:Region) RETURN r.name AS region",
    });
    expect(located.region).toBe('南沙区');
    const chain = await db.executor.read<{ names: string[] }>({
      cypher: "MATCH p = (:Region {name: '南沙区'})-[:PART_OF*]->(:Region {id: 'region:CN'}) RETURN [n IN nodes(p) | n.name] AS names",
    });
    expect(chain[0].names).toEqual(['南沙区', '广州市', '广东省', '中国']);
  });

  it('changes nothing when an unchanged file is ingested again', async () => {
    const file = copy('seeds/guangzhou-education-2019-summary-2020-plan.txt', 'again');
    expect(await ingestOne(file)).toBe('created');
    const before = await counts();
    expect(await ingestOne(file)).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('replaces the statements of an edited document and drops entities no longer mentioned anywhere', async () => {
    const file = copy('test/fixtures/synthetic/xinghe-2031-plan.txt', 'edited');
    const id = documentIdFor(file);
    await ingestOne(file);
    const named = async (name: string): Promise<number> =>
      (await db.executor.read<{ c: number }>({ cypher: 'MATCH (n {name: $name}) WHERE n:Program OR n:Institution RETURN count(n) AS c', params: { name } }))[0].c;
    expect(await named('晨曦阅读计划')).toBe(1);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('(二)实施“晨曦阅读计划”,', '(二)'));
    expect(await ingestOne(file)).toBe('replaced');
    expect(await named('晨曦阅读计划')).toBe(0);
    expect(await named('云栖湖实验学校')).toBe(1);
    const texts = await db.executor.read<{ text: string }>({ cypher: 'MATCH (s:Statement {documentId: $id}) RETURN s.text AS text', params: { id } });
    expect(texts.some((t) => t.text.includes('晨曦'))).toBe(false);
    expect(texts.some((t) => t.text.includes('新增公办学位3000个'))).toBe(true);
  });

  it('merges an institution shared by two documents into one node mentioned from both', async () => {
    const a = copy('test/fixtures/synthetic/xinghe-2031-plan.txt', 'shared-a');
    const b = copy('test/fixtures/synthetic/xinghe-2032-plan.txt', 'shared-b');
    await ingestOne(a);
    await ingestOne(b);
    const rows = await db.executor.read<{ nodes: number; documents: string[] }>({
      cypher: `MATCH (i:Institution {name: '云栖湖实验学校'})
        OPTIONAL MATCH (i)<-[:MENTIONS]-(s:Statement) WHERE s.documentId IN $ids
        RETURN count(DISTINCT i) AS nodes, collect(DISTINCT s.documentId) AS documents`,
      params: { ids: [documentIdFor(a), documentIdFor(b)] },
    });
    expect(rows[0].nodes).toBe(1);
    expect(rows[0].documents.sort()).toEqual([documentIdFor(a), documentIdFor(b)].sort());
  });

  it('ingests a GBK-encoded file with the same statements as its UTF-8 original', async () => {
    const utf8 = copy('test/fixtures/synthetic/xinghe-2032-plan.txt', 'utf8-twin');
    const gbk = path.join(dir, `gbk-twin-${suffix}.txt`);
    fs.writeFileSync(gbk, iconv.encode(fs.readFileSync(utf8, 'utf8'), 'gbk'));
    written.push(documentIdFor(gbk));
    const [u, g] = await Promise.all([extractFile(utf8, { maxBytes }), extractFile(gbk, { maxBytes })]);
    if (!u.ok || !g.ok) throw new Error('both files should decode');
    expect(g.extraction.statements.map((s) => s.text)).toEqual(u.extraction.statements.map((s) => s.text));
    expect(await writeExtraction(db.executor, g.extraction)).toBe('created');
  });

  it('ingests the good files of a folder and reports each bad file by name, writing nothing of it', async () => {
    const folder = path.join(dir, `folder-${suffix}`);
    fs.mkdirSync(folder);
    // Note: a trailing line break sets it apart from the copy an earlier test stored (which would make it a duplicate).
    fs.writeFileSync(path.join(folder, `good-${suffix}.txt`), `${fs.readFileSync(path.join(root, 'test/fixtures/synthetic/xinghe-2031-plan.txt'), 'utf8')}\n`);
    fs.writeFileSync(path.join(folder, `empty-${suffix}.txt`), '');
    fs.writeFileSync(path.join(folder, `binary-${suffix}.txt`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    fs.writeFileSync(path.join(folder, `english-${suffix}.txt`), 'An English memo with no Chinese text at all.');
    written.push(documentIdFor(`good-${suffix}.txt`));

    const outcomes = await ingestPaths(new GraphWriter(db.executor), [folder], { maxBytes });
    const byName = new Map(outcomes.map((o) => [path.basename(o.file), o]));
    expect(byName.get(`good-${suffix}.txt`)).toMatchObject({ ok: true, outcome: 'created' });
    for (const bad of [`empty-${suffix}.txt`, `binary-${suffix}.txt`, `english-${suffix}.txt`]) {
      const outcome = byName.get(bad);
      expect(outcome?.ok).toBe(false);
      if (outcome && !outcome.ok) expect(outcome.error).toContain(bad);
      const [row] = await db.executor.read<{ c: number }>({
        cypher: 'MATCH (d:Document {id: $id}) RETURN count(d) AS c',
        params: { id: documentIdFor(bad) },
      });
      expect(row.c).toBe(0);
    }
  });

  it('writes nothing of a document whose transaction fails half-way', async () => {
    const file = copy('test/fixtures/synthetic/xinghe-2032-plan.txt', 'broken');
    const result = await extractFile(file, { maxBytes });
    if (!result.ok) throw result.error;
    // A map is not a storable property value, so the statements query fails after the document node was created.
    const broken = { ...result.extraction, statements: result.extraction.statements.map((s) => ({ ...s, text: { not: 'storable' } as unknown as string })) };
    await expect(writeExtraction(db.executor, broken)).rejects.toThrow();
    const [row] = await db.executor.read<{ documents: number; sections: number }>({
      cypher: 'RETURN COUNT { (:Document {id: $id}) } AS documents, COUNT { (:Section {documentId: $id}) } AS sections',
      params: { id: documentIdFor(file) },
    });
    expect(row).toEqual({ documents: 0, sections: 0 });
  });
});
