/**
 * Partnerships a table written as text states by its columns: under a header naming a column for the body that leads
 * each row's project (承担单位) and one for the bodies that work with it (合作单位), each row's lead body partners each
 * body of its partner cell (青岛某公司｜中国海洋大学水产学院 → a partnership), as 甲与乙合作 would say.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { AnnotatedStatement } from '../annotated.js';
import { tableRows } from '../extract/tableRows.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';

/**
 * Whether a header cell names a column of bodies in a role: one of the role's column names (承担单位), or a word of the
 * role and a body's noun it ends in (医共体 + 牵头 + 医院).
 */
function namesRole(cell: string, columns: readonly string[], words: readonly string[]): boolean {
  const name = cell.trim();
  return columns.includes(name) || (holdsBodies(name) && words.some((word) => name.includes(word)));
}

/** Whether a header cell names a column of bodies: it ends in a body's noun (甘肃院校, 承担单位). */
function holdsBodies(cell: string): boolean {
  const name = cell.trim();
  return getLexicon().partnering.tableBodyNouns.some((noun) => name.endsWith(noun));
}

/** The columns of a header row that name a project's lead body and its partners, or null when it names no such pair. */
function roleColumns(cells: readonly string[]): { lead: number; partner: number } | null {
  const { tableLeadColumns, tablePartnerColumns, tableLeadWords, tablePartnerWords } = getLexicon().partnering;
  const named = cells.findIndex((cell) => namesRole(cell, tableLeadColumns, tableLeadWords));
  const partner = cells.findIndex((cell, k) => k !== named && namesRole(cell, tablePartnerColumns, tablePartnerWords));
  if (partner < 0) return null;
  // Note: without a lead column, the first column of bodies before the partners' leads (甘肃院校｜所在市｜东部结对院校).
  const lead = named >= 0 ? named : cells.findIndex((cell, k) => k < partner && holdsBodies(cell));
  return lead >= 0 ? { lead, partner } : null;
}

/** The bodies named wholly inside a span. */
function bodiesIn(ids: ResolvedIds, span: { start: number; end: number }): SpannedId[] {
  return ids.institutions.filter((i) => i.start >= span.start && i.end <= span.end);
}

/** Adds the partnerships of every table whose header names a lead and a partner column, row by row. */
export function tablePartnerships(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet): void {
  for (const { entry: { statement }, cells, header: roles } of tableRows(annotated, roleColumns)) {
    const ids = idsByStatement.get(statement.id);
    if (!ids) continue;
    const spans = cells.map((cell) => ({ start: statement.start + cell.at, end: statement.start + cell.at + cell.text.length }));
    for (const lead of bodiesIn(ids, spans[roles.lead])) {
      for (const partner of bodiesIn(ids, spans[roles.partner])) {
        if (lead.id !== partner.id) relations.add('PARTNERS_WITH', lead.id, partner.id, statement.id, getLexicon().partnering.partnerVerbKind);
      }
    }
  }
}
