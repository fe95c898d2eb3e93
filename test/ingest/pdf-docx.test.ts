import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingestFiles.js';
import { documentIdFor, extractFile } from '../../ingest/pipeline.js';
import { readSource, type SourceText } from '../../ingest/read/index.js';
import { GraphWriter, deleteDocument } from '../../src/db/write/graphWriter.js';
import { migrate } from '../../src/db/migrate.js';
import { openTestDatabase } from '../helpers/db.js';
import { seedingExecutor } from '../helpers/seed.js';
import { makeDocx, makeEncryptedOfficeFile, makePdf, makeScannedPdf, makeWord97File, type Block } from '../helpers/documents.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

const dir = tempDir('policy-kg-formats-');
const suffix = runSuffix();
const LIMIT = { maxBytes: 5 * 1024 * 1024 };
const PARAGRAPH =
  '坚持立德树人根本任务,深化粤港澳大湾区教育合作,支持香港科技大学(广州)与南沙区共建联合实验室,推动南沙区中小学与香港学校结为姊妹学校,全年新增姊妹学校20对以上,组织两地教师交流研修不少于500人次。';

/** The same plan as a PDF (typed 一、 markers) and as a DOCX (Word heading styles and list numbering). */
function plan(typedMarkers: boolean): Block[] {
  return [
    { kind: 'title', text: '广州市南沙区教育局2031年工作要点' },
    { kind: 'heading', level: 1, text: typedMarkers ? '一、总体要求' : '总体要求' },
    { kind: 'para', text: PARAGRAPH },
    { kind: 'page' },
    { kind: 'heading', level: 1, text: typedMarkers ? '二、主要任务' : '主要任务' },
    { kind: 'item', text: '新增公办幼儿园学位8000个。' },
    { kind: 'item', text: '推进南沙区与香港中文大学合作建设教师发展中心。' },
    { kind: 'table', rows: [['指标', '2030年', '2031年目标'], ['公办幼儿园学位', '5000个', '8000个']] },
  ];
}

async function write(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return file;
}

function ok(result: Awaited<ReturnType<typeof readSource>>): SourceText {
  if (!result.ok) throw result.error;
  return result.value;
}

let pdfFile: string;
let docxFile: string;

beforeAll(async () => {
  pdfFile = await write(`nansha-plan-${suffix}.pdf`, makePdf(plan(true)));
  docxFile = await write(`nansha-plan-${suffix}.docx`, makeDocx(plan(false)));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('PDF input', () => {
  it('reads the text layer as paragraphs: wrapped lines joined, page numbers dropped, table rows kept, page starts recorded', async () => {
    const source = ok(await readSource(pdfFile, LIMIT));
    expect(source.format).toBe('pdf');
    expect(source.encoding).toBeNull();
    const lines = source.text.split('\n');
    expect(lines).toContain(PARAGRAPH);
    expect(lines).toContain('公办幼儿园学位 5000个 8000个');
    expect(lines.some((line) => /^-\s*\d+\s*-$/.test(line))).toBe(false);
    expect(source.pages).toHaveLength(2);
    expect(source.text.slice(source.pages![1])).toMatch(/^二、主要任务/);
  });

  it('keeps the page of every statement, so evidence can say "p. 2"', async () => {
    const result = await extractFile(pdfFile, LIMIT);
    if (!result.ok) throw result.error;
    const { statements, sections, entities, document } = result.extraction;
    expect(document.title).toBe('广州市南沙区教育局2031年工作要点');
    expect(sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['总体要求', '主要任务']));
    const pageOf = (needle: string): number | undefined => statements.find((s) => s.text.includes(needle))?.page;
    expect(pageOf('香港科技大学(广州)')).toBe(1);
    expect(pageOf('新增公办幼儿园学位8000个')).toBe(2);
    expect(statements.every((s) => s.page === 1 || s.page === 2)).toBe(true);
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['香港科技大学(广州)', '南沙区', '香港']));
  });
});

describe('DOCX input', () => {
  it('reads headings, numbered items and table rows one per line, with outline hints for Word headings and numbering', async () => {
    const source = ok(await readSource(docxFile, LIMIT));
    expect(source.format).toBe('docx');
    const lines = source.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['总体要求', PARAGRAPH, '新增公办幼儿园学位8000个。', '指标 2030年 2031年目标', '公办幼儿园学位 5000个 8000个']));
    const hinted = source.outline!.map((h) => [source.text.slice(h.start, source.text.indexOf('\n', h.start)), h.level]);
    expect(hinted).toEqual(
      expect.arrayContaining([
        ['总体要求', 1],
        ['新增公办幼儿园学位8000个。', 2],
      ]),
    );
  });

  it('builds the outline from the hints: list items nest under their heading, which has no 一、 in its text', async () => {
    const result = await extractFile(docxFile, LIMIT);
    if (!result.ok) throw result.error;
    const { sections, statements, entities, document } = result.extraction;
    expect(document.title).toBe('广州市南沙区教育局2031年工作要点');
    const tasks = sections.find((s) => s.heading === '主要任务');
    expect(tasks).toMatchObject({ level: 1 });
    const items = sections.filter((s) => s.parentId === tasks!.id);
    expect(items.map((s) => s.heading)).toEqual(['新增公办幼儿园学位8000个', '推进南沙区与香港中文大学合作建设教师发展中心']);
    expect(statements.every((s) => s.page === undefined)).toBe(true);
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['香港科技大学(广州)', '香港中文大学', '南沙区']));
  });
});

describe('PDF and Word files that cannot be read are refused with the file and the reason', () => {
  const cases: Array<[string, () => Buffer | Promise<Buffer>, string, RegExp]> = [
    ['locked.pdf', () => makePdf(plan(true), { userPassword: 'secret', ownerPassword: 'owner' }), 'ENCRYPTED', /locked\.pdf: PDF is password-protected \(encrypted\)/],
    ['scan.pdf', () => makeScannedPdf(2), 'NO_TEXT_LAYER', /scan\.pdf: PDF has no text layer \(2 pages of images, e\.g\. a scan\); run OCR on it first/],
    ['broken.pdf', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF'), 'CORRUPT', /broken\.pdf: not a readable PDF/],
    ['locked.docx', () => makeEncryptedOfficeFile(), 'ENCRYPTED', /locked\.docx: Word file is password-protected \(encrypted\)/],
    ['old.docx', () => makeWord97File(), 'UNSUPPORTED_TYPE', /old\.docx: is a Word 97–2003 document, not \.docx; save it as \.docx or PDF/],
    ['notes.doc', () => makeWord97File(), 'UNSUPPORTED_TYPE', /notes\.doc: Word 97–2003 \.doc files are not supported; save it as \.docx or PDF/],
    ['text.docx', () => Buffer.from('这不是Word文件'), 'CORRUPT', /text\.docx: not a valid \.docx \(not a ZIP package\)/],
    ['english.pdf', () => makePdf([{ kind: 'para', text: 'An English page only.' }]), 'NO_CHINESE', /english\.pdf: file contains no Chinese text/],
  ];
  for (const [name, make, code, message] of cases) {
    it(`refuses ${name} with ${code}`, async () => {
      const result = await readSource(await write(name, make()), LIMIT);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    });
  }
});

describe('ingesting a folder of PDF, DOCX and bad files into Neo4j', () => {
  const db = openTestDatabase();
  const folder = path.join(dir, 'mixed');
  const ids: string[] = [];

  beforeAll(async () => {
    await migrate(db.executor, db.config.projectRoot);
    fs.mkdirSync(folder);
    for (const file of [pdfFile, docxFile]) {
      const target = path.join(folder, `mixed-${path.extname(file).slice(1)}-${suffix}${path.extname(file)}`);
      fs.copyFileSync(file, target);
      ids.push(documentIdFor(target));
    }
    fs.writeFileSync(path.join(folder, `scan-${suffix}.pdf`), await makeScannedPdf(1));
    fs.writeFileSync(path.join(folder, `old-${suffix}.doc`), makeWord97File());
  });

  afterAll(async () => {
    for (const id of ids) await deleteDocument(db.executor, id);
    await db.close();
  });

  it('writes the readable files with their pages and names each refused file with its reason', async () => {
    const outcomes = await ingestPaths(new GraphWriter(seedingExecutor(db)), [folder], LIMIT);
    expect(outcomes.filter((o) => o.ok).map((o) => path.extname(o.file)).sort()).toEqual(['.docx', '.pdf']);
    const errors = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/scan-\w+\.pdf: PDF has no text layer/), expect.stringMatching(/old-\w+\.doc: Word 97–2003 \.doc files are not supported/)]),
    );
    const rows = await db.executor.read<{ page: number | null; n: number }>({
      cypher: 'MATCH (s:Statement) WHERE s.documentId IN $ids RETURN s.page AS page, count(*) AS n ORDER BY page',
      params: { ids },
    });
    expect(rows.map((r) => r.page)).toEqual([1, 2, null]);
  });
});
