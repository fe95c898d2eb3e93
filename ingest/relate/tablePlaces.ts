/**
 * Places a table lists under a header naming a column of places (派驻城市｜获聘人数, 城市  所在区/镇  院舍名称 …): where the
 * programme the text named right before the table, in its section, is carried out, each row where its address ends
 * (深圳市  南山区: 南山区), as 该计划的职位分布于深圳、广州… would say. A table whose
 * rows are projects of their own (项目名称｜…｜建设地点) places those projects instead (listed projects), and a table the
 * text introduces without naming a programme places nothing.
 */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import type { AnnotatedStatement } from '../annotated.js';
import { tableRows } from '../extract/tableRows.js';
import { namesProgrammeKind } from '../extract/programs/listed.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';

/** How many statements before a table's first row may name its programme, in the table's own section. */
const PROGRAM_REACH = 20;

/** The place columns of a header row, by index; null when it names none, or names a project column. */
function placeColumns(cells: readonly string[]): number[] | null {
  const { placeColumnWords, projectColumns } = getLexicon().programs;
  if (cells.some((cell) => projectColumns.includes(cell.trim())) || (cells.length > 0 && namesProgrammeKind(cells[0]))) return null;
  const columns = cells.flatMap((cell, i) => (placeColumnWords.some((word) => cell.includes(word)) ? [i] : []));
  return columns.length > 0 ? columns : null;
}

/** The programme the statements of its section before `index` name last, within reach, or null. */
function programBefore(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>, index: number): string | null {
  const section = annotated[index].statement.sectionId;
  for (let k = index - 1; k >= 0 && k >= index - PROGRAM_REACH && annotated[k].statement.sectionId === section; k--) {
    const programs = idsByStatement.get(annotated[k].statement.id)?.programs ?? [];
    if (programs.length > 0) return programs[programs.length - 1].id;
  }
  return null;
}

/** The places no other of them lies in: where each address ends (深圳市, 南山区 → 南山区; 永川区, 江津区 → both). */
export function mostSpecific(regions: readonly SpannedId[]): SpannedId[] {
  const gazetteer = getGazetteer();
  return regions.filter((region) => !regions.some((other) => other.id !== region.id && gazetteer.liesIn(other.id, region.id)));
}

/** Adds TOUCHES from the programme named before each table with a place column to the places of its rows. */
export function tablePlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet): void {
  let program: string | null = null;
  let header: readonly number[] | null = null;
  for (const { entry: { statement }, index, header: columns } of tableRows(annotated, placeColumns)) {
    const ids = idsByStatement.get(statement.id);
    // Note: the programme is the one named before the table's first row (each table's header is a new array).
    if (columns !== header) {
      header = columns;
      program = programBefore(annotated, idsByStatement, index);
    }
    if (!ids || program === null || ids.programs.length > 0) continue;
    // Note: a row names its place from the largest down (深圳市｜南山区, 南昌市｜进贤县): the smallest is where it is.
    for (const region of mostSpecific(ids.regions)) relations.add('TOUCHES', program, region.id, statement.id);
  }
}
