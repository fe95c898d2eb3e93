/**
 * TOUCHES from a list a document announces (ANNOTATION.md: a designation held by the region). A statement naming a list
 * (附件：第二批全国中小学科学教育实验区、实验校名单; a title 关于公布…示范区名单的通知) names the designations the list is of;
 * the statements after it that only list places (上海市：闵行区、嘉定区; （一）东北地区：黑龙江省五常市、吉林省敦化市) name
 * the places that hold them, and so do the rows of a table right after it (1  南昌市  进贤县  进贤县人民医院). A list names
 * a place by its address: the last, most specific place of each item is the holder (江苏省：南京市鼓楼区 → 鼓楼区), and a
 * table row's holder is its most specific place (南昌市 above 进贤县 is the column of the holder's city).
 */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import type { AnnotatedStatement } from '../annotated.js';
import type { EntityIndex, ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';
import { CHINA, placeDesignation, programMention, type ProgramMention } from './touches.js';
import { findMarker } from '../structure/markers.js';
import { rowCells } from '../extract/tableRows.js';

/** Marks between the items of a list. */
const ITEM_SEPARATOR = /[、，,；;]/;
/** Punctuation and space closing an item. */
const ITEM_END = /[\s。.]+$/;
/** The longest label before a list's items, ended by a colon (东北地区：, 广西壮族自治区：). */
const LABEL_MAX = 14;
/** The share of a statement's items that must be places for it to be a list of places (a place the gazetteer lacks may stand among them). */
const PLACE_SHARE = 2 / 3;

type Span = { start: number; end: number };

/** The items of a list statement after its outline mark and label, as absolute spans without end punctuation. */
function itemsOf(text: string, start: number): Span[] {
  // Note: an outline mark may open the list ((一)东北地区：…), as it opens a heading.
  const lead = findMarker(text)?.length ?? 0;
  const colon = text.slice(lead, lead + LABEL_MAX + 1).search(/[：:]/);
  let at = colon >= 0 ? lead + colon + 1 : lead;
  const items: Span[] = [];
  for (const piece of text.slice(at).split(ITEM_SEPARATOR)) {
    const spaces = piece.length - piece.trimStart().length;
    const core = piece.trimStart().replace(ITEM_END, '');
    if (core.length > 0) items.push({ start: start + at + spaces, end: start + at + spaces + core.length });
    at += piece.length + 1;
  }
  return items;
}

/** The place an item consists of (its last and most specific place when it is an address), or null when it holds anything else. */
function placeItem(item: Span, regions: readonly SpannedId[]): SpannedId | null {
  const inside = regions.filter((r) => r.start >= item.start && r.end <= item.end).sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = item.start;
  let last: SpannedId | null = null;
  for (const r of inside) {
    if (r.start > covered) return null;
    if (r.end > covered) {
      covered = r.end;
      last = r;
    }
  }
  return covered === item.end ? last : null;
}

/** The places a statement lists when it lists places and nothing much else; [] otherwise. */
function listedPlaces(text: string, start: number, regions: readonly SpannedId[]): SpannedId[] {
  const items = itemsOf(text, start);
  const places = items.map((item) => placeItem(item, regions)).filter((r): r is SpannedId => r !== null);
  return places.length > 0 && places.length >= items.length * PLACE_SHARE ? places : [];
}

/** A cell holding a row's number (1, 12). */
const ROW_NUMBER = /^\d{1,4}$/;

/** A note wholly in brackets, as under a list's title ((按行政区划排序), （排名不分先后）). */
const BRACKETED_NOTE = /^\s*[(（][^()（）]*[)）]\s*$/;

/**
 * The cells of a statement written as a table row (two cells or more), set apart by spaces or between column bars, as
 * absolute spans; null for any other statement.
 */
function cellsOf(text: string, start: number): Span[] | null {
  const cells: Span[] = [];
  for (const cell of rowCells(text) ?? []) {
    const core = cell.text.trim();
    const at = start + cell.at + cell.text.length - cell.text.trimStart().length;
    if (core.length > 0) cells.push({ start: at, end: at + core.length });
  }
  return cells.length >= 2 ? cells : null;
}

/**
 * The places a table row holds: its cells that are places but for a row's number, less those another of them lies in
 * (南昌市 + 进贤县 → 进贤县); [] when no cell is a place (the table's header).
 */
function rowPlaces(text: string, cells: readonly Span[], start: number, regions: readonly SpannedId[]): SpannedId[] {
  const places = cells.filter((c) => !ROW_NUMBER.test(text.slice(c.start - start, c.end - start)))
    .map((c) => placeItem(c, regions)).filter((r): r is SpannedId => r !== null);
  return places.filter((p) => !places.some((q) => q.id !== p.id && getGazetteer().liesIn(q.id, p.id)));
}

/** Whether a program a list names is one its places hold: a place designation, or a pilot (…建设试点名单), whose units its rows name. */
function listedDesignation(mention: ProgramMention): boolean {
  return mention.kind === 'PILOT' || placeDesignation(mention);
}

/** Whether a designation's head is named in a heading (实验区 in 一、实验区（节选）): the heading says which list follows. */
function headedBy(name: string, heading: string): boolean {
  const head = getLexicon().programs.placeDesignations.find((h) => name.endsWith(h));
  return head !== undefined && heading.includes(head);
}

/**
 * Adds TOUCHES from each list of places after a statement naming a list to the list's place designations; under a
 * heading naming one of their heads (实验区), to those of that head only.
 */
export function listPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>, index: EntityIndex,
  headingIds: ReadonlySet<string>, relations: RelationSet): void {
  const { listWords } = getLexicon().programs;
  const designations = new Map<string, string>();
  let heading = '';
  // Note: a table's rows follow its list right away (its header and a note in brackets between), and end at the first
  // statement that is no row.
  let table = false;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (headingIds.has(statement.id)) heading = statement.text;
    // Note: only a statement that may be a table's row is cut into cells.
    const cells: Span[] | null = table ? cellsOf(statement.text, statement.start) : null;
    const tableGoesOn: boolean = cells !== null || (table && BRACKETED_NOTE.test(statement.text));
    if (!ids) {
      table &&= tableGoesOn;
      continue;
    }
    if (listWords.some((w) => statement.text.includes(w))) {
      for (const p of ids.programs) {
        const entity = index.get(p.id);
        if (entity && listedDesignation(programMention(p, entity.kind))) designations.set(p.id, entity.name);
      }
      table = designations.size > 0;
      continue;
    }
    table &&= tableGoesOn;
    if (designations.size === 0) continue;
    const regions = ids.regions.filter((r) => r.id !== CHINA && !ids.institutions.some((i) => r.start >= i.start && r.end <= i.end));
    const places = cells ? rowPlaces(statement.text, cells, statement.start, regions) : listedPlaces(statement.text, statement.start, regions);
    if (places.length === 0) continue;
    const headed = [...designations].filter(([, name]) => headedBy(name, heading)).map(([id]) => id);
    for (const program of headed.length > 0 ? headed : designations.keys()) {
      for (const place of places) relations.add('TOUCHES', program, place.id, statement.id);
    }
  }
}
