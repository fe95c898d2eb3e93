/** What an export holds: entities, the relationships between them, and each relationship's evidence statements. */

/** A program, institution or region. */
export interface ExportNode {
  id: string;
  type: 'PROGRAM' | 'INSTITUTION' | 'REGION';
  name: string;
  aliases: string[];
  kind: string | null;
  nameEn: string | null;
  level: string | null;
  code: string | null;
}

/** A statement a relationship was derived from, and where it stands. */
export interface ExportEvidence {
  id: string;
  text: string;
  year: number | null;
  status: string;
  page: number | null;
  documentId: string | null;
  documentTitle: string | null;
  sectionPath: string[];
}

/** A relationship from `source` to `target`. */
export interface ExportEdge {
  source: string;
  target: string;
  relation: string;
  kind: string | null;
  evidence: ExportEvidence[];
}

/** The exported graph. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** One line describing a statement for a flat field: `text 〔document › section › … p. 3〕`. */
export function describeEvidence(e: ExportEvidence): string {
  const where = [e.documentTitle ?? e.documentId ?? '', ...e.sectionPath].filter(Boolean).join(' › ');
  const page = e.page === null ? '' : ` p. ${e.page}`;
  return `${e.text} 〔${where}${page}〕`;
}
