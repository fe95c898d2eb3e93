/** The question words of the lexicon as look-up tables: each Chinese word or English phrase with the roles it plays. */
import { getLexicon } from '../lexicon/index.js';
import type { AskedStatus } from './types.js';

/** The intents that have cue words (search has none: it is what is left). */
export type CueIntent = 'programs' | 'institutions' | 'partners' | 'targets' | 'howMany' | 'who' | 'where' | 'connections' | 'compare' | 'statements';

/** What a question word does. */
export type Role =
  | { readonly kind: 'INTENT'; readonly intent: CueIntent }
  | { readonly kind: 'STATUS'; readonly status: AskedStatus }
  | { readonly kind: 'SUBREGIONS' }
  | { readonly kind: 'PARTNER_KIND'; readonly partnerKind: 'PLACES' | 'INSTITUTIONS' }
  | { readonly kind: 'WITH' }
  | { readonly kind: 'QUESTION_WORD' }
  | { readonly kind: 'FILLER' };

/** The vocabulary of questions, built once. */
export interface QuestionVocabulary {
  /** Chinese word → its roles; `zhByFirst` lists the words by first character, longest first. */
  readonly zh: ReadonlyMap<string, readonly Role[]>;
  readonly zhByFirst: ReadonlyMap<string, readonly string[]>;
  /** English phrase (lower-case words joined by one space) → its roles; `enLongest` is the most words of a phrase. */
  readonly en: ReadonlyMap<string, readonly Role[]>;
  readonly enLongest: number;
  readonly classWords: ReadonlySet<string>;
  readonly classModifiers: ReadonlySet<string>;
  readonly measureWords: ReadonlySet<string>;
  /** Institution and program head words (大学, 研究院, 计划, 示范区) with the kind of name they end. */
  readonly heads: ReadonlyMap<string, 'INSTITUTION' | 'PROGRAM'>;
  readonly englishHeads: ReadonlyMap<string, readonly string[]>;
  readonly englishFields: ReadonlyMap<string, readonly string[]>;
}

let vocabulary: QuestionVocabulary | undefined;

function addRole(map: Map<string, Role[]>, word: string, role: Role): void {
  const roles = map.get(word) ?? [];
  roles.push(role);
  map.set(word, roles);
}

/** The process-wide question vocabulary. */
export function getQuestionVocabulary(): QuestionVocabulary {
  if (vocabulary) return vocabulary;
  const { questions, institutions, programs } = getLexicon();
  const zh = new Map<string, Role[]>();
  const en = new Map<string, Role[]>();
  const add = (words: { zh: string[]; en: string[] }, role: Role): void => {
    for (const w of words.zh) addRole(zh, w, role);
    for (const w of words.en) addRole(en, w.toLowerCase().split(/\s+/).join(' '), role);
  };
  for (const [intent, words] of Object.entries(questions.intents) as [CueIntent, { zh: string[]; en: string[] }][]) add(words, { kind: 'INTENT', intent });
  add(questions.status.planned, { kind: 'STATUS', status: 'PLANNED' });
  add(questions.status.achieved, { kind: 'STATUS', status: 'ACHIEVED' });
  add(questions.status.problem, { kind: 'STATUS', status: 'PROBLEM' });
  add(questions.subregions, { kind: 'SUBREGIONS' });
  add(questions.partnerKinds.places, { kind: 'PARTNER_KIND', partnerKind: 'PLACES' });
  add(questions.partnerKinds.institutions, { kind: 'PARTNER_KIND', partnerKind: 'INSTITUTIONS' });
  add(questions.withWords, { kind: 'WITH' });
  add(questions.questionWords, { kind: 'QUESTION_WORD' });
  add(questions.fillers, { kind: 'FILLER' });
  const zhByFirst = new Map<string, string[]>();
  for (const word of zh.keys()) zhByFirst.set(word[0], [...(zhByFirst.get(word[0]) ?? []), word]);
  for (const list of zhByFirst.values()) list.sort((a, b) => b.length - a.length);
  const heads = new Map<string, 'INSTITUTION' | 'PROGRAM'>();
  for (const word of programs.heads.keys()) heads.set(word, 'PROGRAM');
  for (const word of institutions.heads.keys()) heads.set(word, 'INSTITUTION');
  vocabulary = {
    zh,
    zhByFirst,
    en,
    enLongest: Math.max(...[...en.keys()].map((p) => p.split(' ').length)),
    classWords: new Set(questions.classWords),
    classModifiers: new Set(questions.classModifiers),
    measureWords: new Set(questions.measureWords),
    heads,
    englishHeads: new Map(Object.entries(questions.englishNames.heads).map(([k, v]) => [k.toLowerCase(), v])),
    englishFields: new Map(Object.entries(questions.englishNames.fields).map(([k, v]) => [k.toLowerCase(), v])),
  };
  return vocabulary;
}
