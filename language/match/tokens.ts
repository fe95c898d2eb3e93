/**
 * Shared helpers of the span extractors: token classes, suffix lexicons and the distinctiveness
 * measure that tells a name from a generic phrase. Lookup structures are built once per process.
 */
import { getLexicon } from '../lexicon/index.js';
import { codeTable } from './codeTable.js';
import type { Token } from '../segment/index.js';

/** How a token behaves when a name is extended leftwards over it. */
export type TokenClass = 'NOMINAL' | 'VERB' | 'ORDINAL' | 'CN_NUMERAL' | 'HARD';

const NOMINAL_TAGS = new Set([
  'n', 'nr', 'nr1', 'nr2', 'nrt', 'nrfg', 'nrj', 'ns', 'nsf', 'nt', 'nz', 'nl', 'ng', 'vn', 'an', 'a', 'ag',
  'b', 'j', 'l', 's', 'i', 'h', 'k', 'g', 'eng',
]);
const VERB_TAGS = new Set(['v', 'vd', 'vi', 'vg', 'vq']);
const PROPER_TAGS = new Set(['ns', 'nsf', 'nr', 'nr1', 'nr2', 'nrt', 'nrfg', 'nrj', 'nt', 'nz']);
const CN_NUMERAL = /^[一二三四五六七八九十百千两]+[年期批轮届]?$/;
const DIGIT = /[0-9]/;

/** True when the string contains a Han character (U+3400–U+9FFF). */
export function hasHan(word: string): boolean {
  // Note: a loop over codes, not a regex test: this runs for most tokens of every statement, on words of a few characters.
  for (let i = 0; i < word.length; i++) if (isHanCode(word.charCodeAt(i))) return true;
  return false;
}

/** True when the UTF-16 code is a Han character (U+3400–U+9FFF). */
export const isHanCode = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/** True when the string is one or more Han characters and nothing else (U+3400–U+9FFF). */
export function allHan(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) if (!isHanCode(word.charCodeAt(i))) return false;
  return true;
}

/** Classifies a token for leftward extension of a name. */
export function classify(token: Token): TokenClass {
  const { tag, word } = token;
  // Note: a time of writing is no part of a name whatever the segmenter tags it (本学年/n + 计划: the plan of this year).
  if (NOMINAL_TAGS.has(tag)) return isDeictic(word) ? 'HARD' : 'NOMINAL';
  // Note: one-character verbs (到, 是, 有, 让 …) are never inside a name.
  if (VERB_TAGS.has(tag)) return word.length === 1 ? 'HARD' : 'VERB';
  if (tag === 'm') {
    if (word.startsWith('第') && word.length > 1) return 'ORDINAL';
    if (CN_NUMERAL.test(word)) return 'CN_NUMERAL';
    return 'HARD';
  }
  // Note: time nouns such as 现代, 五年 and 中期 occur inside names (现代职业教育…, 第十四个五年规划).
  if (tag === 't') return DIGIT.test(word) || isDeictic(word) || !hasHan(word) ? 'HARD' : 'NOMINAL';
  // Note: nodejieba tags unknown Han words 'x' like punctuation; they are words here.
  if (tag === 'x' && hasHan(word)) return 'NOMINAL';
  return 'HARD';
}

/** Whether a word is a time of writing or a word of sequence (今年, 随后): never inside a name. */
export function isDeictic(word: string): boolean {
  const { deicticTime, sequenceWords } = getLexicon().names;
  return deicticTime.has(word) || sequenceWords.has(word);
}

/** True for a person, place or organisation tag (ns, nr*, nt, nz). */
export function hasProperTag(token: Token): boolean {
  return PROPER_TAGS.has(token.tag);
}

/** A node of the trie a SuffixLexicon is built from, read from a word's last character back to its first. */
interface SuffixNode<K> {
  next: Map<number, SuffixNode<K>> | null;
  /** The word ending here (read backwards from the root) and its kind, or null. */
  hit: SuffixMatch<K> | null;
}

/** A word of a SuffixLexicon found at a position, with its kind (shared by every match of the word: read-only). */
export interface SuffixMatch<K> {
  readonly word: string;
  readonly kind: K;
}

/**
 * A trie over words read backwards, flattened into arrays: node 0 is the root, the children of node n are the edges
 * [first[n], first[n + 1]) (their codes sorted), and the root's child at a code is read from a table by code.
 */
interface FlatSuffixTrie<K> {
  /** Per UTF-16 code, the root's child at that character (a word's last character), or 0. */
  readonly rootChild: Uint16Array;
  /** Per node, its first edge; one more entry closes the last node's edges. */
  readonly first: Uint32Array;
  /** Per edge, the character read (sorted within a node) and the node it leads to. */
  readonly edgeCode: Uint16Array;
  readonly edgeNode: Uint32Array;
  /** Per node, the word ending there, or null. */
  readonly hits: readonly (SuffixMatch<K> | null)[];
}

/** Flattens the trie of words read backwards (nodes numbered breadth first, so each node's edges are contiguous). */
function flattenSuffixTrie<K>(root: ReadonlyMap<number, SuffixNode<K>>): FlatSuffixTrie<K> {
  const nodes: { next: ReadonlyMap<number, SuffixNode<K>> | null; hit: SuffixMatch<K> | null }[] = [{ next: root, hit: null }];
  const first: number[] = [];
  const edgeCode: number[] = [];
  const edgeNode: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    first.push(edgeCode.length);
    const next = nodes[n].next;
    if (!next) continue;
    for (const code of [...next.keys()].sort((a, b) => a - b)) {
      edgeCode.push(code);
      edgeNode.push(nodes.length);
      nodes.push(next.get(code) as SuffixNode<K>);
    }
  }
  first.push(edgeCode.length);
  // Note: 16 bits suffice (half the memory): the root's children are numbered first, 1 to the number of distinct last
  // characters, below 65,536 for any word list.
  if (first[1] - first[0] > 0xffff) throw new Error('policy-kg: a suffix trie ends words in every UTF-16 code');
  const rootChild = new Uint16Array(0x10000);
  for (let e = first[0]; e < first[1]; e++) rootChild[edgeCode[e]] = edgeNode[e];
  return {
    rootChild,
    first: Uint32Array.from(first),
    edgeCode: Uint16Array.from(edgeCode),
    edgeNode: Uint32Array.from(edgeNode),
    hits: nodes.map((node) => node.hit),
  };
}

/** The child of `node` at `code` in a flat trie, or 0 (a binary search of the node's sorted edges). */
function childAt(trie: FlatSuffixTrie<unknown>, node: number, code: number): number {
  let lo = trie.first[node];
  let hi = trie.first[node + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = trie.edgeCode[mid];
    if (at === code) return trie.edgeNode[mid];
    if (at < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A set of words matched against the end of a text position, longest first. */
export class SuffixLexicon<K> {
  private readonly byWord = new Map<string, K>();
  // Note: a trie over the words read backwards, flattened into typed arrays: matchEnd walks back from `end` with a table
  // read for the last character and a binary search of a few sorted codes per character before it, not a Map look-up
  // per character (matchEnd was the largest self time of the extractors).
  private readonly trie: FlatSuffixTrie<K>;

  constructor(entries: Iterable<readonly [string, K]>) {
    for (const [word, kind] of entries) this.byWord.set(word, kind);
    const root = new Map<number, SuffixNode<K>>();
    for (const [word, kind] of this.byWord) {
      // Note: a word whose kind is undefined never matches (matchEnd tells a word by its kind).
      if (kind !== undefined && word.length > 0) insertWord(root, word, kind);
    }
    this.trie = flattenSuffixTrie(root);
  }

  /** The longest word ending at `end` in `text` and starting at or after `min`, or null. */
  matchEnd(text: string, end: number, min = 0): SuffixMatch<K> | null {
    if (end <= 0) return null;
    const trie = this.trie;
    // Note: most positions end no word: one table read settles them (0 for a code past the text's end, NaN).
    let node = trie.rootChild[text.charCodeAt(end - 1)];
    if (node === undefined || node === 0) return null;
    let found: SuffixMatch<K> | null = null;
    // Note: a word never starts before the text (a negative `min` allows the text's start).
    for (let k = end - 1; k >= min; ) {
      const hit = trie.hits[node];
      if (hit !== null) found = hit;
      if (--k < 0) break;
      node = childAt(trie, node, text.charCodeAt(k));
      if (node === 0) break;
    }
    // Note: the stored match itself, not a copy per call (callers only read it).
    return found;
  }

  /** The kind of a whole word, or undefined. */
  get(word: string): K | undefined {
    return this.byWord.get(word);
  }
}

/** Adds `word` to a trie of words read backwards (from its last character to its first), or forwards. */
function insertWord<K>(root: Map<number, SuffixNode<K>>, word: string, kind: K, backwards = true): void {
  let level = root;
  let node: SuffixNode<K> | undefined;
  for (let n = 0; n < word.length; n++) {
    const code = word.charCodeAt(backwards ? word.length - 1 - n : n);
    node = level.get(code);
    if (!node) {
      node = { next: null, hit: null };
      level.set(code, node);
    }
    if (n + 1 < word.length) level = node.next ??= new Map();
  }
  if (node) node.hit = { word, kind };
}

/**
 * Per UTF-16 code, 1 when some word of `words` ends in that character: a test cheaper than any look-up for the many words
 * that end in none (whether a token may end in an institution head).
 */
export function lastCharTable(words: Iterable<string>): Uint8Array {
  return codeTable([[[...words].filter((w) => w.length > 0).map((w) => w[w.length - 1]), 1]]);
}

/** Per set of generic words: the lengths of its words by first character (UTF-16 code), longest first. */
const lengthsByFirst = new WeakMap<ReadonlySet<string>, Map<number, number[]>>();

/** The lengths of the words of `words` by their first character, built once per set (a lexicon set, or one made for a pass). */
export function wordLengthsByFirst(words: ReadonlySet<string>): ReadonlyMap<number, readonly number[]> {
  let index = lengthsByFirst.get(words);
  if (!index) {
    index = new Map();
    for (const word of words) {
      if (word.length === 0) continue;
      const lengths = index.get(word.charCodeAt(0)) ?? [];
      if (!lengths.includes(word.length)) lengths.push(word.length);
      index.set(word.charCodeAt(0), lengths);
    }
    for (const lengths of index.values()) lengths.sort((a, b) => b - a);
    lengthsByFirst.set(words, index);
  }
  return index;
}

/** Per set of generic words: a trie of its words read forwards (flat, as a SuffixLexicon's). */
const forwardTries = new WeakMap<ReadonlySet<string>, FlatSuffixTrie<true>>();

/** The forward trie of the words of `words`, built once per set (the sets are the lexicon's). */
function forwardTrie(words: ReadonlySet<string>): FlatSuffixTrie<true> {
  let trie = forwardTries.get(words);
  if (!trie) {
    const root = new Map<number, SuffixNode<true>>();
    for (const word of words) if (word.length > 0) insertWord(root, word, true, false);
    trie = flattenSuffixTrie(root);
    forwardTries.set(words, trie);
  }
  return trie;
}

/** The length of the longest word of a forward trie starting at `i` in `text`, at most `maxLen` long, or 0. */
function longestWordAt(trie: FlatSuffixTrie<true>, text: string, i: number, maxLen: number): number {
  let node = trie.rootChild[text.charCodeAt(i)];
  let longest = 0;
  const last = Math.min(text.length, i + maxLen);
  for (let k = i + 1; node !== 0 && k <= last; k++) {
    if (trie.hits[node] !== null) longest = k - i;
    if (k >= last) break;
    node = childAt(trie, node, text.charCodeAt(k));
  }
  return longest;
}

/**
 * Counts the Han characters of `text` not covered by generic words (greedy longest match),
 * i.e. how much of a modifier could name something. `generic` must not change once asked.
 */
export function distinctiveChars(text: string, generic: ReadonlySet<string>, maxLen = 6): number {
  // Note: the generic words are walked in a trie from each position, not sliced and looked up once per length.
  const trie = forwardTrie(generic);
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const step = longestWordAt(trie, text, i, maxLen);
    if (step > 0) {
      i += step;
      continue;
    }
    if (isHanCode(text.charCodeAt(i))) count++;
    i++;
  }
  return count;
}

/** The longest word length of a set or list of words (bounds the greedy match of `distinctiveChars`). */
export function maxWordLength(words: Iterable<string>): number {
  let max = 1;
  for (const w of words) if (w.length > max) max = w.length;
  return max;
}

const NUMBER = /^(?:[0-9.]+|[一二两三四五六七八九十百千]+)$/;

/** True for a number written in digits or Chinese numerals (6, 28, 两, 十). */
export function isNumber(word: string): boolean {
  return NUMBER.test(word);
}

/**
 * The index of the last of `spans` (in text order) starting at or before `at`, or -1, found by halving: a statement of
 * thousands of tokens stays linear in the callers that look one up per mention.
 */
export function lastStartingBy(spans: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Index of the token containing the absolute offset `at` (tokens sorted and contiguous), searching back from `from`. */
export function tokenIndexAt(tokens: readonly Token[], at: number, from: number): number {
  let k = from;
  while (k > 0 && tokens[k].start > at) k--;
  return k;
}

/**
 * Splits tokens the segmenter did not know (tag x) that start with a function character before an administrative
 * prefix (将市 → 将 + 市, 对区 → 对 + 区) or before a short name ending in a one-character head (由民青局 → 由 + 民青局), so
 * that the name after the function word can be read on its own; and those that end with a one-character action word
 * (系获 → 系 + 获: 计算机科学系 + 获 + 研究资助局), so that it ends the name, or with a function character after a
 * one-character head (局在 → 局 + 在: 运输及物流局 + 在 + 推展); and those of two or three characters that start with a
 * conjunction (及平岗 → 及 + 平岗, 及成 + 都 → 及 + 成 + 都), so that the name after it can pair with the next.
 * Returns `tokens` itself when no token splits (the caller gives up its array), else a new array.
 */
export function splitFunctionInitials(tokens: Token[]): Token[] {
  // Note: most statements have no token to split: their own array is returned, not a copy of it.
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // Note: only a word the segmenter did not know (tag x) is ever split: every other is kept without the five tests.
    const parts = t.tag === 'x' ? splitUnknown(t) : null;
    if (parts === null) out?.push(t);
    else {
      out ??= tokens.slice(0, k);
      out.push(parts[0], parts[1]);
    }
  }
  return out ?? tokens;
}

/** The two tokens an unknown word (tag x) is split into by the rules of splitFunctionInitials, or null. */
function splitUnknown(t: Token): [Token, Token] | null {
  // Note: every rule splits a word of two characters or more; most unknown words are one punctuation mark.
  const n = t.word.length;
  if (n < 2) return null;
  // Note: the one-character words of the rules are read from a table by code, not as new one-character strings in sets.
  const { codes, lexicon } = nameCharTables();
  const first = codes[t.word.charCodeAt(0)];
  const second = codes[t.word.charCodeAt(1)];
  const last = codes[t.word.charCodeAt(n - 1)];
  if (n === 2 && (first & FUNCTION_INITIAL) !== 0 && (second & BARE_PREFIX) !== 0) {
    return [{ word: t.word[0], tag: 'p', start: t.start, end: t.start + 1 }, { word: t.word[1], tag: 'n', start: t.start + 1, end: t.end }];
  }
  if (n === 2 && (first & SINGLE_CHAR_HEAD) !== 0 && (second & HEAD_FINAL) !== 0) {
    return [{ word: t.word[0], tag: 'n', start: t.start, end: t.start + 1 }, { word: t.word[1], tag: 'p', start: t.start + 1, end: t.end }];
  }
  if (n === 3 && (first & SINGLE_CHAR_HEAD) !== 0 && (second & HEAD_FINAL) !== 0) {
    // Note: so is the head glued to a two-character word opening with such a character (局亦会 → 局 + 亦会).
    return [{ word: t.word[0], tag: 'n', start: t.start, end: t.start + 1 }, { word: t.word.slice(1), tag: 'd', start: t.start + 1, end: t.end }];
  }
  if (n >= 3 && (first & FUNCTION_INITIAL) !== 0 && (second & FUNCTION_INITIAL) === 0 && (last & SINGLE_CHAR_HEAD) !== 0) {
    // Note: so is a function character before a short name ending in a one-character head (由民青局 → 由 + 民青局).
    return [{ word: t.word[0], tag: 'p', start: t.start, end: t.start + 1 }, { word: t.word.slice(1), tag: 'x', start: t.start + 1, end: t.end }];
  }
  if (n <= 4 && (last & ACTION_WORD) !== 0 && !lexicon.names.actionWords.has(t.word.slice(0, -1))) {
    // Note: so is a one-character action word after a short name (澳大获 → 澳大 + 获).
    const cut = t.end - 1;
    return [{ word: t.word.slice(0, -1), tag: n === 2 ? 'n' : 'x', start: t.start, end: cut }, { word: t.word[n - 1], tag: 'v', start: cut, end: t.end }];
  }
  if (t.word[0] === '年' && isHanCode(t.word.charCodeAt(1))) {
    // Note: and one that starts with a year's 年, glued to the name after the year (2025 + 年川 + 渝合作… → 年 + 川).
    return [{ word: '年', tag: 'm', start: t.start, end: t.start + 1 }, { word: t.word.slice(1), tag: 'x', start: t.start + 1, end: t.end }];
  }
  if (n <= 3 && (first & CONJUNCTION) !== 0) {
    // Note: and one that starts with a one-character conjunction before a short name (及平岗 → 及 + 平岗).
    return [{ word: t.word[0], tag: 'c', start: t.start, end: t.start + 1 }, { word: t.word.slice(1), tag: 'x', start: t.start + 1, end: t.end }];
  }
  return null;
}

/** Bits of a nameCharTables code: which one-character words of the lexicon's name rules a character is. */
const FUNCTION_INITIAL = 1;
const BARE_PREFIX = 2;
const SINGLE_CHAR_HEAD = 4;
const HEAD_FINAL = 8;
const ACTION_WORD = 16;
const CONJUNCTION = 32;

/** Per UTF-16 code, the bits of the one-character words it is, from one lexicon. */
interface NameCharTables {
  readonly lexicon: ReturnType<typeof getLexicon>;
  readonly codes: Uint8Array;
}
let nameCharTablesBuilt: NameCharTables | undefined;

/** The table of splitUnknown and functionInitial, built once per lexicon. */
export function nameCharTables(): NameCharTables {
  const lexicon = getLexicon();
  if (nameCharTablesBuilt?.lexicon !== lexicon) {
    const { functionInitials, barePrefixes, headFinals, actionWords, conjunctions } = lexicon.names;
    const codes = new Uint8Array(0x10000);
    const mark = (words: Iterable<string>, bit: number): void => {
      for (const word of words) if (word.length === 1) codes[word.charCodeAt(0)] |= bit;
    };
    mark(functionInitials, FUNCTION_INITIAL);
    mark(barePrefixes, BARE_PREFIX);
    mark(lexicon.institutions.singleCharHeads.keys(), SINGLE_CHAR_HEAD);
    mark(headFinals, HEAD_FINAL);
    mark(actionWords, ACTION_WORD);
    mark(conjunctions, CONJUNCTION);
    nameCharTablesBuilt = { lexicon, codes };
  }
  return nameCharTablesBuilt;
}

/** True for a token the segmenter did not know that starts with a function character (已同, 现将): never inside a name. */
export function functionInitial(token: Token): boolean {
  return token.tag === 'x' && token.word.length > 0 && (nameCharTables().codes[token.word.charCodeAt(0)] & FUNCTION_INITIAL) !== 0;
}

/** True for a short word the segmenter did not know (国网/x, 平岗/x): two or three Han characters, no function word's start. */
export function unknownName(token: Token): boolean {
  return token.tag === 'x' && token.word.length >= 2 && token.word.length <= 3 && allHan(token.word) && !functionInitial(token);
}

/**
 * Where a text refers to its own place or body (我市, 本县, 我局, 本校): the positions of a self-reference mark (我, 本)
 * followed by one more character, unless the character after the pair makes it part of a longer word (市属, 县城).
 * The callers decide which second characters they read (a level of the document's place, the issuer's head).
 */
export function selfReferencePairs(text: string): readonly number[] {
  const { marks, blockerCodes, blocksAtEnd, markedTimes } = selfReferenceTables();
  // Note: the list is made at the first pair only: most statements have none, and share one empty list.
  let out: number[] | undefined;
  for (const mark of marks) {
    for (let i = text.indexOf(mark); i >= 0 && i + 1 < text.length; i = text.indexOf(mark, i + 1)) {
      // Note: by code, not by the one-character string text[i + 2] (a new string per pair) looked up in the set.
      const blocked = i + 2 < text.length ? blockerCodes[text.charCodeAt(i + 2)] === 1 : blocksAtEnd;
      // Note: nor is a pair that opens a time of writing (本学年, 本学期: 本 + 学 is no school naming itself).
      if (!blocked && !opensAny(text, i, markedTimes)) (out ??= []).push(i);
    }
  }
  return out ?? NO_PAIRS;
}

/** Whether one of the words starts at `at` in the text. */
function opensAny(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/** The self-reference pairs of a text that has none (shared). */
const NO_PAIRS: readonly number[] = [];

/** The self-reference marks as a list, and the one-character short-name blockers by code, from one lexicon. */
interface SelfReferenceTables {
  readonly lexicon: ReturnType<typeof getLexicon>;
  readonly marks: readonly string[];
  readonly blockerCodes: Uint8Array;
  /** Whether the end of the text blocks a pair as a blocker would (the empty word is a blocker). */
  readonly blocksAtEnd: boolean;
  /** The times of writing that open with a mark (本学年, 本年度): a pair opening one is none. */
  readonly markedTimes: readonly string[];
}
let selfReferenceTablesBuilt: SelfReferenceTables | undefined;

/** The tables of `selfReferencePairs`, built once per lexicon. */
export function selfReferenceTables(): SelfReferenceTables {
  const lexicon = getLexicon();
  if (selfReferenceTablesBuilt?.lexicon !== lexicon) {
    const blockers = lexicon.regions.shortNameBlockers;
    const marks = [...lexicon.names.selfReferenceMarks];
    selfReferenceTablesBuilt = {
      lexicon,
      marks,
      blockerCodes: codeTable([[[...blockers].filter((w) => w.length === 1), 1]]),
      blocksAtEnd: blockers.has(''),
      markedTimes: [...lexicon.names.deicticTime].filter((w) => w.length > 2 && marks.some((m) => w.startsWith(m))),
    };
  }
  return selfReferenceTablesBuilt;
}
