/**
 * Resolves the names users type to entity ids: the id itself, an exact name or alias in the graph (香港 = Hong Kong =
 * Xianggang, case-insensitive for Latin), else the region gazetteer's forms (spacing and pinyin variants, one-character
 * abbreviations such as 港 or 穗) for regions that are in the graph. Cached per process (see NameCache).
 */
import { abbreviations, getGazetteer } from '../../language/gazetteer/index.js';
import type { EntityRecord, TypedId } from '../graph/entities.js';
import { loadersOf, namesOf, type ApiContext } from './context.js';

/** Gazetteer region ids a name may denote (nothing for names the gazetteer does not know). */
export function gazetteerRegionIds(name: string): string[] {
  const gazetteer = getGazetteer();
  const trimmed = name.normalize('NFKC').trim();
  const abbreviation = [...trimmed].length === 1 ? abbreviations().get(trimmed.charCodeAt(0)) : undefined;
  const forms = abbreviation ? [abbreviation.name] : [trimmed];
  return [...new Set(forms.flatMap((form) => gazetteer.candidates(form).map((r) => r.id)))];
}

/** Every entity a name or id denotes, with its type, best first; empty when unknown. */
export async function resolveTyped(context: ApiContext, name: string): Promise<TypedId[]> {
  return namesOf(context).resolve(context.executor, name, () => gazetteerRegionIds(name));
}

/** Every entity id a name or id denotes, best first; empty when unknown. */
export async function resolveIds(context: ApiContext, name: string): Promise<string[]> {
  return (await resolveTyped(context, name)).map((t) => t.id);
}

/** The best entity a name or id denotes, or null. */
export async function resolveEntity(context: ApiContext, name: string): Promise<EntityRecord | null> {
  const [id] = await resolveIds(context, name);
  return id === undefined ? null : loadersOf(context).entities.load(id);
}

/** A name (or id) typed by a user, or ids already resolved (by the question reader). */
export type NameArg = string | { ids: string[] };

const TYPE_PREFIX: Record<EntityRecord['type'], string> = { PROGRAM: 'program:', INSTITUTION: 'institution:', REGION: 'region:' };

/** The ids a name denotes restricted to one entity type (e.g. a `region` argument only takes regions). */
export async function resolveIdsOfType(context: ApiContext, name: NameArg, type: EntityRecord['type']): Promise<string[]> {
  if (typeof name === 'string') return (await resolveTyped(context, name)).filter((t) => t.type === type).map((t) => t.id);
  // Note: ids from the question reader were resolved against the graph already; their prefix names their type.
  return name.ids.filter((id) => id.startsWith(TYPE_PREFIX[type]));
}
