/**
 * Awarded titles: after a verb that awards or seeks a title (获批, 入选, 创建 …), a national or provincial scope opens the
 * title's name, whatever noun ends it (入选第三批全国乡村旅游重点村, 获批自治区级重点实验室, 创建全国义务教育优质均衡发展县(市、区)).
 * The title is a designation (ANNOTATION.md), not the body that holds it: the institution extractor leaves these spans
 * to the program extractor. A batch ordinal before the scope (第三批, 首批) is part of the mention, not of the name.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import { allHan, classify, hasHan, hasProperTag, lastCharTable } from '../../language/match/tokens.js';
import { BATCH_ORDINAL } from '../../language/match/numbers.js';
import { alternation } from '../../language/match/alternation.js';
import type { Token } from '../../language/segment/index.js';
import type { Candidate } from '../model.js';
import { kindOfName } from './institutions/heads.js';
import { QUOTES } from './quoteMarks.js';
import { PLACE_DASHES } from './regionTokens.js';
import { distinctiveCount, vocab } from './programs/vocabulary.js';

/** A batch ordinal before a title (首批, 第三批, 第10批). */
const BATCH = new RegExp(`^(?:首批|${BATCH_ORDINAL})`);
/** The same, ending a text (入选首批 + “…”). */
const BATCH_AT_END = new RegExp(`(?:首批|${BATCH_ORDINAL})$`);

/**
 * Whether `before` (the text before a name) ends in an award verb, a scope or a batch at most after it (获评, 获批省级,
 * 入选首批): the name after it is a title awarded, not a body's.
 */
export function endsInAward(before: string): boolean {
  const { awardVerbs } = getLexicon().programs;
  let rest = before.replace(BATCH_AT_END, '');
  awardScopeEnds ??= lastCharTable(vocab().awardScopeList);
  const scope = lastWordOf(rest, vocab().awardScopeList, awardScopeEnds);
  if (scope) rest = rest.slice(0, rest.length - scope.length);
  return lastWordOf(rest, awardVerbs, verbEndTable()) !== undefined;
}

let awardScopeEnds: Uint8Array | undefined;

/**
 * The first of `words` that `text` ends in, or undefined; `ends` marks the words' last characters by code.
 * Note: a loop over a list, not a find over a copy of a set with a closure over the text (both made per quotation); nor
 * a loop over the set itself (an iterator result per word). A text ending in no word's last character is settled by the
 * table, without a test per word.
 */
function lastWordOf(text: string, words: readonly string[], ends: Uint8Array): string | undefined {
  if (text.length === 0 || ends[text.charCodeAt(text.length - 1)] !== 1) return undefined;
  for (const word of words) if (text.endsWith(word)) return word;
  return undefined;
}
/** How far back an award verb may stand before a quoted title, across a scope, a batch or the body awarding it. */
const AWARD_WINDOW = 16;

/**
 * Whether a quotation opening at `at` in `text` names a title awarded: an award verb right before it, or before the
 * scope, batch or government body awarding it (获评省级“…”, 入选首批“…”, 入选工业和信息化部“…”).
 */
export function awardsQuote(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - AWARD_WINDOW), at);
  if (endsInAward(before)) return true;
  // Note: a verb written before the quotation ends in one of the verbs' last characters: without one, no verb is searched for.
  if (!holdsVerbEnd(before)) return false;
  for (const verb of getLexicon().programs.awardVerbs) {
    const i = before.lastIndexOf(verb);
    const body = i < 0 ? '' : before.slice(i + verb.length);
    if (body.length > 1 && kindOfName(body) === 'GOVERNMENT') return true;
  }
  return false;
}

/** The most tokens and characters a title's name may hold after its scope. */
const MAX_TITLE_TOKENS = 12;
const MAX_TITLE_LENGTH = 24;
/** The shortest name after the scope (全国 + 文明城市). */
const MIN_TITLE_LENGTH = 3;
/** Brackets after a title that list the levels it is held at (…发展县(市、区), 国家湿地公园(试点)). */
const LEVEL_BRACKET = /^[(（]([\u4e00-\u9fff、]{1,6})[)）]/;
let joiners: ReadonlySet<string> | undefined;

/** Words that join two titles rather than stand inside one (…示范区和…示范县, …示范区、…): conjunctions and list marks. */
function joiner(word: string): boolean {
  joiners ??= new Set([...getLexicon().names.conjunctions, ...getLexicon().partnering.listMarks]);
  return joiners.has(word);
}

let verbSet: ReadonlySet<string> | undefined;
let verbEnds: Uint8Array | undefined;
let longestVerb = 0;

/** Whether a word ends in the last character of some award verb (per UTF-16 code, not a one-character string per token). */
const endsLikeVerb = (ends: Uint8Array, word: string): boolean => ends[word.charCodeAt(word.length - 1)] === 1;

/** The award verbs' last characters by code (built on first use). */
function verbEndTable(): Uint8Array {
  if (!verbSet || !verbEnds) {
    verbSet = new Set(getLexicon().programs.awardVerbs);
    verbEnds = lastCharTable(verbSet);
    longestVerb = Math.max(0, ...[...verbSet].map((v) => v.length));
  }
  return verbEnds;
}

/**
 * Whether an award verb may start at token `i`: the token or the next one ends in a verb's last character (most do not).
 * Note: small, for the walk to ask before anything else of every token.
 */
function mayOpenVerb(ends: Uint8Array, tokens: readonly Token[], i: number): boolean {
  return endsLikeVerb(ends, tokens[i].word) || (i + 1 < tokens.length && endsLikeVerb(ends, tokens[i + 1].word));
}

/** Whether a text holds the last character of some award verb. */
function holdsVerbEnd(text: string): boolean {
  const ends = verbEndTable();
  for (let k = 0; k < text.length; k++) if (ends[text.charCodeAt(k)] === 1) return true;
  return false;
}

/** The index after an award verb starting at token `i` (获批, 获 + 批, 认定 + 为, 被评为), or -1. */
function afterVerb(tokens: readonly Token[], i: number): number {
  const ends = verbEndTable();
  const one = tokens[i].word;
  // Note: most words end in no verb's last character; the look-ups below are for the few that do.
  if (!mayOpenVerb(ends, tokens, i) || !verbSet) return -1;
  if (verbSet.has(one)) return i + 1;
  for (let n = 2; n < one.length && n <= longestVerb; n++) if (verbSet.has(one.slice(-n))) return i + 1;
  if (i + 1 < tokens.length && one.length + tokens[i + 1].word.length <= longestVerb && verbSet.has(one + tokens[i + 1].word)) return i + 2;
  return -1;
}

/** The index of the token at text position `at` (relative to the statement), or -1. */
function tokenStartingAt(tokens: readonly Token[], from: number, at: number): number {
  for (let k = from; k < tokens.length && tokens[k].start <= at; k++) if (tokens[k].start === at) return k;
  return -1;
}

/**
 * Where the title's name starts after its scope at token `k` (国家, 自治区 + 级, 湖南省 + 级, 湖南 + 省级), or null;
 * `placeOnly` when the scope is a place without its level (获批 + 云南省 + 国际联合实验室).
 */
function afterScope(tokens: readonly Token[], regions: Uint8Array, k: number): { body: number; placeOnly: boolean } | null {
  const scopes = getLexicon().programs.awardScopes;
  if (k >= tokens.length) return null;
  if (scopes.has(tokens[k].word)) return { body: k + 1, placeOnly: false };
  if (k + 1 < tokens.length && scopes.has(tokens[k].word + tokens[k + 1].word)) return { body: k + 2, placeOnly: false };
  let m = k;
  while (m < tokens.length && regions[m] === 1) {
    // Note: a place's level glued to the scope after it is the scope (湖南/ns + 省级/b of 湖南省级).
    if (m > k && scopes.has(tokens[m].word)) return { body: m + 1, placeOnly: false };
    m++;
  }
  if (m === k || m >= tokens.length) return null;
  return tokens[m].word === '级' || scopes.has(tokens[m].word) ? { body: m + 1, placeOnly: false } : { body: m, placeOnly: true };
}

/** Tags of the common words a title awarded in a place's name is made of (国际/n 联合/v 实验室/n): no name of its own. */
const COMMON_TAGS = new Set(['n', 'vn', 'v', 'b', 'zg', 'ng']);

/**
 * Whether the words of a title after a place are all common words (云南省 + 国际联合实验室): a class the place awards. A
 * word of a name (岳麓/ns, an unknown word) makes it one body's name (湖南省 + 岳麓实验室), as does a single word.
 */
function commonTitle(tokens: readonly Token[], body: number, end: number, title: string): boolean {
  if (end - body < 2) return false;
  for (let k = body; k < end; k++) if (!COMMON_TAGS.has(tokens[k].tag) || hasProperTag(tokens[k])) return false;
  // Note: and it ends in a head, a kind of body or of programme (…联合实验室, …旅游村), not in a status (…教师资格).
  return kindOfName(title) !== 'OTHER' || vocab().quotedHeadLexicon.matchEnd(title, title.length) !== null;
}

/** The segmenter's tag of words that only qualify a noun (五星级, 重点, 大型). */
const MODIFIER_TAG = 'b';

/** Tags the segmenter gives nouns of a title it reads as other words (湿地/z, 县/zg). */
const NOUNLIKE_TAGS = new Set(['z', 'zg', 'ng']);

/** The segmenter's tag of locative words; those of two characters or more are nouns inside a title (东西部, 中西部). */
const LOCATIVE_TAG = 'f';

/** Whether a token may end a title's name: a noun. */
function nounWord(token: Token): boolean {
  return classify(token) === 'NOMINAL' || NOUNLIKE_TAGS.has(token.tag) || (token.tag === LOCATIVE_TAG && token.word.length > 1);
}

/** Whether a token is a word a title's name may hold (a noun, a verb of two characters, an unknown word, a quotation mark). */
function nameWord(token: Token): boolean {
  // Note: a title may quote part of its name (国家级专精特新“小巨人”企业).
  // Note: and a word that only qualifies a noun (五星级/b, 重点/b) stands inside one.
  return !joiner(token.word) && (nounWord(token) || classify(token) === 'VERB' || token.tag === MODIFIER_TAG || QUOTE_MARKS.has(token.word));
}

/** A grade written with a code (5A级, 3A级): letters and digits, then 级. */
const GRADE_CODE = /^[0-9A-Za-z]{1,2}$/;
const GRADE_WORD = '级';

/** The index after a grade at token `k` (5 + A + 级), or `k` when none starts there. */
function gradeEnd(tokens: readonly Token[], k: number): number {
  let m = k;
  while (m < tokens.length && m - k < 2 && GRADE_CODE.test(tokens[m].word)) m++;
  return m > k && m < tokens.length && tokens[m].word === GRADE_WORD ? m + 1 : k;
}

/** Opening and closing quotation marks. */
const QUOTE_MARKS: ReadonlySet<string> = new Set([...QUOTES.keys(), ...QUOTES.values()]);

/**
 * Whether the joiner at `j` stands inside one name: between two verbs that share the object before them (一体化 + 保护和修复
 * + 工程), or between two nouns when the words before it end in no program head (…夜间文化和旅游消费集聚区; but …示范区和…).
 */
function innerJoiner(tokens: readonly Token[], j: number, nameBefore: string): boolean {
  if (!joiner(tokens[j].word) || j === 0 || j + 1 >= tokens.length) return false;
  const [left, right] = [tokens[j - 1], tokens[j + 1]];
  if (classify(left) === 'VERB' && classify(right) === 'VERB') return true;
  return tokens[j].word.length === 1 && hasHan(tokens[j].word) && nounWord(left) && nameWord(right)
    && vocab().quotedHeadLexicon.matchEnd(nameBefore, nameBefore.length) === null;
}

/** Whether a word opens a count of the title's holders (创建…特色学校 + 不少 + 于80所): a comparator, or its first half. */
function opensCount(word: string): boolean {
  if (word.length < 2) return false;
  for (const [w] of getLexicon().targets.before) if (w.startsWith(word)) return true;
  return false;
}

/**
 * Whether the word at `stop` ends the title rather than cutting a longer name short (…产值超十亿元镇, …专精特新“小巨人”企业,
 * …电子商务进农村…示范县): the end of the statement, a punctuation mark other than an opening quotation or title mark, a
 * count, a word about the title, or a joiner after a name that ends in a program head (…示范区和…).
 */
function closesTitle(tokens: readonly Token[], stop: number, name: string): boolean {
  if (stop >= tokens.length) return true;
  const t = tokens[stop];
  if (opensCount(t.word) || getLexicon().programs.awardFollowers.has(t.word)) return true;
  if (joiner(t.word)) return vocab().quotedHeadLexicon.matchEnd(name, name.length) !== null;
  return !hasHan(t.word) && !QUOTES.has(t.word) && t.word !== TITLE_MARK;
}

/** The mark that opens a title inside a name (…《…》…). */
const TITLE_MARK = '《';

/** How many readings are kept: the extractors of one statement ask with at most two token arrays. */
const RECENT = 4;
/**
 * The titles last found, with the tokens they were read from, in a ring of RECENT slots (the oldest overwritten): the
 * institution and the program extractors both ask, one after the other, with the same tokens.
 */
const recentTokens: (readonly Token[] | null)[] = new Array<readonly Token[] | null>(RECENT).fill(null);
const recentTitles: Candidate[][] = new Array<Candidate[]>(RECENT).fill([]);
/** The slot the next reading goes to. */
let nextSlot = 0;

/** The awarded titles of one statement, as designation candidates (read once per statement's tokens). */
export function awardedTitles(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array): Candidate[] {
  // Note: the last few readings by identity, not a WeakMap entry per statement (its set was most of this function's time).
  for (let k = 0; k < RECENT; k++) if (recentTokens[k] === tokens) return recentTitles[k];
  const titles = readTitles(text, offset, tokens, regions);
  recentTokens[nextSlot] = tokens;
  recentTitles[nextSlot] = titles;
  nextSlot = (nextSlot + 1) % RECENT;
  return titles;
}

/** The longest holder a row of a list of titles opens with (莆田市教师进修学院). */
const MAX_ROW_HOLDER = 20;

let titleMarks: RegExp | undefined;

/**
 * Whether a statement may award a title: it holds an award verb (each reading below starts after one written in it),
 * or a dash, after which a row of a list of titles awards one.
 * Note: one test of a pattern built once, not the walk's two table tests at every token: most statements hold neither.
 */
function mayAward(text: string): boolean {
  titleMarks ??= new RegExp(alternation([...getLexicon().programs.awardVerbs, ...PLACE_DASHES]));
  return titleMarks.test(text);
}

function readTitles(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  if (!mayAward(text)) return out;
  // Note: a dash after the Han words that open the statement ends a row's holder (仙游县金石中学 + — + 全国…特色学校, a row
  // of a list of titles) and awards the title after it; that title opens with a scope of its own (全国, 省级): a place
  // there may be the other side of a pair (广州市第一中学—深圳市实验学校), so it opens none.
  let holder = true;
  const verbEndCodes = verbEndTable();
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    if (holder && !allHan(word)) {
      holder = false;
      const row = i > 0 && PLACE_DASHES.has(word) && tokens[i].start - tokens[0].start <= MAX_ROW_HOLDER;
      const title = row ? titleAt(text, offset, tokens, regions, i + 1, true) : null;
      if (title) {
        out.push(title.candidate);
        i = title.last;
        continue;
      }
    }
    // Note: the verb's table test first: it settles most tokens, the test for a Han character the few left.
    if (!mayOpenVerb(verbEndCodes, tokens, i) || !hasHan(word)) continue;
    // Note: titles joined after the first are awarded by the same verb (入选…重点村、国家级…集聚区).
    for (let at = afterVerb(tokens, i); at >= 0;) {
      const title = titleAt(text, offset, tokens, regions, at);
      if (!title) break;
      out.push(title.candidate);
      i = title.last;
      at = title.stop + 1 < tokens.length && joiner(tokens[title.stop].word) ? title.stop + 1 : -1;
    }
  }
  return out;
}

/** The title awarded from token `after` (right after the verb, or after a joiner), its last token and where it stopped; or null. */
function titleAt(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, after: number, scopeWordOnly = false):
  { candidate: Candidate; last: number; stop: number } | null {
  const { awardFollowers } = getLexicon().programs;
  const actions = getLexicon().names.actionWords;
  if (after >= tokens.length) return null;
  const batch = BATCH.exec(text.slice(tokens[after].start - offset));
  const k = batch ? tokenStartingAt(tokens, after, tokens[after].start + batch[0].length) : after;
  if (k < 0) return null;
  const scope = afterScope(tokens, regions, k);
  if (scope === null || scope.body >= tokens.length || (scopeWordOnly && (scope.placeOnly || regions[k] === 1))) return null;
  const body = scope.body;
  let stop = body;
  while (stop < tokens.length && stop - body < MAX_TITLE_TOKENS) {
    const grade = gradeEnd(tokens, stop);
    if (grade > stop) stop = grade;
    else if (nameWord(tokens[stop]) || innerJoiner(tokens, stop, text.slice(tokens[body].start - offset, tokens[stop].start - offset))) stop++;
    else break;
  }
  // Note: words after the title about it (称号, 名单, 复核, 建设) are not part of it.
  let e = stop;
  while (e > body && awardFollowers.has(tokens[e - 1].word)) e--;
  if (e === body || !nounWord(tokens[e - 1]) || actions.has(tokens[e - 1].word) || tokens[e - 1].tag === 'a') return null;
  // Note: a place alone opens a body's name (湖南省岳麓实验室) unless the rest is common words (云南省国际联合实验室).
  if (scope.placeOnly && !commonTitle(tokens, body, e, text.slice(tokens[body].start - offset, tokens[e - 1].end - offset))) return null;
  if (!closesTitle(tokens, stop, text.slice(tokens[k].start - offset, tokens[e - 1].end - offset))) return null;
  let end = tokens[e - 1].end;
  const bracket = LEVEL_BRACKET.exec(text.slice(end - offset));
  if (bracket) end += bracket[0].length;
  const titleBody = text.slice(tokens[body].start - offset, tokens[e - 1].end - offset);
  if (titleBody.length < MIN_TITLE_LENGTH || titleBody.length > MAX_TITLE_LENGTH || distinctiveCount(titleBody) < 1) return null;
  const start = tokens[after].start;
  const name = text.slice(tokens[k].start - offset, end - offset);
  // Note: a government body is passed, not awarded (通过中国合格评定国家认可委员会认可): its name is not a title. A common
  // word ending like a one-character head (…重点专科, …重点学科: 科) names none.
  if (kindOfName(name) === 'GOVERNMENT' && !getLexicon().institutions.notHeads.has(name.slice(-2))) return null;
  return { candidate: { type: 'PROGRAM', name, kind: 'DESIGNATION', start, end, surface: text.slice(start - offset, end - offset) }, last: e - 1, stop };
}
