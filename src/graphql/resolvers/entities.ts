/**
 * Resolvers for `entity`, `lookup` and the Entity interface (Program, Institution, Region). A top-level field runs one
 * statement that fetches the entity with everything selected under it; the field resolvers below return what it
 * fetched, and only for an entity fetched without them (e.g. by `ask`) run that entity's query for the one field.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { findEntity, searchEntities, type EntityRecord } from '../../graph/entities.js';
import { under } from '../../graph/selection.js';
import { loadersOf, type ApiContext } from '../context.js';
import { toConnection } from '../cursor.js';
import { EntityInput, LookupInput, PageInput, parseArgs } from '../inputs.js';
import { resolveIds } from '../names.js';
import { prefetched, prefetchedPage } from '../prefetched.js';
import { currentField, selectionOf } from '../selection.js';
import { evidenceField } from './statements.js';

const TYPENAME = { PROGRAM: 'Program', INSTITUTION: 'Institution', REGION: 'Region' } as const;

/** Fetches one field of an entity that came without it: the entity's query with only that field selected. */
async function fieldOf(entity: EntityRecord, args: unknown, context: ApiContext, info: GraphQLResolveInfo): Promise<unknown> {
  const field = currentField(info, (args ?? {}) as Record<string, unknown>);
  const fetched = await findEntity(context.executor, entity.id, { fields: [field] });
  return fetched?.[field.key] ?? null;
}

const byEntityId = prefetched((parent: { entityId: string }, _args: unknown, context: ApiContext) => loadersOf(context).entities.load(parent.entityId));
const entityField = prefetched(fieldOf);
const entityPage = prefetchedPage(async (entity: EntityRecord, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
  const { after } = parseArgs(PageInput.pick({ after: true }), args);
  const page = (await fieldOf(entity, args, context, info)) as { total: number | null; rows: unknown[] } | null;
  return toConnection({ total: page?.total ?? after + (page?.rows.length ?? 0), rows: page?.rows ?? [] }, after);
});

const common = { mentions: entityPage, neighbours: entityPage };

/** Entity look-ups and the fields of every entity type. */
export const entityResolvers = {
  Query: {
    entity: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { id, name } = parseArgs(EntityInput, args);
      const entityId = id ?? (await resolveIds(context, name!))[0];
      return entityId === undefined ? null : findEntity(context.executor, entityId, selectionOf(info));
    },
    lookup: async (_root: unknown, args: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const { name } = parseArgs(LookupInput, args);
      const selection = selectionOf(info);
      const [id] = await resolveIds(context, name);
      const entity = id === undefined ? null : await findEntity(context.executor, id, under(selection, 'entity'));
      if (entity) return { entity, suggestions: [] };
      const entityField = { key: 'entity', name: 'entity', args: {}, selection: under(selection, 'suggestions') };
      const { rows } = await searchEntities(context.executor, name, null, { skip: 0, limit: 10 }, { fields: [entityField] });
      return { entity: null, suggestions: rows.map((r) => r.entity) };
    },
  },
  Entity: {
    __resolveType: (entity: EntityRecord) => TYPENAME[entity.type],
  },
  Program: { ...common, regions: entityField, institutions: entityField, targets: entityPage, text: entityField },
  Institution: { ...common, locatedIn: entityField, partners: entityField, partOf: entityField },
  Region: { ...common, parent: entityField, children: entityField },
  Neighbour: { entity: byEntityId, evidence: evidenceField },
  Partnership: { partner: byEntityId, evidence: evidenceField },
};
