/**
 * Hong Kong's districts through the API: a Traditional Hong Kong text placing programmes in 元朗區 and 屯門區 is found by
 * the district's Chinese and English names, and by the area and the SAR they lie in (the gazetteer's PART_OF chain, written
 * to Neo4j at ingest).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness([['test/fixtures/api/hk-northern-2030.txt', 'api-hk-northern']]);
});

afterAll(async () => {
  await api?.close();
});

describe('Hong Kong districts', () => {
  it('finds 元朗区 by its Chinese, Traditional and English names, PART_OF 新界 PART_OF 香港', async () => {
    for (const name of ['元朗区', '元朗區', '元朗', 'Yuen Long']) {
      const result = await api.run('query($name: String) { entity(name: $name) { ... on Region { id name nameEn level parent { name parent { name } } } } }', { name });
      expect(result.data!.entity, name).toEqual({ id: 'region:HK:元朗区', name: '元朗区', nameEn: 'Yuen Long', level: 'DISTRICT', parent: { name: '新界', parent: { name: '香港' } } });
    }
  });

  it('lists the programmes placed in a district under the district, its area and the SAR with sub-regions', async () => {
    const query = `query($region: String!, $sub: Boolean) { programs(region: $region, includeSubregions: $sub, first: 50) { edges { node { via program { name } through { name } } } } }`;
    const names = async (region: string, sub: boolean) =>
      (await api.run(query, { region, sub })).data!.programs.edges.map((e: Data) => `${e.node.via}:${e.node.program.name}:${e.node.through?.name ?? ''}`);
    expect(await names('元朗区', false)).toContain('DIRECT:元朗创科走廊计划:元朗区');
    expect(await names('新界', false)).not.toContain('DIRECT:元朗创科走廊计划:元朗区');
    expect(await names('新界', true)).toEqual(expect.arrayContaining(['SUBREGION:元朗创科走廊计划:元朗区', 'SUBREGION:屯门河畔活化计划:屯门区']));
    expect(await names('Hong Kong', true)).toContain('SUBREGION:屯门河畔活化计划:屯门区');
  });
});
