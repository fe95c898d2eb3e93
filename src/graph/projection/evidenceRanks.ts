/** Cypher fragments over the newest-first evidence kept on relationships (see src/db/write/createDocuments.ts). */
import { EVIDENCE_KEEP } from '../../db/write/graphWriter.js';
import { STATEMENT_RANK_PREFIX } from '../../db/write/ranks.js';

/**
 * The evidence ranks of relationship `r` (null allowed): the kept newest-first list, or with a year/status filter
 * (`$year`, `$status`, null = any) the newest matching statements found through the SUPPORTS index. `keep` (a Cypher
 * integer expression, EVIDENCE_KEEP when not given) cuts the list to its newest entries.
 */
export function ranksOf(r: string, filtered: boolean, keep = String(EVIDENCE_KEEP)): string {
  if (!filtered) return `coalesce(${r}.evidenceRanks, [])[0..${keep}]`;
  return `CASE WHEN ${r} IS NULL THEN [] ELSE COLLECT {
    MATCH (ev:Statement)-[:SUPPORTS {edge: type(${r}) + '|' + startNode(${r}).id + '|' + endNode(${r}).id}]->()
    WHERE ($year IS NULL OR ev.year = $year) AND ($status IS NULL OR ev.status = $status)
    RETURN ev.rank AS x ORDER BY x DESC LIMIT ${keep} } END`;
}

/** The number of statements behind relationship `r`: its kept count, or with a filter the matching ones (SUPPORTS index). */
export function countOf(r: string, filtered: boolean): string {
  if (!filtered) return `coalesce(${r}.evidenceCount, 0)`;
  return `CASE WHEN ${r} IS NULL THEN 0 ELSE COUNT {
    MATCH (ev:Statement)-[:SUPPORTS {edge: type(${r}) + '|' + startNode(${r}).id + '|' + endNode(${r}).id}]->()
    WHERE ($year IS NULL OR ev.year = $year) AND ($status IS NULL OR ev.status = $status) } END`;
}

/**
 * The merged, newest-first ranks of a list of relationships (nulls skipped), at most `keep`: read only for the hits of
 * a page. Each list is newest first, so the newest `keep` of the merge are among the newest `keep` of each list, and
 * only those are read and sorted.
 */
export function ranksOfAll(relationships: string, filtered: boolean, keep = String(EVIDENCE_KEEP)): string {
  return mergedRanks(`[rel IN ${relationships} WHERE rel IS NOT NULL | ${ranksOf('rel', filtered, keep)}]`, keep);
}

/** Several rank lists (an expression for a list of lists) merged: distinct, newest first, at most `keep` (EVIDENCE_KEEP). */
export function mergedRanks(lists: string, keep = String(EVIDENCE_KEEP)): string {
  return `COLLECT { UNWIND ${lists} AS rl UNWIND rl AS rx WITH DISTINCT rx RETURN rx ORDER BY rx DESC LIMIT ${keep} }`;
}

/**
 * How many evidence ids a hit needs: the largest `evidence(first)` selected on it (0 when none is: nothing reads them
 * then; the evidence resolver's fallback reads at most `first` of them).
 */
export function evidenceKeep(fields: readonly { name: string; args: Record<string, unknown> }[]): number {
  return Math.max(0, ...fields.filter((f) => f.name === 'evidence').map((f) => Number(f.args.limit ?? 20)));
}

/** Statement ids of a rank list. */
export const idsOfRanks = (ranks: string): string => `[rk IN ${ranks} | substring(rk, ${STATEMENT_RANK_PREFIX})]`;
