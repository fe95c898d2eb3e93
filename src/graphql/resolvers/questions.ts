/** Resolvers for the users' questions: `programs` (which programs touch a region) and `institutions` (who is linked to a place). */
import { findInstitutions, type InstitutionHitRecord } from '../../graph/institutions.js';
import type { PageArgs } from '../../graph/page.js';
import { findPrograms, type ProgramHitRecord } from '../../graph/programs.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection, type Connection } from '../cursor.js';
import { InstitutionsInput, ProgramsInput, parseArgs } from '../inputs.js';
import { resolveIds, resolveIdsOfType, type NameArg } from '../names.js';
import { evidenceField } from './statements.js';

const EMPTY = { total: 0, rows: [] };

/** Runs `programs` for parsed arguments (shared with `ask`). */
export async function programsAnswer(
  context: ApiContext,
  args: { region: NameArg | null; institution: NameArg | null; year: number | null; status: string | null; includeSubregions: boolean },
  page: PageArgs,
): Promise<Connection<ProgramHitRecord>> {
  const regionIds = args.region !== null ? await resolveIdsOfType(context, args.region, 'REGION') : null;
  const institutionIds = args.institution !== null ? await resolveIdsOfType(context, args.institution, 'INSTITUTION') : null;
  if (regionIds?.length === 0 || institutionIds?.length === 0) return toConnection(EMPTY, page.skip);
  const hits = await findPrograms(context.executor, { regionIds, institutionIds, year: args.year, status: args.status, includeSubregions: args.includeSubregions }, page);
  return toConnection(hits, page.skip);
}

/** Runs `institutions` for parsed arguments (shared with `ask`). */
export async function institutionsAnswer(
  context: ApiContext,
  args: { region: NameArg | null; partneredWith: NameArg | null },
  page: PageArgs,
): Promise<Connection<InstitutionHitRecord>> {
  const regionIds = args.region !== null ? await resolveIdsOfType(context, args.region, 'REGION') : null;
  let partnerIds: string[] | null = null;
  if (args.partneredWith !== null) {
    const ids = typeof args.partneredWith === 'string' ? await resolveIds(context, args.partneredWith) : args.partneredWith.ids;
    const entities = await loadersOf(context).entities.loadMany(ids);
    partnerIds = entities.filter((e) => e && !(e instanceof Error) && e.type !== 'PROGRAM').map((e) => (e as { id: string }).id);
  }
  if (regionIds?.length === 0 || partnerIds?.length === 0) return toConnection(EMPTY, page.skip);
  return toConnection(await findInstitutions(context.executor, { partnerIds, regionIds }, page), page.skip);
}

/** `Query.programs`, `Query.institutions` and their hit types. */
export const questionResolvers = {
  Query: {
    programs: async (_root: unknown, args: unknown, context: ApiContext) => {
      const { first, after, ...rest } = parseArgs(ProgramsInput, args);
      return programsAnswer(context, rest, { skip: after, limit: first });
    },
    institutions: async (_root: unknown, args: unknown, context: ApiContext) => {
      const { first, after, ...rest } = parseArgs(InstitutionsInput, args);
      return institutionsAnswer(context, rest, { skip: after, limit: first });
    },
  },
  ProgramHit: {
    program: (hit: ProgramHitRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.programId),
    through: (hit: ProgramHitRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.throughId),
    evidence: evidenceField,
  },
  InstitutionHit: {
    institution: (hit: InstitutionHitRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.institutionId),
    other: (hit: InstitutionHitRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(hit.otherId),
    evidence: evidenceField,
  },
};
