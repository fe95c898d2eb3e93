/**
 * The statement topic tagger: a statement's text (with its tokens, the names found in it and its section headings,
 * when known) → the topics it is about, each with a score in (0, 1]. Deterministic: the same input and lexicon give
 * the same tags.
 */
import type { TopicSpec } from '../lexicon/index.js';
import { tagText, type Token } from '../segment/index.js';
import { headingScores, IN_NAME, inside, ScoreList, scoreCues, tokenNames, WEIGHT, type Scores, type Span } from './cueScores.js';
import { sharedTokenBoundaries } from './findCues.js';
import { topicsOfPlace } from './placeCues.js';
import { getTaxonomy } from './taxonomy.js';

/** A statement to tag: Simplified Chinese text (ingest converts Traditional first). */
export interface TopicInput {
  readonly text: string;
  /** The segmentation of exactly `text`, offsets counted from its first token (which starts the text); segmented here when absent. */
  readonly tokens?: readonly Token[];
  /** Spans of `text` that are names of institutions: a cue inside one counts for less (交通 in X交通大学). */
  readonly names?: readonly Span[];
  /** The regions the statement mentions (gazetteer ids, with their span in `text`): a place can be a cue (香港). */
  readonly places?: readonly (Span & { readonly regionId: string })[];
  /** The headings of the sections the statement stands in, outermost first. */
  readonly headings?: readonly string[];
  /** What `headingCues(headings)` gives, when the caller has it (the statements of a section share it). */
  readonly headingCues?: HeadingCues;
}

/** What a statement's headings add to each topic: its best heading's score, capped; topics in order of first mention. */
export type HeadingCues = readonly { readonly topic: TopicSpec; readonly score: number }[];

/** A topic of a statement and how sure the tagger is of it. */
export interface TopicTag {
  readonly topicId: string;
  readonly score: number;
}

/** The score a topic needs to be tagged. */
export const TOPIC_THRESHOLD = 0.75;
/** Share of its topics' scores that a field takes on. */
const FIELD_SHARE = 0.25;

/** The names given with a statement and those its tokens are, in one list (no copy when one of them is empty). */
function allNames(given: readonly Span[], fromTokens: readonly Span[]): readonly Span[] {
  if (given.length === 0) return fromTokens;
  return fromTokens.length === 0 ? given : [...given, ...fromTokens];
}

/** What a statement given without names, places or headings has of them (shared). */
const NO_SPANS: readonly Span[] = [];
const NO_PLACES: NonNullable<TopicInput['places']> = [];
const NO_HEADINGS: readonly string[] = [];

/** The scores of the statement being tagged (reused for every statement). */
const statementScores = new ScoreList();

/**
 * Each topic's score: its cues in the text, plus the best heading's cues (a heading counts at most what one strong cue
 * there counts). A text that names a topic of its own outweighs its headings: headings then only add to topics the
 * text has a cue of. In `statementScores`, valid until the next statement.
 */
function topicScores(input: TopicInput): ScoreList {
  const tokens = input.tokens ?? tagText(input.text, 0);
  const names = allNames(input.names ?? NO_SPANS, tokenNames(tokens));
  const text = statementScores;
  scoreCues(input.text, sharedTokenBoundaries(tokens), WEIGHT.text, names, text);
  for (const place of input.places ?? NO_PLACES) {
    const weight = WEIGHT.text.STRONG * (inside(names, place.start, place.end) ? IN_NAME : 1);
    for (const topic of topicsOfPlace(place.regionId)) {
      const slot = text.indexOf(topic);
      if (slot < 0) text.push(topic, weight);
      else text.values[slot] = Math.max(text.values[slot], weight);
    }
  }
  let textIsExplicit = false;
  for (let k = 0; k < text.count; k++) if (text.values[k] >= WEIGHT.text.STRONG) textIsExplicit = true;
  // Note: each topic stands once in the heading cues, so adding one never changes whether the text has another.
  for (const { topic, score } of input.headingCues ?? headingCues(input.headings ?? NO_HEADINGS)) {
    const slot = text.indexOf(topic);
    if (slot >= 0) text.values[slot] += score;
    else if (!textIsExplicit) text.push(topic, score);
  }
  return text;
}

/** The heading cues of the headings a statement stands in, outermost first (each heading counts at most what one strong cue there counts). */
export function headingCues(headings: readonly string[]): HeadingCues {
  // Note: no map, no list for a statement under no heading; keys and look-ups below, not entries (a pair per topic).
  if (headings.length === 0) return NO_HEADING_CUES;
  const best: Scores = new Map();
  for (let i = 0; i < headings.length; i++) {
    const where = i === headings.length - 1 ? 'nearestHeading' : 'outerHeading';
    const weight = WEIGHT[where];
    const scores = headingScores(headings[i], where);
    for (const topic of scores.keys()) best.set(topic, Math.max(best.get(topic) ?? 0, Math.min(scores.get(topic)!, weight.STRONG)));
  }
  const cues: { topic: TopicSpec; score: number }[] = [];
  for (const topic of best.keys()) cues.push({ topic, score: best.get(topic)! });
  return cues;
}

/** The heading cues of a statement under no heading (shared). */
const NO_HEADING_CUES: HeadingCues = [];

const round = (score: number): number => Math.round(Math.min(1, score) * 100) / 100;

/** The fields met while tagging one statement: each field once, in order of first mention, with its summed score. */
// Note: module-level scratch lists, whose first `fieldCount` slots are the current statement's: a statement meets a
// few fields, and a Map and a Set per statement cost more (allocation) than a scan of these lists, which keep their
// storage from one statement to the next.
const fieldsMet: TopicSpec[] = [];
const fieldSums: number[] = [];
const fieldTagged: boolean[] = [];
let fieldCount = 0;

/** The index of `field` in the scratch lists, added with a zero score when new. */
function fieldSlot(field: TopicSpec): number {
  for (let k = 0; k < fieldCount; k++) if (fieldsMet[k] === field) return k;
  fieldsMet[fieldCount] = field;
  fieldSums[fieldCount] = 0;
  fieldTagged[fieldCount] = false;
  return fieldCount++;
}

/** Whether one of the topics of the field `id` is tagged. */
function fieldIsTagged(id: string): boolean {
  for (let k = 0; k < fieldCount; k++) if (fieldTagged[k] && fieldsMet[k].id === id) return true;
  return false;
}

/** The topics of a statement, best first; a field is left out when one of its topics is tagged. */
export function tagTopics(input: TopicInput): TopicTag[] {
  const scores = topicScores(input);
  // Note: a statement with no cue in its text or headings (a tenth of them) needs none of the tables below.
  if (scores.count === 0) return [];
  const tags: TopicTag[] = [];
  fieldCount = 0;
  for (let t = 0; t < scores.count; t++) {
    const topic = scores.topics[t];
    const score = scores.values[t];
    if (topic.parentId === null) {
      fieldSums[fieldSlot(topic)] += score;
      continue;
    }
    const field = getTaxonomy().byId(topic.parentId)!;
    const slot = fieldSlot(field);
    fieldSums[slot] += FIELD_SHARE * score;
    if (score >= TOPIC_THRESHOLD) {
      tags.push({ topicId: topic.id, score: round(score) });
      fieldTagged[slot] = true;
    }
  }
  for (let k = 0; k < fieldCount; k++) {
    if (fieldSums[k] >= TOPIC_THRESHOLD && !fieldIsTagged(fieldsMet[k].id)) tags.push({ topicId: fieldsMet[k].id, score: round(fieldSums[k]) });
  }
  // Note: most statements have one tag or none: nothing to sort.
  return tags.length > 1 ? sortBestFirst(tags) : tags;
}

/**
 * Sorts tags in place by `bestFirst`, stably (as Array.prototype.sort does).
 * Note: an insertion sort: a statement has a few tags, and the built-in sort allocates a work copy at each call.
 */
export function sortBestFirst(tags: TopicTag[]): TopicTag[] {
  for (let i = 1; i < tags.length; i++) {
    const tag = tags[i];
    let j = i - 1;
    while (j >= 0 && bestFirst(tags[j], tag) > 0) {
      tags[j + 1] = tags[j];
      j--;
    }
    tags[j + 1] = tag;
  }
  return tags;
}

/** Tags by score, best first, then by topic id. */
function bestFirst(a: TopicTag, b: TopicTag): number {
  return b.score - a.score || (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0);
}
