/** `policy-kg status`: Neo4j running or not, store size, documents, statements, entities by type, last ingest. */
import type { Config } from '../../config.js';
import { formatBytes } from '../../../ingest/read/index.js';
import { readStatus, type StatusReport } from '../../status/index.js';
import { formatTable } from '../table.js';

const n = (value: number): string => value.toLocaleString('en-US');

/** The lines `status` prints for a report. */
export function formatStatus(report: StatusReport): string[] {
  const { neo4j, graph } = report;
  const state = neo4j.running ? `running${neo4j.pid ? ` (pid ${neo4j.pid})` : ''}` : neo4j.local ? 'stopped (start it: policy-kg neo4j start)' : 'unreachable';
  const rows: string[][] = [
    ['neo4j', `${state}, ${neo4j.local ? 'local' : 'NEO4J_URI'} ${neo4j.uri}`],
    ['store', neo4j.storeBytes === null ? '- (not local)' : formatBytes(neo4j.storeBytes)],
  ];
  if (neo4j.error) rows.push(['error', neo4j.error]);
  if (graph) {
    rows.push(
      ['documents', n(graph.documents)],
      ['statements', n(graph.statements)],
      ['targets', n(graph.targets)],
      ['programs', n(graph.programs)],
      ['institutions', n(graph.institutions)],
      ['regions', n(graph.regions)],
      ['relations', Object.entries(graph.relations).map(([type, count]) => `${type} ${n(count)}`).join(', ')],
      ['last ingest', graph.lastIngest ? `${graph.lastIngest.at} ${graph.lastIngest.title ?? ''} (${graph.lastIngest.source ?? '?'})` : 'never'],
    );
  }
  return formatTable(['', 'status'], rows);
}

/** Prints the status; exit code 1 when Neo4j is not running or not reachable. */
export async function statusCommand(config: Config, print: (line: string) => void): Promise<number> {
  const report = await readStatus(config);
  for (const line of formatStatus(report)) print(line);
  return report.graph ? 0 : 1;
}
