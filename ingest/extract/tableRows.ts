/**
 * The rows of the tables a document writes as text, one walk for each reader of columns (unit columns, table partnerships,
 * table placements), and the cells of a row for the listed projects too: a header row a reader recognises (…｜总投资（亿元）, 承担单位｜合作单位) and the rows after it with as many cells, the cells between column bars
 * (1｜某某项目｜48.0) or two spaces or more (城大营运及教学    194.8). A table ends at the first statement that is no row of
 * its width; that statement may open the next table.
 */
import type { AnnotatedStatement } from '../annotated.js';
import { CELL_GAP, columnBar, gapCells } from '../../language/match/tableText.js';
import { QUOTES } from './quoteMarks.js';

/** A cell of a row and where it starts in the row. */
export interface Cell {
  text: string;
  at: number;
}

/** Opening marks of quotations and brackets, and the marks that close them: a separator inside them is text. */
const ENCLOSING: ReadonlyMap<string, string> = new Map([...QUOTES, ['(', ')'], ['（', '）'], ['《', '》']]);

/** The cells of a row: the text between separators outside quotations and brackets (“新安江—千岛湖”…—街口镇). */
export function splitCells(row: string, separator: string): string[] {
  const cells: string[] = [];
  let close: string | null = null;
  let from = 0;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (close !== null) {
      if (c === close) close = null;
    } else if (ENCLOSING.has(c)) close = ENCLOSING.get(c)!;
    else if (row.startsWith(separator, i)) {
      cells.push(row.slice(from, i));
      from = i + separator.length;
      i = from - 1;
    }
  }
  cells.push(row.slice(from));
  return cells;
}

/** The cells of a row with where each starts in the row (splitCells, the separators counted back in). */
function cellsWithOffsets(row: string, separator: string): Cell[] {
  const out: Cell[] = [];
  let at = 0;
  for (const cell of splitCells(row, separator)) {
    out.push({ text: cell, at });
    at += cell.length + separator.length;
  }
  return out;
}

/** A row under a header: its statement and its index among the statements, its cells, and what the reader made of the header. */
export interface TableRow<H> {
  entry: AnnotatedStatement;
  index: number;
  cells: readonly Cell[];
  header: H;
}

/**
 * One space after a closing bracket inside a row set apart by spaces: two column names, the first ending in its unit
 * (受惠住户(户) 拨款(万港元), as a table set with ideographic spaces reads once they are plain); or between two years'
 * columns (2023/24学年 2024/25学年).
 */
const BRACKET_SPACE = /(?<=[)）])[ \u3000](?=\S)|(?<=年度?)[ \u3000](?=(?:19|20)\d{2})/g;

/** A space, plain or ideographic, as fixed columns are padded with. */
const SPACE = /[ \u3000]/;

/** Any whitespace: a gap between cells (CELL_GAP) holds some. */
const WHITESPACE = /\s/;

/** The cells of a row written as text, with where each starts; null for a statement that is no row. */
export function rowCells(text: string): Cell[] | null {
  const mark = columnBar(text);
  if (mark !== null) return cellsWithOffsets(text, mark);
  // Note: a statement without a space (most of a text's prose) is settled by the quick search for one, not by the gap's
  // pattern tried at each of its characters.
  if (!WHITESPACE.test(text) || !CELL_GAP.test(text)) return null;
  const cells: Cell[] = [];
  for (const { start, end } of gapCells(text)) {
    let at = start;
    for (const space of text.slice(start, end).matchAll(BRACKET_SPACE)) {
      cells.push({ text: text.slice(at, start + space.index), at });
      at = start + space.index + 1;
    }
    cells.push({ text: text.slice(at, end), at });
  }
  return cells;
}

/**
 * The cells of a row set apart by spaces read at the columns of its header (a table set in fixed columns: a full cell is
 * one space from the next, 深水埗区 深水埗共享客厅计划, a number may stand right of its column's start, and a total row
 * leaves cells blank), or null when a column's start falls inside a run of characters, or the line holds no space or
 * fills fewer than two columns (a line of prose, a short heading after the table).
 */
function alignedCells(text: string, starts: readonly number[]): Cell[] | null {
  if (columnBar(text) !== null || !SPACE.test(text)) return null;
  const cells: Cell[] = [];
  let filled = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = Math.min(starts[i], text.length);
    const end = i + 1 < starts.length ? Math.min(starts[i + 1], text.length) : text.length;
    if (start > 0 && start < text.length && !SPACE.test(text[start - 1]) && !SPACE.test(text[start])) return null;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') filled++;
    cells.push({ text: raw.trim(), at: start + lead });
  }
  return filled >= 2 ? cells : null;
}

/**
 * The rows of every table whose header `readHeader` recognises (it returns null for any other row), in document order.
 * A row of a table set apart by spaces is read at its header's columns when its gaps do not give as many cells.
 */
export function* tableRows<H>(annotated: readonly AnnotatedStatement[],
  readHeader: (cells: readonly string[]) => H | null): Generator<TableRow<H>> {
  let header: H | null = null;
  let starts: number[] = [];
  for (let index = 0; index < annotated.length; index++) {
    const entry = annotated[index];
    const { text } = entry.statement;
    let cells = rowCells(text);
    if (header !== null && (cells === null || cells.length !== starts.length)) cells = alignedCells(text, starts) ?? cells;
    if (cells === null || (header !== null && cells.length !== starts.length)) header = null;
    if (cells === null) continue;
    if (header === null) {
      header = readHeader(cells.map((cell) => cell.text));
      starts = cells.map((cell) => cell.at);
      continue;
    }
    yield { entry, index, cells, header };
  }
}
