import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.close();
});

describe('looking entities up by any name', () => {
  it('finds 香港 by its Chinese name, English name in any case, pinyin and one-character abbreviation', async () => {
    for (const name of ['香港', 'Hong Kong', 'hong kong', 'HONG KONG', 'Xianggang', '香港特别行政区', '港']) {
      const result = await api.run('query($name: String) { entity(name: $name) { __typename id name } }', { name });
      expect(result.data!.entity, name).toEqual({ __typename: 'Region', id: 'region:HK', name: '香港' });
    }
  });

  it('finds 广州市 as 广州, 广州市, Guangzhou and by its id', async () => {
    for (const name of ['广州', '广州市', 'Guangzhou', 'guangzhou']) {
      const result = await api.run('query($name: String) { entity(name: $name) { name } }', { name });
      expect(result.data!.entity, name).toEqual({ name: '广州市' });
    }
    const byId = await api.run('{ entity(id: "region:440100") { ... on Region { name nameEn level code parent { name } } } }');
    expect(byId.data!.entity).toEqual({ name: '广州市', nameEn: 'Guangzhou', level: 'CITY', code: '440100', parent: { name: '广东省' } });
  });

  it('resolves each entity type to its GraphQL type with its own fields', async () => {
    const result = await api.run(`{
      i: entity(name: "香港科技大学(广州)") { __typename ... on Institution { locatedIn { name } partOf { name } } }
      p: entity(name: "湾区未来学校计划") { __typename ... on Program { regions { name } } }
      r: entity(name: "南沙区") { __typename ... on Region { parent { name } } } }`);
    expect(result.data).toEqual({
      i: { __typename: 'Institution', locatedIn: [{ name: '广州市' }], partOf: { name: '香港科技大学' } },
      p: { __typename: 'Program', regions: [{ name: '南沙区' }] },
      r: { __typename: 'Region', parent: { name: '广州市' } },
    });
  });

  it('returns null for an unknown name, and lookup offers close names instead of an error', async () => {
    const unknown = await api.run('{ entity(name: "香港科大") { name } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.entity).toBeNull();
    const lookup = await api.run('{ lookup(name: "香港科大") { entity { name } suggestions { name } } }');
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data!.lookup.entity).toBeNull();
    expect(lookup.data!.lookup.suggestions.map((s: Data) => s.name)).toContain('香港科技大学');
    const known = await api.run('{ lookup(name: "Nansha") { entity { name } suggestions { name } } }');
    expect(known.data!.lookup).toEqual({ entity: { name: '南沙区' }, suggestions: [] });
    const misspelt = await api.run('{ lookup(name: "Guangzhuo") { entity { name } suggestions { name } } }');
    expect(misspelt.data!.lookup.suggestions.map((s: Data) => s.name)).toContain('广州市');
  });

  it('leads every mention back to its statement, section path and document', async () => {
    const result = await api.run(`{ entity(name: "南沙区特殊教育学校") { mentions(first: 5) { totalCount edges { node {
      surface start end statement { text sectionPath document { id title } } } } } } }`);
    const mentions = result.data!.entity.mentions;
    const mine = mentions.edges.map((e: Data) => e.node).find((m: Data) => m.statement.document.id === api.sampleId);
    expect(mine.surface).toBe('南沙区特殊教育学校');
    expect(mine.end - mine.start).toBe('南沙区特殊教育学校'.length);
    expect(mine.statement.text).toContain('南沙区特殊教育学校的主体工程已封顶');
    expect(mine.statement.sectionPath[0]).toBe('2019年广州教育工作总结');
  });

  it('walks the neighbours of an entity with relation, direction, kind and evidence', async () => {
    const result = await api.run(`{ entity(name: "香港科技大学") { neighbours(first: 10) { totalCount edges { node {
      relation direction kind entity { name } evidence(first: 2) { text } } } } } }`);
    const neighbours = result.data!.entity.neighbours.edges.map((e: Data) => e.node);
    expect(neighbours).toContainEqual(expect.objectContaining({ relation: 'LOCATED_IN', direction: 'OUT', entity: { name: '香港' } }));
    const campus = neighbours.find((n: Data) => n.relation === 'PART_OF');
    expect(campus).toMatchObject({ direction: 'IN', entity: { name: '香港科技大学(广州)' } });
    expect(campus.evidence[0].text).toContain('香港科技大学(广州)');
    const filtered = await api.run('{ entity(name: "香港科技大学") { neighbours(relations: [PART_OF], types: [INSTITUTION]) { totalCount edges { node { relation } } } } }');
    expect(filtered.data!.entity.neighbours.edges.every((e: Data) => e.node.relation === 'PART_OF')).toBe(true);
  });
});

describe('full-text search', () => {
  it('ranks the exact name first, then names containing it', async () => {
    const result = await api.run('{ search(text: "香港", first: 10) { totalCount edges { node { score entity { name type } } } } }');
    const hits = result.data!.search.edges.map((e: Data) => e.node);
    expect(hits[0].entity).toEqual({ name: '香港', type: 'REGION' });
    expect(hits.map((h: Data) => h.entity.name)).toContain('香港科技大学');
    const scores = hits.map((h: Data) => h.score);
    expect(scores[0]).toBeGreaterThanOrEqual(Math.max(...scores.slice(1)));
  });

  it('filters by type and matches English names and partial Chinese names', async () => {
    const institutions = await api.run('{ search(text: "香港", types: [INSTITUTION]) { edges { node { entity { type } } } } }');
    expect(institutions.data!.search.edges.length).toBeGreaterThan(0);
    expect(institutions.data!.search.edges.every((e: Data) => e.node.entity.type === 'INSTITUTION')).toBe(true);
    const english = await api.run('{ search(text: "hong kong") { edges { node { entity { name } } } } }');
    expect(english.data!.search.edges[0].node.entity.name).toBe('香港');
    const partial = await api.run('{ search(text: "科技大学") { edges { node { entity { name } } } } }');
    expect(partial.data!.search.edges.map((e: Data) => e.node.entity.name)).toContain('香港科技大学(广州)');
  });
});

describe('pagination', () => {
  it('pages through a list without overlap, with hasNextPage and a stable totalCount', async () => {
    const query = 'query($after: String) { institutions(region: "广州市", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { institution { id } other { id } } } } }';
    const first = (await api.run(query)).data!.institutions;
    expect(first.totalCount).toBeGreaterThan(2);
    expect(first.edges.length).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const seen = new Set(first.edges.map((e: Data) => `${e.node.institution.id}|${e.node.other.id}`));
    let after = first.pageInfo.endCursor;
    let pages = 1;
    for (;;) {
      const page = (await api.run(query, { after })).data!.institutions;
      expect(page.totalCount).toBe(first.totalCount);
      for (const edge of page.edges) {
        const key = `${edge.node.institution.id}|${edge.node.other.id}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.size).toBe(first.totalCount);
    expect(pages).toBe(Math.ceil(first.totalCount / 2));
  });

  it('pages a document’s statements and an entity’s mentions the same way', async () => {
    const query = `query($id: ID!, $after: String) { document(id: $id) { statements(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const one = (await api.run(query, { id: api.sampleId })).data!.document.statements;
    const two = (await api.run(query, { id: api.sampleId, after: one.pageInfo.endCursor })).data!.document.statements;
    expect(one.totalCount).toBeGreaterThan(300);
    expect(one.edges.map((e: Data) => e.node.id)).not.toContain(two.edges[0].node.id);
    expect(two.edges[0].node.id).toBe(`${api.sampleId}/st:4`);
  });
});

describe('documents and their outline', () => {
  it('lists documents and returns one with its nested section tree and statements', async () => {
    const list = await api.run('{ documents(first: 100) { totalCount edges { node { id } } } }');
    expect(list.data!.documents.totalCount).toBeGreaterThanOrEqual(2);
    const result = await api.run(`query($id: ID!) { document(id: $id) { title issuer issuedOn sha256 charCount source ingestedAt
      sections { heading level sections { heading level statements(first: 2) { totalCount edges { node { text sectionPath } } } } } } }`, { id: api.sampleId });
    const document = result.data!.document;
    expect(document.issuer).toBe('广州市教育局');
    expect(document.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(document.sections.map((s: Data) => s.heading)).toEqual(['2019年广州教育工作总结', '2020年广州教育工作要点']);
    const child = document.sections[0].sections[0];
    expect(child.level).toBeGreaterThan(document.sections[0].level);
    expect(child.statements.totalCount).toBeGreaterThan(0);
    expect(child.statements.edges[0].node.sectionPath.slice(0, 2)).toEqual(['2019年广州教育工作总结', child.heading]);
    const planned = await api.run('query($id: ID!) { document(id: $id) { statements(status: PLANNED, first: 5) { edges { node { status year } } } } }', { id: api.sampleId });
    expect(planned.data!.document.statements.edges.every((e: Data) => e.node.status === 'PLANNED' && e.node.year === 2020)).toBe(true);
  });

  it('returns null for an unknown document', async () => {
    const result = await api.run('{ document(id: "doc:does-not-exist") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.document).toBeNull();
  });
});
