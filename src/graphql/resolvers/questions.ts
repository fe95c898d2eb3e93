/**
 * Resolvers for the users' questions: `programs` (which programs touch a region) and `institutions` (who is linked to
 * a place). Names come from the process's cache; each field then runs one statement that returns the page of hits
 * with everything selected under them.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { findInstitutions, type InstitutionHitRecord } from '../../graph/institutions.js';
import type { PageArgs } from '../../graph/page.js';
import { findPrograms, type ProgramHitRecord } from '../../graph/programs.js';
import type { Selection } from '../../graph/selection.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection, type Connection } from '../cursor.js';
import { InstitutionsInput, ProgramsInput, parseArgs } from '../inputs.js';
import { resolveIdsOfType, resolveTyped, type NameArg } from '../names.js';
import { prefetched } from '../prefetched.js';
import { selectionOf } from '../selection.js';
import { topicIdsOf } from '../topics.js';
import { evidenceField } from './statements.js';

const EMPTY = { total: 0, rows: [] };

/** Runs `programs` for parsed arguments (shared with `ask`); `connection` is what the caller selected. */
export async function programsAnswer(
  context: ApiContext,
  args: { region: NameArg | null; institution: NameArg | null; topic: string | null | string[]; year: number | null; status: string | null; includeSubregions: boolean },
  page: PageArgs,
  connection?: Selection,
  nameWords: string[] = [],
): Promise<Connection<ProgramHitRecord>> {
  const regionIds = args.region !== null ? await resolveIdsOfType(context, args.region, 'REGION') : null;
  const institutionIds = args.institution !== null ? await resolveIdsOfType(context, args.institution, 'INSTITUTION') : null;
  if (regionIds?.length === 0 || institutionIds?.length === 0) return toConnection(EMPTY, page.skip);
  const topicIds = Array.isArray(args.topic) ? args.topic : topicIdsOf(args.topic);
  const filter = { regionIds, institutionIds, topicIds, year: args.year, status: args.status, includeSubregions: args.includeSubregions };
  return toConnection(await findPrograms(context.executor, filter, page, connection, nameWords), page.skip);
}

async function partnerIds(context: ApiContext, partner: NameArg): Promise<string[]> {
  if (typeof partner !== 'string') return partner.ids.filter((id) => !id.startsWith('program:'));
  return (await resolveTyped(context, partner)).filter((t) => t.type !== 'PROGRAM').map((t) => t.id);
}

/** Runs `institutions` for parsed arguments (shared with `ask`); `connection` is what the caller selected. */
export async function institutionsAnswer(
  context: ApiContext,
  args: { region: NameArg | null; partneredWith: NameArg | null; topic?: string | null | string[] },
  page: PageArgs,
  connection?: Selection,
): Promise<Connection<InstitutionHitRecord>> {
  const regionIds = args.region !== null ? await resolveIdsOfType(context, args.region, 'REGION') : null;
  const partners = args.partneredWith !== null ? await partnerIds(context, args.partneredWith) : null;
  if (regionIds?.length === 0 || partners?.length === 0) return toConnection(EMPTY, page.skip);
  const topicIds = Array.isArray(args.topic) ? args.topic : topicIdsOf(args.topic ?? null);
  return toConnection(await findInstitutions(context.executor, { partnerIds: partners, regionIds, topicIds }, page, connection), page.skip);
}

/** A hit's entity field: fetched with the hit, else loaded by the id `pick` reads. */
function hitEntity<H>(pick: (hit: H) => string | null) {
  return prefetched((hit: H, _args: unknown, context: ApiContext) => {
    const id = pick(hit);
    return id === null ? null : loadersOf(context).entities.load(id);
  });
}

/** `Query.programs`, `Query.institutions` and their hit types. */
export const questionResolvers = {
  Query: {
    programs: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { first, after, ...rest } = parseArgs(ProgramsInput, args);
      return programsAnswer(context, rest, { skip: after, limit: first }, selectionOf(info));
    },
    institutions: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { first, after, ...rest } = parseArgs(InstitutionsInput, args);
      return institutionsAnswer(context, rest, { skip: after, limit: first }, selectionOf(info));
    },
  },
  ProgramHit: {
    program: hitEntity((hit: ProgramHitRecord) => hit.programId),
    through: hitEntity((hit: ProgramHitRecord) => hit.throughId),
    evidence: evidenceField,
  },
  InstitutionHit: {
    institution: hitEntity((hit: InstitutionHitRecord) => hit.institutionId),
    other: hitEntity((hit: InstitutionHitRecord) => hit.otherId),
    evidence: evidenceField,
  },
};
