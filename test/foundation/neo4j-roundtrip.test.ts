import { afterAll, describe, expect, it } from 'vitest';
import { TransactionMemoryError } from '../../src/errors.js';
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

  it('says what limit a query ran into and what to change when Neo4j refuses it for memory', async () => {
    const [setting] = await db.executor.read<{ value: string }>({ cypher: "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.memory.transaction.total.max' RETURN value" });
    if (!/^\d+(\.\d+)?MiB$/.test(setting?.value ?? '')) return;
    const error = await db.executor
      .read({ cypher: 'UNWIND range(1, $n) AS x WITH collect(toString(x)) AS xs RETURN size(xs) AS n', params: { n: 200_000_000 } })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionMemoryError);
    expect((error as TransactionMemoryError).limit).toBe(`${Number.parseFloat(setting.value).toFixed(1)} MiB`);
    expect((error as Error).message).toMatch(/allows [\d.]+ MiB of memory for transactions \(dbms\.memory\.transaction\.total\.max\).*NEO4J_LOCAL_HEAP/);
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
