/**
 * Amounts in a table of indicators whose columns are years (指标 | 2024-25年度实际 | 2025-26年度目标; 主要指标 | 2020年 |
 * 2025年 | 属性): a row named with its unit in brackets (跨境遥距会诊（人次）  1,840  3,000) holds in each year's column an
 * amount of that unit, of that column's year, done or planned as the column says (实际, 目标: targets.yearColumnWords);
 * a column saying neither is done when a later year's column follows it (a plan's base year), else as its part says.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import type { TargetSpan } from '../../annotated.js';
import type { Status } from '../../model.js';
import { firstYear } from '../../years.js';
import type { Cell } from '../tableRows.js';
import { rowNamedWithUnit } from './columnUnits.js';
import type { AmountColumns } from './tableAmounts.js';
import { readQuantity } from './quantity.js';

/** A year's column: its year, and the status its header gives (null: as the row's part says). */
interface YearColumn {
  year: number;
  status: Status | null;
}

/** A cell holding a number, perhaps after a comparator word (1,840, 94.5, 不低于95). */
const NUMBER_CELL = /^(\D{0,4}?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;

/** The status a year column's header gives (2024-25年度实际 → ACHIEVED, 2025-26年度目标 → PLANNED), or null. */
function columnStatus(header: string): Status | null {
  const { achieved, planned } = getLexicon().targets.yearColumnWords;
  if (planned.some((w) => header.includes(w))) return 'PLANNED';
  if (achieved.some((w) => header.includes(w))) return 'ACHIEVED';
  return null;
}

/** The year columns of a header row after its first (two at least), by index; null when the row is no such header. */
function yearColumns(cells: readonly string[]): Map<number, YearColumn> | null {
  const columns = new Map<number, YearColumn>();
  for (let i = 1; i < cells.length; i++) {
    const year = firstYear(cells[i]);
    if (year !== null) columns.set(i, { year, status: columnStatus(cells[i]) });
  }
  if (columns.size < 2) return null;
  // Note: a column saying neither done nor planned is done when a later year's column follows it (2020年 | 2025年).
  const last = Math.max(...[...columns.values()].map((c) => c.year));
  for (const column of columns.values()) if (column.status === null && column.year < last) column.status = 'ACHIEVED';
  return columns;
}

/** The amounts a row named with its unit holds in the year columns, as target spans of the statement starting at `start`. */
function rowAmounts(cells: readonly Cell[], start: number, columns: ReadonlyMap<number, YearColumn>): TargetSpan[] {
  const named = rowNamedWithUnit(cells[0].text);
  if (!named) return [];
  const out: TargetSpan[] = [];
  for (const [i, column] of columns) {
    const cell = cells[i];
    const m = cell ? NUMBER_CELL.exec(cell.text.trim()) : null;
    // Note: the cell is read as a statement writes it, the row's unit after its number (不低于95 + %): a word before the
    // number is the comparator it reads there, and a cell whose word is none (预计95) holds no amount of the table's.
    const read = m ? readQuantity(`${m[0]}${named.unit}`, m[1].length, m[2], []) : null;
    if (!m || !read || read.start !== 0) continue;
    const from = start + cell.at + cell.text.indexOf(m[0]);
    out.push({
      text: m[0], subject: named.name, value: read.value, unit: read.unit, comparator: read.comparator, start: from, end: from + m[0].length,
      year: column.year, ...(column.status ? { status: column.status } : {}),
    });
  }
  return out;
}

/** The year columns' reader of table amounts (tableAmounts.ts): each amount in its column's year. */
export const yearAmountColumns: AmountColumns<Map<number, YearColumn>> = { header: yearColumns, amounts: rowAmounts };
