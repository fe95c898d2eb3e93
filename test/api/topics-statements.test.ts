/**
 * Topics, statement search and related entities over the real graph (the sample and the Nansha fixture, ingested by
 * the harness under this run's own names). The database may hold other documents, so hits are checked on this run's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStatements, statementsQuery, type Start, type StatementsFilter } from '../../src/graph/statementSearch.js';
import { findTopicInstitutions } from '../../src/graph/topicInstitutions.js';
import { topicIdsOf } from '../../src/graphql/topics.js';
import { startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
  await api.db.executor.write({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
}, 300_000);

afterAll(async () => {
  await api?.close();
}, 120_000);

const HIT = 'score statement { id text year status document { id } sectionPath } topics { topic { id } score }';

/** This run's sample-document hits of a statements query. */
async function sampleHits(args: string): Promise<Data[]> {
  const result = await api.run(`{ statements(${args}, first: 100) { totalCount edges { node { ${HIT} } } } }`);
  expect(result.errors).toBeUndefined();
  return result.data!.statements.edges.map((e: Data) => e.node).filter((h: Data) => h.statement.document.id === api.sampleId);
}

describe('topics in the graph', () => {
  it('lists the taxonomy, fields with their topics, and counts the statements about each', async () => {
    const result = await api.run('{ topics { id name nameEn parent { id } children { id } statementCount } }');
    expect(result.errors).toBeUndefined();
    const topics = result.data!.topics as Data[];
    const preschool = topics.find((t) => t.id === 'preschool');
    expect(preschool).toMatchObject({ name: '学前教育', nameEn: 'Preschool education', parent: { id: 'education' }, children: [] });
    expect(preschool!.statementCount).toBeGreaterThan(0);
    expect(topics.find((t) => t.id === 'education')!.children.map((c: Data) => c.id)).toContain('special');
  });

  it('tags a statement with its topics at ingest', async () => {
    const hits = await sampleHits('text: "普惠健康发展"');
    const statement = hits.find((h) => h.statement.text.includes('促进学前教育普惠健康发展行动方案'));
    expect(statement).toBeDefined();
    expect(statement!.topics.map((t: Data) => t.topic.id)).toContain('preschool');
  });

  it('gives programs the topics of the statements that name them', async () => {
    const result = await api.run('{ entity(name: "人工智能课程改革") { name topics(first: 5) { topic { id } score } } }');
    expect(result.errors).toBeUndefined();
    const entity = result.data!.entity;
    if (entity === null) return expect.fail('the sample names 人工智能课程改革');
    expect(entity.topics.length).toBeGreaterThan(0);
    expect(entity.topics.every((t: Data) => t.score > 0 && t.score <= 1)).toBe(true);
  });

  it('filters programs and targets by topic', async () => {
    const programs = await api.run('{ programs(topic: "人工智能", first: 50) { edges { node { program { name } via } } } }');
    expect(programs.errors).toBeUndefined();
    const names = programs.data!.programs.edges.map((e: Data) => e.node.program.name as string);
    expect(names.some((n: string) => n.includes('人工智能'))).toBe(true);
    expect(names).not.toContain('国家自然科学基金集中评审项目');
    const targets = await api.run('{ targets(topic: "学前教育", year: 2020, first: 50) { edges { node { text topics { topic { id } } statement { text } } } } }');
    expect(targets.errors).toBeUndefined();
    const found = targets.data!.targets.edges.map((e: Data) => e.node);
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(t.topics.map((x: Data) => x.topic.id)).toContain('preschool');
    expect(found.map((t: Data) => t.statement.text).join('\n')).not.toContain('厕所');
  });

  it('names the unknown topic and the closest ones instead of answering', async () => {
    const result = await api.run('{ programs(topic: "量子烹饪", first: 5) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('量子烹饪');
  });
});

describe('statement search', () => {
  it('matches a word as the ingest cut it, with the document and section path of each hit', async () => {
    const hits = await sampleHits('text: "特殊教育"');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.statement.sectionPath.length).toBeGreaterThan(0);
    expect(hits[0].statement.text).toContain('特殊教育');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('scores a hit of a topic search by its best link to the topics asked, best first, with or without other filters', async () => {
    // A field (education) stands for itself and its topics; a hit scores the best of its links to any of them.
    const asked = topicIdsOf('education')!;
    expect(asked.length).toBeGreaterThan(5);
    const base = { query: null, topicIds: asked, regionIds: null, institutionIds: null, programIds: null, year: null, status: null };
    let mixed = 0;
    for (const filter of [base, { ...base, year: 2019 }]) {
      const { rows } = await findStatements(api.db.executor, filter, { skip: 0, limit: 1_000_000 });
      const scores = rows.map((r) => r.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      const mine = rows.filter((r) => r.statementId.startsWith(`${api.sampleId}/`));
      expect(mine.length).toBeGreaterThan(3);
      const links = await api.db.executor.read<{ id: string; scores: number[] }>({
        cypher: 'MATCH (s:Statement)-[a:ABOUT]->(t:Topic) WHERE s.id IN $ids AND t.id IN $asked RETURN s.id AS id, collect(a.score) AS scores',
        params: { ids: mine.map((r) => r.statementId), asked },
      });
      const byId = new Map(links.map((l) => [l.id, l.scores]));
      for (const hit of mine) {
        const own = byId.get(hit.statementId)!;
        if (Math.min(...own) < Math.max(...own)) mixed++;
        expect(hit.score).toBeCloseTo(Math.max(...own), 6);
      }
    }
    // Hits whose links score differently tell the best link from any other.
    expect(mixed).toBeGreaterThan(0);
  });

  it('finds the same hits of a region, a topic and a year whichever of them it starts from', async () => {
    // The search starts from whichever reads fewest statements; forced each way, each must keep to every filter and give
    // the same scores and pages, and so must the way it picks.
    const base: StatementsFilter = { query: null, topicIds: topicIdsOf('education'), regionIds: ['region:440100'], institutionIds: null, programIds: null, year: null, status: null };
    const filters = [
      base,
      { ...base, regionIds: ['region:440115'] },
      { ...base, year: 2019 },
      { ...base, topicIds: ['preschool'], status: 'PLANNED' },
      // Without a topic a year is the other way in, and the hits are unscored (newest first).
      { ...base, topicIds: null, year: 2019 },
      { ...base, topicIds: null, year: 2020, status: 'PLANNED' },
      { ...base, topicIds: null, regionIds: ['region:440115'], year: 2019 },
      // Without a region: the topic or the year.
      { ...base, regionIds: null, year: 2019 },
      { ...base, regionIds: null, year: 2020, status: 'PLANNED' },
    ];
    const run = async (filter: StatementsFilter, page: { skip: number; limit: number }, start?: Start) =>
      (await api.db.executor.read(statementsQuery(filter, page, undefined, 'order', start)))[0];
    let compared = 0;
    for (const filter of filters) {
      for (const page of [{ skip: 0, limit: 10 }, { skip: 5, limit: 1_000 }]) {
        const ways = (['region', 'topic', 'year'] as const).filter((w) => (w === 'region' ? filter.regionIds : w === 'topic' ? filter.topicIds : filter.year) !== null);
        const first = await run(filter, page, ways[0]);
        for (const way of ways.slice(1)) expect(await run(filter, page, way)).toEqual(first);
        expect(await run(filter, page)).toEqual(first);
        compared += (first.page as unknown[]).length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // The hits keep to the region: none of the district's is outside what the city's search finds.
    const district = await run({ ...base, regionIds: ['region:440115'] }, { skip: 0, limit: 1_000 });
    const city = await run(base, { skip: 0, limit: 100_000 });
    const cityIds = new Set((city.page as Data[]).map((h) => h.statementId));
    expect((district.page as Data[]).every((h) => cityIds.has(h.statementId))).toBe(true);
    expect(district.total).toBeLessThan(city.total);
  });

  it('finds the institutions of a topic in a region only in statements about the topic that name a place in it', async () => {
    const topics = topicIdsOf('education')!;
    const inRegion = async (regionId: string) => {
      const hits = await findTopicInstitutions(api.db.executor, topics, [regionId], 1_000);
      const ids = [...new Set(hits.flatMap((h) => h.evidenceIds as string[]))];
      // Every evidence statement is about the topics and names a place at or under the region, by the graph's paths.
      const checked = await api.db.executor.read<{ id: string; about: boolean; placed: boolean }>({
        cypher: `UNWIND $ids AS id MATCH (s:Statement {id: id})
RETURN id, EXISTS { MATCH (s)-[:ABOUT]->(t:Topic) WHERE t.id IN $topics } AS about,
  EXISTS { MATCH (s)-[:MENTIONS]->(:Region)-[:PART_OF*0..8]->(:Region {id: $regionId}) } AS placed`,
        params: { ids, topics, regionId },
      });
      expect(checked.every((c) => c.about && c.placed)).toBe(true);
      return hits.map((h) => h.institutionId);
    };
    const city = await inRegion('region:440100');
    const district = await inRegion('region:440115');
    expect(district.length).toBeGreaterThan(0);
    expect(city.length).toBeGreaterThan(district.length);
    expect(district.every((id) => city.includes(id))).toBe(true);
  });

  it('expands a topic to its cue terms and keeps to the year and status asked', async () => {
    const hits = await sampleHits('topic: "special", year: 2019, status: ACHIEVED');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.statement).toMatchObject({ year: 2019, status: 'ACHIEVED' });
      expect(h.topics.map((t: Data) => t.topic.id)).toContain('special');
    }
    expect(hits.map((h) => h.statement.text).join('\n')).toContain('资源教室');
  });

  it('finds the statements that name an institution', async () => {
    const hits = await sampleHits('institution: "广州大学"');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.statement.text).toContain('广州大学');
  });

  it('finds by region alone the statements a scan of every statement finds: those naming a place in it and those issued there', async () => {
    // The reference walks every statement of the sample with the region test written out; the search starts from the region.
    const scan = `MATCH (s:Statement {documentId: $doc})
      WHERE EXISTS { MATCH (s)-[:MENTIONS]->(:Region)-[:PART_OF*0..8]->(x:Region {id: $region}) }
         OR EXISTS { MATCH (d:Document {id: s.documentId}) MATCH (:Institution {id: 'institution:' + d.issuer})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(x:Region {id: $region}) }
      RETURN s.id AS id`;
    const sizes: number[] = [];
    for (const region of ['region:440100', 'region:440115']) {
      const expected = (await api.db.executor.read<{ id: string }>({ cypher: scan, params: { doc: api.sampleId, region } })).map((r) => r.id).sort();
      const filter = { query: null, topicIds: null, regionIds: [region], institutionIds: null, programIds: null, year: null, status: null };
      const { rows } = await findStatements(api.db.executor, filter, { skip: 0, limit: 1_000_000 });
      const found = rows.map((r) => r.statementId).filter((id) => id.startsWith(`${api.sampleId}/`)).sort();
      expect(found).toEqual(expected);
      sizes.push(found.length);
    }
    // Guangzhou holds the sample's issuer (every statement), the district only the statements naming it.
    expect(sizes[0]).toBeGreaterThan(sizes[1]);
    expect(sizes[1]).toBeGreaterThan(0);
  });

  it('pages a search without words or topic alike whether it orders its hits or walks the statements newest first', async () => {
    // Many hits make the search walk every statement newest first and test each; few make it order the hits. Both give
    // the same count and the same pages, first or further on, whatever the filter.
    const base = { query: null, topicIds: null, regionIds: null, institutionIds: null, programIds: null, year: null, status: null };
    const filters = [
      { ...base, regionIds: ['region:440100'] },
      { ...base, regionIds: ['region:440115'], status: 'PLANNED' },
      { ...base, year: 2020 },
      { ...base, institutionIds: ['institution:广州大学'] },
      { ...base, status: 'ACHIEVED' },
    ];
    let compared = 0;
    for (const filter of filters) {
      for (const page of [{ skip: 0, limit: 5 }, { skip: 7, limit: 20 }]) {
        const walked = await findStatements(api.db.executor, filter, page, undefined, 'walk');
        const ordered = await findStatements(api.db.executor, filter, page, undefined, 'order');
        expect(walked).toEqual(ordered);
        expect(await findStatements(api.db.executor, filter, page)).toEqual(ordered);
        compared += walked.rows.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('refuses a search with nothing to search by, naming the argument', async () => {
    const result = await api.run('{ statements(first: 5) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('text');
  });
});

describe('related entities', () => {
  it('ranks the entities sharing statements and neighbours with one, with the shared sentences', async () => {
    const result = await api.run(`{ entity(name: "毕节市") { name related(first: 10) { score sharedStatements entity { name type }
      evidence(first: 3) { text } } } }`);
    expect(result.errors).toBeUndefined();
    const related = result.data!.entity.related as Data[];
    expect(related.length).toBeGreaterThan(0);
    const scores = related.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const names = related.map((r) => r.entity.name);
    expect(names).not.toContain('毕节市');
    const shared = related.find((r) => r.sharedStatements > 0);
    expect(shared).toBeDefined();
    for (const s of shared!.evidence) expect(s.text).toMatch(/毕节/);
  });

  it('keeps to the entity types asked', async () => {
    const result = await api.run('{ entity(name: "广州市") { related(first: 10, types: [PROGRAM]) { entity { type } } } }');
    expect(result.errors).toBeUndefined();
    const related = result.data!.entity.related as Data[];
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((r) => r.entity.type === 'PROGRAM')).toBe(true);
  });
});
