import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { IngestFileError, formatBytes, normalizeWidth, readSource, type ReadResult } from '../../ingest/read/index.js';

const FORMATS = 'test/fixtures/formats';
const BAD = 'test/fixtures/bad';
const LIMIT = { maxBytes: 5 * 1024 * 1024 };
const PLAN = '深圳市教育局2021年工作要点\n一、总体思路\n以习近平新时代中国特色社会主义思想为指导，推动教育高质量发展。\n（一）持续加强党的建设\n1.新增公办学位５万个。\n';
const PLAN_NORMALISED = '深圳市教育局2021年工作要点\n一、总体思路\n以习近平新时代中国特色社会主义思想为指导,推动教育高质量发展。\n(一)持续加强党的建设\n1.新增公办学位5万个。\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-kg-read-'));
  await writeFile(join(dir, 'plan.txt'), PLAN);
  await writeFile(join(dir, 'plan-bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN)]));
  await writeFile(join(dir, 'plan-gbk.txt'), iconv.encode(PLAN, 'gbk'));
  await writeFile(join(dir, 'plan-crlf.txt'), PLAN.replace(/\n/g, '\r\n'));
  const html = await readFile(join(FORMATS, 'article.html'), 'utf8');
  await writeFile(join(dir, 'article-gbk.htm'), iconv.encode(html.replace('charset=utf-8', 'charset=gb2312'), 'gbk'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value(result: ReadResult) {
  if (!result.ok) throw result.error;
  return result.value;
}

function failure(result: ReadResult): IngestFileError {
  if (result.ok) throw new Error(`expected a failure, got text of ${result.value.path}`);
  return result.error;
}

describe('readSource decodes text files', () => {
  it('reads strict UTF-8 and normalises full-width forms', async () => {
    const source = value(await readSource(join(dir, 'plan.txt'), LIMIT));
    expect(source.encoding).toBe('utf-8');
    expect(source.format).toBe('text');
    expect(source.text).toBe(PLAN_NORMALISED);
    expect(source.bytes).toBe(Buffer.byteLength(PLAN));
  });

  it('strips a UTF-8 byte-order mark and reports the BOM encoding', async () => {
    const source = value(await readSource(join(dir, 'plan-bom.md'), LIMIT));
    expect(source.encoding).toBe('utf-8-bom');
    expect(source.text).toBe(PLAN_NORMALISED);
  });

  it('falls back to GB18030 for GBK bytes and hashes the raw bytes', async () => {
    const path = join(dir, 'plan-gbk.txt');
    const source = value(await readSource(path, LIMIT));
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toBe(PLAN_NORMALISED);
    expect(source.sha256).toBe(createHash('sha256').update(await readFile(path)).digest('hex'));
  });

  it('keeps the length of CRLF text by turning each carriage return into a line feed', async () => {
    const source = value(await readSource(join(dir, 'plan-crlf.txt'), LIMIT));
    expect(source.text.length).toBe(PLAN.replace(/\n/g, '\r\n').length);
    expect(source.text).not.toContain('\r');
  });
});

describe('readSource joins a text pasted from a PDF with its line breaks', () => {
  const para = '深圳市福田区、南山区、龙岗区分别与于都县、兴国县、宁都县结对帮扶，累计选派支教教师326人次，共建名校长工作室24个；'
    + '南方科技大学与江西理工大学签署战略合作协议，在稀土新材料领域联合培养研究生，中国科学院赣江创新研究院落户章贡区，与赣南师范大学共建联合实验室。';
  /** The paragraph broken every 30 characters, as a PDF's lines are. */
  const wrapped = (text: string): string => text.match(/.{1,30}/gu)!.join('\n');

  it('joins the wrapped lines of each paragraph and drops the page numbers and the running header after them', async () => {
    const lines0 = wrapped(para + para).split('\n');
    const body = [...lines0.slice(0, 4), '— 1 —', '某市教育发展规划', ...lines0.slice(4)].join('\n');
    const text = `某市教育发展规划\n一、发展基础\n${body}\n二、总体要求\n坚持立德树人。\n`;
    await writeFile(join(dir, 'wrapped.txt'), text);
    const source = value(await readSource(join(dir, 'wrapped.txt'), LIMIT));
    const lines = source.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['某市教育发展规划', '一、发展基础']);
    // The paragraph runs on across the page break: the page's number and header between its lines are dropped.
    expect(lines[2]).toBe(normalizeWidth(para + para));
    expect(lines.slice(3)).toEqual(['二、总体要求', '坚持立德树人。', '']);
  });

  it('leaves a table written as text as it is, its rows of one length and unpunctuated', async () => {
    const rows = Array.from({ length: 12 }, (_, k) => `${k + 1}  某某市某某区  某某区第${k + 1}中学  牵头单位某某区教育发展中心`);
    const text = `附件：试点名单\n序号  设区市  试点学校  牵头单位\n${rows.join('\n')}\n`;
    await writeFile(join(dir, 'table.txt'), text);
    expect(value(await readSource(join(dir, 'table.txt'), LIMIT)).text).toBe(normalizeWidth(text));
  });

  it('leaves a text of one paragraph per line as it is', async () => {
    const text = `某市教育发展规划\n${para}\n${para}\n${para}\n${para}\n${para}\n${para}\n`;
    await writeFile(join(dir, 'paragraphs.txt'), text);
    expect(value(await readSource(join(dir, 'paragraphs.txt'), LIMIT)).text).toBe(normalizeWidth(text));
  });
});

describe('readSource extracts the article of an HTML page', () => {
  it('keeps the title and article text and drops navigation, scripts, breadcrumbs, share bars and footers', async () => {
    const source = value(await readSource(join(FORMATS, 'article.html'), LIMIT));
    expect(source.format).toBe('html');
    expect(source.text.split('\n')).toEqual([
      '某市教育局2021年工作要点',
      '一、总体思路',
      '以习近平新时代中国特色社会主义思想为指导,推动教育高质量发展 & 改革。',
      '(一)持续加强党的建设',
      '1.新增公办学位5万个。',
      '2.建设“智慧教育示范区”。',
    ]);
    for (const noise of ['导航', '首页', '您现在的位置', '分享到', '版权所有', '请启用脚本', 'color:red']) {
      expect(source.text).not.toContain(noise);
    }
  });

  it('honours a GB2312 meta charset', async () => {
    const source = value(await readSource(join(dir, 'article-gbk.htm'), LIMIT));
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toContain('(一)持续加强党的建设');
  });
});

describe('readSource reports bad input with a code and the file name', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['empty.txt', 'EMPTY', /empty\.txt: file is empty$/],
    ['blank.txt', 'EMPTY', /blank\.txt: file is empty \(whitespace only\)/],
    ['binary.txt', 'BINARY', /binary\.txt: file looks binary/],
    ['english.txt', 'NO_CHINESE', /english\.txt: file contains no Chinese text/],
    ['undecodable.txt', 'UNDECODABLE', /undecodable\.txt: cannot decode/],
    ['utf16.txt', 'UNDECODABLE', /utf16\.txt: file is UTF-16 text/],
    ['plan.pdf', 'CORRUPT', /plan\.pdf: not a readable PDF/],
    ['missing.txt', 'NOT_FOUND', /missing\.txt: file not found/],
  ];
  for (const [file, code, message] of cases) {
    it(`fails ${file} with ${code}`, async () => {
      const error = failure(await readSource(join(BAD, file), LIMIT));
      expect(error).toBeInstanceOf(IngestFileError);
      expect(error.code).toBe(code);
      expect(error.file).toBe(join(BAD, file));
      expect(error.message).toMatch(message);
    });
  }

  it('refuses a file over the size limit before reading it, naming the limit and the setting', async () => {
    const error = failure(await readSource(join(FORMATS, 'article.html'), { maxBytes: 1000 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/article\.html: file is 1\.2 KB, over the 1000 bytes limit \(set POLICY_KG_MAX_FILE_BYTES\)/);
  });

  it('calls a directory unreadable', async () => {
    expect(failure(await readSource(BAD, LIMIT)).code).toBe('UNREADABLE');
  });
});

describe('formatBytes', () => {
  it('writes megabytes with one decimal and whole numbers without', () => {
    expect(formatBytes(7.2 * 1024 * 1024)).toBe('7.2 MB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(812)).toBe('812 bytes');
  });
});

describe('normalizeWidth', () => {
  it('maps full-width ASCII forms and the ideographic space to ASCII one for one', () => {
    const input = '（一）增加学位约５.８８万个，占比达到５０％；目标：Ａ级！　完成？';
    const output = normalizeWidth(input);
    expect(output).toBe('(一)增加学位约5.88万个,占比达到50%;目标:A级! 完成?');
    expect(output.length).toBe(input.length);
  });

  it('keeps Chinese punctuation that has no ASCII twin', () => {
    const input = '印发《方案》、“示范区”。〔2023〕';
    expect(normalizeWidth(input)).toBe(input);
  });

  it('turns the full-width commas of a real document back into its stored ASCII form at the same length', async () => {
    const text = await readFile('seeds/guangzhou-education-2019-summary-2020-plan.txt', 'utf8');
    const normalised = normalizeWidth(text.replace(/,/g, '，'));
    expect(normalised.length).toBe(text.length);
    expect(normalised).toBe(text);
  });
});
