/**
 * The question reader: a question in Chinese or English → what it asks for (intent), what it states (places, names to
 * look up, topics, years, status, a sub-region wish, the kind of partner, the thing counted, other words), how it was
 * read (interpretation) and, when unsure, other readings. Pure and deterministic: no database, no model.
 */
import { askedClassOf } from './askedClass.js';
import { intentCandidates, usedAsVerb } from './decide.js';
import type { Draft } from './draft.js';
import { markEnglish } from './english.js';
import { readChineseNames } from './chineseNames.js';
import { interpret } from './interpretation.js';
import { markChinese } from './marks.js';
import { measureOf } from './measure.js';
import { languageOf, normaliseQuestion } from './normalise.js';
import { readTopics } from './questionTopics.js';
import { nameBeforeWhere } from './subject.js';
import { regionLabel } from './interpretation.js';
import type { AskedStatus, NameSlot, QuestionReading, QuestionSlots } from './types.js';

/** Options of a reading. */
export interface ReadOptions {
  /**
   * Names known to be entities of the graph (found by a first look-up): each occurrence is read as a name, whatever
   * words it holds (南沙区晨光中学 is not the district 南沙区).
   */
  knownNames?: readonly string[];
}

const MAX_ALTERNATIVES = 3;

function knownNameSlots(text: string, names: readonly string[]): NameSlot[] {
  const slots: NameSlot[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name.trim() === '') continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = { start: at, end: at + name.length };
      if (!slots.some((s) => s.start < span.end && span.start < s.end)) slots.push({ surface: name, ...span, kind: null, source: 'GIVEN', chinese: [] });
    }
  }
  return slots;
}

const ASKING_BEFORE = /(哪些|什么|哪个|哪种|哪类)\s*$/;

/** The status of the first status word, except a plan word naming plans (什么计划, 哪些规划). */
function statusOf(draft: Draft): AskedStatus | null {
  for (const cue of [...draft.cues].sort((a, b) => a.start - b.start)) {
    const namesPlans = cue.roles.some((r) => r.kind === 'INTENT' && r.intent === 'programs') && !usedAsVerb(draft, cue) && ASKING_BEFORE.test(draft.text.slice(0, cue.start));
    if (namesPlans) continue;
    const role = cue.roles.find((r) => r.kind === 'STATUS');
    if (role?.kind === 'STATUS') return role.status;
  }
  return null;
}

const LINK_PREPOSITION = /^\s*(?:to|of|with)\s+(?:the\s+)?/i;

/**
 * The place or name right after a with-word (与香港, with the …), or after a link word and its preposition (linked to
 * Hong Kong, partners of …), or null.
 */
function counterpartOf(draft: Draft): string | null {
  for (const cue of draft.cues) {
    const rest = draft.text.slice(cue.end);
    const linkWord = cue.roles.some((r) => r.kind === 'INTENT' && (r.intent === 'partners' || r.intent === 'connections')) && LINK_PREPOSITION.test(rest);
    if (!cue.roles.some((r) => r.kind === 'WITH') && !linkWord) continue;
    const skip = cue.end + (rest.length - rest.replace(linkWord ? LINK_PREPOSITION : /^\s*(?:the\s+)?/i, '').length);
    const region = draft.regions.find((r) => r.start === skip);
    if (region) return regionLabel(region);
    const name = draft.names.find((n) => n.start === skip);
    if (name) return name.surface;
  }
  return null;
}

function partnerKindOf(draft: Draft): QuestionSlots['partnerKind'] {
  for (const cue of [...draft.cues].sort((a, b) => a.start - b.start)) {
    const role = cue.roles.find((r) => r.kind === 'PARTNER_KIND');
    if (role?.kind === 'PARTNER_KIND') return role.partnerKind;
  }
  return null;
}

/** The words of the question other than question words, fillers and with-words, in order. */
function contentWords(draft: Draft): string[] {
  const shaping = (roles: readonly { kind: string }[]): boolean => roles.every((r) => r.kind === 'QUESTION_WORD' || r.kind === 'FILLER' || r.kind === 'WITH');
  return [...draft.regions, ...draft.names, ...draft.terms, ...draft.cues.filter((c) => !shaping(c.roles))]
    .sort((a, b) => a.start - b.start)
    .map((s) => draft.text.slice(s.start, s.end));
}

/** Reads a question. */
export function readQuestion(question: string, options: ReadOptions = {}): QuestionReading {
  const text = normaliseQuestion(question);
  const draft: Draft = { text, cues: [], regions: [], names: knownNameSlots(text, options.knownNames ?? []), years: [], terms: [], topics: [], regionsInNames: [] };
  markChinese(draft);
  readChineseNames(draft);
  markEnglish(draft);
  nameBeforeWhere(draft);
  readTopics(draft);
  const measure = measureOf(draft);
  const slots: QuestionSlots = {
    regions: draft.regions,
    includeSubregions: draft.cues.some((c) => c.roles.some((r) => r.kind === 'SUBREGIONS')),
    names: draft.names,
    topics: draft.topics,
    years: [...new Set(draft.years.map((y) => y.value))],
    status: statusOf(draft),
    counterpart: counterpartOf(draft),
    partnerKind: partnerKindOf(draft),
    measure,
    // A word that named a topic is read as the topic.
    terms: draft.terms.map((t) => t.text).filter((t) => !draft.topics.some((topic) => topic.surface === t)),
    words: contentWords(draft),
  };
  const scopeCount = draft.regions.filter((r) => /(?:在|\bin\s+)$/i.test(text.slice(0, r.start))).length;
  const [best, ...others] = intentCandidates(draft, { measure, counterpart: slots.counterpart, askedClass: askedClassOf(draft), scopeCount });
  return {
    question,
    text,
    language: languageOf(text),
    intent: best.intent,
    slots,
    interpretation: interpret(best.intent, slots),
    confidence: best.confidence,
    alternatives: (best.confidence < 0.9 ? others : others.filter((o) => o.confidence >= 0.6))
      .slice(0, MAX_ALTERNATIVES)
      .map((o) => ({ intent: o.intent, confidence: o.confidence, interpretation: interpret(o.intent, slots) })),
  };
}
