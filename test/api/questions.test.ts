import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdFor } from '../../ingest/pipeline.js';
import { ingestForTest, removeDocuments } from '../helpers/ingest.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';
import { findTargets } from '../../src/graph/targets.js';
import { NOTHING, type Selection } from '../../src/graph/selection.js';
import { runCli } from '../helpers/cli.js';
import { CountingExecutor, startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.close();
});

// Note: page sizes are kept small so that each operation stays under the server's complexity limit.
const EVIDENCE = 'evidence(first: 5) { id text year status document { id title } sectionPath }';

describe("the users' questions, each answered with evidence", () => {
  it('lists 香港科技大学(广州) among the institutions linked to Hong Kong, as a campus of an institution located there, with its sentence and document', async () => {
    const result = await api.run(`{ institutions(partneredWith: "香港", first: 10) { totalCount edges { node {
      link kind institution { name } other { name } evidence(first: 20) { text document { id title issuedOn } sectionPath } } } } }`);
    expect(result.errors).toBeUndefined();
    const hits = result.data!.institutions.edges.map((e: Data) => e.node);
    const campus = hits.find((h: Data) => h.institution.name === '香港科技大学(广州)');
    expect(campus).toMatchObject({ link: 'PART_OF', other: { name: '香港科技大学' } });
    expect(campus.evidence.length).toBeGreaterThan(0);
    // The link rests on two facts: the campus belongs to 香港科技大学, and 香港科技大学 is in Hong Kong.
    for (const statement of campus.evidence) {
      expect(statement.text).toContain('香港科技大学');
      expect(statement.sectionPath.length).toBeGreaterThan(0);
    }
    expect(campus.evidence.some((s: Data) => s.text.includes('香港科技大学(广州)'))).toBe(true);
    const sentence = campus.evidence.find((s: Data) => s.text === '香港科技大学(广州)获教育部批准筹设并开工建设');
    if (sentence) {
      expect(sentence.document.title).toContain('2019年广州教育工作总结');
    } else {
      // Note: a shared database may hold newer documents about the campus; evidence lists the newest first.
      const own = (await api.run('query($id: ID!) { document(id: $id) { issuedOn } }', { id: api.sampleId })).data!.document.issuedOn;
      expect(campus.evidence.every((s: Data) => s.document.issuedOn >= own)).toBe(true);
    }
    const partnership = hits.find((h: Data) => h.link === 'PARTNERS_WITH' && h.other.name === '香港');
    expect(partnership.evidence.some((s: Data) => /香港|港澳/.test(s.text))).toBe(true);
    expect(hits.find((h: Data) => h.institution.name === '香港科技大学')).toMatchObject({ link: 'LOCATED_IN', other: { name: '香港' } });
  });

  it('counts a partnership with an institution located in Hong Kong as a Hong Kong link', async () => {
    const result = await api.run(`{ institutions(partneredWith: "Hong Kong", first: 20) { edges { node { link kind institution { name } other { name } ${EVIDENCE} } } } }`);
    const hit = result.data!.institutions.edges.map((e: Data) => e.node).find((h: Data) => h.institution.name === '南沙区晨光中学');
    expect(hit).toMatchObject({ link: 'PARTNERS_WITH', kind: '协议', other: { name: '香港星光大学' } });
    expect(hit.evidence.map((s: Data) => s.document.id)).toContain(api.fixtureId);
  });

  it('lists the institutions located in a region and its sub-regions', async () => {
    const result = await api.run('{ institutions(region: "广州市", first: 100) { totalCount edges { node { link institution { name } other { name } } } } }');
    const names = result.data!.institutions.edges.map((e: Data) => `${e.node.institution.name}@${e.node.other.name}`);
    expect(names).toContain('南沙区特殊教育学校@南沙区');
    expect(names).toContain('香港科技大学(广州)@广州市');
    expect(result.data!.institutions.edges.every((e: Data) => e.node.link === 'LOCATED_IN')).toBe(true);
  });

  it('answers which programs touch 南沙区: directly and through an institution located there, each with evidence', async () => {
    const result = await api.run(`{ programs(region: "南沙区") { totalCount edges { node { via program { name } through { name } ${EVIDENCE} } } } }`);
    expect(result.errors).toBeUndefined();
    const hits = result.data!.programs.edges.map((e: Data) => e.node);
    const direct = hits.find((h: Data) => h.program.name === '湾区未来学校计划');
    expect(direct).toMatchObject({ via: 'DIRECT', through: { name: '南沙区' } });
    expect(direct.evidence[0]).toMatchObject({ text: '在南沙区实施“湾区未来学校计划”,新建公办学校5所', year: 2031, status: 'PLANNED' });
    expect(direct.evidence[0].document.id).toBe(api.fixtureId);
    const viaSchool = hits.find((h: Data) => h.program.name === '星海科创教育工程');
    expect(viaSchool).toMatchObject({ via: 'INSTITUTION', through: { name: '南沙区晨光中学' } });
    expect(viaSchool.evidence.map((s: Data) => s.text)).toContain('依托南沙区晨光中学实施“星海科创教育工程”');
  });

  it('returns more programs for 广州市 with includeSubregions than without, the extra ones via a sub-region', async () => {
    const query = `query($sub: Boolean) { programs(region: "广州", includeSubregions: $sub, first: 100) { totalCount edges { node { via program { name } through { name } } } } }`;
    const without = (await api.run(query, { sub: false })).data!.programs;
    const withSub = (await api.run(query, { sub: true })).data!.programs;
    expect(withSub.totalCount).toBeGreaterThan(without.totalCount);
    const vias = withSub.edges.map((e: Data) => `${e.node.via}:${e.node.program.name}:${e.node.through.name}`);
    expect(vias).toContain('SUBREGION:湾区未来学校计划:南沙区');
    expect(vias).toContain('SUBREGION:6+2+n实验:从化区');
  });

  it('filters the evidence of programs by year and status', async () => {
    const query = `query($year: Int, $status: Status) { programs(region: "南沙区", year: $year, status: $status) { totalCount edges { node { program { name } ${EVIDENCE} } } } }`;
    const planned = (await api.run(query, { year: 2031, status: 'PLANNED' })).data!.programs;
    expect(planned.totalCount).toBeGreaterThan(0);
    for (const edge of planned.edges) for (const s of edge.node.evidence) expect(s).toMatchObject({ year: 2031, status: 'PLANNED' });
    const none = (await api.run(query, { year: 2031, status: 'ACHIEVED' })).data!.programs;
    expect(none.edges.filter((e: Data) => e.node.program.name === '湾区未来学校计划')).toEqual([]);
  });

  it('lists programs involving an institution', async () => {
    const result = await api.run('{ programs(institution: "南沙区晨光中学") { edges { node { via program { name } } } } }');
    expect(result.data!.programs.edges.map((e: Data) => e.node.program.name)).toEqual(['星海科创教育工程']);
  });

  it('finds the 2020 planned target 公办幼儿园在园幼儿数占比 ≥ 50 % with its statement', async () => {
    const result = await api.run(`{ targets(year: 2020, status: PLANNED, first: 50) { totalCount edges { node {
      text subject value unit comparator year status for { name } statement { text } } } } }`);
    expect(result.errors).toBeUndefined();
    const targets = result.data!.targets.edges.map((e: Data) => e.node);
    expect(targets.every((t: Data) => t.year === 2020 && t.status === 'PLANNED')).toBe(true);
    const share = targets.find((t: Data) => t.subject === '公办幼儿园在园幼儿数占比' && t.value === 50);
    expect(share).toMatchObject({ unit: '%', comparator: 'GTE', text: '公办幼儿园在园幼儿数占比达到50%以上' });
    expect(share.statement.text).toContain('公办幼儿园在园幼儿数占比达到50%以上');
  });

  it('finds targets achieved in 2019 and targets for a program', async () => {
    const achieved = await api.run('{ targets(year: 2019, status: ACHIEVED, first: 100) { edges { node { text value status } } } }');
    expect(achieved.data!.targets.edges.some((e: Data) => e.node.text.includes('5.88万') && e.node.value === 58800)).toBe(true);
    const forProgram = await api.run('{ targets(program: "湾区未来学校计划") { edges { node { text value unit for { name } } } } }');
    expect(forProgram.data!.targets.edges.map((e: Data) => e.node)).toContainEqual({ text: '新建公办学校5所', value: 5, unit: '所', for: { name: '湾区未来学校计划' } });
  });

  it('pages targets alike whether it orders those reached from the program, region or topic asked or walks every target newest first', async () => {
    // Few targets reached from the filter's side are tested and ordered; many make the query walk all targets newest
    // first. Both give the same count and the same pages, counted or not, first or further on.
    const [program] = await api.db.executor.read<{ id: string }>({
      cypher: 'MATCH (t:Target)-[:FOR]->(p:Program) WITH p, count(t) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id',
    });
    const base = { programIds: null, regionIds: null, year: null, status: null, topicIds: null, words: null };
    const filters = [
      { ...base, regionIds: ['region:440100'] },
      { ...base, regionIds: ['region:440115'], year: 2020 },
      { ...base, regionIds: ['region:440100'], status: 'ACHIEVED' },
      { ...base, programIds: [program.id] },
      { ...base, topicIds: ['preschool'] },
      { ...base, topicIds: ['education'], regionIds: ['region:440100'], words: ['学校'] },
    ];
    const uncounted: Selection = { fields: [{ key: 'edges', name: 'edges', args: {}, selection: { fields: [{ key: 'node', name: 'node', args: {}, selection: { fields: [{ key: 'text', name: 'text', args: {}, selection: NOTHING }] } }] } }] };
    let compared = 0;
    for (const filter of filters) {
      for (const page of [{ skip: 0, limit: 5 }, { skip: 7, limit: 20 }]) {
        for (const selection of [undefined, uncounted]) {
          const walked = await findTargets(api.db.executor, filter, page, selection, 'walk');
          const ordered = await findTargets(api.db.executor, filter, page, selection, 'order');
          expect(ordered).toEqual(walked);
          expect(await findTargets(api.db.executor, filter, page, selection)).toEqual(walked);
          compared += walked.rows.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('finds the targets of a region by each of its four ways: stated in a document issued there, for a place in it, for a program touching one, stated where one is named', async () => {
    // A document issued elsewhere, with a target for a program placed in 南沙区 by another statement (the program way
    // alone reaches it) and one for 深圳 stated where a 南沙 school is named (the statement way alone): the sample's and
    // the fixture's targets are all of documents issued in 广州市.
    const dir = tempDir('policy-kg-targets-');
    const file = path.join(dir, `program-way-${runSuffix()}.txt`);
    fs.writeFileSync(file, '深圳市教育局2020年工作要点\n一、重点工作\n在南沙区实施“湾区学校联盟计划”。“湾区学校联盟计划”2020年新增成员学校10所。'
      + '支持南沙区第一中学2020年招收深圳学生50名。\n');
    const [outcome] = await ingestForTest(api.db.executor, [file], 1e6);
    expect(outcome.ok).toBe(true);
    const mine = [api.sampleId, api.fixtureId, documentIdFor(file)];
    const walked: { issued: boolean; own: boolean; program: boolean; statement: boolean }[] = [];
    try {
      for (const regionId of ['region:440100', 'region:440115']) {
        // The definition, walked per target along the graph's paths.
        const ways = await api.db.executor.read<{ id: string; issued: boolean; own: boolean; program: boolean; statement: boolean }>({
          cypher: `MATCH (t:Target) WHERE t.documentId IN $mine
  WITH t, EXISTS { MATCH (d:Document {id: t.documentId}), (i:Institution)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(:Region {id: $regionId})
      WHERE i.id = 'institution:' + d.issuer } AS issued,
    EXISTS { MATCH (t)-[:FOR]->(:Region)-[:PART_OF*0..8]->(:Region {id: $regionId}) } AS own,
    EXISTS { MATCH (t)-[:FOR]->(:Program)-[:TOUCHES]->(:Region)-[:PART_OF*0..8]->(:Region {id: $regionId}) } AS program,
    EXISTS { MATCH (t)<-[:STATES]-(:Statement)-[:MENTIONS]->(:Region)-[:PART_OF*0..8]->(:Region {id: $regionId}) } AS statement
  WHERE issued OR own OR program OR statement
  RETURN t.id AS id, issued, own, program, statement`,
          params: { mine, regionId },
        });
        const found = await findTargets(api.db.executor, { programIds: null, regionIds: [regionId], year: null, status: null, topicIds: null, words: null }, { skip: 0, limit: 100_000 });
        const ids = found.rows.map((r) => r.id).filter((id) => mine.some((d) => id.startsWith(`${d}/`)));
        expect(ids.sort()).toEqual(ways.map((w) => w.id).sort());
        // Asked for the targets that name the region, the document way is left out, whether they are walked or ordered.
        for (const paging of ['walk', 'order'] as const) {
          const filter = { programIds: null, regionIds: [regionId], year: null, status: null, topicIds: null, words: null, regionNamed: true };
          const named = await findTargets(api.db.executor, filter, { skip: 0, limit: 100_000 }, NOTHING, paging);
          expect(named.rows.map((r) => r.id).filter((id) => mine.some((d) => id.startsWith(`${d}/`))).sort())
            .toEqual(ways.filter((w) => w.own || w.program || w.statement).map((w) => w.id).sort());
        }
        walked.push(...ways);
      }
      // Each way brings targets, and the three that can reach a target alone do so here, so none can go missing
      // unnoticed (a target for a place is stated where the place is named).
      for (const way of ['issued', 'own', 'program', 'statement'] as const) expect(walked.some((w) => w[way])).toBe(true);
      expect(walked.some((w) => w.program && !w.statement && !w.issued)).toBe(true);
      expect(walked.some((w) => w.statement && !w.program && !w.own && !w.issued)).toBe(true);
      expect(walked.some((w) => w.issued && !w.statement && !w.program && !w.own)).toBe(true);
    } finally {
      await removeDocuments(api.db.executor, [file]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('connects 香港科技大学(广州) to Hong Kong in two hops, with evidence for every hop', async () => {
    // A document that links 广州市 to 香港 twenty times over, as a corpus does: the path through the city is then the
    // better evidenced, but says less of the campus than the path through its university.
    const dir = tempDir('policy-kg-hub-');
    const file = path.join(dir, `hub-${runSuffix()}.txt`);
    const lines = Array.from({ length: 20 }, (_, i) => `广州市与香港签署第${i + 1}份教育合作协议。`);
    fs.writeFileSync(file, ['广州市教育局2021年工作要点', '一、交流合作', ...lines, ''].join('\n'));
    expect((await ingestForTest(api.db.executor, [file], 1e6))[0].ok).toBe(true);
    try {
      const result = await api.run(`{ connections(from: "香港科技大学(广州)", to: "Hong Kong", maxHops: 3, first: 10) { length nodes { id name }
        hops { from { name } to { name } relation kind evidence(first: 5) { text document { title } } } } }`);
      expect(result.errors).toBeUndefined();
      const paths = result.data!.connections;
      for (const p of paths) expect(p.length).toBe(2);
      // Other paths of two hops tie with it when the database holds other documents (through 广州市, which a corpus links
      // to 香港 many times over): those whose waypoint is least connected come first, so 广州市's come after it.
      const degrees = await api.db.executor.read<{ id: string; degree: number }>({
        cypher: 'UNWIND $ids AS id MATCH (x {id: id}) RETURN id, COUNT { (x)--() } AS degree',
        params: { ids: paths.map((p: Data) => p.nodes[1].id) },
      });
      // Paths whose hops all have evidence first, then by their waypoint's degree.
      const keys = paths.map((p: Data) => [-p.hops.filter((h: Data) => h.evidence.length > 0).length, degrees.find((d) => d.id === p.nodes[1].id)!.degree]);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      const hub = paths.findIndex((p: Data) => p.nodes[1].name === '广州市');
      const path = paths.find((p: Data) => p.nodes[1].name === '香港科技大学');
      expect(hub).toBeGreaterThanOrEqual(0);
      expect(paths.indexOf(path)).toBeLessThan(hub);
      expect(path.nodes.map((n: Data) => n.name)).toEqual(['香港科技大学(广州)', '香港科技大学', '香港']);
      expect(path.hops.map((h: Data) => `${h.from.name} ${h.relation} ${h.to.name}`)).toEqual(['香港科技大学(广州) PART_OF 香港科技大学', '香港科技大学 LOCATED_IN 香港']);
      for (const hop of path.hops) expect(hop.evidence.length).toBeGreaterThan(0);
    } finally {
      await removeDocuments(api.db.executor, [file]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds no connection within fewer hops than the shortest path', async () => {
    const result = await api.run('{ connections(from: "香港科技大学(广州)", to: "香港", maxHops: 1) { length } }');
    expect(result.data!.connections).toEqual([]);
  });

  it('answers a nested question (hits, evidence, documents, section paths, mentions) in a bounded number of round trips', async () => {
    const counting = new CountingExecutor(api.db.driver, api.db.config);
    const result = await api.run(
      `{ programs(region: "广州市", includeSubregions: true, first: 10) { edges { node {
        program { name mentions(first: 2) { totalCount edges { node { surface statement { text document { title } } } } } }
        evidence(first: 3) { text sectionPath document { title } } } } } }`,
      {},
      counting,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.programs.edges.length).toBe(10);
    // One statement, and one name look-up unless an earlier test of this file resolved 广州市 already.
    expect(counting.reads).toBeLessThanOrEqual(2);
  });
});

describe('ask: questions in Chinese', () => {
  const ask = (question: string) =>
    api.run(
      `query($q: String!) { ask(question: $q) { interpretation programs { via program { name } evidence(first: 3) { text } }
        institutions { link institution { name } other { name } } targets { text year status value } entities { name } } }`,
      { q: question },
    );

  it('reads 哪些项目涉及南沙区? as programs(region) and answers with evidence', async () => {
    const { data } = await ask('哪些项目涉及南沙区?');
    expect(data!.ask.interpretation).toBe('programs(region: "南沙区")');
    const program = data!.ask.programs.find((p: Data) => p.program.name === '湾区未来学校计划');
    expect(program.evidence[0].text).toContain('南沙区');
  });

  it('reads 哪些机构与香港合作? and 与香港有合作的高校 as institutions(partneredWith)', async () => {
    for (const question of ['哪些机构与香港合作?', '与香港有合作的高校']) {
      const { data } = await ask(question);
      expect(data!.ask.interpretation).toBe('institutions(partneredWith: "香港")');
      expect(data!.ask.institutions.map((i: Data) => i.institution.name)).toContain('香港科技大学(广州)');
    }
  });

  it('reads 2020年计划的目标 as targets(year, status)', async () => {
    const { data } = await ask('2020年计划的目标有哪些?');
    expect(data!.ask.interpretation).toBe('targets(year: 2020, status: PLANNED)');
    expect(data!.ask.targets.length).toBeGreaterThan(0);
    expect(data!.ask.targets.every((t: Data) => t.year === 2020 && t.status === 'PLANNED')).toBe(true);
  });

  it('reads 2019年完成了哪些目标 as achieved targets', async () => {
    const { data } = await ask('2019年完成了哪些目标');
    expect(data!.ask.interpretation).toBe('targets(year: 2019, status: ACHIEVED)');
  });

  it('reads a question about an institution’s programs as programs(institution), not about the district in its name', async () => {
    const { data } = await ask('南沙区晨光中学参与了哪些项目?');
    expect(data!.ask.interpretation).toBe('programs(institution: "南沙区晨光中学")');
    expect(data!.ask.programs.map((p: Data) => p.program.name)).toEqual(['星海科创教育工程']);
  });

  it('falls back to a search for anything else', async () => {
    const { data } = await ask('香港科技大学');
    expect(data!.ask.interpretation).toBe('search(text: "香港科技大学")');
    expect(data!.ask.entities[0].name).toBe('香港科技大学');
  });
});

describe('policy-kg ask', () => {
  it('prints how the question was read and each program with its evidence sentence and document', async () => {
    const result = await runCli(['ask', '哪些项目涉及南沙区?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Read as: programs(region: "南沙区")');
    expect(result.stdout).toMatch(/湾区未来学校计划 +\(DIRECT via 南沙区\)/);
    expect(result.stdout).toContain('“在南沙区实施“湾区未来学校计划”,新建公办学校5所”');
    expect(result.stdout).toContain('广州市南沙区教育局2031年工作要点 › 推进湾区教育融合');
  });

  it('prints its usage and exits with 2 without a question', async () => {
    const result = await runCli(['ask']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('usage: policy-kg ask');
  });
});
