/**
 * The English words of a question: question words as phrases (how many, set for), places by their English names or
 * pinyin (Xihu, Shanghai), and other capitalised names (Zhejiang University), with the Chinese forms they may have.
 */
import { getGazetteer, type RegionRecord } from '../gazetteer/index.js';
import type { Cue, Draft, Term } from './draft.js';
import { overlapsAny } from './draft.js';
import type { NameSlot, RegionSlot, TextSpan } from './types.js';
import { getQuestionVocabulary } from './vocabulary.js';

/** An English word of the question with its offsets. */
export interface Word extends TextSpan {
  readonly text: string;
  readonly lower: string;
}

const WORD = /[A-Za-z][A-Za-z&-]*(?:['’]s\b)?|\d+/g;
/** Small words that may stand inside a capitalised name (University of Science and Technology). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', '&']);

/** The English words of a text; a possessive 's is left out of its word (Hangzhou's → Hangzhou). */
export function englishWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const word = m[0].replace(/['’]s$/, '');
    return { text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length };
  });
}

/** English question words and phrases, longest first, outside the given spans. */
export function englishCues(text: string, words: readonly Word[], outside: readonly TextSpan[]): Cue[] {
  const vocabulary = getQuestionVocabulary();
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; ) {
    let found = 0;
    for (let n = Math.min(vocabulary.enLongest, words.length - i); n > 0 && found === 0; n--) {
      const phrase = words.slice(i, i + n);
      const span = { start: phrase[0].start, end: phrase[n - 1].end };
      const key = phrase.map((w) => w.lower).join(' ');
      if (vocabulary.en.has(key) && !overlapsAny(span, outside)) {
        cues.push({ word: text.slice(span.start, span.end), ...span, roles: vocabulary.en.get(key)! });
        found = n;
      }
    }
    i += found || 1;
  }
  return cues;
}

const isCapitalised = (w: Word): boolean => /^[A-Z]/.test(w.text);

/**
 * Runs of capitalised words (with joiners inside) separated by spaces only, skipping a sentence's first word when it is
 * a question word.
 */
function capitalisedRuns(text: string, words: readonly Word[]): Word[][] {
  const vocabulary = getQuestionVocabulary();
  const runs: Word[][] = [];
  let run: Word[] = [];
  const flush = (): void => {
    while (run.length > 0 && NAME_JOINERS.has(run[run.length - 1].lower)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  words.forEach((w, i) => {
    if (run.length > 0 && text.slice(run[run.length - 1].end, w.start).trim() !== '') flush();
    // Note: a run does not start with a word of questions (Which, Compare, Programs): a sentence starts capitalised.
    const questionWord = vocabulary.en.has(w.lower);
    if (isCapitalised(w) && !(run.length === 0 && questionWord) && !/^\d/.test(w.text)) run.push(w);
    else if (run.length > 0 && NAME_JOINERS.has(w.lower) && words[i + 1] && isCapitalised(words[i + 1])) run.push(w);
    else flush();
  });
  flush();
  return runs;
}

const spanOf = (run: readonly Word[]): TextSpan => ({ start: run[0].start, end: run[run.length - 1].end });

function regionOf(words: readonly Word[]): RegionRecord | undefined {
  return getGazetteer().candidates(words.map((w) => w.text).join(' '))[0];
}

/** The longest run of words from the start of `words` that names a region, with its length. */
function leadingRegion(words: readonly Word[]): { region: RegionRecord; length: number } | null {
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const region = regionOf(words.slice(0, n));
    if (region) return { region, length: n };
  }
  return null;
}

/** The short Chinese form of a region (杭州市 → 杭州) and its full name. */
function chineseForms(region: RegionRecord): string[] {
  const short = region.name.length > 2 ? region.name.replace(/(市|省|区|县)$/, '') : region.name;
  return [...new Set([short, region.name])];
}

/** Chinese forms of an English institution name: place + field + head (Zhejiang University of Technology → 浙江工业大学). */
export function chineseNamesOf(text: string): string[] {
  const { englishHeads, englishFields } = getQuestionVocabulary();
  const bracket = /\s*\(([^)]+)\)\s*$/.exec(text);
  const body = bracket ? text.slice(0, bracket.index) : text;
  const words = englishWords(body);
  const lead = leadingRegion(words);
  if (!lead) return [];
  const rest = words.slice(lead.length).map((w) => w.lower).join(' ');
  const readings: string[][] = [];
  if (englishHeads.has(rest)) readings.push(...englishHeads.get(rest)!.map((h) => [h]));
  const of = /^(.+?) of (.+)$/.exec(rest);
  if (of && englishHeads.has(of[1]) && englishFields.has(of[2])) {
    for (const field of englishFields.get(of[2])!) for (const head of englishHeads.get(of[1])!) readings.push([field, head]);
  }
  for (const [field, fieldZh] of englishFields) {
    if (!rest.startsWith(`${field} `)) continue;
    const head = rest.slice(field.length + 1);
    for (const f of fieldZh) for (const h of englishHeads.get(head) ?? []) readings.push([f, h]);
  }
  const suffix = bracket ? regionOf(englishWords(bracket[1])) : undefined;
  const tail = suffix ? `(${chineseForms(suffix)[0]})` : bracket ? null : '';
  if (tail === null) return [];
  return [...new Set(chineseForms(lead.region).flatMap((place) => readings.map((r) => `${place}${r.join('')}${tail}`)))];
}

/** Fills the draft's English cues, places, names and leftover words. */
export function markEnglish(draft: Draft): void {
  const words = englishWords(draft.text).filter((w) => !overlapsAny(w, [...draft.names, ...draft.years]));
  const regions: RegionSlot[] = [];
  const names: NameSlot[] = [];
  for (const run of capitalisedRuns(draft.text, words)) {
    const whole = regionOf(run);
    const parts = splitOnAnd(run);
    if (whole) regions.push({ surface: draft.text.slice(spanOf(run).start, spanOf(run).end), ...spanOf(run), ids: [whole.id] });
    else if (parts.length > 1 && parts.every((p) => regionOf(p))) {
      for (const p of parts) regions.push({ surface: p.map((w) => w.text).join(' '), ...spanOf(p), ids: [regionOf(p)!.id] });
    } else {
      const span = widenOverBracket(draft.text, spanOf(run));
      const surface = draft.text.slice(span.start, span.end);
      names.push({ surface, ...span, kind: null, source: 'ENGLISH', chinese: chineseNamesOf(surface) });
    }
  }
  // A place in brackets after a name is part of it (… (Haining)).
  const inName = (r: RegionSlot): boolean => names.some((n) => r.start >= n.start && r.end <= n.end);
  draft.regionsInNames.push(...regions.filter(inName));
  draft.regions.push(...regions.filter((r) => !inName(r)));
  draft.names.push(...names);
  const taken = [...draft.names, ...draft.regions, ...draft.years];
  const cues = englishCues(draft.text, words, taken);
  draft.cues.push(...cues);
  const leftover: Term[] = words.filter((w) => !overlapsAny(w, [...taken, ...cues]) && !/^\d+$/.test(w.text)).map((w) => ({ text: w.text, start: w.start, end: w.end }));
  draft.terms.push(...leftover);
}

function splitOnAnd(run: readonly Word[]): Word[][] {
  const parts: Word[][] = [[]];
  for (const w of run) {
    if (w.lower === 'and' || w.lower === '&') parts.push([]);
    else parts[parts.length - 1].push(w);
  }
  return parts.filter((p) => p.length > 0);
}

/** A name followed by a bracketed place (… (Haining)) takes the brackets in. */
function widenOverBracket(text: string, span: TextSpan): TextSpan {
  const bracket = /^\s*\([^)]{1,40}\)/.exec(text.slice(span.end));
  return bracket ? { start: span.start, end: span.end + bracket[0].length } : span;
}
