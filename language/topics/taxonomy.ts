/** Look-ups over the topic taxonomy of the lexicon: by id, a field's topics, a topic's field. */
import { getLexicon, type TopicSpec } from '../lexicon/index.js';

/** The taxonomy indexed once. */
export interface Taxonomy {
  readonly all: readonly TopicSpec[];
  readonly fields: readonly TopicSpec[];
  byId(id: string): TopicSpec | undefined;
  /** The topics of a field (empty for a topic). */
  childrenOf(id: string): readonly TopicSpec[];
}

let taxonomy: Taxonomy | undefined;

/** The process-wide taxonomy. */
export function getTaxonomy(): Taxonomy {
  if (taxonomy) return taxonomy;
  const all = getLexicon().topics;
  const byId = new Map(all.map((t) => [t.id, t]));
  const children = new Map<string, TopicSpec[]>();
  for (const topic of all) {
    if (topic.parentId === null) continue;
    const list = children.get(topic.parentId) ?? [];
    list.push(topic);
    children.set(topic.parentId, list);
  }
  taxonomy = {
    all,
    fields: all.filter((t) => t.parentId === null),
    byId: (id) => byId.get(id),
    childrenOf: (id) => children.get(id) ?? [],
  };
  return taxonomy;
}
