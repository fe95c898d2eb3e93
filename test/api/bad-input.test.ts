import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness, type Result } from './harness.js';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.close();
});

/** The error messages of a result; none may leak database or stack details. */
function messages(result: Result): string[] {
  const list = (result.errors ?? []).map((e) => e.message);
  for (const message of list) expect(message).not.toMatch(/cypher|neo4j|lucene|stack|\.ts:\d|at \w+ \(|syntax error/i);
  return list;
}

function expectBadInput(result: Result, argument: string): void {
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(messages(result)[0]).toMatch(new RegExp(`^${argument}: `));
}

describe('bad input is refused with BAD_USER_INPUT naming the argument', () => {
  it('refuses page sizes outside 1..100', async () => {
    const zero = await api.run('{ programs(region: "南沙区", first: 0) { totalCount } }');
    expectBadInput(zero, 'first');
    expect(zero.errors![0].message).toBe('first: must be between 1 and 100');
    expectBadInput(await api.run('{ institutions(partneredWith: "香港", first: 101) { totalCount } }'), 'first');
    expectBadInput(await api.run('{ search(text: "香港", first: -1) { totalCount } }'), 'first');
    expectBadInput(await api.run('{ entity(name: "香港") { mentions(first: 1000) { totalCount } } }'), 'first');
    expectBadInput(await api.run('{ institutions(partneredWith: "香港", first: 1) { edges { node { evidence(first: 0) { id } } } } }'), 'first');
  });

  it('refuses maxHops outside 1..4', async () => {
    const nine = await api.run('{ connections(from: "香港", to: "广州", maxHops: 9) { length } }');
    expectBadInput(nine, 'maxHops');
    expect(nine.errors![0].message).toBe('maxHops: must be between 1 and 4');
    expectBadInput(await api.run('{ connections(from: "香港", to: "广州", maxHops: 0) { length } }'), 'maxHops');
  });

  it('refuses empty names, an empty question and a forged cursor', async () => {
    expectBadInput(await api.run('{ entity(name: "") { id } }'), 'name');
    expectBadInput(await api.run('{ entity { id } }'), 'name');
    expectBadInput(await api.run('{ lookup(name: "   ") { entity { id } } }'), 'name');
    expectBadInput(await api.run('{ programs(region: "") { totalCount } }'), 'region');
    expectBadInput(await api.run('{ programs { totalCount } }'), 'region');
    expectBadInput(await api.run('{ institutions { totalCount } }'), 'partneredWith');
    expectBadInput(await api.run('{ connections(from: "", to: "香港") { length } }'), 'from');
    expectBadInput(await api.run('{ ask(question: "") { interpretation } }'), 'question');
    expectBadInput(await api.run('{ search(text: "") { totalCount } }'), 'text');
    expectBadInput(await api.run('{ documents(after: "not-a-cursor") { totalCount } }'), 'after');
    expectBadInput(await api.run('{ targets(year: 99999) { totalCount } }'), 'year');
  });
});

describe('injection attempts change nothing and leak nothing', () => {
  const attempts = [
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    '*:* OR 香港~',
    'name:* AND aliases:/.*/',
    '\\" OR *:*',
    '香港"))) CALL db.index.fulltext.drop("entity_names") //',
  ];
  const long = '香港'.repeat(5000);

  it('treats Cypher- and Lucene-like text in every string argument as a plain (unknown) name', async () => {
    const before = await api.nodeCount();
    for (const text of attempts) {
      const variables = { t: text };
      const queries = [
        'query($t: String) { entity(name: $t) { id } }',
        'query($t: ID) { entity(id: $t) { id } }',
        'query($t: String!) { lookup(name: $t) { entity { id } suggestions { id } } }',
        'query($t: String) { programs(region: $t) { totalCount } }',
        'query($t: String) { programs(institution: $t) { totalCount } }',
        'query($t: String) { institutions(partneredWith: $t) { totalCount } }',
        'query($t: String) { institutions(region: $t) { totalCount } }',
        'query($t: String) { targets(program: $t) { totalCount } }',
        'query($t: String) { targets(region: $t) { totalCount } }',
        'query($t: String!) { connections(from: $t, to: "香港") { length } }',
        'query($t: String!) { connections(from: "香港", to: $t) { length } }',
        'query($t: String!) { search(text: $t) { totalCount } }',
        'query($t: ID!) { document(id: $t) { id } }',
        'query($t: String!) { ask(question: $t) { interpretation } }',
        'query($t: String) { documents(after: $t) { totalCount } }',
      ];
      for (const query of queries) {
        const result = await api.run(query, variables);
        for (const error of result.errors ?? []) expect(error.extensions?.code, `${query} ${text}`).toBe('BAD_USER_INPUT');
        messages(result);
      }
    }
    expect(await api.nodeCount()).toBe(before);
  });

  it('does not let Lucene syntax widen a search', async () => {
    const all = await api.run('{ search(text: "*:*") { totalCount } }');
    expect(all.data!.search.totalCount).toBe(0);
    const widened = await api.run('{ search(text: "*:* OR 香港~", first: 100) { totalCount edges { node { entity { name } } } } }');
    const plain = await api.run('{ search(text: "or 香港", first: 100) { totalCount } }');
    expect(widened.data!.search.totalCount).toBe(plain.data!.search.totalCount);
    expect(widened.data!.search.edges[0].node.entity.name).toBe('香港');
  });

  it('refuses very long strings with a short message naming the argument', async () => {
    const before = await api.nodeCount();
    expectBadInput(await api.run('query($t: String) { entity(name: $t) { id } }', { t: long }), 'name');
    expectBadInput(await api.run('query($t: String!) { search(text: $t) { totalCount } }', { t: long }), 'text');
    expectBadInput(await api.run('query($t: String!) { ask(question: $t) { interpretation } }', { t: long }), 'question');
    expectBadInput(await api.run('query($t: String) { institutions(partneredWith: $t) { totalCount } }', { t: long }), 'partneredWith');
    expect(await api.nodeCount()).toBe(before);
  });

  it('still answers normally after the attempts', async () => {
    const result = await api.run('{ entity(name: "香港") { name } }');
    expect(result.data!.entity).toEqual({ name: '香港' });
  });
});
