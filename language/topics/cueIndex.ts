/** The cue terms of every topic, in a character trie for a left-to-right scan (built once). */
import { getLexicon, type TopicSpec } from '../lexicon/index.js';

/** How strongly a cue points at a topic: on its own (STRONG) or only with another cue (WEAK). */
export type CueStrength = 'STRONG' | 'WEAK';

/** One cue word and the topics it points at. */
export interface CueEntry {
  readonly word: string;
  readonly hits: readonly { readonly topic: TopicSpec; readonly strength: CueStrength }[];
}

/** A node of the cue trie: the node reached by a cue's characters holds its entry. */
export interface CueNode {
  readonly next: ReadonlyMap<number, CueNode>;
  readonly entry?: CueEntry;
}

/**
 * The cue index: a trie over UTF-16 codes, its first level in a table by code.
 * Note: half the characters of a policy text start some cue, with six cues each on average; walking the trie tries
 * the cues at a position in a few lookups instead of comparing each of them with the text, and the table answers the
 * first character without a map lookup (findCues about half as long as with lists by first character).
 */
export interface CueIndex {
  /** Per UTF-16 code, where the node of the cues starting with it is in `firsts` (0: no cue starts with it). */
  readonly slotOf: Uint16Array;
  readonly firsts: readonly CueNode[];
}

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
  type Node = { next: Map<number, Node>; entry?: CueEntry };
  const root: Node = { next: new Map() };
  for (const entry of entries.values()) {
    let node = root;
    for (let i = 0; i < entry.word.length; i++) {
      const code = entry.word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  const slotOf = new Uint16Array(0x10000);
  const firsts: CueNode[] = [root];
  for (const [code, node] of root.next) {
    slotOf[code] = firsts.length;
    firsts.push(node);
  }
  return { slotOf, firsts };
}
