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
 * The cue index: a trie over UTF-16 codes with its nodes numbered breadth first (the root is 0), so that the children
 * of each node are consecutive: a few small typed arrays, its first level in a small hash table by code.
 * Note: half the characters of a policy text start some cue, with six cues each on average; walking the trie tries
 * the cues at a position in a few lookups instead of comparing each of them with the text, and the compact arrays
 * answer each step without a Map lookup and stay in the processor's cache (a Map per node took twice as long).
 */
export interface CueIndex {
  /**
   * The root's children in an open-addressed hash table: the code and the node in each slot (node 0: an empty slot);
   * `firstMask` is the slot count less one.
   */
  readonly firstCode: Uint16Array;
  readonly firstNode: Int32Array;
  readonly firstMask: number;
  /** The children of node n are the nodes from `firstChild[n]` up to `firstChild[n + 1]` (exclusive). */
  readonly firstChild: Int32Array;
  /** The code on the edge into each node. */
  readonly codeOf: Uint16Array;
  /** The cue a node completes, by node id. */
  readonly entryAt: readonly (CueEntry | undefined)[];
  /** 1 where a node completes a cue, by node id. */
  readonly isCue: Uint8Array;
  /** The depth of each node: the length of the cue it completes. */
  readonly lengthOf: Uint16Array;
  /**
   * The hits of the cue of node n (its topics and strengths, as in its entry) are those from `hitsFrom[n]` up to
   * `hitsFrom[n + 1]` (exclusive) in `hitTopic` and `hitStrength`.
   * Note: the scan reads a cue's length and topics from these arrays, not from its entry's objects (their loads were a
   * third of cueScores).
   */
  readonly hitsFrom: Int32Array;
  readonly hitTopic: readonly TopicSpec[];
  readonly hitStrength: readonly CueStrength[];
}

let index: CueIndex | undefined;

/** The process-wide cue index over the lexicon's topics. */
export function getCueIndex(): CueIndex {
  if (!index) index = buildCueIndex(getLexicon().topics);
  return index;
}

/** The first slot to try for the cues starting with `code` (multiplicative hashing). */
const firstSlot = (code: number, mask: number): number => (Math.imul(code, 0x9e3779b1) >>> 16) & mask;

/**
 * The node of the cues starting with `code`, or 0 when none does.
 * Note: a hash table of 8 kB, not a table of all 65,536 codes: it stays in the processor's cache between statements.
 */
export function firstNodeOf(index: CueIndex, code: number): number {
  for (let slot = firstSlot(code, index.firstMask); ; slot = (slot + 1) & index.firstMask) {
    const node = index.firstNode[slot];
    if (node === 0 || index.firstCode[slot] === code) return node;
  }
}

/** The child of `node` by `code`, or 0 when no cue goes on that way. */
export function childOf(index: CueIndex, node: number, code: number): number {
  const end = index.firstChild[node + 1];
  for (let child = index.firstChild[node]; child < end; child++) if (index.codeOf[child] === code) return child;
  return 0;
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

/** A node of the trie while it is built. */
interface Draft {
  readonly next: Map<number, Draft>;
  entry?: CueEntry;
}

/** Builds a cue index over the cues of `topics`. */
export function buildCueIndex(topics: readonly TopicSpec[]): CueIndex {
  const root: Draft = { next: new Map() };
  for (const entry of cueEntries(topics)) {
    let node = root;
    for (let i = 0; i < entry.word.length; i++) {
      const code = entry.word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  // Note: breadth first, each node's children get the next numbers, so the root's children are 1, 2, …
  const order: Draft[] = [root];
  const codes: number[] = [0];
  const firstChild: number[] = [];
  for (let n = 0; n < order.length; n++) {
    firstChild.push(order.length);
    for (const [code, child] of order[n].next) {
      order.push(child);
      codes.push(code);
    }
  }
  firstChild.push(order.length);
  const lengthOf = new Uint16Array(order.length);
  for (let n = 0; n < order.length; n++) for (let c = firstChild[n]; c < firstChild[n + 1]; c++) lengthOf[c] = lengthOf[n] + 1;
  const isCue = new Uint8Array(order.length);
  const hitsFrom = new Int32Array(order.length + 1);
  const hitTopic: TopicSpec[] = [];
  const hitStrength: CueStrength[] = [];
  for (let n = 0; n < order.length; n++) {
    hitsFrom[n] = hitTopic.length;
    const entry = order[n].entry;
    if (entry === undefined) continue;
    isCue[n] = 1;
    for (const { topic, strength } of entry.hits) {
      hitTopic.push(topic);
      hitStrength.push(strength);
    }
  }
  hitsFrom[order.length] = hitTopic.length;
  let size = 16;
  while (size < root.next.size * 4) size *= 2;
  const firstCode = new Uint16Array(size);
  const firstNode = new Int32Array(size);
  const firstMask = size - 1;
  for (let n = 1; n <= root.next.size; n++) {
    let slot = firstSlot(codes[n], firstMask);
    while (firstNode[slot] !== 0) slot = (slot + 1) & firstMask;
    firstCode[slot] = codes[n];
    firstNode[slot] = n;
  }
  return {
    firstCode, firstNode, firstMask, firstChild: Int32Array.from(firstChild), codeOf: Uint16Array.from(codes),
    entryAt: order.map((d) => d.entry), isCue, lengthOf, hitsFrom, hitTopic, hitStrength,
  };
}
