import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, uniqueLabel } from '../helpers/db.js';

const db = openTestDatabase();
const label = uniqueLabel('RoundTrip');

afterAll(async () => {
  await db.executor.write({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await db.close();
});

describe('the real Neo4j', () => {
  it('writes a node and reads it back through neo4j-driver', async () => {
    await db.executor.write({ cypher: `CREATE (n:${label} {id: $id, name: $name})`, params: { id: 'r1', name: '粤港澳大湾区' } });
    const rows = await db.executor.read<{ name: string }>({ cypher: `MATCH (n:${label} {id: $id}) RETURN n.name AS name`, params: { id: 'r1' } });
    expect(rows).toEqual([{ name: '粤港澳大湾区' }]);
  });

  it('is Neo4j 5.26', async () => {
    const rows = await db.executor.read<{ version: string }>({ cypher: 'CALL dbms.components() YIELD versions RETURN versions[0] AS version' });
    expect(rows[0]?.version).toMatch(/^5\.26\./);
  });

  it('rolls back a failed write transaction completely', async () => {
    await expect(
      db.executor.writeTransaction(async (tx) => {
        await tx.run(`CREATE (:${label} {id: 'partial'})`);
        throw new Error('fail after the first write');
      }),
    ).rejects.toThrow('fail after the first write');
    const rows = await db.executor.read<{ c: number }>({ cypher: `MATCH (n:${label} {id: 'partial'}) RETURN count(n) AS c` });
    expect(rows[0]?.c).toBe(0);
  });
});
