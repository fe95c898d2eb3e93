/** Cypher fragments shared by the entity queries. */

/** The most evidence statements a query returns for one hit (the `evidence(first)` argument is at most this). */
export const EVIDENCE_MAX = 100;

/** A subquery binding `variable` to the Program, Institution or Region whose id is `idExpr` (index seeks); `imports` lists the outer variables it reads. */
export function entityById(variable: string, idExpr: string, imports = ''): string {
  return `CALL (${imports}) { MATCH (x:Program {id: ${idExpr}}) RETURN x AS ${variable} UNION MATCH (x:Institution {id: ${idExpr}}) RETURN x AS ${variable} UNION MATCH (x:Region {id: ${idExpr}}) RETURN x AS ${variable} }`;
}
