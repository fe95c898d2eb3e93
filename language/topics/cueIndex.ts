/** The cue terms of every topic, indexed by their first character for a left-to-right scan (built once). */
import { getLexicon, type TopicSpec } from '../lexicon/index.js';

/** How strongly a cue points at a topic: on its own (STRONG) or only with another cue (WEAK). */
export type CueStrength = 'STRONG' | 'WEAK';

/** One cue word and the topics it points at. */
export interface CueEntry {
  readonly word: string;
  readonly hits: readonly { readonly topic: TopicSpec; readonly strength: CueStrength }[];
}

/** The cue index: first character (its UTF-16 code) → the cues starting with it, longest first. */
export type CueIndex = ReadonlyMap<number, readonly CueEntry[]>;

let index: CueIndex | undefined;

/** The process-wide cue index over the lexicon's topics. */
export function getCueIndex(): CueIndex {
  if (!index) index = buildCueIndex(getLexicon().topics);
  return index;
}

/** Builds a cue index; a word listed for a topic both as a cue and as a weak cue counts as a cue. */
export function buildCueIndex(topics: readonly TopicSpec[]): CueIndex {
  const entries = new Map<string, { word: string; hits: { topic: TopicSpec; strength: CueStrength }[] }>();
  const add = (word: string, topic: TopicSpec, strength: CueStrength): void => {
    let entry = entries.get(word);
    if (!entry) entries.set(word, (entry = { word, hits: [] }));
    if (!entry.hits.some((h) => h.topic.id === topic.id)) entry.hits.push({ topic, strength });
  };
  for (const topic of topics) {
    for (const word of topic.cues) add(word, topic, 'STRONG');
    for (const word of topic.weak) add(word, topic, 'WEAK');
  }
  const byFirst = new Map<number, CueEntry[]>();
  for (const entry of entries.values()) {
    const first = entry.word.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  return byFirst;
}
