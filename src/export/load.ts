/** Reads the graph (or one entity's neighbourhood) and its evidence from Neo4j for an export. */
import type { Executor } from '../db/executor.js';
import { PolicyKgError } from '../errors.js';
import type { ExportEdge, ExportEvidence, ExportGraph, ExportNode } from './model.js';
import { edgesQuery, entitiesNamedQuery, evidenceQuery, neighbourhoodQuery, nodesQuery } from './queries.js';

/** What to export: everything, or the entity a name or id denotes with its neighbours up to `hops` away. */
export interface ExportScope {
  entity?: string;
  hops?: number;
}

const EVIDENCE_BATCH = 2000;

async function scopeIds(executor: Executor, scope: ExportScope): Promise<{ ids: string[] | null; centre: string | null }> {
  if (scope.entity === undefined) return { ids: null, centre: null };
  const found = await executor.read<{ id: string; name: string; type: string }>(entitiesNamedQuery(scope.entity));
  if (found.length === 0) throw new PolicyKgError('BAD_USER_INPUT', `--entity ${JSON.stringify(scope.entity)}: no program, institution or region has this id, name or alias`);
  const [row] = await executor.read<{ ids: string[] }>(neighbourhoodQuery(found[0].id, scope.hops ?? 1));
  return { ids: row?.ids ?? [found[0].id], centre: found[0].id };
}

async function loadEvidence(executor: Executor, ids: string[]): Promise<Map<string, ExportEvidence>> {
  const byId = new Map<string, ExportEvidence>();
  for (let i = 0; i < ids.length; i += EVIDENCE_BATCH) {
    const rows = await executor.read<ExportEvidence & Record<string, unknown>>(evidenceQuery(ids.slice(i, i + EVIDENCE_BATCH)));
    for (const row of rows) byId.set(row.id, { ...row, year: toNumber(row.year), page: toNumber(row.page) });
  }
  return byId;
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : Number(value);
}

/** Loads the nodes, edges and evidence in scope; `centre` is the entity a neighbourhood export is about. */
export async function loadExportGraph(executor: Executor, scope: ExportScope = {}): Promise<ExportGraph & { centre: string | null }> {
  const { ids, centre } = await scopeIds(executor, scope);
  const nodes = await executor.read<ExportNode & Record<string, unknown>>(nodesQuery(ids));
  const rawEdges = await executor.read<{ source: string; target: string; relation: string; kind: string | null; evidence: string[] }>(edgesQuery(ids));
  const evidence = await loadEvidence(executor, [...new Set(rawEdges.flatMap((e) => e.evidence))]);
  const edges: ExportEdge[] = rawEdges.map((e) => ({
    ...e,
    evidence: e.evidence.map((id) => evidence.get(id)).filter((s): s is ExportEvidence => s !== undefined),
  }));
  return { nodes, edges, centre };
}
