/**
 * Program extractor: 《…》 titles, quoted names that end in (or are followed by) a program head,
 * and unquoted names ending in a program head (计划, 工程, 示范区 …) with their modifiers.
 */
import type { Candidate } from '../model.js';
import type { Token } from '../segment/index.js';
import { PROGRAM_HEADS, QUOTED_ONLY_PROGRAM_HEADS, type ProgramKind } from '../dict/programHeads.js';
import { ACTION_WORDS, LEADING_SCOPE_WORDS, PROGRAM_GENERIC_WORDS } from '../dict/genericWords.js';
import { SuffixLexicon, classify, distinctiveChars, hasHan, maxWordLength, tokenIndexAt } from './spans.js';

const HEADS = new SuffixLexicon<ProgramKind>(PROGRAM_HEADS);
const QUOTED_HEADS = new SuffixLexicon<ProgramKind>([...PROGRAM_HEADS, ...QUOTED_ONLY_PROGRAM_HEADS]);
const GENERIC_MAX = maxWordLength(PROGRAM_GENERIC_WORDS);
/** Generic words a token may end in after a head (试点工作 → head 试点). */
const TAILS = ['工作', '建设'];
/** Quotation marks: opening → closing. */
const QUOTES = new Map([['“', '”'], ['「', '」'], ['『', '』']]);
/** Characters that make a quoted text a slogan or a list rather than a name. */
const LIST_MARKS = /[、,，;；:：。!！?？]/;
/** How many tokens may stand between a closing quote and a program head (“一带一路”教育行动). */
const MAX_BRIDGE_TOKENS = 3;
const MAX_QUOTED_LENGTH = 40;
/** Bare administrative prefixes trimmed from the left edge of a program name (市人工智能… → 人工智能…). */
const BARE_PREFIXES = new Set(['市', '区', '省', '县']);
/** Words after a head that show the head is only a modifier (战略合作, 项目金牌, 改革发展, 战略布局). */
const MODIFIER_FOLLOWERS = new Set(['合作', '协议', '合作协议', '金牌', '奖牌', '发展', '创新', '开放', '布局', '部署']);

/** Where a head ends inside token `i` (its end, or before a generic tail), or null. */
function headIn(text: string, offset: number, token: Token): { kind: ProgramKind; word: string; end: number } | null {
  const end = token.end - offset;
  const match = HEADS.matchEnd(text, end, token.start - offset - 4);
  if (match) return { ...match, end };
  for (const tail of TAILS) {
    if (token.word.length > tail.length && token.word.endsWith(tail)) {
      const inner = HEADS.matchEnd(text, end - tail.length, token.start - offset);
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
  return distinctiveChars(name.slice(0, name.length - head.length), PROGRAM_GENERIC_WORDS, GENERIC_MAX) >= 2;
}

/** 《…》 titles: the name without the brackets. */
function titles(text: string, offset: number, out: Candidate[]): void {
  let open = text.indexOf('《');
  while (open >= 0) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) return;
    const nested = text.lastIndexOf('《', close);
    const from = nested > open ? nested : open;
    const inner = text.slice(from + 1, close);
    const name = inner.trim();
    if (name.length > 0) {
      const lead = inner.length - inner.trimStart().length;
      const start = offset + from + 1 + lead;
      out.push({ type: 'PROGRAM', name, kind: 'POLICY_DOCUMENT', start, end: start + name.length, surface: name });
    }
    open = text.indexOf('《', close + 1);
  }
}

/** A quoted name ending in a head of its own, or extended by a head following the quote. */
function quotedName(text: string, offset: number, tokens: readonly Token[], open: number, close: number): Candidate | null {
  const innerStart = tokens[open].end - offset;
  const innerEnd = tokens[close].start - offset;
  const raw = text.slice(innerStart, innerEnd);
  const inner = raw.trim();
  if (inner.length < 2 || inner.length > MAX_QUOTED_LENGTH || LIST_MARKS.test(inner)) return null;
  const own = QUOTED_HEADS.matchEnd(inner, inner.length);
  if (own && own.word.length < inner.length && distinctive(inner, own.word)) {
    const start = offset + innerStart + raw.indexOf(inner);
    return { type: 'PROGRAM', name: inner, kind: own.kind, start, end: start + inner.length, surface: inner };
  }
  if (distinctiveChars(inner, PROGRAM_GENERIC_WORDS, GENERIC_MAX) < 2) return null;
  for (let b = close + 1; b < tokens.length && b <= close + 1 + MAX_BRIDGE_TOKENS; b++) {
    const t = tokens[b];
    const head = QUOTED_HEADS.matchEnd(t.word, t.word.length);
    if (head) {
      if (b > close + 1 && QUOTED_HEADS.get(head.word) === 'ACTIVITY') return null;
      const bridge = text.slice(tokens[close].end - offset, t.end - offset);
      const surface = text.slice(tokens[open].start - offset, t.end - offset);
      return { type: 'PROGRAM', name: inner + bridge, kind: head.kind, start: tokens[open].start, end: t.end, surface };
    }
    const cls = classify(t);
    if ((cls !== 'NOMINAL' && cls !== 'VERB') || ACTION_WORDS.has(t.word)) return null;
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

/** Extends an unquoted head at token `i` leftwards; returns the first token of the name. */
function extendLeft(tokens: readonly Token[], i: number): number {
  let first = i;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    const cls = classify(t);
    if (cls === 'HARD' || ACTION_WORDS.has(t.word)) break;
    if (cls === 'VERB' && (j === i - 1 || j === 0 || classify(tokens[j - 1]) !== 'NOMINAL')) break;
    first = j;
  }
  while (first < i) {
    const t = tokens[first];
    if (LEADING_SCOPE_WORDS.has(t.word) || BARE_PREFIXES.has(t.word) || classify(t) === 'VERB'
      || classify(t) === 'CN_NUMERAL') first++;
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
    if (head.end === token.end - offset && i + 1 < tokens.length && MODIFIER_FOLLOWERS.has(tokens[i + 1].word)) continue;
    const first = extendLeft(tokens, tokenIndexAt(tokens, offset + head.end - head.word.length, i));
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
