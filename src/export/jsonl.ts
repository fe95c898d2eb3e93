/** JSON Lines: nodes.jsonl (one entity a line) and edges.jsonl (one relationship a line, its evidence statements nested). */
import type { ExportGraph } from './model.js';

/** nodes.jsonl */
export function* nodeJsonLines(graph: ExportGraph): Generator<string> {
  for (const n of graph.nodes) yield JSON.stringify(n);
}

/** edges.jsonl */
export function* edgeJsonLines(graph: ExportGraph): Generator<string> {
  for (const e of graph.edges) yield JSON.stringify(e);
}
