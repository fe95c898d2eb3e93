import { describe, expect, it } from 'vitest';
import { layoutPdf, normalizeRadicals, pageAt, runsToLines, type PdfLine, type PdfTextRun } from '../../ingest/read/index.js';

/** A line of a page set in 12 pt between margins at x = 72 and x = 523. */
function line(text: string, y: number, options: { left?: number; right?: number; columns?: boolean } = {}): PdfLine {
  return { text, left: options.left ?? 72, right: options.right ?? 72 + text.length * 12, y, size: 12, columns: options.columns ?? false };
}

const FULL = '坚持立德树人根本任务,深化粤港澳大湾区教育合作,支持香港科技'; // 32 characters: runs to the right margin

describe('laying out the lines of a PDF', () => {
  it('joins a paragraph wrapped across lines and across a page break, and records where each page starts', () => {
    const page1 = [line('一、总体要求', 760), line(FULL, 740, { left: 96, right: 523 }), line(FULL, 722, { right: 523 }), line('- 1 -', 40, { left: 280 })];
    const page2 = [line('大学(广州)建设。', 760), line('二、主要任务', 740), line('第 2 页 共 2 页', 40, { left: 260 })];
    const { text, pageStarts } = layoutPdf([page1, page2]);
    expect(text.split('\n')).toEqual(['一、总体要求', `${FULL}${FULL}大学(广州)建设。`, '二、主要任务']);
    expect(pageStarts).toHaveLength(2);
    expect(text.slice(pageStarts[1])).toMatch(/^大学\(广州\)建设。\n二、主要任务$/);
    expect(pageAt(pageStarts, text.indexOf('总体要求'))).toBe(1);
    expect(pageAt(pageStarts, text.indexOf('大学(广州)'))).toBe(2);
    expect(pageAt(pageStarts, text.indexOf('主要任务'))).toBe(2);
  });

  it('does not join a finished sentence, an indented paragraph start, an outline marker or a table row', () => {
    const lines = [
      line(`${FULL.slice(0, 31)}。`, 760, { right: 523 }),
      line(FULL, 740, { left: 96, right: 523 }),
      line('(一)加强党的建设', 722),
      line('指标 2030年 2031年目标', 704, { right: 523, columns: true }),
      line('公办幼儿园学位 5000个 8000个', 686, { columns: true }),
    ];
    expect(layoutPdf([lines]).text.split('\n')).toHaveLength(5);
  });

  it('maps Kangxi radicals that some PDF fonts emit to the ideographs they stand for', () => {
    expect(normalizeRadicals('\u2f2f作\u2f45点')).toBe('工作方点');
  });
});

describe('grouping text runs into lines', () => {
  it('puts runs on one baseline together left to right and marks wide gaps as table columns', () => {
    const runs: PdfTextRun[] = [
      { str: '2031年目标', x: 372, y: 700, width: 60, size: 11 },
      { str: '指标', x: 72, y: 700.3, width: 22, size: 11 },
      { str: '新增学位', x: 72, y: 720, width: 48, size: 12 },
      { str: '8000个', x: 120, y: 720, width: 36, size: 12 },
    ];
    const lines = runsToLines(runs);
    expect(lines.map((l) => [l.text, l.columns])).toEqual([
      ['新增学位8000个', false],
      ['指标 2031年目标', true],
    ]);
  });
});
