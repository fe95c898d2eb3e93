/**
 * GraphQL fuzz: 1,200 generated operations through Apollo's executeOperation, and 150 hostile HTTP requests against the
 * real server, over the real Neo4j. No answer is a 500 with internal text, every error carries a code, and the server
 * still answers afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import { startHttpServer } from '../../src/graphql/server.js';
import { projectRoot } from '../../src/project-root.js';
import { startApiHarness, type ApiHarness } from '../api/harness.js';
import { apiSchema, generateOperations, HOSTILE_STRINGS, type FuzzOperation } from './graphql-operations.js';
import { prng } from './hostile-files.js';

const OPERATIONS = 1_200;
const SEED = 9_0001;

/** Text that must never reach a client: stack frames, source paths, driver and JavaScript error names. */
const INTERNAL = /\n\s+at |\.ts:\d+|node_modules|Neo4jError|Neo\.(?:ClientError|DatabaseError|TransientError)|TypeError|RangeError|ReferenceError|Cannot read propert|is not a function|undefined is not/;

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

/** Checks one response's errors; returns their codes. */
function checkErrors(errors: GraphQLErrorShape[] | undefined, label: string): string[] {
  const codes: string[] = [];
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    expect(typeof code, `${label}: error without a code: ${JSON.stringify(error).slice(0, 300)}`).toBe('string');
    expect(String(error.message), `${label}: internal text`).not.toMatch(INTERNAL);
    if (code === 'INTERNAL_SERVER_ERROR') expect(error.message, label).toBe('Internal server error');
    codes.push(String(code));
  }
  return codes;
}

let api: ApiHarness;
let http: Awaited<ReturnType<typeof startHttpServer>>;
const tally = new Map<string, number>();
const count = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);

beforeAll(async () => {
  api = await startApiHarness();
  http = await startHttpServer({ ...api.db.config, server: { ...api.db.config.server, port: 0, host: '127.0.0.1', playground: false } }, api.db.executor);
});

afterAll(async () => {
  await http?.close();
  await api?.close();
  console.log(`graphql fuzz outcomes: ${[...tally].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
});

async function execute(op: FuzzOperation): Promise<void> {
  const response = await api.server.executeOperation({ query: op.query, variables: op.variables }, { contextValue: createContext(api.db.executor) });
  const label = `${op.kind}: ${op.query.slice(0, 200)}`;
  expect(response.http.status ?? 200, label).toBeLessThan(500);
  expect(response.body.kind, label).toBe('single');
  if (response.body.kind !== 'single') return;
  const codes = checkErrors(response.body.singleResult.errors as GraphQLErrorShape[] | undefined, label);
  expect(codes, label).not.toContain('INTERNAL_SERVER_ERROR');
  if (codes.length === 0) count('ok');
  for (const code of new Set(codes)) count(code);
}

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST', search = ''): Promise<{ status: number; text: string }> {
  const response = await fetch(`${http.url}${search}`, { method, headers, body: method === 'GET' ? undefined : body });
  return { status: response.status, text: await response.text() };
}

/** Checks an HTTP answer: not a 5xx, a JSON body, and every error in it coded. */
function checkHttp({ status, text }: { status: number; text: string }, label: string): void {
  expect(status, `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
  let body: unknown;
  expect(() => (body = JSON.parse(text)), `${label}: not JSON: ${text.slice(0, 200)}`).not.toThrow();
  const list = Array.isArray(body) ? body : [body];
  for (const item of list) checkErrors((item as { errors?: GraphQLErrorShape[] }).errors, label);
  count(`http ${status}`);
}

describe('GraphQL fuzz', () => {
  it(`answers ${OPERATIONS} generated operations without a 500, internal text or an uncoded error`, async () => {
    const operations = generateOperations(apiSchema(projectRoot()), OPERATIONS, SEED);
    expect(operations.length).toBeGreaterThanOrEqual(1_000);
    for (const op of operations) await execute(op);
    expect(tally.get('ok') ?? 0).toBeGreaterThan(100);
    expect(tally.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(50);
    expect(tally.get('QUERY_TOO_COMPLEX') ?? 0).toBeGreaterThan(10);
  }, 900_000);

  it('answers hostile HTTP requests (bodies, batches, methods, sizes) with coded JSON errors and no 5xx', async () => {
    const rand = prng(SEED + 7);
    const ops = generateOperations(apiSchema(projectRoot()), 60, SEED + 3);
    for (const op of ops) checkHttp(await post(JSON.stringify({ query: op.query, variables: op.variables })), `POST ${op.kind}`);
    const bodies: [string, string][] = [
      ['batch of two', JSON.stringify([{ query: '{ health { ok } }' }, { query: '{ health { ok } }' }])],
      ['empty batch', '[]'],
      ['batch of numbers', '[1, 2, 3]'],
      ['batch of 1000', JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ search(text: "香港", first: 100) { totalCount } }' })))],
      ['malformed JSON', '{"query": "{ health { ok } }"'],
      ['empty body', ''],
      ['null', 'null'],
      ['a string', '"{ health { ok } }"'],
      ['query is a number', '{"query": 123}'],
      ['query is null', '{"query": null}'],
      ['variables is a string', '{"query": "{ health { ok } }", "variables": "x"}'],
      ['operationName is a number', '{"query": "{ health { ok } }", "operationName": 5}'],
      ['extensions persisted query', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}'],
      ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['over a megabyte', JSON.stringify({ query: `{ search(text: "${'港'.repeat(400_000)}") { totalCount } }` })],
      ['lone surrogate', '{"query": "{ lookup(name: \\"\\ud800\\") { entity { id } } }"}'],
    ];
    for (const [label, body] of bodies) checkHttp(await post(body), label);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      checkHttp(await post('{"query": "{ health { ok } }"}', type ? { 'content-type': type } : {}), `content-type ${type || 'none'}`);
    }
    for (const method of ['PUT', 'DELETE', 'PATCH']) checkHttp(await post('{"query": "{ health { ok } }"}', { 'content-type': 'application/json' }, method), method);
    checkHttp(await post('', { 'apollo-require-preflight': 'true' }, 'GET', `?query=${encodeURIComponent('{ health { ok } }')}`), 'GET with preflight');
    checkHttp(await post('', {}, 'GET', `?query=${encodeURIComponent('{ health { ok } }')}`), 'GET without preflight');
    checkHttp(await post('', { 'apollo-require-preflight': 'true' }, 'GET', `?query=${encodeURIComponent(`{ search(text: "${'a'.repeat(6000)}") { totalCount } }`)}`), 'GET with a long query');
    for (let i = 0; i < 40; i++) {
      const text = HOSTILE_STRINGS[Math.floor(rand() * HOSTILE_STRINGS.length)];
      const variables = { text, first: Math.floor(rand() * 300) - 100 };
      checkHttp(await post(JSON.stringify({ query: 'query Q($text: String!, $first: Int) { search(text: $text, first: $first) { totalCount } }', variables })), `search ${JSON.stringify(text).slice(0, 40)}`);
    }
  }, 300_000);

  it('is still up and answering afterwards', async () => {
    const health = await fetch(http.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const answer = await post(JSON.stringify({ query: '{ lookup(name: "香港") { entity { id name } } }' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { lookup: { entity: { id: expect.stringMatching(/^region:/), name: '香港' } } } });
  });
});
