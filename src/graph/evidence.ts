/** Cypher fragments shared by the queries that return evidence statements. */

/** The most evidence ids a query returns for one hit (the `evidence(first)` argument is at most this). */
export const EVIDENCE_MAX = 100;

/**
 * A Cypher expression: the distinct statement ids in `listsExpr`, a fixed expression for a list of id lists such as
 * `[r.evidence]`, newest document first (issue date, ingest time, position in the document), at most EVIDENCE_MAX;
 * with `filtered`, only statements matching `$year` and `$status` (null = any).
 */
export function rankedEvidence(listsExpr: string, filtered = true): string {
  const where = filtered ? ' WHERE ($year IS NULL OR ev_s.year = $year) AND ($status IS NULL OR ev_s.status = $status)' : '';
  return `COLLECT { UNWIND ${listsExpr} AS ev_list UNWIND coalesce(ev_list, []) AS ev_each WITH DISTINCT ev_each AS ev_id MATCH (ev_s:Statement {id: ev_id})${where} OPTIONAL MATCH (ev_d:Document {id: ev_s.documentId}) WITH ev_s.id AS ev_sid, coalesce(ev_d.issuedOn, '') AS ev_on, ev_d.ingestedAt AS ev_at, ev_s.start AS ev_start ORDER BY ev_on DESC, ev_at DESC, ev_start RETURN ev_sid }[0..${EVIDENCE_MAX}]`;
}

/** A subquery binding `variable` to the Program, Institution or Region whose id is `idExpr` (index seeks); `imports` lists the outer variables it reads. */
export function entityById(variable: string, idExpr: string, imports = ''): string {
  return `CALL (${imports}) { MATCH (x:Program {id: ${idExpr}}) RETURN x AS ${variable} UNION MATCH (x:Institution {id: ${idExpr}}) RETURN x AS ${variable} UNION MATCH (x:Region {id: ${idExpr}}) RETURN x AS ${variable} }`;
}
