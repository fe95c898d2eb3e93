/**
 * Amounts in a table written as text whose header names each column's unit in brackets (序号｜项目名称｜…｜总投资（亿元）｜…,
 * 項目    金額（百萬港元）): the bare numbers of such a column in the rows after it (…｜48.0｜…, …    194.8) are amounts of
 * that unit (48.0亿元), which no statement writes next to them.
 */
import type { AnnotatedStatement, TargetSpan } from '../../annotated.js';
import { CELL_GAP, columnBar, gapCells } from '../../../language/match/tableText.js';
import { cellsWithOffsets } from '../programs/listed.js';
import { readQuantity } from './quantity.js';

/** A column name ending in its unit in brackets (总投资(亿元), 建筑面积（万平方米）): the name and the unit. */
const UNIT_IN_BRACKETS = /^(.{1,12}?)\s*[(（]\s*([^()（）\d]{1,6})\s*[)）]$/;
/** A cell holding a bare number (48.0, 1,200). */
const BARE_NUMBER = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** A column of amounts: the name its header gives them and the unit written after the number to read one. */
interface UnitColumn {
  subject: string;
  unit: string;
}

/** The unit a bracket names, when a number written before it reads as an amount (亿元, 万平方米, 个); else null. */
function amountUnit(unit: string): string | null {
  return readQuantity(`1${unit}`, 0, '1', []) === null ? null : unit;
}

/** The columns of a header row that name their unit in brackets, by index; empty when the row is no such header. */
function unitColumns(cells: readonly string[]): Map<number, UnitColumn> {
  const columns = new Map<number, UnitColumn>();
  cells.forEach((cell, i) => {
    const m = UNIT_IN_BRACKETS.exec(cell.trim());
    const unit = m ? amountUnit(m[2]) : null;
    if (m && unit) columns.set(i, { subject: m[1], unit });
  });
  return columns;
}

/** A cell of a row and where it starts in the row. */
interface Cell {
  text: string;
  at: number;
}

/**
 * The cells of a row written as text, between column bars (1｜某某项目｜48.0) or two spaces or more (城大营运及教学    194.8),
 * with where each starts; null for a line that is no row.
 */
function rowCells(text: string): Cell[] | null {
  const mark = columnBar(text);
  if (mark !== null) return cellsWithOffsets(text, mark);
  if (!CELL_GAP.test(text)) return null;
  return gapCells(text).map((cell) => ({ text: text.slice(cell.start, cell.end), at: cell.start }));
}

/** The amounts a row holds in the header's unit columns, as target spans of the statement starting at `start`. */
function rowAmounts(cells: readonly Cell[], start: number, columns: ReadonlyMap<number, UnitColumn>): TargetSpan[] {
  const out: TargetSpan[] = [];
  cells.forEach((cell, i) => {
    const column = columns.get(i);
    const number = cell.text.trim();
    if (column && BARE_NUMBER.test(number)) {
      const read = readQuantity(`${number}${column.unit}`, 0, number, []);
      const from = start + cell.at + cell.text.indexOf(number);
      if (read) out.push({ text: number, subject: column.subject, value: read.value, unit: read.unit, comparator: 'EQ', start: from, end: from + number.length });
    }
  });
  return out;
}

/**
 * Adds to each row of a table under a header naming units in brackets the amounts of those columns. A row has the
 * header's number of cells; the table ends at the first statement that has not.
 */
export function addColumnAmounts(annotated: readonly AnnotatedStatement[]): void {
  let columns: Map<number, UnitColumn> | null = null;
  let width = 0;
  for (const entry of annotated) {
    const { text, start } = entry.statement;
    const cells = rowCells(text);
    if (cells === null || (columns !== null && cells.length !== width)) columns = null;
    if (cells === null) continue;
    if (columns === null) {
      const found = unitColumns(cells.map((cell) => cell.text));
      if (found.size > 0) [columns, width] = [found, cells.length];
      continue;
    }
    // Note: a row's amounts are the table's, whatever else a cell reads as (a statement's own targets stay).
    const taken = new Set(entry.targets.map((t) => t.start));
    for (const amount of rowAmounts(cells, start, columns)) if (!taken.has(amount.start)) entry.targets.push(amount);
  }
}
