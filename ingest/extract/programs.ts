/**
 * Program extractor: 《…》 titles, quoted names that end in (or are followed by) a program head,
 * and unquoted names ending in a program head (计划, 工程, 示范区 …) with their modifiers.
 */
import type { Candidate } from '../model.js';
import type { Extractor } from './registry.js';
import { getLexicon, type ProgramKind } from '../../language/lexicon/index.js';
import {
  SuffixLexicon, classify, distinctiveChars, hasHan, hasProperTag, maxWordLength, tokenIndexAt,
} from '../../language/match/tokens.js';
import type { Token } from '../../language/segment/index.js';

/** The lexicon's program vocabulary with the look-up structures built over it (once per process). */
function buildVocabulary() {
  const { programs, names } = getLexicon();
  return {
    ...programs,
    ...names,
    headLexicon: new SuffixLexicon<ProgramKind>(programs.heads),
    quotedHeadLexicon: new SuffixLexicon<ProgramKind>([...programs.heads, ...programs.quotedOnlyHeads]),
    introducedHeadLexicon: new SuffixLexicon<ProgramKind>(programs.introducedHeads),
    workReport: new RegExp(programs.workReports.join('|')),
    genericMax: maxWordLength(programs.genericWords),
  };
}
let vocabulary: ReturnType<typeof buildVocabulary> | undefined;
const vocab = (): ReturnType<typeof buildVocabulary> => (vocabulary ??= buildVocabulary());
/** A quoted code of digits, letters and +/- (“6+2+N”): as distinctive as a Han name. */
const CODE = /^(?=[^]*[0-9])(?=[^]*[A-Za-z+])[0-9A-Za-z+-]{2,}$/;
/** A quoted numeral abbreviation (“两县”, “五优”): a name even when its other character is generic. */
const NUMERAL_ABBREVIATION = /^[一二两三四五六七八九十百千万双]/;
/** Words after a quotation showing it is one of a series of named activities (“…”等系列主题活动). */
const SERIES_MARK = '等';
const MAX_SERIES_TOKENS = 6;
/** Quotation marks: opening → closing. */
const QUOTES = new Map([['“', '”'], ['「', '」'], ['『', '』']]);
/** Characters that make a quoted text a slogan or a list rather than a name. */
const LIST_MARKS = /[、,，;；:：。!！?？]/;
/** How many tokens may stand between a closing quote and a program head (“一带一路”教育行动). */
const MAX_BRIDGE_TOKENS = 3;
const MAX_QUOTED_LENGTH = 40;

interface HeadMatch { kind: ProgramKind; word: string; end: number; introduced?: boolean }

/** Where a head ends inside token `i` (its end, or before a generic tail), or null. */
function headIn(text: string, offset: number, token: Token): HeadMatch | null {
  const end = token.end - offset;
  const match = vocab().headLexicon.matchEnd(text, end, token.start - offset - 4);
  if (match) return { ...match, end };
  const weak = vocab().introducedHeadLexicon.matchEnd(text, end, token.start - offset);
  if (weak) return { ...weak, end, introduced: true };
  for (const tail of vocab().tails) {
    if (token.word.length > tail.length && token.word.endsWith(tail)) {
      const inner = vocab().headLexicon.matchEnd(text, end - tail.length, token.start - offset);
      if (inner) return { ...inner, end: end - tail.length };
    }
  }
  return null;
}

/** True when two spans share a character. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when the name (without its head) has at least two distinctive characters. */
function distinctive(name: string, head: string): boolean {
  return distinctiveChars(name.slice(0, name.length - head.length), vocab().genericWords, vocab().genericMax) >= 2;
}

/** 《…》 titles: the name without the brackets (reports on past work excepted). */
function titles(text: string, offset: number, out: Candidate[]): void {
  let open = text.indexOf('《');
  while (open >= 0) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) return;
    const nested = text.lastIndexOf('《', close);
    const from = nested > open ? nested : open;
    const inner = text.slice(from + 1, close);
    const name = inner.trim();
    if (name.length > 0 && !vocab().workReport.test(name)) {
      const lead = inner.length - inner.trimStart().length;
      const start = offset + from + 1 + lead;
      out.push({ type: 'PROGRAM', name, kind: 'POLICY_DOCUMENT', start, end: start + name.length, surface: name });
    }
    open = text.indexOf('《', close + 1);
  }
}

/** True when a token is a program head on its own (攻坚, 改革 …): it ends a name rather than modifies one. */
function isHeadToken(token: Token): boolean {
  return vocab().quotedHeadLexicon.get(token.word) !== undefined;
}

/**
 * The first token of the nominal words right before an opening quote that belong to the name
 * (上海基础教育“十四五”规划): no verbs, no head words, leading scope words trimmed.
 */
function quoteLeft(tokens: readonly Token[], open: number): number {
  let first = open;
  for (let j = open - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.tag === 'x' || classify(t) !== 'NOMINAL' || vocab().actionWords.has(t.word) || isHeadToken(t)) break;
    first = j;
  }
  while (first < open && (vocab().leadingScopeWords.has(tokens[first].word) || vocab().barePrefixes.has(tokens[first].word))) first++;
  // Note: only an owner or place qualifies a quoted name (上海 + 基础教育); generic words (中小学教师) stay outside.
  for (let k = first; k < open; k++) if (hasProperTag(tokens[k]) && !vocab().genericWords.has(tokens[k].word)) return first;
  return open;
}

/** True when a quoted text without its head can name something (two distinctive characters, a code or a numeral abbreviation). */
function quotedDistinctive(core: string): boolean {
  if (CODE.test(core)) return true;
  if (NUMERAL_ABBREVIATION.test(core) && core.length >= 2 && hasHan(core.slice(1))) return true;
  return distinctiveChars(core, vocab().genericWords, vocab().genericMax) >= 2;
}

/** The quoted name itself when “…”等 introduces a series of named activities (“…”等系列主题宣传教育活动). */
function seriesName(tokens: readonly Token[], close: number): ProgramKind | null {
  if (close + 1 >= tokens.length || tokens[close + 1].word !== SERIES_MARK) return null;
  for (let b = close + 2; b < tokens.length && b <= close + 1 + MAX_SERIES_TOKENS; b++) {
    const t = tokens[b];
    const head = vocab().quotedHeadLexicon.matchEnd(t.word, t.word.length);
    if (head && head.kind === 'ACTIVITY' && head.word.length >= 2) return head.kind;
    if (!hasHan(t.word)) return null;
  }
  return null;
}

/** A quoted name ending in a head of its own, or extended by a head following the quote. */
function quotedName(text: string, offset: number, tokens: readonly Token[], open: number, close: number): Candidate | null {
  const innerStart = tokens[open].end - offset;
  const innerEnd = tokens[close].start - offset;
  const raw = text.slice(innerStart, innerEnd);
  const inner = raw.trim();
  if (inner.length < 2 || inner.length > MAX_QUOTED_LENGTH || LIST_MARKS.test(inner)) return null;
  const innerAt = offset + innerStart + raw.indexOf(inner);
  const own = vocab().quotedHeadLexicon.matchEnd(inner, inner.length);
  // Note: a one-character head (节) needs a longer name (“穗港澳台四地技能节”, not “春节”).
  if (own && own.word.length < inner.length && (own.word.length > 1 || inner.length >= 4)
    && quotedDistinctive(inner.slice(0, inner.length - own.word.length))) {
    return { type: 'PROGRAM', name: inner, kind: own.kind, start: innerAt, end: innerAt + inner.length, surface: inner };
  }
  if (!quotedDistinctive(inner)) return null;
  const series = seriesName(tokens, close);
  if (series) return { type: 'PROGRAM', name: inner, kind: series, start: innerAt, end: innerAt + inner.length, surface: inner };
  for (let b = close + 1; b < tokens.length && b <= close + 1 + MAX_BRIDGE_TOKENS; b++) {
    const t = tokens[b];
    const head = vocab().quotedHeadLexicon.matchEnd(t.word, t.word.length);
    if (head && (head.word.length > 1 || t.word === head.word)) {
      const bridge = text.slice(tokens[close].end - offset, t.end - offset);
      if (b > close + 1 && head.kind === 'ACTIVITY' && tokens.slice(close + 1, b + 1).some((x) => vocab().genericBridge.has(x.word))) return null;
      const first = quoteLeft(tokens, open);
      const prefix = text.slice(tokens[first].start - offset, tokens[open].start - offset);
      const surface = text.slice(tokens[first].start - offset, t.end - offset);
      return { type: 'PROGRAM', name: prefix + inner + bridge, kind: head.kind, start: tokens[first].start, end: t.end, surface };
    }
    const cls = classify(t);
    if ((cls !== 'NOMINAL' && cls !== 'VERB') || vocab().actionWords.has(t.word)) return null;
  }
  return null;
}

/** Quoted names (“智慧教育示范区”, “头雁”工程). */
function quoted(text: string, offset: number, tokens: readonly Token[], out: Candidate[]): void {
  for (let open = 0; open < tokens.length; open++) {
    const closeMark = QUOTES.get(tokens[open].word);
    if (!closeMark) continue;
    let close = open + 1;
    while (close < tokens.length && tokens[close].word !== closeMark && close - open <= MAX_QUOTED_LENGTH) close++;
    if (close >= tokens.length || tokens[close].word !== closeMark) continue;
    const found = quotedName(text, offset, tokens, open, close);
    if (found) out.push(found);
    open = close;
  }
}

/** True when token `j` (个) follows an ordinal (第十四个五年规划). */
function ordinalMeasure(tokens: readonly Token[], j: number): boolean {
  return tokens[j].word === '个' && j > 0 && classify(tokens[j - 1]) === 'ORDINAL';
}

/**
 * True when the action word at `j` is inside the name of the head at `i`: a nominal (not itself an
 * action word) precedes it, and it stands right before the head (园长 + 促进 + 工程) or is a verbal
 * noun (视频监控 + 建设 + 联网应用项目).
 */
function actionInside(tokens: readonly Token[], j: number, i: number): boolean {
  const before = tokens[j - 1];
  if (classify(before) !== 'NOMINAL' || vocab().actionWords.has(before.word) || vocab().leadingScopeWords.has(before.word)) return false;
  // Note: after a place or person the verbal noun has a subject (深圳 + 建设 + …示范区): it introduces the name.
  return j === i - 1 || (tokens[j].tag === 'vn' && !hasProperTag(before));
}

/**
 * Extends an unquoted head at token `i` leftwards; returns the first token of the name. Verbs stay
 * inside when a nominal precedes them (教育家 + 培养 + 工程), one conjunction may join two nominal
 * parts, and an action word right after a document verb opens the name (印发 + 促进…方案).
 */
function extendLeft(tokens: readonly Token[], i: number, document: boolean): number {
  let first = i;
  let keep = -1;
  let joined = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    const cls = classify(t);
    if (cls === 'HARD') {
      if (ordinalMeasure(tokens, j)) {
        first = j;
        continue;
      }
      // Note: a conjunction after a complete program name lists two programs (…试验区和…试验区).
      const joins = !joined && vocab().conjunctions.has(t.word) && j + 1 < i && j > 0
        && classify(tokens[j - 1]) === 'NOMINAL' && !vocab().actionWords.has(tokens[j - 1].word)
        && vocab().quotedHeadLexicon.matchEnd(tokens[j - 1].word, tokens[j - 1].word.length) === null;
      if (!joins) break;
      joined = true;
      first = j;
      continue;
    }
    if (vocab().actionWords.has(t.word) && !(j > 0 && actionInside(tokens, j, i))) {
      if (j > 0 && document && vocab().documentVerbs.has(tokens[j - 1].word)) keep = first = j;
      break;
    }
    if (cls === 'VERB' && (j === 0 || classify(tokens[j - 1]) !== 'NOMINAL')) break;
    first = j;
  }
  while (first < i && first !== keep) {
    const t = tokens[first];
    if (vocab().leadingScopeWords.has(t.word) || vocab().barePrefixes.has(t.word) || classify(t) === 'VERB'
      || classify(t) === 'CN_NUMERAL' || vocab().conjunctions.has(t.word) || (t.tag === 't' && t.word.endsWith('年'))) first++;
    else break;
  }
  return first;
}

/** Unquoted names ending in a program head, outside titles and quotations. */
function unquoted(text: string, offset: number, tokens: readonly Token[], taken: readonly Candidate[], out: Candidate[]): void {
  let limit = Number.POSITIVE_INFINITY;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.end > limit || !hasHan(token.word)) continue;
    const head = headIn(text, offset, token);
    if (!head) continue;
    if (head.end === token.end - offset && i + 1 < tokens.length && vocab().modifierFollowers.has(tokens[i + 1].word)) continue;
    const first = extendLeft(tokens, tokenIndexAt(tokens, offset + head.end - head.word.length, i), head.kind === 'PLAN');
    if (head.introduced && !(first > 0 && vocab().actionWords.has(tokens[first - 1].word))) continue;
    const start = Math.min(tokens[first].start, offset + head.end - head.word.length);
    const end = offset + head.end;
    if (taken.some((c) => overlaps(c, { start, end }))) continue;
    const name = text.slice(start - offset, head.end);
    if (!distinctive(name, head.word)) continue;
    out.push({ type: 'PROGRAM', name, kind: head.kind, start, end, surface: name });
    limit = start;
  }
}

/** Extracts program names from one statement; `tokens` are its tokens with absolute offsets. */
export function extractPrograms(text: string, offset: number, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  titles(text, offset, found);
  const inTitles = found.length;
  const quotes: Candidate[] = [];
  quoted(text, offset, tokens, quotes);
  for (const q of quotes) if (!found.slice(0, inTitles).some((t) => overlaps(t, q))) found.push(q);
  const unquotedFound: Candidate[] = [];
  unquoted(text, offset, tokens, found, unquotedFound);
  found.push(...unquotedFound);
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The program extractor of the registry. */
export const programExtractor: Extractor<'programs'> = {
  key: 'programs',
  extract: ({ statement, tokens }) => extractPrograms(statement.text, statement.start, tokens),
};
