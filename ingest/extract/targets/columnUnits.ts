/**
 * Amounts in a table written as text whose header names each column's unit in brackets (序号｜项目名称｜…｜总投资（亿元）｜…,
 * 項目    金額（百萬港元）): the bare numbers of such a column in the rows after it (…｜48.0｜…, …    194.8) are amounts of
 * that unit (48.0亿元), which no statement writes next to them.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import type { TargetSpan } from '../../annotated.js';
import type { Cell } from '../tableRows.js';
import type { AmountColumns } from './tableAmounts.js';
import { readQuantity } from './quantity.js';

/** A column name ending in its unit in brackets (总投资(亿元), 建筑面积（万平方米）): the name and the unit. */
const UNIT_IN_BRACKETS = /^(.{1,12}?)\s*[(（]\s*([^()（）\d]{1,6})\s*[)）]$/;
/** A cell holding a bare number (48.0, 1,200). */
const BARE_NUMBER = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/**
 * A column of amounts: the name its header gives them, the unit written after the number to read one, and the currency
 * written before it (新台币 of 募资金额（新台币亿元）).
 */
interface UnitColumn {
  subject: string;
  unit: string;
  currency: string;
}

/** The currency a bracket's unit opens with (新台币亿元 → 新台币), as an amount writes it before its number; else ''. */
function currencyOf(unit: string): string {
  return getLexicon().units.currenciesBefore.find(([word]) => unit.startsWith(word) && unit.length > word.length)?.[0] ?? '';
}

/**
 * The unit a bracket names and the currency it opens with, when a number written between them reads as an amount
 * (亿元, 万平方米, 个, 新台币 + 亿元); else null.
 */
function bracketUnit(written: string): { unit: string; currency: string } | null {
  const currency = currencyOf(written);
  const unit = written.slice(currency.length);
  return readQuantity(`${currency}1${unit}`, currency.length, '1', []) === null ? null : { unit, currency };
}

/** The unit a bracket names, when a number written before it reads as an amount (亿元, 万平方米, 个); else null. */
export function amountUnit(unit: string): string | null {
  return bracketUnit(unit) === null ? null : unit;
}

/** A row's name ending in its unit in brackets (跨境遥距会诊（人次）, 研发经费投入强度(%)): the name and the unit. */
const ROW_UNIT = /^(.+?)\s*[(（]\s*([^()（）\d]{1,6})\s*[)）]$/;

/**
 * The name and unit of a table row's first cell that names what the row counts with its unit in brackets (跨境遥距会诊
 * （人次）, 开支（百万港元）); null for any other cell (港深西部铁路（洪水桥至前海）: no unit in its brackets).
 */
export function rowNamedWithUnit(cell: string): { name: string; unit: string } | null {
  const named = ROW_UNIT.exec(cell.trim());
  return named && amountUnit(named[2]) !== null ? { name: named[1], unit: named[2] } : null;
}

/** The columns of a header row that name their unit in brackets, by index; null when the row is no such header. */
function unitColumns(cells: readonly string[]): Map<number, UnitColumn> | null {
  const columns = new Map<number, UnitColumn>();
  cells.forEach((cell, i) => {
    const m = UNIT_IN_BRACKETS.exec(cell.trim());
    const unit = m ? bracketUnit(m[2]) : null;
    if (m && unit) columns.set(i, { subject: m[1], ...unit });
  });
  if (columns.size === 0) return null;
  // Note: beside them, a column whose name counts something (参加人数, 资助项目) reads its bare numbers in that count's unit.
  cells.forEach((cell, i) => {
    const name = cell.trim();
    const count = columns.has(i) || name.length > 8 ? undefined : getLexicon().targets.countColumns.find(([word]) => name.endsWith(word));
    if (count) columns.set(i, { subject: name, unit: count[1], currency: '' });
  });
  return columns;
}

/** The amounts a row holds in the header's unit columns, as target spans of the statement starting at `start`. */
function rowAmounts(cells: readonly Cell[], start: number, columns: ReadonlyMap<number, UnitColumn>): TargetSpan[] {
  const out: TargetSpan[] = [];
  cells.forEach((cell, i) => {
    const column = columns.get(i);
    const number = cell.text.trim();
    if (column && BARE_NUMBER.test(number)) {
      const read = readQuantity(`${column.currency}${number}${column.unit}`, column.currency.length, number, []);
      const from = start + cell.at + cell.text.indexOf(number);
      if (read) out.push({ text: number, subject: column.subject, value: read.value, unit: read.unit, comparator: 'EQ', start: from, end: from + number.length });
    }
  });
  return out;
}

/** The unit columns' reader of table amounts (tableAmounts.ts). */
export const unitAmountColumns: AmountColumns<Map<number, UnitColumn>> = { header: unitColumns, amounts: rowAmounts };
