/**
 * Listed projects: a document that declares the columns of a list of projects before its rows
 * (附件：重点项目表（项目名称｜建设主体｜建设地点｜总投资｜建设年限）, 以下按“序号．项目名称—承担单位—…”排列) names a project
 * in the first column of each row after it (宝满港区集装箱码头三期｜湛江港集团｜霞山区｜45亿元｜2025—2027年), whatever
 * words the name ends in. The list ends at the first statement that is not a row.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { hasProperTag } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import type { Candidate } from '../../model.js';
import { splitCells } from '../tableRows.js';
import { rowNamedWithUnit } from '../targets/columnUnits.js';

/** The columns a document declared: the mark between them and how many there are. */
export interface ListLayout {
  readonly separator: string;
  readonly columns: number;
  /** The column that names each project, by index: 0, or 1 after a column numbering the rows (序号｜项目名称｜…). */
  readonly nameColumn: number;
  /** The columns that say where each project is (建设地点), by index. */
  readonly placeColumns: readonly number[];
}

/** Where a document's list stands while its statements are read in order (held by the document's context). */
export interface ListState {
  layout: ListLayout | null;
}

/** The longest column name in a declaration (建设年限, 市级支持金额). */
const MAX_COLUMN_NAME = 8;
/** The longest project name in a row's first column. */
const MAX_NAME = 40;
/** A row's own number (1．, 2、, (3)) before its first column. */
const ROW_NUMBER = /^\s*(?:\d{1,3}\s*[．.、]|[(（]\d{1,3}[)）])\s*/;
/** Marks that end a sentence or a clause: a first column holding one is prose, not a name. */
const PROSE_MARKS = /[，,。；;：:！!？?]/;
/** Quotation marks around a name or part of it, kept in the mention and left out of the name. */
const QUOTE_MARKS = /[“”"「」『』]/g;

/** What stands right before a declared first column: an opening bracket or quotation mark, and a number column (序号．). */
const DECLARATION_OPENING = /[(（“"「](?:序号\s*[．.、]?\s*)?$/;
/** The column separator written at `at`, or undefined. */
function separatorAt(text: string, at: number): string | undefined {
  for (const mark of getLexicon().programs.columnSeparators) if (text.startsWith(mark, at)) return mark;
  return undefined;
}

/**
 * The position of the first character from `at` that is no space or tab.
 * Note: counted in place, not by a pattern over a copy of the rest of the statement (made at every 项目 of every statement).
 */
function afterSpaces(text: string, at: number): number {
  let end = at;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return end;
}

/** The layout of the columns named `names`: their count, the project's column, and which of them name places. */
function layoutOf(names: readonly string[], separator: string, nameColumn: number): ListLayout {
  const { placeColumnWords } = getLexicon().programs;
  const placeColumns = names.flatMap((name, i) => (placeColumnWords.some((word) => name.includes(word)) ? [i] : []));
  return { separator, columns: names.length, nameColumn, placeColumns };
}

/** Whether the text before a declared project column is the name of a column numbering the rows and the separator (序号｜). */
function numberColumnBefore(before: string, separator: string): boolean {
  const head = before.trim();
  return head.endsWith(separator) && getLexicon().programs.numberColumns.includes(head.slice(0, -separator.length).trim());
}

/** A bracket closing a column's name that says what it holds or counts in (总投资（亿元）, 所在城市（牵头单位、合作单位）). */
const COLUMN_REMARK = /[(（][^()（）]*[)）]$/;

/** Whether a declared column's name reads as one: not empty, and short once a remark in brackets is left out. */
function columnName(name: string): boolean {
  const bare = name.trim().replace(COLUMN_REMARK, '');
  return bare.length > 0 && bare.length <= MAX_COLUMN_NAME;
}

/** The layout a statement declares (…（项目名称｜建设主体｜…）), or null. */
export function declaredLayout(text: string): ListLayout | null {
  // Note: no closure over the text here: one made V8 allocate this function's scope for every statement.
  for (const column of getLexicon().programs.projectColumns) {
    for (let at = text.indexOf(column); at >= 0; at = text.indexOf(column, at + 1)) {
      // Note: a header may space its marks (序号 | 项目名称 | …): the separator stands after the spaces.
      const separator = separatorAt(text, afterSpaces(text, at + column.length));
      if (!separator) continue;
      // Note: the columns are declared in brackets or quotes (…表（项目名称｜…）, 按“序号．项目名称—…”), or as a header row
      // that is the whole statement (项目｜负责部门｜地点｜状态); a dash after 项目 in prose declares nothing.
      const opened = DECLARATION_OPENING.test(text.slice(0, at));
      // Note: a header row that is the whole statement may hold brackets of its own (总投资（亿元）).
      const rest = opened ? /^[^)）”"」]*/.exec(text.slice(at))![0] : text.slice(at);
      // Note: a header row may number its rows in a column of their own first (序号｜项目名称｜…).
      const numbered = numberColumnBefore(text.slice(0, at), separator);
      if (!opened && !((numbered || text.slice(0, at).trim() === '') && rest.trim() === text.slice(at).trim())) continue;
      const names = rest.split(separator);
      if (names.length >= 2 && names.every(columnName)) {
        return numbered ? layoutOf(['', ...names], separator, 1) : layoutOf(names, separator, 0);
      }
    }
  }
  return kindHeaderLayout(text);
}

/** The fewest columns of a header row whose first column names a kind of programme. */
const MIN_KIND_COLUMNS = 3;

/** Whether a header's first column names the kind of programme each row is (交流计划, 合作项目). */
export function namesProgrammeKind(name: string): boolean {
  const bare = name.trim();
  return columnName(bare) && getLexicon().programs.projectColumnKinds.some((kind) => bare.endsWith(kind));
}

/**
 * The layout of a header row that is the whole statement, its first column naming the kind of programme each row is
 * (交流计划 | 主要目的地 | 团数 | 参加人次), or null.
 */
function kindHeaderLayout(text: string): ListLayout | null {
  const { columnSeparators, projectColumnKinds } = getLexicon().programs;
  if (!projectColumnKinds.some((kind) => text.includes(kind))) return null;
  for (const separator of columnSeparators) {
    // Note: a statement without the separator is one column: no copy of it trimmed and split (most statements that
    // name a 计划 or 项目 hold no separator at all).
    if (!text.includes(separator)) continue;
    const names = text.trim().split(separator);
    if (names.length >= MIN_KIND_COLUMNS && namesProgrammeKind(names[0]) && names.every(columnName)) return layoutOf(names, separator, 0);
  }
  return null;
}

/** Whether a row's first cell totals or gathers the other rows (合计, 其他项目): lexicon programs.summaryRows. */
function summaryCell(cell: string): boolean {
  const bare = cell.trim();
  return getLexicon().programs.summaryRows.some((word) => bare.startsWith(word));
}

/** Whether document text [start, end) is one ordinary word of the segmenter's dictionary (武术, 田径): no project's name. */
function oneOrdinaryWord(tokens: readonly Token[], start: number, end: number): boolean {
  for (const t of tokens) {
    if (t.start === start) return t.end === end && t.tag !== 'x' && !hasProperTag(t);
    if (t.start > start) break;
  }
  return false;
}

/** A row of the declared list that names no project but sums or gathers others, or names a kind of item by one word. */
const NO_PROJECT = 'NO_PROJECT';

/** The project a statement names when it is a row of the declared list, or null. `tokens`: the statement's. */
export function listedProject(text: string, offset: number, layout: ListLayout, tokens: readonly Token[]): Candidate | null {
  const row = readRow(text, offset, layout, tokens);
  return row === NO_PROJECT ? null : row;
}

/** The project a row of the declared list names, NO_PROJECT for a row naming none (合计, 武术), or null for no row. */
function readRow(text: string, offset: number, layout: ListLayout, tokens: readonly Token[]): Candidate | typeof NO_PROJECT | null {
  const number = ROW_NUMBER.exec(text);
  const from = number ? number[0].length : text.length - text.trimStart().length;
  const row = text.slice(from).trimEnd();
  const cells = splitCells(row, layout.separator);
  // Note: a later column may hold the mark itself (2025—2027年 under ｜ is one cell; under — it splits): not fewer cells.
  if (cells.length < layout.columns) return null;
  const first = cells[layout.nameColumn].trim();
  if (first.length < 2 || first.length > MAX_NAME || PROSE_MARKS.test(first) || !/[\u4e00-\u9fff]/.test(first)) return null;
  if (summaryCell(first)) return NO_PROJECT;
  // Note: a row naming its unit in brackets counts something (跨境双向转诊（人次）｜1,032｜1,385): a table of indicators whose
  // first column is headed 项目 (item), not a list of projects.
  if (rowNamedWithUnit(first)) return NO_PROJECT;
  let start = offset + from;
  for (let i = 0; i < layout.nameColumn; i++) start += cells[i].length + layout.separator.length;
  start += cells[layout.nameColumn].indexOf(first);
  // Note: a kind of item the column lists by one word (集训项目｜…: 武术, 田径, 游泳) names no project of its own.
  if (oneOrdinaryWord(tokens, start, start + first.length)) return NO_PROJECT;
  const name = first.replace(QUOTE_MARKS, '');
  // Note: the place column says where the project is (…｜霞山区｜…); a later column holding the separator shifts none before it.
  const places: { start: number; end: number }[] = [];
  let at = offset + from;
  cells.forEach((cell, i) => {
    if (layout.placeColumns.includes(i)) places.push({ start: at, end: at + cell.length });
    at += cell.length + layout.separator.length;
  });
  return { type: 'PROGRAM', name, kind: 'PROJECT', start, end: start + first.length, surface: first, ...(places.length > 0 ? { places } : {}) };
}

/** What readListed gives for a statement declaring a list's columns: its columns' names (集训项目) name no programme. */
export const HEADER_ROW = 'HEADER_ROW';

/**
 * Reads one statement against the document's list: a row gives its project; a declaration opens a list (HEADER_ROW);
 * any other statement closes the list it follows. `tokens`: the statement's.
 */
export function readListed(text: string, offset: number, state: ListState, tokens: readonly Token[]): Candidate | typeof HEADER_ROW | null {
  const declared = declaredLayout(text);
  if (declared) {
    state.layout = declared;
    return HEADER_ROW;
  }
  if (!state.layout) return null;
  const row = readRow(text, offset, state.layout, tokens);
  if (row === null && !groupRow(text, state.layout)) state.layout = null;
  return row === NO_PROJECT ? null : row;
}

/**
 * Whether a statement is a row of the list that groups or totals its projects: its cells all there, the project's column
 * empty (一、产业项目（12个）｜｜｜｜312.5｜): the list goes on after it.
 */
function groupRow(text: string, layout: ListLayout): boolean {
  const cells = splitCells(text.trim(), layout.separator);
  return cells.length >= layout.columns && cells[layout.nameColumn].trim() === '';
}
