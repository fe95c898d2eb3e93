/**
 * Institution extractor: finds institution heads (大学, 学校, 教育局 …) and extends each leftwards over
 * its modifiers up to a boundary, keeping only names with a proper-name part.
 */
import type { Candidate } from '../model.js';
import type { Extractor } from './registry.js';
import { getLexicon, type InstitutionKind } from '../../language/lexicon/index.js';
import {
  SuffixLexicon, classify, distinctiveChars, hasProperTag, isNumber, maxWordLength, tokenIndexAt,
} from '../../language/match/tokens.js';
import type { Token } from '../../language/segment/index.js';

/** What the institution extractor knows about the document and statement. */
export interface InstitutionContext {
  /** The issuer's city, used to resolve 市教育局 → 广州市教育局. */
  issuerCity: { name: string; short: string } | null;
  issuerName?: string | null;
  /** Region mentions found in the statement: a token they cover counts as a proper name. */
  regionSpans?: Candidate[];
}

/** An institution candidate; `parentName` is set for a campus such as 香港中文大学(深圳). */
export interface InstitutionCandidate extends Candidate {
  parentName?: string;
}

/** The lexicon's institution vocabulary with the look-up structures built over it (once per process). */
function buildVocabulary() {
  const { institutions, programs, names } = getLexicon();
  return {
    ...institutions,
    ...names,
    headLexicon: new SuffixLexicon<InstitutionKind>(institutions.heads),
    classLexicon: new SuffixLexicon([...institutions.classWords].map((w) => [w, true] as const)),
    programHeadLexicon: new SuffixLexicon([...programs.heads].filter(([w]) => w.length >= 2)),
    genericMax: maxWordLength(institutions.genericModifiers),
  };
}
let vocabulary: ReturnType<typeof buildVocabulary> | undefined;
const vocab = (): ReturnType<typeof buildVocabulary> => (vocabulary ??= buildVocabulary());
const OPEN_BRACKETS = new Set(['(', '（']);
const CLOSE_BRACKETS = new Set([')', '）']);

interface Head { kind: InstitutionKind; word: string; start: number; end: number }

/** The institution head ending at token `i`, if any (absolute offsets). */
function headAt(text: string, offset: number, tokens: readonly Token[], i: number): Head | null {
  const token = tokens[i];
  const end = token.end - offset;
  const match = vocab().headLexicon.matchEnd(text, end);
  const classWord = vocab().classLexicon.matchEnd(text, end);
  // Note: a class word ending here (中小学, 中小学校) is not the head of a name even though 小学/学校 are.
  if (match && classWord && classWord.word.length > match.word.length) return null;
  if (match) return { kind: match.kind, word: match.word, start: token.end - match.word.length, end: token.end };
  const single = vocab().singleCharHeads.get(token.word);
  if (single && i > 0 && tokens[i - 1].word.length >= 2 && classify(tokens[i - 1]) === 'NOMINAL') {
    return { kind: single, word: token.word, start: token.start, end: token.end };
  }
  return null;
}

/** Marks the tokens overlapping a region mention. */
function regionFlags(tokens: readonly Token[], spans: readonly Candidate[] | undefined): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  if (!spans || spans.length === 0) return flags;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    for (const s of spans) if (s.start < t.end && t.start < s.end) flags[k] = 1;
  }
  return flags;
}

/** True when the token names something: a proper tag on a non-generic word, or a region mention. */
function isProper(token: Token, region: number): boolean {
  return region === 1 || (hasProperTag(token) && !vocab().genericModifiers.has(token.word));
}

/** True when the token adds substance to a modifier (a name, a link word or distinctive characters). */
function hasSubstance(token: Token, region: number): boolean {
  return isProper(token, region) || vocab().linkWords.has(token.word)
    || distinctiveChars(token.word, vocab().genericModifiers, vocab().genericMax) >= 2;
}

/** The kind of a name whose head is a part (校区, 分校): the kind of the head further left. */
function partKind(name: string, headWord: string): InstitutionKind {
  for (let end = name.length - headWord.length; end > 0; end--) {
    const match = vocab().headLexicon.matchEnd(name, end);
    if (match && !vocab().partHeads.has(match.word)) return match.kind;
  }
  return 'SCHOOL';
}

/** The left edge of a name whose head is at token `i`: first token index before and after trimming. */
interface LeftEdge { raw: number; first: number; proper: boolean }

/** Extends a head at token `i` leftwards over its modifiers up to a boundary. */
function extendLeft(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head,
  text: string, offset: number): LeftEdge {
  const headIdx = tokenIndexAt(tokens, head.start, i);
  let first = headIdx;
  let proper = false;
  for (let k = headIdx; k <= i; k++) {
    const t = tokens[k];
    // Note: only the part of a token before the head can name the institution (海外 + 孔子学院: 孔子 is the head's).
    const inside = t.word.slice(0, Math.max(0, head.start - t.start));
    if (regions[k] === 1 || (hasProperTag(t) && inside.length > 0
      && distinctiveChars(inside, vocab().genericModifiers, vocab().genericMax) > 0)) proper = true;
  }
  let segLen = 0;
  let segSubstance = false;
  let lastHeadKind = head.kind;
  for (let j = headIdx - 1; j >= 0; j--) {
    const t = tokens[j];
    const cls = classify(t);
    if (cls === 'HARD' || cls === 'CN_NUMERAL') break;
    // Note: a duration (五年, 三年) before a class of institutions is a time phrase, not part of a name.
    if (t.tag === 't' && t.word.endsWith('年')) break;
    // Note: a measure word after a number may be glued to the next character (34 + 对穗 + 港澳).
    if (vocab().measureWords.has(t.word[0]) && j > 0 && isNumber(tokens[j - 1].word)) break;
    if (vocab().programHeadLexicon.matchEnd(t.word, t.word.length)) break;
    if (vocab().actionWords.has(t.word)) break;
    if (cls === 'VERB') {
      const nameVerb = vocab().nameVerbs.has(t.word)
        || (j === headIdx - 1 && j > 0 && isProper(tokens[j - 1], regions[j - 1]));
      if (!nameVerb || proper) break;
    }
    const inner = headAt(text, offset, tokens, j);
    if (inner) {
      if (segLen === 0 && (inner.kind === 'GOVERNMENT' || lastHeadKind === 'GOVERNMENT')) break;
      // Note: a generic segment between two government heads names a sub-body (省委 + 教育工作 + 委员会).
      const subBody = inner.kind === 'GOVERNMENT' && lastHeadKind === 'GOVERNMENT';
      if (segLen > 0 && !segSubstance && !subBody) break;
      segLen = 0;
      segSubstance = false;
      lastHeadKind = inner.kind;
    } else {
      segLen++;
      segSubstance ||= hasSubstance(t, regions[j]);
    }
    if (isProper(t, regions[j])) proper = true;
    first = j;
  }
  const raw = first;
  // Trim scope words, class words and verbs from the left edge (全国, 高校, 新建, 推进 …).
  while (first < headIdx) {
    const t = tokens[first];
    if (vocab().leadingScopeWords.has(t.word) || vocab().classWords.has(t.word) || classify(t) === 'VERB'
      || vocab().actionWords.has(t.word)) first++;
    else break;
  }
  return { raw, first, proper };
}

/** The end of a bracketed campus suffix such as (广州) after token `i`, or -1. */
function campusSuffixEnd(tokens: readonly Token[], regions: Uint8Array, i: number): number {
  if (i + 2 >= tokens.length || !OPEN_BRACKETS.has(tokens[i + 1].word)) return -1;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
    if (CLOSE_BRACKETS.has(tokens[k].word)) return k > i + 2 ? k : -1;
    if (!(tokens[k].tag === 'ns' || regions[k] === 1)) return -1;
  }
  return -1;
}

/** The bare administrative prefix (市, 区 …) the name starts with, or null. */
function barePrefix(first: Token): string | null {
  const w = first.word;
  if (!vocab().barePrefixes.has(w[0])) return null;
  if (w.length === 1) return w;
  return vocab().headLexicon.get(w.slice(1)) !== undefined ? w[0] : null;
}

/** True when a number and a measure word precede token `first` (28所 …: a class, not a name). */
function countedBefore(tokens: readonly Token[], first: number): boolean {
  if (first < 2) return false;
  return vocab().measureWords.has(tokens[first - 1].word[0]) && isNumber(tokens[first - 2].word);
}

/** True when the head stands inside an open quotation and more words follow it there (“羊城学校体育节”). */
function insideQuotedPhrase(text: string, offset: number, tokens: readonly Token[], i: number): boolean {
  const at = tokens[i].start - offset;
  if (text.lastIndexOf('“', at) <= text.lastIndexOf('”', at)) return false;
  return i + 1 < tokens.length && classify(tokens[i + 1]) === 'NOMINAL';
}

const MAX_PROGRAM_TAIL = 5;

/** True when the head at token `i` is followed by a conjunction and words ending in a program head: a program name. */
function insideProgramName(tokens: readonly Token[], i: number): boolean {
  if (i + 2 >= tokens.length || !vocab().conjunctions.has(tokens[i + 1].word)) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + MAX_PROGRAM_TAIL; k++) {
    const t = tokens[k];
    if (vocab().programHeadLexicon.matchEnd(t.word, t.word.length)) return true;
    const cls = classify(t);
    if (cls !== 'NOMINAL' && cls !== 'VERB') return false;
  }
  return false;
}

/** True for a national body named without a place: 国家…局, 中共中央…部, or a field word and a ministry head (教育部). */
function nationalBody(name: string, headWord: string): boolean {
  const { nationalPrefixes, ministryHeads } = vocab();
  if (nationalPrefixes.some((p) => name.startsWith(p))) return true;
  return ministryHeads.has(headWord) || [...ministryHeads].some((h) => name.endsWith(h) && name.length <= 10);
}

/** Decides the canonical name of a span, or null when it is generic. */
function nameOf(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, edge: LeftEdge,
  coreName: string, surface: string, context: InstitutionContext): string | null {
  const modifier = coreName.slice(0, coreName.length - head.word.length);
  if (head.kind === 'GOVERNMENT' && nationalBody(coreName, head.word)) return surface;
  const prefix = barePrefix(tokens[edge.first]);
  if (prefix !== null) {
    const rest = modifier.slice(1);
    const named = head.kind === 'GOVERNMENT' || distinctiveChars(rest, vocab().genericModifiers, vocab().genericMax) >= 2;
    return prefix === '市' && context.issuerCity && named ? context.issuerCity.name + surface.slice(1) : null;
  }
  if (countedBefore(tokens, edge.raw)) {
    for (let k = edge.first; k <= i; k++) if (tokens[k].tag === 'nt' && !vocab().genericModifiers.has(tokens[k].word)) return surface;
    return null;
  }
  if (vocab().placeClassHeads.has(head.word)) {
    let onlyPlaces = true;
    for (let k = edge.first; k <= i && tokens[k].end <= head.start; k++) {
      if (!(regions[k] === 1 || tokens[k].tag === 'ns')) onlyPlaces = false;
    }
    if (onlyPlaces) return null;
  }
  if (edge.proper || distinctiveChars(modifier, vocab().genericModifiers, vocab().genericMax) >= 2) return surface;
  return null;
}

/** Extracts named institutions from one statement; `tokens` are its tokens with absolute offsets. */
export function extractInstitutions(text: string, offset: number, tokens: Token[],
  context: InstitutionContext): InstitutionCandidate[] {
  const regions = regionFlags(tokens, context.regionSpans);
  const found: InstitutionCandidate[] = [];
  let limit = Number.POSITIVE_INFINITY;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].end > limit) continue;
    const head = headAt(text, offset, tokens, i);
    if (!head || insideQuotedPhrase(text, offset, tokens, i) || insideProgramName(tokens, i)) continue;
    const edge = extendLeft(tokens, regions, i, head, text, offset);
    const start = Math.min(tokens[edge.first].start, head.start);
    const suffixEnd = campusSuffixEnd(tokens, regions, i);
    const end = suffixEnd >= 0 ? tokens[suffixEnd].end : head.end;
    const coreName = text.slice(start - offset, head.end - offset);
    const surface = text.slice(start - offset, end - offset);
    const name = nameOf(tokens, regions, i, head, edge, coreName, surface, context);
    if (name === null) continue;
    const kind = vocab().partHeads.has(head.word) ? partKind(coreName, head.word) : head.kind;
    const candidate: InstitutionCandidate = { type: 'INSTITUTION', name, kind, start, end, surface };
    if (suffixEnd >= 0) candidate.parentName = coreName;
    found.push(candidate);
    limit = start;
  }
  return found.reverse();
}

/** The institution extractor of the registry (after regions, whose spans count as proper names). */
export const institutionExtractor: Extractor<'institutions'> = {
  key: 'institutions',
  extract: ({ statement, tokens, document }, found) =>
    extractInstitutions(statement.text, statement.start, tokens, {
      issuerCity: document.issuerCity,
      issuerName: document.issuerName,
      regionSpans: found.regions,
    }),
};
