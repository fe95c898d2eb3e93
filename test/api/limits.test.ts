import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { measureOperation } from '../../src/graphql/limits.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { projectRoot } from '../../src/project-root.js';
import { openTestDatabase } from '../helpers/db.js';

const schema = buildSchema(loadTypeDefs(projectRoot()).join('\n'));
const db = openTestDatabase();

afterAll(() => db.close());

function measure(query: string, variables: Record<string, unknown> = {}): { depth: number; complexity: number } {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  if (!operation) throw new Error('no operation');
  return measureOperation(schema, operation, fragments, variables);
}

// 14 levels: entity → neighbours → edges → node → entity → … → name.
const deep = `{ entity(name: "香港") { ${'neighbours { edges { node { entity { '.repeat(3)}name${' } } } }'.repeat(3)} } }`;

describe('query depth and complexity limits', () => {
  it('measures depth through fragments and inline fragments', () => {
    const size = measure(`query { entity(name: "x") { ...F } } fragment F on Entity { ... on Region { parent { name } } }`);
    expect(size.depth).toBe(3);
  });

  it('multiplies a list by the page size asked for, from a literal or a variable', () => {
    const small = measure('{ search(text: "大学", first: 5) { edges { node { entity { name } score } } } }');
    const large = measure('query Q($n: Int) { search(text: "大学", first: $n) { edges { node { entity { name } score } } } }', { n: 100 });
    expect(large.complexity).toBeGreaterThan(small.complexity * 10);
  });

  it('refuses a query deeper than the limit with QUERY_TOO_COMPLEX before touching the database', async () => {
    const server = createApolloServer(loadConfig());
    const response = await server.executeOperation({ query: deep }, { contextValue: { executor: db.executor } as never });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result?.errors?.[0]?.message).toMatch(/levels deep; the limit is 12/);
    expect(response.http.status).toBe(400);
  });

  it('refuses a query whose nested pages multiply past the cost limit', async () => {
    const server = createApolloServer(loadConfig());
    const query = `{ search(text: "大学", first: 100) { edges { node { entity {
      mentions(first: 100) { edges { node { statement { text document { title } } } } } } } } } }`;
    const response = await server.executeOperation({ query }, { contextValue: { executor: db.executor } as never });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result?.errors?.[0]?.message).toMatch(/estimated cost/);
  });

  it('counts a page of edges once, not as a list inside the page', () => {
    const size = measure('{ programs(region: "广州市", first: 20) { edges { node { program { name } } } } }');
    expect(size.complexity).toBeLessThan(100);
  });

  it('lets an ordinary query through', async () => {
    const server = createApolloServer(loadConfig());
    const response = await server.executeOperation({ query: '{ health { ok } }' }, { contextValue: { executor: db.executor } as never });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors).toBeUndefined();
    expect(result?.data).toEqual({ health: { ok: true } });
  });

  it('turns introspection off when configured', async () => {
    const server = createApolloServer(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }));
    const response = await server.executeOperation({ query: '{ __schema { types { name } } }' }, { contextValue: { executor: db.executor } as never });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
