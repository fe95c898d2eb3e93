/**
 * Which question is asked: rules in a fixed order over the cues found and the slots filled. Each rule that applies
 * gives a reading with a confidence (lower when a slot the intent needs is missing); the first is the reading, the
 * others are its alternatives.
 *
 * The order: questions with a shape of their own (connections of two things, comparison of two years, how many, who,
 * where); then the class the question asks for (哪些学校 · which programs), read as partners when it asks for
 * institutions or places linked to something; then the cues alone; then a topic; then a search.
 */
import type { AskedClass } from './askedClass.js';
import type { Cue, Draft } from './draft.js';
import type { Intent } from './types.js';
import type { CueIntent } from './vocabulary.js';

/** A candidate reading of the intent. */
export interface IntentCandidate {
  readonly intent: Intent;
  readonly confidence: number;
}

/** What the rules read besides the cues. */
export interface DecisionContext {
  readonly measure: string | null;
  readonly counterpart: string | null;
  readonly askedClass: AskedClass | null;
  /** Places that only scope the question (in Nansha · 在南沙区), not the other side of a link. */
  readonly scopeCount: number;
}

const NOUN_FOLLOWERS = /^[\s的有吗呢和与及、,?!。.]|^$/;

const ENGLISH_VERB_BEFORE = /\b(?:did|do|does|will|would|to)\s*$/i;

/**
 * Whether a cue that is both a program word and a status word (计划, 规划, plan) is used as a verb: after a year, a
 * place or nothing, and before a word other than 的, 有 or punctuation (2020年计划新增…, 深圳计划做…); in English after a
 * place, a name or an auxiliary (what did Shenzhen plan). After other words it ends a name (湾区未来学校计划在哪里).
 */
export function usedAsVerb(draft: Draft, cue: Cue): boolean {
  if (!cue.roles.some((r) => r.kind === 'STATUS')) return false;
  if (/^[A-Za-z]/.test(cue.word)) {
    const before = draft.text.slice(0, cue.start).trimEnd();
    return ENGLISH_VERB_BEFORE.test(before) || [...draft.regions, ...draft.names].some((s) => s.end === before.length);
  }
  const before = draft.text.slice(0, cue.start).trimEnd();
  const afterYearOrPlace = before === '' || [...draft.years, ...draft.regions].some((s) => s.end === before.length) || /[的,]$/.test(before);
  return afterYearOrPlace && !NOUN_FOLLOWERS.test(draft.text.slice(cue.end, cue.end + 1));
}

/** The intents the question's cues point at, a verb use of 计划 aside. */
export function cuedIntents(draft: Draft): Set<CueIntent> {
  const intents = new Set<CueIntent>();
  for (const cue of draft.cues) {
    for (const role of cue.roles) {
      if (role.kind !== 'INTENT') continue;
      if (role.intent === 'programs' && usedAsVerb(draft, cue)) continue;
      intents.add(role.intent);
    }
  }
  return intents;
}

/** Every reading the rules allow, best first (at least a search). */
export function intentCandidates(draft: Draft, context: DecisionContext): IntentCandidate[] {
  const cued = cuedIntents(draft);
  const things = draft.regions.length + draft.names.length;
  // A link needs another side: something not only scoping the question, a counterpart, or two places.
  const linked = things - context.scopeCount > 0 || context.counterpart !== null || things >= 2;
  const years = new Set(draft.years.map((y) => y.value)).size;
  const topic = draft.topics.length > 0;
  const filters = things > 0 || topic || years > 0;
  const linking = cued.has('partners') || cued.has('connections');
  const out: IntentCandidate[] = [];
  const push = (intent: Intent, confidence: number): void => {
    if (!out.some((c) => c.intent === intent)) out.push({ intent, confidence });
  };
  if (cued.has('connections') && things >= 2) push('CONNECTIONS', 0.9);
  if (cued.has('compare') && years >= 2) push('COMPARE_YEARS', 0.9);
  if (cued.has('howMany')) push('HOW_MANY', context.measure ? 0.9 : 0.6);
  if (cued.has('who')) push('WHO', things > 0 ? 0.9 : draft.terms.length > 0 ? 0.85 : 0.6);
  if (cued.has('where')) push('WHERE', things > 0 ? 0.9 : 0.5);
  // How a topic relates to something (劳动教育和中小学有什么联系): the statements about them.
  if (cued.has('connections') && things < 2 && topic) push('STATEMENTS', 0.9);
  switch (context.askedClass) {
    case 'institutions':
      if (linking && linked) push('PARTNERS', 0.9);
      push('INSTITUTIONS', things > 0 || topic ? 0.9 : 0.6);
      break;
    case 'places':
      if (linking) push('PARTNERS', things > 0 ? 0.9 : 0.5);
      break;
    case 'programs':
      push('PROGRAMS', filters ? 0.9 : 0.6);
      break;
    case 'targets':
      push('TARGETS', filters ? 0.9 : 0.7);
      break;
    case 'statements':
      push('STATEMENTS', filters || draft.terms.length > 0 ? 0.85 : 0.6);
      break;
  }
  if (linking && linked) push('PARTNERS', cued.has('partners') ? 0.9 : 0.7);
  if (cued.has('targets')) push('TARGETS', filters ? 0.9 : 0.7);
  if (cued.has('programs')) push('PROGRAMS', filters ? 0.9 : 0.6);
  if (cued.has('institutions')) push('INSTITUTIONS', things > 0 || topic ? 0.9 : 0.6);
  if (cued.has('compare')) push('COMPARE_YEARS', 0.4);
  if (cued.has('connections')) push('CONNECTIONS', 0.4);
  if (cued.has('partners')) push('PARTNERS', 0.45);
  if (cued.has('statements')) push('STATEMENTS', topic || things > 0 || draft.terms.length > 0 ? 0.85 : 0.6);
  if (topic || (years > 0 && things > 0)) push('STATEMENTS', 0.6);
  if (years > 0) push('STATEMENTS', 0.5);
  push('SEARCH', things > 0 ? 0.6 : 0.3);
  // Readings that are mostly guesses go after the others; otherwise the order of the rules decides.
  return [...out.filter((c) => c.confidence >= 0.5), ...out.filter((c) => c.confidence < 0.5)];
}
