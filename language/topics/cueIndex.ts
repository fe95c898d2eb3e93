/** The cue terms of every topic, in a character trie for a left-to-right scan (built once). */
import { getLexicon, type TopicSpec } from '../lexicon/index.js';

/** How strongly a cue points at a topic: on its own (STRONG) or only with another cue (WEAK). */
export type CueStrength = 'STRONG' | 'WEAK';

/** One cue word and the topics it points at. */
export interface CueEntry {
  readonly word: string;
  readonly hits: readonly { readonly topic: TopicSpec; readonly strength: CueStrength }[];
}

/**
 * The cue index: a trie over UTF-16 codes with numbered nodes (the root is 0), its first level in a table by code and
 * its other edges in an open-addressed hash table of typed arrays.
 * Note: half the characters of a policy text start some cue, with six cues each on average; walking the trie tries
 * the cues at a position in a few lookups instead of comparing each of them with the text, and typed arrays answer
 * each step without a Map lookup (findCues about half as long as with a Map per node).
 */
export interface CueIndex {
  /** Per UTF-16 code, the node of the cues starting with it (0: no cue starts with it). */
  readonly firstNode: Int32Array;
  /** Edge slots: the parent node, the code and the child node (child 0: an empty slot); `mask` is the slot count less one. */
  readonly edgeParent: Int32Array;
  readonly edgeCode: Uint16Array;
  readonly edgeChild: Int32Array;
  readonly mask: number;
  /** The cue a node completes, by node id. */
  readonly entryAt: readonly (CueEntry | undefined)[];
}

let index: CueIndex | undefined;

/** The process-wide cue index over the lexicon's topics. */
export function getCueIndex(): CueIndex {
  if (!index) index = buildCueIndex(getLexicon().topics);
  return index;
}

/** The first slot to try for the edge from `node` by `code` (multiplicative hashing). */
function edgeSlot(node: number, code: number, mask: number): number {
  return (Math.imul((node << 16) ^ code, 0x9e3779b1) >>> 12) & mask;
}

/** The child of `node` by `code`, or 0 when no cue goes on that way. */
export function childOf(index: CueIndex, node: number, code: number): number {
  for (let slot = edgeSlot(node, code, index.mask); ; slot = (slot + 1) & index.mask) {
    const child = index.edgeChild[slot];
    if (child === 0 || (index.edgeParent[slot] === node && index.edgeCode[slot] === code)) return child;
  }
}

/** The cue entries by word, in the order of the lexicon; a word listed for a topic both as a cue and as a weak cue counts as a cue. */
function cueEntries(topics: readonly TopicSpec[]): CueEntry[] {
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
  return [...entries.values()];
}

/** Builds a cue index over the cues of `topics`. */
export function buildCueIndex(topics: readonly TopicSpec[]): CueIndex {
  const entries = cueEntries(topics);
  // Note: the trie is built in maps, then its nodes numbered and its edges moved into the typed arrays.
  const children: Map<number, number>[] = [new Map()];
  const entryAt: (CueEntry | undefined)[] = [undefined];
  let edges = 0;
  for (const entry of entries) {
    let node = 0;
    for (let i = 0; i < entry.word.length; i++) {
      const code = entry.word.charCodeAt(i);
      let child = children[node].get(code);
      if (child === undefined) {
        child = children.length;
        children[node].set(code, child);
        children.push(new Map());
        entryAt.push(undefined);
        edges++;
      }
      node = child;
    }
    entryAt[node] = entry;
  }
  let size = 16;
  while (size < edges * 4) size *= 2;
  const firstNode = new Int32Array(0x10000);
  const edgeParent = new Int32Array(size);
  const edgeCode = new Uint16Array(size);
  const edgeChild = new Int32Array(size);
  const mask = size - 1;
  for (const [code, child] of children[0]) firstNode[code] = child;
  for (let node = 1; node < children.length; node++) {
    for (const [code, child] of children[node]) {
      let slot = edgeSlot(node, code, mask);
      while (edgeChild[slot] !== 0) slot = (slot + 1) & mask;
      edgeParent[slot] = node;
      edgeCode[slot] = code;
      edgeChild[slot] = child;
    }
  }
  return { firstNode, edgeParent, edgeCode, edgeChild, mask, entryAt };
}
