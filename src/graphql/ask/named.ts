/**
 * The things a question names, found in the graph: its places (gazetteer ids the graph holds), names the graph knows
 * (entitiesNamedIn over the question), and English names through their Chinese forms (Guangzhou University → 广州大学).
 */
import type { QuestionReading } from '../../../language/question/index.js';
import { entitiesNamedIn, type EntityRecord } from '../../graph/entities.js';
import { loadersOf, type ApiContext } from '../context.js';
import { resolveTyped } from '../names.js';

/** A named thing: its text in the question, the name to show, the entity ids it stands for, and their type. */
export interface Named {
  text: string;
  surface: string;
  ids: string[];
  type: EntityRecord['type'];
  at: number;
}

async function byName(context: ApiContext, text: string, forms: readonly string[], at: number): Promise<Named | null> {
  for (const form of [text, ...forms]) {
    const [best] = await resolveTyped(context, form);
    if (!best) continue;
    const entity = await loadersOf(context).entities.load(best.id);
    if (entity) return { text, surface: entity.name, ids: [entity.id], type: entity.type, at };
  }
  return null;
}

/** The named things of a first reading of `question`, in question order; a name inside a longer one is dropped. */
export async function namedThings(context: ApiContext, question: string, reading: QuestionReading): Promise<Named[]> {
  const loaders = loadersOf(context);
  const named: Named[] = [];
  for (const region of reading.slots.regions) {
    const found = (await loaders.entities.loadMany([...region.ids])).filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
    if (found.length === 0) continue;
    named.push({ text: region.surface, surface: region.ids.length > 1 ? region.surface : found[0].name, ids: found.map((e) => e.id), type: 'REGION', at: region.start });
  }
  for (const slot of reading.slots.names) {
    if (named.some((n) => n.text === slot.surface)) continue;
    const found = await byName(context, slot.surface, slot.chinese, slot.start);
    if (found) named.push(found);
  }
  const lower = question.normalize('NFKC').toLowerCase();
  for (const { entity, surface } of await entitiesNamedIn(context.executor, question)) {
    if (named.some((n) => n.ids.includes(entity.id))) continue;
    named.push({ text: surface, surface: entity.name, ids: [entity.id], type: entity.type, at: lower.indexOf(surface.toLowerCase()) });
  }
  const kept = named.filter((n) => !named.some((m) => m.text.length > n.text.length && m.text.includes(n.text)));
  return kept.sort((a, b) => a.at - b.at);
}
