/**
 * GraphML for Gephi, networkx, yEd and Cytoscape: every attribute declared as a <key> with attr.type, flat
 * values only (lists joined with " | ", evidence as text lines), directed edges with ids.
 */
import { describeEvidence, type ExportGraph } from './model.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int';
}

/** The attributes, in the order they are written. */
export const GRAPHML_KEYS: readonly Key[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_nameEn', for: 'node', name: 'nameEn', type: 'string' },
  { id: 'n_level', for: 'node', name: 'level', type: 'string' },
  { id: 'n_code', for: 'node', name: 'code', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_kind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'e_evidenceCount', for: 'edge', name: 'evidenceCount', type: 'int' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'e_statementIds', for: 'edge', name: 'statementIds', type: 'string' },
  { id: 'e_documents', for: 'edge', name: 'documents', type: 'string' },
];

// Note: XML 1.0 forbids most control characters even when escaped. Dropping them would make two ids that differ only
// by one (广州\u0002市… and 广州市…, both real after a hostile ingest) the same node; they are written as \uXXXX instead,
// and a backslash as \\, so distinct values stay distinct.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML content and attribute values, keeping distinct texts distinct. */
export function xmlEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(INVALID_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

/** The lines of a GraphML document for the graph. */
export function* graphmlLines(graph: ExportGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  for (const key of GRAPHML_KEYS) yield `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`;
  yield '  <graph id="policy-kg" edgedefault="directed">';
  for (const n of graph.nodes) {
    const fields = [data('n_label', n.name), data('n_type', n.type), data('n_aliases', n.aliases.join(' | ')), data('n_kind', n.kind), data('n_nameEn', n.nameEn), data('n_level', n.level), data('n_code', n.code)];
    yield `    <node id="${xmlEscape(n.id)}">${fields.join('')}</node>`;
  }
  let i = 0;
  for (const e of graph.edges) {
    const documents = [...new Set(e.evidence.map((s) => s.documentTitle ?? s.documentId ?? ''))].filter(Boolean);
    const fields = [
      data('e_label', e.kind ? `${e.relation} (${e.kind})` : e.relation),
      data('e_relation', e.relation),
      data('e_kind', e.kind),
      data('e_evidenceCount', e.evidence.length),
      data('e_evidence', e.evidence.map(describeEvidence).join('\n')),
      data('e_statementIds', e.evidence.map((s) => s.id).join(' | ')),
      data('e_documents', documents.join(' | ')),
    ];
    yield `    <edge id="e${i++}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${fields.join('')}</edge>`;
  }
  yield '  </graph>';
  yield '</graphml>';
}
