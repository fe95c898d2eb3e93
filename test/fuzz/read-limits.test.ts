/** The read stage's bounds that the fuzz found were needed: over-long lines and over-deep HTML are refused, naming why. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, htmlToText } from '../../ingest/read/html.js';
import { readSource } from '../../ingest/read/index.js';
import { MAX_LINE_CHARS } from '../../ingest/read/readSource.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('policy-kg-read-limits-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('read limits', () => {
  it(`refuses a line longer than ${MAX_LINE_CHARS} characters, and reads one at the limit`, async () => {
    const long = write('long line.txt', `南沙区${'学'.repeat(MAX_LINE_CHARS)}`);
    const result = await readSource(long, { maxBytes: 5e6 });
    expect(result).toMatchObject({ ok: false, error: { code: 'LINE_TOO_LONG' } });
    expect(!result.ok && result.error.message).toBe(`${long}: has a line of 100,003 characters, over the 100,000 a paragraph may have; break the text into lines`);
    const atLimit = write('at limit.txt', `标题\n${'学'.repeat(MAX_LINE_CHARS)}\n结束`);
    expect(await readSource(atLimit, { maxBytes: 5e6 })).toMatchObject({ ok: true });
  });

  it(`refuses HTML nested deeper than ${MAX_HTML_DEPTH} elements instead of overflowing the stack`, async () => {
    const deep = write('deep.html', `<html><body>${'<div>'.repeat(20_000)}南沙区教育局工作要点${'</div>'.repeat(20_000)}</body></html>`);
    const result = await readSource(deep, { maxBytes: 5e6 });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNREADABLE' } });
    expect(!result.ok && result.error.message).toMatch(/deep\.html: HTML elements are nested 20,00\d deep, over the 1,000 this reader takes apart$/);
  });

  it('still reads a page nested just under the limit', () => {
    const depth = MAX_HTML_DEPTH - 10;
    expect(htmlToText(`<html><body>${'<div>'.repeat(depth)}<p>南沙区教育局工作要点</p>${'</div>'.repeat(depth)}</body></html>`)).toBe('南沙区教育局工作要点');
  });
});
