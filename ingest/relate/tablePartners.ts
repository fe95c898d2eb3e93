/**
 * Partnerships a table written as text states by its columns: under a header naming a column for the body that leads
 * each row's project (承担单位, 医共体牵头医院) and one for the bodies that work with it (合作单位, 结对城市三级医院), each
 * row's lead body partners each body of its partner cell (青岛某公司｜中国海洋大学水产学院 → a partnership), as 甲与乙合作
 * would say. Without a lead column the first column of bodies before the partners leads (after them, when the partners
 * come first: 江苏结对学校｜受援学校), or, for partners that aid, the row's place
 * (试点县（区）｜支援高校), which pairs with the place a partner cell names when it names no body (乡镇｜结对单位:
 * 崇龛镇｜四川省遂宁市安居区).
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { AnnotatedStatement } from '../annotated.js';
import { tableRows } from '../extract/tableRows.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';
import { mostSpecific } from './tablePlaces.js';
import { getGazetteer } from '../../language/gazetteer/index.js';

/**
 * Whether a header cell names a column of bodies in a role: a word of the role and a body's noun it ends in (承担 + 单位,
 * 医共体 + 牵头 + 医院), or one of the role's names without such a noun (`names`: 合作方).
 */
function namesRole(cell: string, words: readonly string[], names: readonly string[] = []): boolean {
  const name = cell.trim();
  return names.includes(name) || (holdsBodies(name) && words.some((word) => name.includes(word)));
}

/** Whether a header cell names a column of bodies: it ends in a body's noun (甘肃院校, 承担单位). */
function holdsBodies(cell: string): boolean {
  const name = cell.trim();
  return getLexicon().partnering.tableBodyNouns.some((noun) => name.endsWith(noun));
}

/**
 * The columns of a header row that name a project's lead body (or place: `places`) and its partners, or null when it names
 * no such pair.
 */
function roleColumns(cells: readonly string[]): { lead: number; partner: number; places: boolean } | null {
  const { tablePartnerColumns, tableLeadWords, tablePartnerWords } = getLexicon().partnering;
  const named = cells.findIndex((cell) => namesRole(cell, tableLeadWords));
  const partner = cells.findIndex((cell, k) => k !== named && namesRole(cell, tablePartnerWords, tablePartnerColumns));
  if (partner < 0) return null;
  // Note: without a lead column, the first column of bodies before the partners' leads (甘肃院校｜所在市｜东部结对院校); else,
  // when the partners aid (支援高校, 结对院校), the last column of places before them, the most specific (设区市｜试点县（区）｜
  // 支援高校: each county and the university supporting it; a district and the body serving it are no pair).
  // With the partners first, the column of bodies after them (江苏结对学校｜受援学校｜所在县).
  const before = cells.findIndex((cell, k) => k < partner && holdsBodies(cell));
  const bodies = named >= 0 ? named : before >= 0 ? before : cells.findIndex((cell, k) => k > partner && holdsBodies(cell));
  if (bodies >= 0) return { lead: bodies, partner, places: false };
  if (!getLexicon().partnering.aidVerbs.some((verb) => cells[partner].includes(verb))) return null;
  const places = cells.findLastIndex((cell, k) => k < partner && holdsPlaces(cell));
  return places >= 0 ? { lead: places, partner, places: true } : null;
}

/** A note in brackets closing a header cell (试点县（区）). */
const CLOSING_NOTE = /[(（][^()（）]*[)）]$/;

/** Whether a header cell names a column of places: it ends, its note in brackets aside, in a place's level word (试点县（区）). */
function holdsPlaces(cell: string): boolean {
  const name = cell.trim().replace(CLOSING_NOTE, '');
  return getLexicon().partnering.tablePlaceNouns.some((noun) => name.endsWith(noun));
}

/**
 * The places named wholly inside a span and in no body's name, each the most specific of its address (保定市阜平县 →
 * 阜平县, 四川省遂宁市安居区 → 安居区; as a table of places reads its rows, tablePlaces.ts).
 */
function placeIn(ids: ResolvedIds, span: { start: number; end: number }): SpannedId[] {
  return mostSpecific(placesIn(ids, span));
}

/** The bodies named wholly inside a span. */
function bodiesIn(ids: ResolvedIds, span: { start: number; end: number }): SpannedId[] {
  return ids.institutions.filter((i) => i.start >= span.start && i.end <= span.end);
}

/**
 * A field's label (依托单位：, 共建单位:): two to six Han characters and a colon, opening the text or after a field's end.
 */
const FIELD_LABEL = /(?:^|[；;。\s])([\u4e00-\u9fff]{2,6})[：:]/g;
/** What ends a labelled field (；, 。, a line's end). */
const FIELD_END = /[；;。\n]/;

/** A labelled field of an entry: its role and where its value runs (offsets into the text it was read in). */
interface RoleField {
  role: 'lead' | 'partner';
  start: number;
  end: number;
}

/** The fields of a text labelled with a lead's or a partners' role (依托单位：甲；共建单位：乙、丙). */
function roleFields(text: string): RoleField[] {
  if (!text.includes('：') && !text.includes(':')) return [];
  const { tableLeadWords, tablePartnerWords } = getLexicon().partnering;
  const out: RoleField[] = [];
  for (const label of text.matchAll(FIELD_LABEL)) {
    const role = namesRole(label[1], tableLeadWords) ? 'lead' : namesRole(label[1], tablePartnerWords) ? 'partner' : null;
    if (role === null) continue;
    const start = label.index + label[0].length;
    const close = text.slice(start).search(FIELD_END);
    out.push({ role, start, end: close < 0 ? text.length : start + close });
  }
  return out;
}

/** Whether a text holds a field labelled with the partners' role (共建单位：乙、丙). */
export function holdsPartnerField(text: string): boolean {
  return roleFields(text).some((f) => f.role === 'partner');
}

/** A body of a partners' field and the statement naming it. */
interface FieldPartner {
  body: SpannedId;
  statementId: string;
}

/** Adds the partnerships of one line's fields: each body of the lead's field with each body of the partners'. */
function addFieldPartnerships(leads: readonly SpannedId[], partners: readonly FieldPartner[], relations: RelationSet): void {
  for (const lead of leads) {
    for (const { body, statementId } of partners) {
      if (lead.id !== body.id) relations.add('PARTNERS_WITH', lead.id, body.id, statementId, getLexicon().partnering.partnerVerbKind);
    }
  }
}

/**
 * Adds the partnerships of the labelled fields of one line (依托单位：甲；共建单位：乙、丙 → 甲–乙, 甲–丙), read as a table's
 * columns are: the bodies of the lead's field partner each body of the partners' field. `text`: the document's text.
 * Note: a line's fields are added by a function of the module, not an arrow made per document (under tsx each named arrow is
 * also named by esbuild's __name helper as it is made).
 */
export function labelledPartnerships(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet, text: string | undefined): void {
  let leads: SpannedId[] = [];
  let partners: FieldPartner[] = [];
  let previousEnd = -1;
  for (const { statement } of annotated) {
    // Note: the fields of one entry stand on one line; a line's end closes them.
    if (previousEnd >= 0 && (text === undefined || text.slice(previousEnd, statement.start).includes('\n'))) {
      addFieldPartnerships(leads, partners, relations);
      leads = [];
      partners = [];
    }
    previousEnd = statement.end;
    const fields = roleFields(statement.text);
    const ids = idsByStatement.get(statement.id);
    if (fields.length === 0 || !ids) continue;
    for (const field of fields) {
      const bodies = bodiesIn(ids, { start: statement.start + field.start, end: statement.start + field.end });
      if (field.role === 'lead') leads.push(...bodies);
      else for (const body of bodies) partners.push({ body, statementId: statement.id });
    }
  }
  addFieldPartnerships(leads, partners, relations);
}

/** Adds the partnerships of every table whose header names a lead and a partner column, row by row. */
export function tablePartnerships(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet): void {
  for (const { entry: { statement }, cells, header: roles } of tableRows(annotated, roleColumns)) {
    const ids = idsByStatement.get(statement.id);
    if (!ids) continue;
    const spans = cells.map((cell) => ({ start: statement.start + cell.at, end: statement.start + cell.at + cell.text.length }));
    // Note: a row of places may pair with a place (崇龛镇｜…｜四川省遂宁市安居区): its partner cell's most specific place.
    const bodies = bodiesIn(ids, spans[roles.partner]);
    const partners = bodies.length === 0 && roles.places ? placeIn(ids, spans[roles.partner]) : bodies;
    for (const lead of roles.places ? placeIn(ids, spans[roles.lead]) : bodiesIn(ids, spans[roles.lead])) {
      for (const partner of partners) {
        if (lead.id !== partner.id) relations.add('PARTNERS_WITH', lead.id, partner.id, statement.id, getLexicon().partnering.partnerVerbKind);
      }
    }
  }
}

/**
 * The columns of a header row that hold places paired by the table (协作城市｜结对县｜广东结对区（镇）: each names a place's
 * level and a pairing word), or null when fewer than two do.
 */
function pairedPlaceColumns(cells: readonly string[]): number[] | null {
  const { tablePartnerWords } = getLexicon().partnering;
  const columns = cells.flatMap((cell, k) => (holdsPlaces(cell) && tablePartnerWords.some((word) => cell.includes(word)) ? [k] : []));
  return columns.length >= 2 ? columns : null;
}

/** The places named wholly inside a span and in no body's name (黔南州 and 惠水县 of 黔南州惠水县). */
function placesIn(ids: ResolvedIds, span: { start: number; end: number }): SpannedId[] {
  return ids.regions.filter((r) => r.start >= span.start && r.end <= span.end
    && !ids.institutions.some((i) => r.start >= i.start && r.end <= i.end));
}

/**
 * Adds the pairings of every table whose header names two or more columns of paired places (协作城市｜结对县｜广东结对区（镇）),
 * row by row: a place of one such column pairs with a place of another at the same level (广州市｜黔南州惠水县｜天河区 →
 * 广州市–黔南州, 天河区–惠水县), never with one it lies in or that lies in it.
 */
export function tablePlacePairings(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet): void {
  const { partnerVerbKind } = getLexicon().partnering;
  for (const { entry: { statement }, cells, header: columns } of tableRows(annotated, pairedPlaceColumns)) {
    const ids = idsByStatement.get(statement.id);
    if (!ids) continue;
    const placed = columns.flatMap((k, column) => placesIn(ids, { start: statement.start + cells[k].at, end: statement.start + cells[k].at + cells[k].text.length })
      .map((place) => ({ column, id: place.id })));
    for (let a = 0; a < placed.length; a++) {
      for (let b = a + 1; b < placed.length; b++) {
        if (placed[a].column !== placed[b].column && pairable(placed[a].id, placed[b].id)) {
          relations.add('PARTNERS_WITH', placed[a].id, placed[b].id, statement.id, partnerVerbKind);
        }
      }
    }
  }
}

/** Whether two places a table's row pairs are of one level and neither lies in the other (广州市–黔南州, not 广州市–天河区). */
function pairable(x: string, y: string): boolean {
  const gazetteer = getGazetteer();
  const level = gazetteer.byId(x)?.level;
  return x !== y && level !== undefined && level === gazetteer.byId(y)?.level && !gazetteer.liesIn(x, y) && !gazetteer.liesIn(y, x);
}
