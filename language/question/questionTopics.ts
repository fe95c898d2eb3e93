/**
 * The topics a question names: the strong topic cues of its Chinese words (学前教育, 人工智能) and the English words of
 * the topics (preschool, vocational), outside places, institution names and the names the graph knows (given by
 * the caller): 浙江 in 浙江大学 names no topic.
 */
import { tagText } from '../segment/index.js';
import { findCues, getCueIndex, getTaxonomy, tokenBoundaries } from '../topics/index.js';
import type { Draft } from './draft.js';
import { overlapsAny } from './draft.js';
import { englishWords } from './english.js';
import type { TextSpan, TopicSlot } from './types.js';

let askedTopics: Map<string, string[]> | undefined;

/** Chinese question-only topic word → topic ids (人工智能 → 教育信息化). */
function askedTopicWords(): Map<string, string[]> {
  if (askedTopics) return askedTopics;
  askedTopics = new Map();
  for (const topic of getTaxonomy().all) for (const word of topic.asked) askedTopics.set(word, [...(askedTopics.get(word) ?? []), topic.id]);
  return askedTopics;
}

let englishTopics: { phrases: Map<string, string[]>; longest: number } | undefined;

/** English topic phrase (lower-case words joined by one space) → topic ids. */
function englishTopicPhrases(): { phrases: Map<string, string[]>; longest: number } {
  if (englishTopics) return englishTopics;
  const phrases = new Map<string, string[]>();
  for (const topic of getTaxonomy().all) {
    for (const phrase of topic.english) {
      const key = phrase.toLowerCase().split(/\s+/).join(' ');
      phrases.set(key, [...(phrases.get(key) ?? []), topic.id]);
    }
  }
  englishTopics = { phrases, longest: Math.max(...[...phrases.keys()].map((k) => k.split(' ').length)) };
  return englishTopics;
}

function add(topics: TopicSlot[], topicId: string, surface: string): void {
  if (!topics.some((t) => t.topicId === topicId)) topics.push({ topicId, surface });
}

/** Fills the draft's topics. */
export function readTopics(draft: Draft): void {
  const outside: TextSpan[] = [...draft.regions, ...draft.regionsInNames, ...draft.years, ...draft.names.filter((n) => n.kind === 'INSTITUTION' || n.source === 'ENGLISH' || n.source === 'GIVEN')];
  const found: { topicId: string; surface: string; start: number }[] = [];
  if (/[\u3400-\u9fff]/.test(draft.text)) {
    for (const match of findCues(draft.text, getCueIndex(), tokenBoundaries(tagText(draft.text, 0)))) {
      if (overlapsAny(match, outside)) continue;
      for (const hit of match.entry.hits) if (hit.strength === 'STRONG') found.push({ topicId: hit.topic.id, surface: match.entry.word, start: match.start });
      for (const topicId of askedTopicWords().get(match.entry.word) ?? []) found.push({ topicId, surface: match.entry.word, start: match.start });
    }
  }
  const { phrases, longest } = englishTopicPhrases();
  const words = englishWords(draft.text).filter((w) => !overlapsAny(w, outside));
  for (let i = 0; i < words.length; ) {
    let n = Math.min(longest, words.length - i);
    for (; n > 0; n--) {
      const slice = words.slice(i, i + n);
      const ids = phrases.get(slice.map((w) => w.lower).join(' '));
      if (!ids) continue;
      const surface = draft.text.slice(slice[0].start, slice[n - 1].end);
      for (const topicId of ids) found.push({ topicId, surface, start: slice[0].start });
      break;
    }
    i += Math.max(n, 1);
  }
  for (const f of found.sort((a, b) => a.start - b.start)) add(draft.topics, f.topicId, f.surface);
  // A field named beside one of its own topics (preschool education) is that topic.
  const taxonomy = getTaxonomy();
  draft.topics = draft.topics.filter((t) => !taxonomy.childrenOf(t.topicId).some((c) => draft.topics.some((u) => u.topicId === c.id)));
}
