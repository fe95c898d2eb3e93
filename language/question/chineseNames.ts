/**
 * The second pass over a Chinese question: the words no question word, place, year or quoted name covers.
 * - A head word that ends names (计划, 工程, 大学, 研究院; not a class word such as 项目 or 学校) takes in the words right
 *   before it, up to a question word, filler, year or punctuation: 长三角 + 数字教育 + 计划, 中国 + 农业科学 + 研究院.
 * - A leftover run ending in a head (教育局 after 杭州市) is a name too; a run of generic modifiers and a head
 *   (公办幼儿园) is a class, not a name.
 * - A name takes in a place in brackets right after it (浙江大学(海宁)).
 * - A leftover run that is a short place form is a place (西湖); any other is a term the question is about.
 */
import { getLexicon } from '../lexicon/index.js';
import { tagText, type Token } from '../segment/index.js';
import type { Cue, Draft, Term } from './draft.js';
import { usedAsVerb } from './decide.js';
import { headAtEnd, headKind } from './heads.js';
import { regionOfWord } from './marks.js';
import type { TextSpan } from './types.js';
import { getQuestionVocabulary } from './vocabulary.js';

const WORD_CHAR = /[\u3400-\u9fffA-Za-z0-9+]/;
const HAN = /[\u3400-\u9fff]/;

const COUNTING = /(多少|几)$/;

/** A run after 多少 / 几 without the measure word it starts with (多少所人工智能… → 人工智能…). */
function withoutLeadingMeasure(text: string, run: Term): Term {
  const { measureWords } = getQuestionVocabulary();
  const cut = run.text.length > 1 && measureWords.has(run.text[0]) && COUNTING.test(text.slice(0, run.start)) ? 1 : 0;
  return cut === 0 ? run : { text: run.text.slice(cut), start: run.start + cut, end: run.end };
}

/** A run without a one-character filler that the segmenter glued to its end (子弟班有 → 子弟班). */
function withoutTrailingFiller(run: Term): Term {
  const last = run.text[run.text.length - 1];
  const filler = run.text.length > 1 && getQuestionVocabulary().zh.get(last)?.every((r) => r.kind === 'FILLER');
  return filler ? { text: run.text.slice(0, -1), start: run.start, end: run.end - 1 } : run;
}

/** Maximal runs of Han characters (with letters and digits inside) that no span covers, measure words dropped. */
function residualRuns(text: string, covered: readonly TextSpan[]): Term[] {
  const taken = new Uint8Array(text.length);
  for (const s of covered) taken.fill(1, s.start, s.end);
  const runs: Term[] = [];
  for (let i = 0; i < text.length; ) {
    if (taken[i] || !WORD_CHAR.test(text[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && !taken[end] && WORD_CHAR.test(text[end])) end++;
    const run = text.slice(i, end);
    if (HAN.test(run)) runs.push(withoutTrailingFiller(withoutLeadingMeasure(text, { text: run, start: i, end })));
    i = end;
  }
  return runs;
}

/** Splits runs after a token that ends in a head word (上海 + 教育局共同推出 → 教育局 | 共同推出). */
function splitAfterHeads(runs: Term[], tokens: readonly Token[]): Term[] {
  const out: Term[] = [];
  for (const run of runs) {
    let start = run.start;
    for (const t of tokens) {
      if (t.end <= start || t.end >= run.end || t.start < run.start || !headAtEnd(t.word)) continue;
      out.push({ text: run.text.slice(start - run.start, t.end - run.start), start, end: t.end });
      start = t.end;
    }
    out.push(start === run.start ? run : { text: run.text.slice(start - run.start), start, end: run.end });
  }
  return out;
}

/** Whether `words` is made of class modifiers only (公办, 民办, 普惠性, 市属): a class of institutions, not a name. */
function onlyModifiers(words: string): boolean {
  if (words === '') return false;
  const modifiers = getQuestionVocabulary().classModifiers;
  const ok = new Uint8Array(words.length + 1);
  ok[0] = 1;
  for (let i = 0; i < words.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= words.length; j++) if (modifiers.has(words.slice(i, j))) ok[j] = 1;
  }
  return ok[words.length] === 1;
}

/** A cue that may stand inside a name: it only names a kind of thing or of link (学校, 姊妹, 缔结). */
const inNameCue = (cue: Cue): boolean => cue.roles.every((r) => r.kind === 'PARTNER_KIND' || (r.kind === 'INTENT' && ['programs', 'institutions', 'partners'].includes(r.intent)));

/** A piece of the question a name can be made of. */
type Piece = TextSpan & { kind: 'REGION' | 'RUN' | 'CUE' };

/** Kinds of institution of which a place has many: a place and generic modifiers before their head name a class. */
const NUMEROUS = new Set(['SCHOOL', 'KINDERGARTEN', 'UNIVERSITY', 'COLLEGE', 'HOSPITAL']);

/**
 * Whether the words before a head name a class rather than one thing: generic modifiers only (公办幼儿园), unless a
 * place leads them and the head is not of a numerous kind (长三角 + 教育 + 研究中心 is one centre).
 */
function namesClass(modifiers: string, head: string, placeLeads: boolean): boolean {
  if (!onlyModifiers(modifiers)) return false;
  const kind = getLexicon().institutions.heads.get(head);
  return !placeLeads || kind === undefined || NUMEROUS.has(kind);
}

/** Class words of the questions and of institutions (中小学, 高校): a run that is one names a class, not a thing. */
function isClassWord(word: string): boolean {
  return getQuestionVocabulary().classWords.has(word) || getLexicon().institutions.classWords.has(word);
}

/** Finds names, short place forms and terms among the words left over in a Chinese question. */
export function readChineseNames(draft: Draft): void {
  const { heads } = getQuestionVocabulary();
  const runs = splitAfterHeads(residualRuns(draft.text, [...draft.names, ...draft.regions, ...draft.years, ...draft.cues]), tagText(draft.text, 0));
  const pieces: Piece[] = [
    ...draft.regions.map((r) => ({ start: r.start, end: r.end, kind: 'REGION' as const })),
    ...runs.map((r) => ({ start: r.start, end: r.end, kind: 'RUN' as const })),
    ...draft.cues.filter(inNameCue).map((c) => ({ start: c.start, end: c.end, kind: 'CUE' as const })),
  ].sort((a, b) => a.start - b.start);
  const names: TextSpan[] = [];
  for (const head of draft.cues) {
    if (!heads.has(head.word) || isClassWord(head.word) || names.some((n) => n.end > head.start) || usedAsVerb(draft, head)) continue;
    let start = head.start;
    for (const p of [...pieces].reverse()) {
      if (p.end !== start || names.some((n) => n.end > p.start)) continue;
      start = p.start;
    }
    const place = draft.regions.find((r) => r.start === start);
    const modifiers = draft.text.slice(place ? place.end : start, head.start);
    const whole = draft.text.slice(start, head.end);
    // Note: a whole head word (教育集团, 研究中心) without a place names a kind of institution, not one.
    const kindOnly = heads.has(whole) && !place;
    if (start < head.start && !kindOnly && !namesClass(modifiers, head.word, place !== undefined) && !isClassWord(whole)) names.push(trimLeadingVerbs(draft, { start, end: head.end }));
  }
  const inName = (s: TextSpan): boolean => names.some((n) => s.start >= n.start && s.end <= n.end);
  for (const run of runs) {
    if (inName(run)) continue;
    const head = headAtEnd(run.text);
    const placeBefore = draft.regions.find((r) => r.end === run.start && !inName(r));
    if (head && !isClassWord(run.text) && (run.text.length > head.length || placeBefore) && !namesClass(run.text.slice(0, -head.length), head, placeBefore !== undefined)) {
      names.push(trimLeadingVerbs(draft, { start: placeBefore?.start ?? run.start, end: run.end }));
    } else if (run.text.length === 1 && getQuestionVocabulary().zh.has(run.text)) {
      continue;
    } else {
      const region = heads.has(run.text) ? null : regionOfWord(run.text, run);
      if (region) draft.regions.push(region);
      else draft.terms.push(run);
    }
  }
  for (const name of names) addName(draft, widenOverBracket(draft, name));
  draft.regions.sort((a, b) => a.start - b.start);
  draft.names.sort((a, b) => a.start - b.start);
}

/** A name without the verbs it starts with (负责 + 深河中学 → 深河中学). */
function trimLeadingVerbs(draft: Draft, span: TextSpan): TextSpan {
  let start = span.start;
  for (const t of tagText(draft.text.slice(span.start, span.end), span.start)) {
    if (t.start !== start || !(t.tag === 'v' || t.tag === 'vd') || t.end >= span.end) break;
    start = t.end;
  }
  return { start, end: span.end };
}

/** A place in brackets right after a name joins it (浙江大学(海宁)). */
function widenOverBracket(draft: Draft, name: TextSpan): TextSpan {
  const bracket = /^\(([^)]{1,12})\)/.exec(draft.text.slice(name.end));
  if (bracket && draft.regions.some((r) => r.start === name.end + 1 && r.end === name.end + 1 + bracket[1].length)) return { start: name.start, end: name.end + bracket[0].length };
  return name;
}

/** Adds a name; the places, cues and terms inside it become part of it. */
function addName(draft: Draft, span: TextSpan): void {
  const inside = (s: TextSpan): boolean => s.start >= span.start && s.end <= span.end;
  draft.regionsInNames.push(...draft.regions.filter(inside));
  draft.regions = draft.regions.filter((r) => !inside(r));
  draft.cues = draft.cues.filter((c) => !inside(c));
  draft.terms = draft.terms.filter((t) => !inside(t));
  const surface = draft.text.slice(span.start, span.end);
  draft.names.push({ surface, start: span.start, end: span.end, kind: headKind(surface), source: 'HEAD', chinese: [] });
}
