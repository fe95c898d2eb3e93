/** Resolvers for `entity`, `lookup` and the Entity interface (Program, Institution, Region). */
import type { EntityRecord } from '../../graph/entities.js';
import { searchEntities } from '../../graph/entities.js';
import type { NeighbourRecord } from '../../graph/neighbours.js';
import type { RelatedKind, RelatedRecord } from '../../graph/related.js';
import { findTargets } from '../../graph/targets.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection } from '../cursor.js';
import { EntityInput, LookupInput, NeighboursInput, PageInput, parseArgs } from '../inputs.js';
import { resolveEntity } from '../names.js';
import { evidenceField } from './statements.js';

const TYPENAME = { PROGRAM: 'Program', INSTITUTION: 'Institution', REGION: 'Region' } as const;

async function relatedEntities(context: ApiContext, kind: RelatedKind, id: string): Promise<EntityRecord[]> {
  const loaders = loadersOf(context);
  const related = await loaders.related(kind).load(id);
  const entities = await loaders.entities.loadMany(related.map((r) => r.entityId));
  return entities.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

async function mentions(entity: EntityRecord, args: unknown, context: ApiContext) {
  const { first, after } = parseArgs(PageInput, args);
  const page = await loadersOf(context).mentions.load({ id: entity.id, args: { skip: after, limit: first } });
  return toConnection(page, after);
}

async function neighbours(entity: EntityRecord, args: unknown, context: ApiContext) {
  const { first, after, types, relations } = parseArgs(NeighboursInput, args);
  const page = await loadersOf(context).neighbours.load({ id: entity.id, args: { skip: after, limit: first, types, relations } });
  return toConnection(page, after);
}

const common = { mentions, neighbours };

/** Entity look-ups and the fields of every entity type. */
export const entityResolvers = {
  Query: {
    entity: async (_root: unknown, args: unknown, context: ApiContext) => {
      const { id, name } = parseArgs(EntityInput, args);
      if (id !== null) return loadersOf(context).entities.load(id);
      return resolveEntity(context, name!);
    },
    lookup: async (_root: unknown, args: unknown, context: ApiContext) => {
      const { name } = parseArgs(LookupInput, args);
      const entity = await resolveEntity(context, name);
      if (entity) return { entity, suggestions: [] };
      const { rows } = await searchEntities(context.executor, name, null, { skip: 0, limit: 10 });
      const suggestions = await loadersOf(context).entities.loadMany(rows.map((r) => r.id));
      return { entity: null, suggestions: suggestions.filter((e) => e !== null && !(e instanceof Error)) };
    },
  },
  Entity: {
    __resolveType: (entity: EntityRecord) => TYPENAME[entity.type],
  },
  Program: {
    ...common,
    regions: (program: EntityRecord, _args: unknown, context: ApiContext) => relatedEntities(context, 'programRegions', program.id),
    institutions: (program: EntityRecord, _args: unknown, context: ApiContext) => relatedEntities(context, 'programInstitutions', program.id),
    targets: async (program: EntityRecord, args: unknown, context: ApiContext) => {
      const { first, after } = parseArgs(PageInput, args);
      const page = await findTargets(context.executor, { programIds: [program.id], regionIds: null, year: null, status: null }, { skip: after, limit: first });
      return toConnection(page, after);
    },
  },
  Institution: {
    ...common,
    locatedIn: (institution: EntityRecord, _args: unknown, context: ApiContext) => relatedEntities(context, 'locatedIn', institution.id),
    partners: (institution: EntityRecord, _args: unknown, context: ApiContext) => loadersOf(context).related('partners').load(institution.id),
    partOf: async (institution: EntityRecord, _args: unknown, context: ApiContext) =>
      (await relatedEntities(context, 'institutionParent', institution.id))[0] ?? null,
  },
  Region: {
    ...common,
    parent: async (region: EntityRecord, _args: unknown, context: ApiContext) => (await relatedEntities(context, 'regionParent', region.id))[0] ?? null,
    children: (region: EntityRecord, _args: unknown, context: ApiContext) => relatedEntities(context, 'regionChildren', region.id),
  },
  Neighbour: {
    entity: (neighbour: NeighbourRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(neighbour.entityId),
    evidence: evidenceField,
  },
  Partnership: {
    partner: (partnership: RelatedRecord, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(partnership.entityId),
    evidence: evidenceField,
  },
};
