/**
 * The API over the real Neo4j for tests: ingests the sample and the API fixture under unique names (so their
 * document ids are this run's own), runs operations through Apollo's executeOperation, and cleans up.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { RecordShape } from 'neo4j-driver';
import { Executor, type CypherQuery } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { NameCache } from '../../src/graph/nameCache.js';
import { createContext, type ApiContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { documentIdFor, extractFile } from '../../ingest/pipeline.js';
import { deleteDocument, writeExtraction } from '../../src/db/write/graphWriter.js';
import { projectRoot } from '../../src/project-root.js';
import { openTestDatabase } from '../helpers/db.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';

/** An executor that counts its read queries (round trips), over the same real database. */
export class CountingExecutor extends Executor {
  reads = 0;
  override async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    this.reads += 1;
    return super.read<T>(query);
  }
}

/** Loosely typed response data: tests read it by the shape of their own query. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

/** The result of one operation. */
export interface Result<T = Data> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A started API over the test database with the sample (and the Nansha fixture) ingested. */
export interface ApiHarness {
  db: ReturnType<typeof openTestDatabase>;
  server: ApolloServer<ApiContext>;
  sampleId: string;
  fixtureId: string;
  run: <T = Data>(query: string, variables?: Record<string, unknown>, executor?: Executor) => Promise<Result<T>>;
  /** The name cache the harness's requests share, as a server's requests do. */
  names: NameCache;
  nodeCount: () => Promise<number>;
  close: () => Promise<void>;
}

/** Ingests the documents (and `extra` ones: repo path, name) and starts the server; call `close` in afterAll. */
export async function startApiHarness(extra: readonly (readonly [from: string, name: string])[] = []): Promise<ApiHarness> {
  const root = projectRoot();
  const db = openTestDatabase();
  await migrate(db.executor, root);
  const dir = tempDir('policy-kg-api-');
  const suffix = runSuffix();
  const ids: string[] = [];
  for (const [from, name] of [
    ['seeds/guangzhou-education-2019-summary-2020-plan.txt', 'api-sample'],
    ['test/fixtures/api/nansha-2031-plan.txt', 'api-nansha'],
    ...extra,
  ]) {
    const file = path.join(dir, `${name}-${suffix}.txt`);
    fs.copyFileSync(path.join(root, from), file);
    const result = await extractFile(file, { maxBytes: 5e6 });
    if (!result.ok) throw result.error;
    await writeExtraction(db.executor, result.extraction);
    ids.push(documentIdFor(file));
  }
  const server = createApolloServer(db.config);
  await server.start();
  // Note: a long refresh interval keeps the background version check out of tests that count round trips.
  const names = new NameCache(10_000, 60_000);
  const run = async <T,>(query: string, variables: Record<string, unknown> = {}, executor: Executor = db.executor): Promise<Result<T>> => {
    const response = await server.executeOperation<T>({ query, variables }, { contextValue: createContext(executor, names) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as Result<T>;
  };
  return {
    db,
    server,
    sampleId: ids[0],
    fixtureId: ids[1],
    run,
    names,
    nodeCount: async () => (await db.executor.read<{ n: number }>({ cypher: 'MATCH (n) RETURN count(n) AS n' }))[0].n,
    close: async () => {
      await server.stop();
      for (const id of ids) await deleteDocument(db.executor, id);
      fs.rmSync(dir, { recursive: true, force: true });
      await db.close();
    },
  };
}
