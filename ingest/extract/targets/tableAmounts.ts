/**
 * Amounts tables hold in bare numbers that no statement writes next to their unit: each reader (columns naming their
 * unit: columnUnits.ts; columns naming years: yearColumns.ts) recognises its header row and reads the rows after it, in
 * one walk over the tables of a document.
 */
import type { AnnotatedStatement, TargetSpan } from '../../annotated.js';
import { tableRows, type Cell } from '../tableRows.js';
import { unitAmountColumns } from './columnUnits.js';
import { yearAmountColumns } from './yearColumns.js';

/** A reader of table amounts: what it makes of a header row (null: no header of its), and the amounts of a row under it. */
export interface AmountColumns<H> {
  header: (cells: readonly string[]) => H | null;
  amounts: (cells: readonly Cell[], start: number, header: H) => TargetSpan[];
}

/** A row's amounts under the header a reader recognised. */
type RowReader = (cells: readonly Cell[], start: number) => TargetSpan[];

/** The row reader of the first reader that recognises a header row, or null. */
function readHeader(cells: readonly string[]): RowReader | null {
  const units = unitAmountColumns.header(cells);
  if (units) return (row, start) => unitAmountColumns.amounts(row, start, units);
  const years = yearAmountColumns.header(cells);
  return years ? (row, start) => yearAmountColumns.amounts(row, start, years) : null;
}

/**
 * Adds to each row of every table a reader recognises the amounts it reads in the row's cells, beside the row
 * statement's own targets (a row's amounts are the table's, whatever else a cell reads as; none twice). A row has the
 * header's number of cells; the table ends at the first statement that has not.
 */
export function addTableAmounts(annotated: readonly AnnotatedStatement[]): void {
  for (const { entry, cells, header } of tableRows(annotated, readHeader)) {
    const taken = new Set(entry.targets.map((t) => t.start));
    for (const amount of header(cells, entry.statement.start)) if (!taken.has(amount.start)) entry.targets.push(amount);
  }
}
