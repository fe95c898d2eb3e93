/** `policy-kg status`: whether Neo4j runs, the store size, what the graph holds and the last ingest; never starts Neo4j. */
import type { Config } from '../config.js';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { localNeo4jStatus } from '../local-neo4j/index.js';
import { graphCountsQuery, relationCountsQuery } from './queries.js';

/** What the graph holds. */
export interface GraphCounts {
  documents: number;
  statements: number;
  targets: number;
  programs: number;
  institutions: number;
  regions: number;
  relations: Record<string, number>;
  lastIngest: { at: string; title: string | null; source: string | null } | null;
}

/** The status report. */
export interface StatusReport {
  neo4j: { uri: string; local: boolean; running: boolean; pid: number | null; storeBytes: number | null; error: string | null };
  graph: GraphCounts | null;
}

async function readCounts(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read<Record<string, unknown>>(graphCountsQuery());
  const relations = await executor.read<{ type: string; n: unknown }>(relationCountsQuery());
  const num = (v: unknown): number => Number(v ?? 0);
  return {
    documents: num(row.documents),
    statements: num(row.statements),
    targets: num(row.targets),
    programs: num(row.programs),
    institutions: num(row.institutions),
    regions: num(row.regions),
    relations: Object.fromEntries(relations.map((r) => [r.type, num(r.n)])),
    lastIngest: row.lastIngestAt ? { at: String(row.lastIngestAt), title: (row.lastTitle as string) ?? null, source: (row.lastSource as string) ?? null } : null,
  };
}

/** Reads the status: the local Neo4j's process and store from its data folder, the counts over Bolt when it answers. */
export async function readStatus(config: Config): Promise<StatusReport> {
  const local = config.neo4j.local ? localNeo4jStatus(config.localNeo4j) : null;
  const neo4j: StatusReport['neo4j'] = {
    uri: config.neo4j.uri,
    local: config.neo4j.local,
    running: local ? local.running : false,
    pid: local?.pid ?? null,
    storeBytes: local?.storeBytes ?? null,
    error: null,
  };
  if (local && !local.running) return { neo4j, graph: null };
  const driver = createDriver(config);
  try {
    const graph = await readCounts(new Executor(driver, config));
    return { neo4j: { ...neo4j, running: true }, graph };
  } catch (error) {
    return { neo4j: { ...neo4j, error: error instanceof Error ? error.message : String(error) }, graph: null };
  } finally {
    await driver.close();
  }
}
