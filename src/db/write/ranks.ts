/**
 * Sort keys that put evidence newest first with a plain descending string sort: the document's issue date, its ingest
 * time, then the position in the text (earlier first), each fixed-width so that a key's parts never shift. Capped
 * newest-first lists on relationships and entities are kept in this order by Neo4j without reading any statement.
 */

const NO_DATE = '0000-00-00';
const POSITION_SPAN = 99_999_999;

/** Characters before the statement id in a statement rank: `YYYY-MM-DD|<24-char ISO time>|<8 digits>|`. */
export const STATEMENT_RANK_PREFIX = 45;
/** Characters before the statement id in a mention rank (one more 8-digit position and separator). */
export const MENTION_RANK_PREFIX = 54;

/** A position counted so that a larger key means an earlier place in the text (8 digits). */
export function invertedPosition(offset: number): string {
  return String(POSITION_SPAN - Math.max(0, Math.min(offset, POSITION_SPAN))).padStart(8, '0');
}

/** The issue date as exactly 10 characters (`0000-00-00` when unknown, so undated documents sort last). */
export function dateKey(issuedOn: string | null | undefined): string {
  return issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? issuedOn : NO_DATE;
}

/** The document part of every rank: issue date and ingest time (an ISO string of 24 characters). */
export function documentRank(issuedOn: string | null | undefined, ingestedAt: string): string {
  if (ingestedAt.length !== 24) throw new RangeError(`ingestedAt must be a 24-character ISO time, got ${ingestedAt}`);
  return `${dateKey(issuedOn)}|${ingestedAt}`;
}

/** A statement's rank: newest document first, then earlier in the text; ends with the statement id. */
export function statementRank(document: string, start: number, statementId: string): string {
  return `${document}|${invertedPosition(start)}|${statementId}`;
}

/** A mention's rank: its statement's order, then its own position; ends with the statement id. */
export function mentionRank(document: string, statementStart: number, mentionStart: number, statementId: string): string {
  return `${document}|${invertedPosition(statementStart)}|${invertedPosition(mentionStart)}|${statementId}`;
}

/** A target's rank: its statement's order, then its position (from its id `…/t:<offset>` when present); ends with its id. */
export function targetRank(document: string, statementStart: number, targetId: string): string {
  const offset = /\/t:(\d+)$/.exec(targetId);
  return `${document}|${invertedPosition(statementStart)}|${invertedPosition(offset ? Number(offset[1]) : 0)}|${targetId}`;
}

/** The statement id at the end of a statement rank. */
export function statementIdOfRank(rank: string): string {
  return rank.slice(STATEMENT_RANK_PREFIX);
}
