/**
 * A topic as a user names it (an id such as `preschool`, 学前教育, Preschool education, preschool, or a cue word such as
 * 幼儿园) → the topic ids it stands for: a field stands for itself and all its topics. Null when nothing matches.
 */
import type { TopicSpec } from '../lexicon/index.js';
import { getTaxonomy } from './taxonomy.js';

const key = (text: string): string => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

let byName: Map<string, TopicSpec> | undefined;

function names(): Map<string, TopicSpec> {
  if (byName) return byName;
  byName = new Map();
  const all = getTaxonomy().all;
  // Note: ids and labels first, so that a cue shared by two topics never hides a topic's own name.
  for (const t of all) for (const n of [t.id, t.name, t.nameEn]) byName.set(key(n), t);
  for (const t of all) for (const n of [...t.english, ...t.cues, ...t.asked]) if (!byName.has(key(n))) byName.set(key(n), t);
  return byName;
}

/** The topic ids a name stands for (a field with its topics), or null. */
export function resolveTopic(name: string): string[] | null {
  const topic = names().get(key(name));
  if (!topic) return null;
  return [topic.id, ...getTaxonomy().childrenOf(topic.id).map((c) => c.id)];
}

/** The words that name these topics in statements (their strong cues and Chinese names), for a search of statements. */
export function cueWordsOf(topicIds: readonly string[]): string[] {
  const words = new Set<string>();
  for (const id of topicIds) {
    const topic = getTaxonomy().byId(id);
    if (!topic) continue;
    words.add(topic.name);
    for (const cue of topic.cues) words.add(cue);
  }
  return [...words];
}

/** Some topic labels close to an unknown name, for an error message. */
export function topicSuggestions(name: string, max = 5): string[] {
  const k = key(name);
  const all = getTaxonomy().all;
  const close = all.filter((t) => [t.name, t.nameEn.toLowerCase(), t.id].some((n) => n.includes(k) || k.includes(n.toLowerCase().slice(0, 2))));
  return (close.length > 0 ? close : all.filter((t) => t.parentId === null)).slice(0, max).map((t) => t.name);
}
