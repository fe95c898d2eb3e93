/**
 * Cue scores: each topic's score from the cues of one text (a statement or a heading), weighed by where the text
 * stands and whether a cue lies inside an institution name. Headings and name words are memoised per process.
 */
import { getLexicon, type TopicSpec } from '../lexicon/index.js';
import { tagText, type Token } from '../segment/index.js';
import { lastCharTable } from '../match/tokens.js';
import { getCueIndex, type CueStrength } from './cueIndex.js';
import { longestCueAt, tokenBoundaries, type Boundaries } from './findCues.js';

/** A span of a text: offsets into it, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What one cue adds to its topic's score, by where it stands. */
export const WEIGHT = {
  text: { STRONG: 1, WEAK: 0.5 },
  nearestHeading: { STRONG: 0.75, WEAK: 0.35 },
  outerHeading: { STRONG: 0.4, WEAK: 0.2 },
} as const satisfies Record<string, Record<CueStrength, number>>;

/** What a cue inside a name counts for, relative to one in running text (浙江 in 浙江大学). */
export const IN_NAME = 0.5;
/** Entries kept in each memo (a document repeats its headings for every statement). */
const HEADING_CACHE_LIMIT = 20_000;
/** Where a heading stands: the statement's own section, or one around it. */
export type HeadingPlace = 'nearestHeading' | 'outerHeading';
const headingCache: Record<HeadingPlace, Map<string, Scores>> = { nearestHeading: new Map(), outerHeading: new Map() };

/** Each topic's score from the cues of one text. */
export type Scores = Map<TopicSpec, number>;

/** Whether [start, end) lies inside one of the spans. */
export function inside(names: readonly Span[], start: number, end: number): boolean {
  // Note: a loop, not `some` with a closure over the span (allocated at every call).
  for (let k = 0; k < names.length; k++) if (start >= names[k].start && end <= names[k].end) return true;
  return false;
}

/** Token → the length of its name part before an institution head (科技局 → 2), or 0; memoised per word. */
const nameCuts = new Map<string, number>();
let headEnds: Uint8Array | undefined;

/** Per UTF-16 code, 1 when some institution head ends in that character (局, 院, 心 …). */
function headEndTable(): Uint8Array {
  headEnds ??= lastCharTable([...getLexicon().institutions.heads.keys(), ...getLexicon().institutions.singleCharHeads.keys()]);
  return headEnds;
}

function nameCut(word: string): number {
  // Note: a head ends the word, so a word whose last character ends no head has none (most words): no look-up then.
  if (headEndTable()[word.charCodeAt(word.length - 1)] === 0) return 0;
  let cut = nameCuts.get(word);
  if (cut === undefined) {
    const { heads, singleCharHeads } = getLexicon().institutions;
    cut = 0;
    for (let i = 1; i < word.length && cut === 0; i++) {
      const head = word.slice(i);
      if (heads.has(head) || (head.length === 1 && singleCharHeads.has(head))) cut = i;
    }
    if (nameCuts.size >= HEADING_CACHE_LIMIT) nameCuts.clear();
    nameCuts.set(word, cut);
  }
  return cut;
}

/** The names of a statement that has none (shared). */
const NO_SPANS: readonly Span[] = [];

/** The parts before the head of tokens that are whole institution names (科技 of 科技局), as spans of the text. */
export function tokenNames(tokens: readonly Token[]): readonly Span[] {
  const base = tokens.length > 0 ? tokens[0].start : 0;
  // Note: the list is made at the first name only: most statements have none, and share one empty list.
  let spans: Span[] | undefined;
  for (const { word, start } of tokens) {
    const cut = word.length > 1 ? nameCut(word) : 0;
    if (cut > 0) (spans ??= []).push({ start: start - base, end: start - base + cut });
  }
  return spans ?? NO_SPANS;
}

// Note: the distinct cues (by trie node) of each topic seen in the text being scored, with the best weight each has
// there: module-level scratch lists whose first `seenCount` slots are the current text's (a text holds a handful of
// cues, so a scan of flat lists beats nested maps, and the lists keep their storage from one text to the next).
const seenTopics: TopicSpec[] = [];
const seenNodes: number[] = [];
const seenWeights: number[] = [];
let seenCount = 0;

/** Records a cue of `topic` by the cue of `node` with weight `w`, keeping the best weight of each. */
function seeCue(topic: TopicSpec, node: number, w: number): void {
  for (let k = 0; k < seenCount; k++) {
    if (seenTopics[k] === topic && seenNodes[k] === node) {
      if (w > seenWeights[k]) seenWeights[k] = w;
      return;
    }
  }
  seenTopics[seenCount] = topic;
  seenNodes[seenCount] = node;
  seenWeights[seenCount] = w;
  seenCount++;
}

/**
 * Each topic's score from the cues of one text, in lists: the first `count` slots of `topics` and `values`, topics in
 * order of first cue (the order a Map of them would iterate in).
 * Note: a statement's scores live in one such list reused for every statement (a Map per statement, with its look-ups,
 * was most of what scoring a statement allocated); a text has a handful of topics, so a scan finds one.
 */
export class ScoreList {
  readonly topics: TopicSpec[] = [];
  readonly values: number[] = [];
  count = 0;

  /** The slot of `topic`, or -1. */
  indexOf(topic: TopicSpec): number {
    for (let k = 0; k < this.count; k++) if (this.topics[k] === topic) return k;
    return -1;
  }

  /** Appends `topic` with `value` (the caller knows it is not in the list). */
  push(topic: TopicSpec, value: number): void {
    this.topics[this.count] = topic;
    this.values[this.count] = value;
    this.count++;
  }
}

/** The sum of the best weight of each distinct cue per topic in one text, into `into` (cleared first); cues inside `names` count for less. */
export function scoreCues(text: string, boundaries: Boundaries, weight: Record<CueStrength, number>, names: readonly Span[], into: ScoreList): void {
  seenCount = 0;
  const index = getCueIndex();
  // Note: the scan of findCues (leftmost-longest, no overlaps) without building its list of matches.
  for (let start = 0; start < text.length; ) {
    const node = longestCueAt(text, start, index, boundaries);
    if (node === 0) {
      start++;
      continue;
    }
    const end = start + index.lengthOf[node];
    const factor = names.length > 0 && inside(names, start, end) ? IN_NAME : 1;
    for (let h = index.hitsFrom[node]; h < index.hitsFrom[node + 1]; h++) {
      seeCue(index.hitTopic[h], node, weight[index.hitStrength[h]] * factor);
    }
    start = end;
  }
  // Note: summed in the order the cues were first seen, as a Map of the scores sums them.
  into.count = 0;
  for (let k = 0; k < seenCount; k++) {
    const slot = into.indexOf(seenTopics[k]);
    if (slot < 0) into.push(seenTopics[k], seenWeights[k]);
    else into.values[slot] += seenWeights[k];
  }
}

/** The list the scores of a heading are read into before they are memoised as a Map. */
const headingList = new ScoreList();

/** The sum of the best weight of each distinct cue per topic in one text; cues inside `names` count for less. */
export function cueScores(text: string, boundaries: Boundaries, weight: Record<CueStrength, number>, names: readonly Span[] = []): Scores {
  scoreCues(text, boundaries, weight, names, headingList);
  const scores: Scores = new Map();
  for (let k = 0; k < headingList.count; k++) scores.set(headingList.topics[k], headingList.values[k]);
  return scores;
}

/** A heading's cue scores where it stands (nearest or outer), computed once per process. */
export function headingScores(heading: string, where: HeadingPlace): Scores {
  const cache = headingCache[where];
  let scores = cache.get(heading);
  if (!scores) {
    if (cache.size >= HEADING_CACHE_LIMIT) cache.clear();
    const tokens = tagText(heading, 0);
    scores = cueScores(heading, tokenBoundaries(tokens), WEIGHT[where], tokenNames(tokens));
    cache.set(heading, scores);
  }
  return scores;
}

