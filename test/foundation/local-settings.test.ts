import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_NEO4J_SETTINGS, settingArguments } from '../../src/local-neo4j/settings.js';
import { openTestDatabase } from '../helpers/db.js';

const db = openTestDatabase();

afterAll(() => db.close());

describe('the local Neo4j settings', () => {
  it('are passed to the launcher as --setting name=value', () => {
    expect(settingArguments({ 'db.tx_log.rotation.size': '32M' })).toEqual(['--setting', 'db.tx_log.rotation.size=32M']);
  });

  it.skipIf(!db.config.neo4j.local)('are in force in the running local Neo4j', async () => {
    const rows = await db.executor.read<{ name: string; value: string }>({
      cypher: 'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name',
      params: { names: Object.keys(LOCAL_NEO4J_SETTINGS) },
    });
    const inForce = Object.fromEntries(rows.map((r) => [r.name, r.value]));
    // Neo4j shows durations and sizes in its own units (1m as 60s, 32M in bytes): compare what they mean.
    expect(inForce['dbms.cypher.min_replan_interval']).toMatch(/^(1m|60s|60000ms)$/);
    expect(['32M', '32.00MiB', String(32 * 2 ** 20)]).toContain(inForce['db.tx_log.rotation.size']);
  });
});
