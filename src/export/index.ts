/** Exports the graph or a neighbourhood, with evidence, as GraphML, CSV or JSON Lines files in a folder. */
import fs from 'node:fs';
import path from 'node:path';
import { edgeCsvLines, evidenceCsvLines, nodeCsvLines } from './csv.js';
import { assertAbsent, writeLines } from './files.js';
import { graphmlLines } from './graphml.js';
import { edgeJsonLines, nodeJsonLines } from './jsonl.js';
import type { ExportGraph } from './model.js';

export { loadExportGraph, type ExportScope } from './load.js';
export { MAX_HOPS } from './queries.js';
export type { ExportGraph, ExportNode, ExportEdge, ExportEvidence } from './model.js';

/** The formats `policy-kg export` writes. */
export const EXPORT_FORMATS = ['graphml', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FILES: Record<ExportFormat, [string, (graph: ExportGraph) => Iterable<string>][]> = {
  graphml: [['graph.graphml', graphmlLines]],
  csv: [
    ['nodes.csv', nodeCsvLines],
    ['edges.csv', edgeCsvLines],
    ['evidence.csv', evidenceCsvLines],
  ],
  jsonl: [
    ['nodes.jsonl', nodeJsonLines],
    ['edges.jsonl', edgeJsonLines],
  ],
};

/** The file names a format writes. */
export function exportFileNames(format: ExportFormat): string[] {
  return FILES[format].map(([name]) => name);
}

/** Writes the graph in `format` into `dir` (created when missing) and returns the paths written. */
export function writeExport(graph: ExportGraph, format: ExportFormat, dir: string, options: { overwrite?: boolean } = {}): string[] {
  fs.mkdirSync(dir, { recursive: true });
  if (!options.overwrite) {
    // Note: check every file first, so a refusal leaves no half-written export behind.
    for (const name of exportFileNames(format)) assertAbsent(path.join(dir, name));
  }
  return FILES[format].map(([name, lines]) => {
    const file = path.join(dir, name);
    writeLines(file, lines(graph), options.overwrite === true);
    return file;
  });
}
