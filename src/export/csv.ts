/**
 * CSV (RFC 4180 quoting, UTF-8 without BOM, comma-separated) for pandas and spreadsheets: nodes.csv, edges.csv, and evidence.csv with
 * one row per statement of each edge (`edge` is the row number in edges.csv, from 0).
 */
import type { ExportGraph } from './model.js';

/** Quotes a CSV field when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (values: (string | number | null | undefined)[]): string => values.map(csvField).join(',');

/** nodes.csv */
export function* nodeCsvLines(graph: ExportGraph): Generator<string> {
  yield row(['id', 'type', 'name', 'aliases', 'kind', 'nameEn', 'level', 'code']);
  for (const n of graph.nodes) yield row([n.id, n.type, n.name, n.aliases.join(' | '), n.kind, n.nameEn, n.level, n.code]);
}

/** edges.csv */
export function* edgeCsvLines(graph: ExportGraph): Generator<string> {
  yield row(['edge', 'source', 'target', 'relation', 'kind', 'evidenceCount']);
  let i = 0;
  for (const e of graph.edges) yield row([i++, e.source, e.target, e.relation, e.kind, e.evidence.length]);
}

/** evidence.csv */
export function* evidenceCsvLines(graph: ExportGraph): Generator<string> {
  yield row(['edge', 'source', 'target', 'relation', 'statementId', 'text', 'year', 'status', 'page', 'documentId', 'documentTitle', 'sectionPath']);
  let i = 0;
  for (const e of graph.edges) {
    for (const s of e.evidence) {
      yield row([i, e.source, e.target, e.relation, s.id, s.text, s.year, s.status, s.page, s.documentId, s.documentTitle, s.sectionPath.join(' › ')]);
    }
    i++;
  }
}
