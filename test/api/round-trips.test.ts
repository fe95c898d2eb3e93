import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/model.js';
import { extractFile } from '../../ingest/pipeline.js';
import { deleteDocument, writeExtraction } from '../../src/db/write/graphWriter.js';
import type { RecordShape } from 'neo4j-driver';
import type { CypherQuery } from '../../src/db/executor.js';
import { NameCache } from '../../src/graph/nameCache.js';
import { projectRoot } from '../../src/project-root.js';
import { CountingExecutor, startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.close();
});

const EVIDENCE = 'evidence(first: 3) { id text year status sectionPath document { id title issuedOn } }';
const ENTITY = `id name type kind aliases
  mentions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { surface start statement { text document { title } } } } }`;

/** Each top-level field with a deep selection: after the names are cached, one Cypher statement answers it. */
const QUESTIONS: Record<string, string> = {
  programs: `{ programs(region: "广州市", includeSubregions: true, first: 10) { totalCount pageInfo { hasNextPage } edges { node {
    via program { ${ENTITY} } through { name } ${EVIDENCE} } } } }`,
  institutions: `{ institutions(partneredWith: "香港", first: 10) { totalCount edges { node { link kind institution { ${ENTITY}
    ... on Institution { locatedIn { name } partners { kind partner { name } evidence(first: 1) { text } } } } other { name } ${EVIDENCE} } } } }`,
  targets: `{ targets(year: 2020, status: PLANNED, first: 10) { totalCount edges { node { text value unit for { name } statement { text sectionPath document { title } } } } } }`,
  entity: `{ entity(name: "Hong Kong") { ${ENTITY} ... on Region { level code parent { name } } neighbours(first: 5) { totalCount edges { node { relation direction kind entity { name type } evidence(first: 2) { text } } } }
    ... on Region { children { name } } } }`,
  search: `{ search(text: "大学", first: 5) { totalCount edges { node { score entity { ${ENTITY} } } } } }`,
  connections: `{ connections(from: "香港科技大学(广州)", to: "Hong Kong", maxHops: 3) { length nodes { name } hops { relation from { name } to { name } ${EVIDENCE} } } }`,
  lookup: `{ lookup(name: "香港") { entity { name ... on Region { nameEn } } suggestions { name } } }`,
};

describe('one round trip per question', () => {
  for (const [field, query] of Object.entries(QUESTIONS)) {
    it(`answers ${field} with one Cypher statement once its names are cached`, async () => {
      const warm = await api.run(query);
      expect(warm.errors).toBeUndefined();
      const counting = new CountingExecutor(api.db.driver, api.db.config);
      const result = await api.run(query, {}, counting);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(warm.data);
      expect(counting.reads).toBe(1);
    });
  }

  it('returns the same answer for aliased fields with different arguments, each under its alias', async () => {
    const result = await api.run(`{ entity(name: "香港") { name few: mentions(first: 1) { totalCount edges { node { surface } } }
      more: mentions(first: 3) { totalCount edges { cursor node { s: surface statement { t: text } } } } } }`);
    expect(result.errors).toBeUndefined();
    const entity = result.data!.entity as Data;
    expect(entity.few.edges).toHaveLength(1);
    expect(entity.more.edges.length).toBeGreaterThan(1);
    expect(entity.few.totalCount).toBe(entity.more.totalCount);
    expect(entity.more.edges[0].node.s).toBe(entity.few.edges[0].node.surface);
    expect(typeof entity.more.edges[0].node.statement.t).toBe('string');
  });

  it('pages mentions with cursors: the second page starts where the first ended', async () => {
    const query = 'query($after: String) { entity(name: "广州市") { mentions(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { surface statement { id } start } } } } }';
    const first = (await api.run(query)).data!.entity.mentions;
    const second = (await api.run(query, { after: first.pageInfo.endCursor })).data!.entity.mentions;
    const all = (await api.run(query.replace('first: 3', 'first: 6'))).data!.entity.mentions;
    expect([...first.edges, ...second.edges]).toEqual(all.edges);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('sees a name that was unknown once a document naming it is written in this process', async () => {
    const name = `测试${Date.now().toString(36)}实验学校`;
    expect((await api.run(`{ entity(name: "${name}") { name } }`)).data!.entity).toBeNull();
    const result = await extractFile(path.join(projectRoot(), 'test/fixtures/synthetic/xinghe-2031-plan.txt'), { maxBytes: 5e6 });
    if (!result.ok) throw result.error;
    const id = `doc:names-${Date.now().toString(36)}`;
    const extraction = JSON.parse(JSON.stringify(result.extraction).replaceAll(result.extraction.document.id, id).replaceAll('云栖湖实验学校', name)) as Extraction;
    try {
      expect(await writeExtraction(api.db.executor, extraction)).toBe('created');
      expect((await api.run(`{ entity(name: "${name}") { name } }`)).data!.entity).toEqual({ name });
    } finally {
      await deleteDocument(api.db.executor, id);
    }
  });

  it('drops cached names when another process changes the graph (its version, read in the background)', async () => {
    const names = new NameCache(100, 0);
    const name = `测试${Date.now().toString(36)}中学`;
    const entityId = `institution:${name}`;
    expect(await names.resolve(api.db.executor, name, () => [])).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // What another process's ingest does: a new entity, and the graph's version bumped in the same transaction.
    await api.db.executor.write({
      cypher: "CREATE (:Institution {id: $id, name: $name, aliases: []}) WITH 1 AS one MERGE (g:GraphState {id: 'graph'}) SET g.version = coalesce(g.version, 0) + 1",
      params: { id: entityId, name },
    });
    try {
      let found: unknown[] = [];
      for (let i = 0; i < 40 && found.length === 0; i++) {
        found = await names.resolve(api.db.executor, name, () => []);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(found).toEqual([{ id: entityId, type: 'INSTITUTION' }]);
    } finally {
      await api.db.executor.write({ cypher: 'MATCH (n:Institution {id: $id}) DETACH DELETE n', params: { id: entityId } });
    }
  });
  it('keeps the names it resolved before its first reading of the graph\'s version', async () => {
    // The version read is slowed down so that it lands after the first look-up, as it may on a busy machine.
    class SlowVersion extends CountingExecutor {
      lookups = 0;
      override async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
        if (query.cypher.includes('GraphState')) await new Promise((resolve) => setTimeout(resolve, 300));
        else this.lookups += 1;
        return super.read<T>(query);
      }
    }
    const names = new NameCache(100, 60_000);
    const slow = new SlowVersion(api.db.driver, api.db.config);
    await names.resolve(slow, '香港', () => []);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const lookups = slow.lookups;
    await names.resolve(slow, '香港', () => []);
    expect(slow.lookups).toBe(lookups);
  });
});
