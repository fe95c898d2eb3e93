/**
 * The things a question names, found in the graph: its places (gazetteer ids the graph holds), names the graph knows
 * (entitiesNamedIn over the question), and English names through their Chinese forms (Ningbo University → 宁波大学).
 */
import type { QuestionReading } from '../../../language/question/index.js';
import { entitiesNamedIn, type EntityRecord } from '../../graph/entities.js';
import { namesOf, type ApiContext } from '../context.js';
import { resolveTyped } from '../names.js';

/** A named thing: its text in the question, the name to show, the entity ids it stands for, and their type. */
export interface Named {
  text: string;
  surface: string;
  ids: string[];
  type: EntityRecord['type'];
  at: number;
}

/** Entities by id from the process's name cache (null where unknown). */
async function entitiesOf(context: ApiContext, ids: readonly string[]): Promise<EntityRecord[]> {
  return (await namesOf(context).entities(context.executor, ids)).filter((e): e is EntityRecord => e !== null);
}

async function byName(context: ApiContext, text: string, forms: readonly string[], at: number): Promise<Named | null> {
  for (const form of [text, ...forms]) {
    const [best] = await resolveTyped(context, form);
    if (!best) continue;
    const [entity] = await entitiesOf(context, [best.id]);
    if (entity) return { text, surface: entity.name, ids: [entity.id], type: entity.type, at };
  }
  return null;
}

/**
 * The named things of a first reading of `question`, in question order; a name inside a longer one is dropped. The
 * places, the names read and the names the graph finds in the question are looked up at the same time.
 */
export async function namedThings(context: ApiContext, question: string, reading: QuestionReading): Promise<Named[]> {
  const [regions, names, inText] = await Promise.all([
    Promise.all(reading.slots.regions.map(async (region) => ({ region, found: await entitiesOf(context, region.ids) }))),
    Promise.all(reading.slots.names.map((slot) => byName(context, slot.surface, slot.chinese, slot.start))),
    entitiesNamedIn(context.executor, question),
  ]);
  const named: Named[] = [];
  for (const { region, found } of regions) {
    if (found.length === 0) continue;
    named.push({ text: region.surface, surface: region.ids.length > 1 ? region.surface : found[0].name, ids: found.map((e) => e.id), type: 'REGION', at: region.start });
  }
  reading.slots.names.forEach((slot, i) => {
    const found = names[i];
    if (found && !named.some((n) => n.text === slot.surface)) named.push(found);
  });
  const lower = question.normalize('NFKC').toLowerCase();
  for (const { entity, surface } of inText) {
    if (named.some((n) => n.ids.includes(entity.id))) continue;
    named.push({ text: surface, surface: entity.name, ids: [entity.id], type: entity.type, at: lower.indexOf(surface.toLowerCase()) });
  }
  const kept = named.filter((n) => !named.some((m) => m.text.length > n.text.length && m.text.includes(n.text)));
  return kept.sort((a, b) => a.at - b.at);
}
