/** `policy-kg export --format graphml|csv|jsonl [--out DIR] [--entity NAME [--hops N]] [--force]`: the graph with evidence, as files. */
import path from 'node:path';
import type { Config } from '../../config.js';
import { EXPORT_FORMATS, loadExportGraph, MAX_HOPS, writeExport, type ExportFormat } from '../../export/index.js';
import { openDatabase } from '../../runtime.js';

const USAGE = `usage: policy-kg export --format graphml|csv|jsonl [--out DIR] [--entity NAME] [--hops 1..${MAX_HOPS}] [--force]
  --format  graphml (Gephi, networkx, yEd), csv (nodes, edges, evidence) or jsonl (nodes, edges with evidence)
  --out     folder to write into (default: policy-kg-export)
  --entity  only this entity (id, name or alias, e.g. 香港 or "Hong Kong") and its neighbours
  --hops    how far from --entity to go (default 1)
  --force   replace files of an earlier export in the folder`;

/** Parsed arguments, or the reason they are wrong. */
export type ExportArgs = { format: ExportFormat; out: string; entity?: string; hops: number; force: boolean } | { error: string };

/** Parses the export arguments. */
export function parseExportArgs(args: readonly string[]): ExportArgs {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--force') force = true;
    else if (['--format', '--out', '--entity', '--hops'].includes(arg)) {
      if (i + 1 >= args.length) return { error: `${arg} needs a value` };
      values.set(arg, args[++i]);
    } else return { error: `unknown argument ${JSON.stringify(arg)}` };
  }
  const format = values.get('--format');
  if (!format) return { error: '--format is required' };
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return { error: `--format ${format}: expected one of ${EXPORT_FORMATS.join(', ')}` };
  const hopsText = values.get('--hops') ?? '1';
  const hops = Number(hopsText);
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) return { error: `--hops ${hopsText}: expected a whole number from 1 to ${MAX_HOPS}` };
  if (values.has('--hops') && !values.has('--entity')) return { error: '--hops only applies with --entity' };
  return { format: format as ExportFormat, out: values.get('--out') ?? 'policy-kg-export', entity: values.get('--entity'), hops, force };
}

/** Runs the export; exit code 2 for bad arguments. */
export async function exportCommand(config: Config, args: string[], print: (line: string) => void): Promise<number> {
  const parsed = parseExportArgs(args);
  if ('error' in parsed) {
    console.error(`policy-kg export: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const db = await openDatabase(config);
  try {
    const graph = await loadExportGraph(db.executor, { entity: parsed.entity, hops: parsed.hops });
    const files = writeExport(graph, parsed.format, path.resolve(parsed.out), { overwrite: parsed.force });
    const evidence = graph.edges.reduce((n, e) => n + e.evidence.length, 0);
    const scope = graph.centre ? `the neighbourhood of ${graph.centre} (${parsed.hops} hop${parsed.hops === 1 ? '' : 's'})` : 'the whole graph';
    print(`Exported ${scope}: ${graph.nodes.length} entities, ${graph.edges.length} relationships, ${evidence} evidence statements`);
    for (const file of files) print(`  ${file}`);
    return 0;
  } finally {
    await db.close();
  }
}
