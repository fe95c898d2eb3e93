import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, splitCypherScript } from '../../src/db/migrate.js';
import { openTestDatabase, uniqueLabel } from '../helpers/db.js';

const db = openTestDatabase();
const marker = uniqueLabel('fulltext');

type Row = Record<string, unknown>;
const schemaSnapshot = async (): Promise<{ constraints: Row[]; indexes: Row[] }> => ({
  constraints: await db.executor.read({ cypher: 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name' }),
  indexes: await db.executor.read({
    cypher: 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options RETURN name, type, labelsOrTypes, properties, options.indexConfig AS config ORDER BY name',
  }),
});

beforeAll(async () => {
  await migrate(db.executor, db.config.projectRoot);
});

afterAll(async () => {
  await db.executor.write({ cypher: 'MATCH (n) WHERE n.id STARTS WITH $marker DETACH DELETE n', params: { marker } });
  await db.close();
});

describe('schema migrations', () => {
  it('splits the script into statements without comments', () => {
    expect(splitCypherScript('// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nRETURN 1;')).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'RETURN 1',
    ]);
  });

  it('creates a uniqueness constraint on id for every node label of the graph model', async () => {
    const { constraints } = await schemaSnapshot();
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS' && (c.properties as string[]).join() === 'id');
    const labels = unique.flatMap((c) => c.labelsOrTypes as string[]).sort();
    expect(labels).toEqual(['Document', 'GraphState', 'Institution', 'Program', 'Region', 'Section', 'Statement', 'Target', 'Topic']);
  });

  it('creates a cjk full-text index over entity names and aliases', async () => {
    const { indexes } = await schemaSnapshot();
    const entityNames = indexes.find((i) => i.name === 'entity_names');
    expect(entityNames).toMatchObject({ type: 'FULLTEXT', labelsOrTypes: ['Program', 'Institution', 'Region'], properties: ['name', 'aliases'] });
    expect((entityNames?.config as Record<string, unknown>)['fulltext.analyzer']).toBe('cjk');
  });

  it('drops the statement_text index that an older store holds (nothing reads it), keeping the statements', async () => {
    await db.executor.write({
      cypher: "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    });
    await db.executor.write({ cypher: 'CREATE (:Statement {id: $id, text: $text})', params: { id: `${marker}:s`, text: '推进粤港澳大湾区建设' } });
    expect((await schemaSnapshot()).indexes.map((i) => i.name)).toContain('statement_text');
    await migrate(db.executor, db.config.projectRoot);
    const { indexes } = await schemaSnapshot();
    expect(indexes.map((i) => i.name)).not.toContain('statement_text');
    expect(indexes.map((i) => i.name)).toContain('statement_words');
    const kept = await db.executor.read<{ text: string }>({ cypher: 'MATCH (s:Statement {id: $id}) RETURN s.text AS text', params: { id: `${marker}:s` } });
    expect(kept).toEqual([{ text: '推进粤港澳大湾区建设' }]);
  });

  it('changes nothing when applied a second time', async () => {
    const before = await schemaSnapshot();
    await migrate(db.executor, db.config.projectRoot);
    const after = await schemaSnapshot();
    expect(after).toEqual(before);
  });

  it('finds a node by a two-character Chinese substring of its name through the cjk analyzer', async () => {
    await db.executor.write({
      cypher: 'CREATE (:Institution {id: $id, name: $name, aliases: $aliases})',
      params: { id: `${marker}:a`, name: '南沙区特殊教育学校', aliases: [] },
    });
    const rows = await db.executor.read<{ id: string }>({
      cypher: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node WHERE node.id STARTS WITH $marker RETURN node.id AS id",
      params: { q: '特殊', marker },
    });
    expect(rows.map((r) => r.id)).toEqual([`${marker}:a`]);
  });

  it('finds a node by one of its aliases, and not by text it does not hold', async () => {
    await db.executor.write({
      cypher: 'CREATE (:Region {id: $id, name: $name, aliases: $aliases})',
      params: { id: `${marker}:r`, name: '香港', aliases: ['香港特别行政区', 'Hong Kong'] },
    });
    const query = async (q: string): Promise<string[]> =>
      (
        await db.executor.read<{ id: string }>({
          cypher: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node WHERE node.id STARTS WITH $marker RETURN node.id AS id",
          params: { q, marker },
        })
      ).map((r) => r.id);
    expect(await query('行政')).toEqual([`${marker}:r`]);
    expect(await query('"Hong Kong"')).toEqual([`${marker}:r`]);
    expect(await query('澳门')).toEqual([]);
  });
});
