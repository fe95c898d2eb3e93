/**
 * The statement topic tagger: a statement's text (with its tokens, the names found in it and its section headings,
 * when known) → the topics it is about, each with a score in (0, 1]. Deterministic: the same input and lexicon give
 * the same tags.
 */
import { getLexicon, type TopicSpec } from '../lexicon/index.js';
import { tagText, type Token } from '../segment/index.js';
import { getCueIndex, type CueStrength } from './cueIndex.js';
import { findCues, tokenBoundaries, type Boundaries } from './findCues.js';
import { topicsOfPlaces } from './placeCues.js';
import { getTaxonomy } from './taxonomy.js';

/** A statement to tag: Simplified Chinese text (ingest converts Traditional first). */
export interface TopicInput {
  readonly text: string;
  /** The segmentation of exactly `text`; segmented here when absent. */
  readonly tokens?: readonly Token[];
  /** Spans of `text` that are names of institutions: a cue inside one counts for less (交通 in X交通大学). */
  readonly names?: readonly Span[];
  /** The regions the statement mentions (gazetteer ids, with their span in `text`): a place can be a cue (香港). */
  readonly places?: readonly (Span & { readonly regionId: string })[];
  /** The headings of the sections the statement stands in, outermost first. */
  readonly headings?: readonly string[];
}

/** A span of a text: offsets into it, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A topic of a statement and how sure the tagger is of it. */
export interface TopicTag {
  readonly topicId: string;
  readonly score: number;
}

/** What one cue adds to its topic's score, by where it stands. */
const WEIGHT = {
  text: { STRONG: 1, WEAK: 0.5 },
  nearestHeading: { STRONG: 0.75, WEAK: 0.35 },
  outerHeading: { STRONG: 0.4, WEAK: 0.2 },
} as const satisfies Record<string, Record<CueStrength, number>>;

/** The score a topic needs to be tagged. */
export const TOPIC_THRESHOLD = 0.75;
/** What a cue inside a name counts for, relative to one in running text (香港 in 香港科技大学). */
const IN_NAME = 0.5;
/** Share of its topics' scores that a field takes on. */
const FIELD_SHARE = 0.25;
/** Entries kept in each memo (a document repeats its headings for every statement). */
const HEADING_CACHE_LIMIT = 20_000;
type HeadingPlace = 'nearestHeading' | 'outerHeading';
const headingCache: Record<HeadingPlace, Map<string, Scores>> = { nearestHeading: new Map(), outerHeading: new Map() };

type Scores = Map<TopicSpec, number>;

const inside = (names: readonly Span[], start: number, end: number): boolean => names.some((n) => start >= n.start && end <= n.end);

/** Token → the length of its name part before an institution head (科技局 → 2), or 0; memoised per word. */
const nameCuts = new Map<string, number>();

function nameCut(word: string): number {
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

/** The parts before the head of tokens that are whole institution names (科技 of 科技局), as spans of the text. */
function tokenNames(tokens: readonly Token[]): Span[] {
  const base = tokens.length > 0 ? tokens[0].start : 0;
  const spans: Span[] = [];
  for (const { word, start } of tokens) {
    const cut = word.length > 1 ? nameCut(word) : 0;
    if (cut > 0) spans.push({ start: start - base, end: start - base + cut });
  }
  return spans;
}

/** The sum of the best weight of each distinct cue per topic in one text; cues inside `names` count for less. */
function cueScores(text: string, boundaries: Boundaries, weight: Record<CueStrength, number>, names: readonly Span[] = []): Scores {
  // Note: a statement holds a handful of cues, so a flat list beats nested maps here.
  const seen: { topic: TopicSpec; word: string; weight: number }[] = [];
  for (const { entry, start, end } of findCues(text, getCueIndex(), boundaries)) {
    const factor = names.length > 0 && inside(names, start, end) ? IN_NAME : 1;
    for (const { topic, strength } of entry.hits) {
      const w = weight[strength] * factor;
      const same = seen.find((x) => x.topic === topic && x.word === entry.word);
      if (!same) seen.push({ topic, word: entry.word, weight: w });
      else if (w > same.weight) same.weight = w;
    }
  }
  const scores: Scores = new Map();
  for (const x of seen) scores.set(x.topic, (scores.get(x.topic) ?? 0) + x.weight);
  return scores;
}

/** A heading's cue scores where it stands (nearest or outer), computed once per process. */
function headingScores(heading: string, where: HeadingPlace): Scores {
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

/**
 * Each topic's score: its cues in the text, plus the best heading's cues (a heading counts at most what one strong cue
 * there counts). A text that names a topic of its own outweighs its headings: headings then only add to topics the
 * text has a cue of.
 */
function topicScores(input: TopicInput): Scores {
  const tokens = input.tokens ?? tagText(input.text, 0);
  const names = [...(input.names ?? []), ...tokenNames(tokens)];
  const text = cueScores(input.text, tokenBoundaries(tokens), WEIGHT.text, names);
  for (const place of input.places ?? []) {
    const weight = WEIGHT.text.STRONG * (inside(names, place.start, place.end) ? IN_NAME : 1);
    for (const topic of topicsOfPlaces([place.regionId])) text.set(topic, Math.max(text.get(topic) ?? 0, weight));
  }
  let textIsExplicit = false;
  for (const score of text.values()) if (score >= WEIGHT.text.STRONG) textIsExplicit = true;
  const headings = input.headings ?? [];
  const fromHeadings: Scores = new Map();
  headings.forEach((heading, i) => {
    const where = i === headings.length - 1 ? 'nearestHeading' : 'outerHeading';
    const weight = WEIGHT[where];
    for (const [topic, score] of headingScores(heading, where)) {
      if (textIsExplicit && !text.has(topic)) continue;
      fromHeadings.set(topic, Math.max(fromHeadings.get(topic) ?? 0, Math.min(score, weight.STRONG)));
    }
  });
  for (const [topic, score] of fromHeadings) text.set(topic, (text.get(topic) ?? 0) + score);
  return text;
}

const round = (score: number): number => Math.round(Math.min(1, score) * 100) / 100;

/** The topics of a statement, best first; a field is left out when one of its topics is tagged. */
export function tagTopics(input: TopicInput): TopicTag[] {
  const tags: TopicTag[] = [];
  const fieldScores = new Map<TopicSpec, number>();
  const taggedFields = new Set<string>();
  for (const [topic, score] of topicScores(input)) {
    if (topic.parentId === null) {
      fieldScores.set(topic, (fieldScores.get(topic) ?? 0) + score);
      continue;
    }
    const field = getTaxonomy().byId(topic.parentId)!;
    fieldScores.set(field, (fieldScores.get(field) ?? 0) + FIELD_SHARE * score);
    if (score >= TOPIC_THRESHOLD) {
      tags.push({ topicId: topic.id, score: round(score) });
      taggedFields.add(field.id);
    }
  }
  for (const [field, score] of fieldScores) {
    if (!taggedFields.has(field.id) && score >= TOPIC_THRESHOLD) tags.push({ topicId: field.id, score: round(score) });
  }
  return tags.sort((a, b) => b.score - a.score || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0));
}
