/**
 * The rows of the tables a document writes as text, read once for every reader of columns: a header row a reader
 * recognises (…｜总投资（亿元）, 承担单位｜合作单位) and the rows after it with as many cells, the cells between column bars
 * (1｜某某项目｜48.0) or two spaces or more (城大营运及教学    194.8). A table ends at the first statement that is no row of
 * its width; that statement may open the next table.
 */
import type { AnnotatedStatement } from '../annotated.js';
import { CELL_GAP, columnBar, gapCells } from '../../language/match/tableText.js';
import { cellsWithOffsets } from './programs/listed.js';

/** A cell of a row and where it starts in the row. */
export interface Cell {
  text: string;
  at: number;
}

/** A row under a header: its statement, its cells, and what the reader made of the header. */
export interface TableRow<H> {
  entry: AnnotatedStatement;
  cells: readonly Cell[];
  header: H;
}

/** The cells of a row written as text, with where each starts; null for a statement that is no row. */
export function rowCells(text: string): Cell[] | null {
  const mark = columnBar(text);
  if (mark !== null) return cellsWithOffsets(text, mark);
  if (!CELL_GAP.test(text)) return null;
  return gapCells(text).map((cell) => ({ text: text.slice(cell.start, cell.end), at: cell.start }));
}

/**
 * The rows of every table whose header `readHeader` recognises (it returns null for any other row), in document order.
 */
export function* tableRows<H>(annotated: readonly AnnotatedStatement[],
  readHeader: (cells: readonly string[]) => H | null): Generator<TableRow<H>> {
  let header: H | null = null;
  let width = 0;
  for (const entry of annotated) {
    const cells = rowCells(entry.statement.text);
    if (cells === null || (header !== null && cells.length !== width)) header = null;
    if (cells === null) continue;
    if (header === null) {
      header = readHeader(cells.map((cell) => cell.text));
      width = cells.length;
      continue;
    }
    yield { entry, cells, header };
  }
}
