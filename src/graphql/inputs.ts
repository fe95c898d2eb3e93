/**
 * Zod schemas of every argument of the API. Invalid input becomes a BadUserInputError whose message names the
 * argument, e.g. `first: must be between 1 and 100`.
 */
import { z } from 'zod';
import { BadUserInputError } from '../errors.js';
import { decodeCursor } from './cursor.js';

const PAGE_MAX = 100;

/** A page size: 1..100, default 20. */
export const first = (fallback = 20, max = PAGE_MAX) =>
  z
    .number({ error: `must be an integer between 1 and ${max}` })
    .int(`must be an integer between 1 and ${max}`)
    .min(1, `must be between 1 and ${max}`)
    .max(max, `must be between 1 and ${max}`)
    .nullish()
    .transform((v) => v ?? fallback);

/** An opaque `after` cursor, decoded to the number of items to skip. */
export const after = z
  .string({ error: 'must be a cursor from a previous page' })
  .max(200, 'must be a cursor from a previous page')
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return 0;
    const skip = decodeCursor(v);
    if (skip === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a cursor from a previous page' });
      return z.NEVER;
    }
    return skip;
  });

/** A name or id of an entity: 1..200 characters after trimming. */
export const name = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

const optionalName = name.nullish().transform((v) => v ?? null);
const year = z.number().int('must be a year').min(1900, 'must be a year between 1900 and 2100').max(2100, 'must be a year between 1900 and 2100').nullish().transform((v) => v ?? null);
const status = z.enum(['ACHIEVED', 'PLANNED', 'PROBLEM', 'CONTEXT']).nullish().transform((v) => v ?? null);
const entityTypes = z.array(z.enum(['PROGRAM', 'INSTITUTION', 'REGION'])).max(3).nullish().transform((v) => (v && v.length > 0 ? v : null));
const relationTypes = z
  .array(z.enum(['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF']))
  .max(5)
  .nullish()
  .transform((v) => (v && v.length > 0 ? v : null));

/** `first` and `after` of a connection field. */
export const PageInput = z.object({ first: first(), after });

/** `neighbours(first, after, types, relations)`. */
export const NeighboursInput = PageInput.extend({ types: entityTypes, relations: relationTypes });

/** `statements(first, after, status)`. */
export const StatementsInput = PageInput.extend({ status });

/** `evidence(first)`. */
export const EvidenceInput = z.object({ first: first() });

/** `entity(id, name)`: at least one of them. */
export const EntityInput = z
  .object({ id: optionalName, name: optionalName })
  .refine((v) => v.id !== null || v.name !== null, { message: 'give id or name', path: ['name'] });

/** `lookup(name)`. */
export const LookupInput = z.object({ name });

/** A topic: an id, a Chinese or English name, or a cue word (resolved against the taxonomy by src/graphql/topics.ts). */
const topic = name.nullish().transform((v) => v ?? null);

/** `programs(region, institution, topic, year, status, includeSubregions, first, after)`. */
export const ProgramsInput = PageInput.extend({
  region: optionalName,
  institution: optionalName,
  topic,
  year,
  status,
  includeSubregions: z.boolean().nullish().transform((v) => v ?? false),
}).refine((v) => v.region !== null || v.institution !== null || v.topic !== null, { message: 'give region, institution or topic', path: ['region'] });

/** `institutions(region, partneredWith, first, after)`. */
export const InstitutionsInput = PageInput.extend({ region: optionalName, partneredWith: optionalName, topic }).refine(
  (v) => v.region !== null || v.partneredWith !== null,
  { message: 'give region or partneredWith', path: ['partneredWith'] },
);

/** `targets(program, region, year, status, first, after)`. */
export const TargetsInput = PageInput.extend({ program: optionalName, region: optionalName, topic, year, status });

/** `statements(text, topic, region, institution, program, year, status, first, after)`: at least one filter. */
export const StatementSearchInput = PageInput.extend({
  text: z.string({ error: 'must be a string' }).trim().max(200, 'must be at most 200 characters').nullish().transform((v) => (v ? v : null)),
  topic,
  region: optionalName,
  institution: optionalName,
  program: optionalName,
  year,
  status,
}).refine((v) => [v.text, v.topic, v.region, v.institution, v.program, v.year, v.status].some((x) => x !== null), {
  message: 'give at least one of text, topic, region, institution, program, year, status',
  path: ['text'],
});

/** `related(first, types)`: at most 50. */
export const RelatedInput = z.object({ first: first(10, 50), types: entityTypes });

/** `topics(first)` of an entity: at most 20. */
export const EntityTopicsInput = z.object({ first: first(5, 20) });

/** `connections(from, to, maxHops, first)`: maxHops 1..4 (it is interpolated into Cypher after this check). */
export const ConnectionsInput = z.object({
  from: name,
  to: name,
  maxHops: z
    .number()
    .int('must be an integer between 1 and 4')
    .min(1, 'must be between 1 and 4')
    .max(4, 'must be between 1 and 4')
    .nullish()
    .transform((v) => v ?? 3),
  first: first(5, 20),
});

/** `search(text, types, first, after)`. */
export const SearchInput = PageInput.extend({
  text: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  types: entityTypes,
});

/** `document(id)`. */
export const DocumentInput = z.object({ id: name });

/** `ask(question)`. */
export const AskInput = z.object({
  question: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
});

/** Parses resolver arguments with a schema; the first problem becomes a BadUserInputError naming the argument. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const result = schema.safeParse(args ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.length > 0 ? issue.path.join('.') : 'arguments';
  throw new BadUserInputError(`${path}: ${issue.message}`);
}
