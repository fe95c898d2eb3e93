/**
 * Generates hostile GraphQL operations from the API's own schema: every Query field with arguments drawn from long
 * strings, Lucene syntax, Cypher fragments, odd Unicode, huge and negative numbers and wrong types; deep selections,
 * aliases by the thousand, fragment cycles, bad variables, broken syntax. Deterministic for a seed.
 */
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { prng } from './hostile-files.js';

/** One generated request: the query text and its variables, and what the generator meant to try. */
export interface FuzzOperation {
  kind: string;
  query: string;
  variables: Record<string, unknown>;
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

/** Strings a hostile client sends. */
export const HOSTILE_STRINGS: readonly string[] = [
  '', ' ', '\u3000', '香港', 'Hong Kong', '南沙区', 'x'.repeat(201), '港'.repeat(10_000), 'a'.repeat(100_000),
  '*', '?', '~', '"', '\\', '/', 'name:香港', '香港 AND 澳门 OR NOT 广州', '"unclosed', '香港~0.5^3', '[a TO z]', '((((', '))))', '{!lucene}',
  '/.*/', '+-&&||!(){}[]^"~*?:\\/', 'title:*', '香港*', '*:*',
  "') RETURN 1 //", '"}) MATCH (n) DETACH DELETE n //', '$param', '`backtick`', "' OR 1=1 --", 'CALL dbms.components()',
  '}]->(x) RETURN x', 'UNION MATCH (n) RETURN n', '\u0000', '\u0000香港', 'a\u0000b',
  '\u200b香\u200c港\u200d', '\u202e港香', '\ud800', '\udfff香港', '🏫'.repeat(50), 'e\u0301'.repeat(100), '\ue000\uf8ff', '\u{10ffff}',
  '__proto__', 'constructor', 'toString', 'doc:../../etc/passwd', 'region:440115', 'institution:', 'program:%00',
  '<script>alert(1)</script>', '${jndi:ldap://x}', '%s%s%s%n', '-1', '1e400', 'NaN', 'null', 'undefined', 'true',
];

/** Numbers a hostile client sends where the API takes an Int. */
export const HOSTILE_INTS: readonly unknown[] = [
  0, -1, 1, 100, 101, 2_147_483_647, 2_147_483_648, -2_147_483_648, -2_147_483_649, 1e21, 1.5, -0.0001, Number.MAX_SAFE_INTEGER,
  '20', '', 'abc', null, true, [], {}, [1, 2], 1900, 2100, 2101, 1899,
];

const WRONG_TYPES: readonly unknown[] = [42, -7.5, true, false, null, [], ['香港'], {}, { name: '香港' }, '香港'];

function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  return String(value);
}

/** A value for an argument of this type: usually hostile but well-typed, sometimes of a wrong type. */
function argumentValue(rand: Rand, type: GraphQLInputType): unknown {
  if (rand() < 0.1) return pick(rand, WRONG_TYPES);
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) {
    const length = pick(rand, [0, 1, 2, 5, 1000]);
    return Array.from({ length }, () => argumentValue(rand, getNamedType(type) as GraphQLInputType));
  }
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    return rand() < 0.8 ? pick(rand, values) : pick(rand, ['NOPE', 'achieved', '']);
  }
  if (isScalarType(named)) {
    if (named.name === 'Int') return pick(rand, HOSTILE_INTS);
    if (named.name === 'Boolean') return pick(rand, [true, false, null, 'yes', 1]);
    return pick(rand, HOSTILE_STRINGS);
  }
  if (isInputObjectType(named)) return {};
  return null;
}

function argumentsFor(rand: Rand, args: readonly GraphQLArgument[], variables: Record<string, unknown>, declared: string[]): string {
  const parts: string[] = [];
  for (const arg of args) {
    if (rand() < 0.25) continue;
    const value = argumentValue(rand, arg.type);
    if (rand() < 0.3) {
      // Passed as a variable: declared with the argument's own type, so the variable check meets the hostile value.
      const name = `v${declared.length}`;
      declared.push(`$${name}: ${arg.type.toString()}`);
      variables[name] = value;
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${literal(value)}`);
    }
  }
  if (rand() < 0.05) parts.push(`${pick(rand, ['nope', 'limit', 'where'])}: 1`);
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** A random selection of `type` down to `depth` more levels (composite fields recurse; scalars end). */
function selection(rand: Rand, schema: GraphQLSchema, type: GraphQLObjectType, depth: number, variables: Record<string, unknown>, declared: string[]): string {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  const count = int(rand, 1, Math.min(4, fields.length));
  for (let i = 0; i < count; i++) chosen.add(pick(rand, fields));
  const parts: string[] = [];
  for (const field of chosen) {
    const named = getNamedType(field.type);
    const args = field.args.length > 0 && rand() < 0.5 ? argumentsFor(rand, field.args, variables, declared) : '';
    if (isObjectType(named)) {
      if (depth <= 0) continue;
      parts.push(`${field.name}${args} { ${selection(rand, schema, named, depth - 1, variables, declared)} }`);
    } else if ('getTypes' in named || 'getFields' in named) {
      // Unions and interfaces: an inline fragment on one member, plus __typename.
      const members = schema.getPossibleTypes(named as never);
      const member = pick(rand, members);
      if (depth <= 0 || !member) continue;
      parts.push(`${field.name}${args} { __typename ... on ${member.name} { ${selection(rand, schema, member, depth - 1, variables, declared)} } }`);
    } else {
      parts.push(`${field.name}${args}`);
    }
  }
  return parts.length > 0 ? parts.join(' ') : '__typename';
}

function fieldOperation(rand: Rand, schema: GraphQLSchema): FuzzOperation {
  const query = schema.getQueryType() as GraphQLObjectType;
  const field = pick(rand, Object.values(query.getFields()) as GraphQLField<unknown, unknown>[]);
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const args = argumentsFor(rand, field.args, variables, declared);
  const named = getNamedType(field.type);
  const depth = pick(rand, [0, 1, 2, 3, 5, 8, 14]);
  const body = isObjectType(named) ? ` { ${selection(rand, schema, named, depth, variables, declared)} }` : '';
  const head = declared.length > 0 ? `query Fuzz(${declared.join(', ')})` : 'query';
  return { kind: `field ${field.name}`, query: `${head} { ${field.name}${args}${body} }`, variables };
}

/** A generator per kind of hostile operation that is not simply "a field with arguments". */
const SPECIAL: Record<string, (rand: Rand, schema: GraphQLSchema) => FuzzOperation> = {
  'aliases x1000': (rand) => {
    const n = pick(rand, [1000, 1500]);
    const field = pick(rand, ['health { ok }', 'search(text: "香港", first: 100) { totalCount }', 'lookup(name: "香港") { entity { id } }']);
    return { kind: 'aliases x1000', query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`, variables: {} };
  },
  'deep nesting': (rand) => {
    const levels = int(rand, 6, 60);
    let inner = 'id name';
    for (let i = 0; i < levels; i++) inner = `id neighbours(first: ${pick(rand, [1, 100])}) { edges { node { ${inner} } } }`;
    return { kind: 'deep nesting', query: `{ entity(name: "香港") { ${inner} } }`, variables: {} };
  },
  'fragment cycle': () => ({
    kind: 'fragment cycle',
    query: 'query { entity(name: "香港") { ...A } } fragment A on Entity { neighbours { edges { node { ...B } } } } fragment B on Entity { ...A }',
    variables: {},
  }),
  'fragment fan-out': (rand) => {
    const n = int(rand, 5, 12);
    const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Entity { neighbours(first: 100) { edges { node { ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'id'} } } } }`);
    return { kind: 'fragment fan-out', query: `{ entity(name: "香港") { ...F0 } } ${fragments.join(' ')}`, variables: {} };
  },
  'deep introspection': (rand) => {
    let inner = 'name';
    for (let i = 0; i < int(rand, 3, 30); i++) inner = `name ofType { ${inner} }`;
    return { kind: 'deep introspection', query: `{ __schema { types { fields { type { ${inner} } } } } }`, variables: {} };
  },
  'broken syntax': (rand, schema) => {
    const base = fieldOperation(rand, schema).query;
    const cut = base.slice(0, int(rand, 0, base.length - 1));
    const noise = pick(rand, ['', '{{{{', '}}}}', '"', '#', '\u0000', '...', '@', '$', 'query query', '(((', 'fragment on on']);
    return { kind: 'broken syntax', query: `${cut}${noise}`, variables: {} };
  },
  'bad variables': (rand) => ({
    kind: 'bad variables',
    query: pick(rand, [
      'query Q($n: String!) { lookup(name: $n) { entity { id } } }',
      'query Q($f: Int) { documents(first: $f) { totalCount } }',
      'query Q($t: [EntityType!]) { search(text: "香港", types: $t) { totalCount } }',
      'query Q { lookup(name: $undeclared) { entity { id } } }',
      'query Q($n: NoSuchType) { lookup(name: $n) { entity { id } } }',
    ]),
    variables: { n: pick(rand, WRONG_TYPES), f: pick(rand, HOSTILE_INTS), t: pick(rand, [['NOPE'], 'REGION', [null], {}]) },
  }),
  'directives': (rand) => ({
    kind: 'directives',
    query: pick(rand, [
      'query Q($s: Boolean!) { health @skip(if: $s) { ok } }',
      '{ health @include(if: "yes") { ok } }',
      '{ health @nope { ok } }',
      '{ health @skip(if: true) @skip(if: false) { ok } }',
    ]),
    variables: { s: pick(rand, [true, false, null, 'x']) },
  }),
  'operation types': (rand) => ({
    kind: 'operation types',
    query: pick(rand, ['mutation { health { ok } }', 'subscription { health { ok } }', 'query A { health { ok } } query B { health { ok } }', '', '   ', '{}', '{ __typename }', '{ nope }']),
    variables: {},
  }),
};

/** The schema the API serves, built from the same SDL files. */
export function apiSchema(projectRoot: string): GraphQLSchema {
  return buildSchema(loadTypeDefs(projectRoot).join('\n'));
}

/** `count` generated operations: about two thirds field operations, the rest spread over the special kinds. */
export function generateOperations(schema: GraphQLSchema, count: number, seed: number): FuzzOperation[] {
  const rand = prng(seed);
  const special = Object.values(SPECIAL);
  return Array.from({ length: count }, (_, i) => (i % 3 === 2 ? special[Math.floor(i / 3) % special.length](rand, schema) : fieldOperation(rand, schema)));
}
