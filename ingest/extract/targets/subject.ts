/**
 * Finding the noun phrase a quantity measures: the left context within the clause trimmed of connectors, time words,
 * leading verbs and trailing copulas, or the noun phrase right after the measure word (新录用198名教师).
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { lastStartingBy } from '../../../language/match/tokens.js';
import { wordAt, wordBefore, wordTable, type WordTable } from './wordTable.js';

/** A POS-tagged token with offsets local to the statement. */
export interface LocalToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * A statement's tokens (absolute offsets, in text order), looked up by local start offset with `tokenAt`.
 * Note: a search in the token list, not a Map of local copies built per statement (most of the extractor's bytes).
 */
export interface TokenIndex {
  readonly tokens: readonly LocalToken[];
  readonly offset: number;
  readonly length: number;
}

const NOUN_TAG_RE = /^(?:n|vn|j|l|an)/;
const RIGHT_STOP_CHARS = new Set(['《', '“', '「', '(', ')', '[', ']', '〔', ' ']);
const LEAD_TAGS = new Set(['v', 'vd', 'p', 'c']);
const RIGHT_STOP_TAGS = new Set(['v', 'vd', 'p', 'c', 'd', 'uj', 'ul', 'uv', 'ud', 'f']);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The lexicon's subject word tables and the connector pattern, built once. */
function buildTables() {
  const t = getLexicon().targets;
  const connectors = [...t.contextWords]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w) + (t.leadGuards.get(w) ? `(?![${t.leadGuards.get(w)}])` : ''))
    .join('|');
  const time = String.raw`\d{4}(?:年度?|学年)(?:底|初|末|上半年|下半年|以来)?|\d{1,2}月(?:底|初|份|中旬|上旬|下旬)?|\d{1,2}[日号]`;
  const listMark = String.raw`[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]+[是、]|\d+[.、](?!\d)`;
  return {
    lead: wordTable(t.leadWords, t.leadGuards),
    trail: wordTable(t.trailWords),
    // Note: one-character stop words take the lead guards too (在园 is no stop at 在).
    rightStop: wordTable(t.rightStops, t.leadGuards),
    rightGuards: t.rightGuards,
    context: new RegExp(`(?:${connectors}|(?:${time}|${listMark}))`, 'y'),
  };
}
let tables: ReturnType<typeof buildTables> | undefined;
/** The subject word tables (built on first use). */
export const subjectTables = (): ReturnType<typeof buildTables> => (tables ??= buildTables());

/** Whether a lead word or a right-hand stop word starts at `pos`. */
export function startsWithWord(table: 'lead' | 'rightStop', text: string, pos: number, limit: number): boolean {
  return wordAt(subjectTables()[table] as WordTable, text, pos, limit) !== '';
}

const NO_TOKENS: readonly LocalToken[] = [];

/** Indexes a statement's tokens (absolute offsets, in text order) by local start offset. */
export function indexTokens(tokens: readonly LocalToken[] | undefined, offset: number, length: number): TokenIndex {
  return { tokens: tokens ?? NO_TOKENS, offset, length };
}

/**
 * The token starting at local offset `at` and ending inside the statement, as a token with local offsets, or undefined;
 * of several starting there, the last.
 */
export function tokenAt(index: TokenIndex, at: number): LocalToken | undefined {
  const { tokens, offset, length } = index;
  const start = offset + at;
  if (at < 0) return undefined;
  for (let k = lastStartingBy(tokens, start); k >= 0 && tokens[k].start === start; k--) {
    const t = tokens[k];
    if (t.end - offset <= length) return { word: t.word, tag: t.tag, start: at, end: t.end - offset };
  }
  return undefined;
}

/** What a target's text never opens with: spaces, and the punctuation after a time word or a list mark. */
const SKIPPED = new Set([' ', '\t', '，', ',', '、', '：', ':']);

/** Skips whitespace, connectors, list markers and time expressions from `pos` up to `limit`. */
export function skipContext(text: string, pos: number, limit: number): number {
  const context = subjectTables().context;
  for (;;) {
    // Note: so is the comma after a time word that opened the clause (2025年，局方安排…).
    while (pos < limit && SKIPPED.has(text[pos])) pos++;
    context.lastIndex = pos;
    if (pos < limit && context.test(text) && context.lastIndex <= limit) {
      pos = context.lastIndex;
      continue;
    }
    return pos;
  }
}

/**
 * Trims leading verbs, scope words and function words of [pos, limit): words of the lead table, and a first
 * verb/preposition/conjunction by POS tag (only before any word was trimmed, so that the verb-like modifier of
 * "新增结对学校" stays) when at least two characters remain.
 */
export function stripLeading(text: string, pos: number, limit: number, tokens: TokenIndex): number {
  let trimmed = false;
  for (;;) {
    const p = skipContext(text, pos, limit);
    const w = wordAt(subjectTables().lead, text, p, limit);
    let next = p;
    if (w !== '') next = p + w.length;
    else if (!trimmed) {
      const t = tokenAt(tokens, p);
      if (t !== undefined && LEAD_TAGS.has(t.tag) && t.end <= limit - 2 && text[t.end] !== '的') next = t.end;
    }
    if (next === pos) return pos;
    trimmed ||= next > p;
    pos = next;
  }
}

/** Trims trailing copulas, adverbs and "rise to" verbs of [start, end). */
export function stripTrailing(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && text[end - 1] === ' ') end--;
    const w = wordBefore(subjectTables().trail, text, end, start);
    if (w !== '' && end - w.length > start) {
      end -= w.length;
      continue;
    }
    return end;
  }
}

/** Whether a verb-like token still modifies a noun that follows it (改 措施, 行为 的 学校). */
function beforeNoun(tokens: TokenIndex, t: LocalToken): boolean {
  let next = tokenAt(tokens, t.end);
  if (next !== undefined && next.word === '的') next = tokenAt(tokens, next.end);
  return next !== undefined && NOUN_TAG_RE.test(next.tag);
}

/** The end of the noun phrase starting at `pos`, ended by a stop word, a digit, a quote or the clause end. */
export function rightPhrase(text: string, pos: number, limit: number, tokens: TokenIndex): number {
  const { rightStop, rightGuards } = subjectTables();
  const cap = Math.min(limit, pos + 24);
  let end = pos;
  while (end < cap) {
    const c = text[end];
    if (RIGHT_STOP_CHARS.has(c) || (c >= '0' && c <= '9')) break;
    if (end > pos) {
      const w = wordAt(rightStop, text, end, cap);
      if (w !== '' && !(rightGuards.get(w) ?? '').includes(text[end - 1])) break;
      const t = tokenAt(tokens, end);
      if (t !== undefined && RIGHT_STOP_TAGS.has(t.tag) && end - pos >= 2 && !beforeNoun(tokens, t)) break;
      if (t !== undefined) {
        end = Math.min(cap, t.end);
        continue;
      }
    }
    end++;
  }
  return end;
}
