/**
 * Unquoted names ending in a program head (计划, 工程, 示范区, 大赛 …) with their modifiers, outside titles and
 * quotations: the head extends leftwards over nominal modifiers; an action word ends the name unless it is inside it.
 */
import type { ProgramKind } from '../../../language/lexicon/index.js';
import { classify, hasHan, hasProperTag, maxWordLength, tokenIndexAt, type TokenClass } from '../../../language/match/tokens.js';
import { BATCH_ORDINAL, EDITION_ORDINAL } from '../../../language/match/numbers.js';
import type { Token } from '../../../language/segment/index.js';
import type { Candidate } from '../../model.js';
import { distinctiveCount, overlapsAny, startsWithNamedScope, vocab } from './vocabulary.js';
import { isTourHead, namesTheme } from '../tourThemes.js';
import { placePair } from '../regionTokens.js';
import { QUOTES } from '../quoteMarks.js';
import { kindOfName, sideName } from '../institutions/heads.js';

interface HeadMatch { kind: ProgramKind; word: string; end: number; introduced?: boolean }

/**
 * Whether a head may end inside the token: it ends in a head's or a generic tail's last character (most tokens do not).
 * Note: small, for the walk to ask of every token before the call to `headIn`.
 */
function mayHoldHead(v: ReturnType<typeof vocab>, text: string, offset: number, token: Token): boolean {
  return v.headEnds[text.charCodeAt(token.end - offset - 1)] === 1 || v.tailEnds[token.word.charCodeAt(token.word.length - 1)] === 1;
}

/** Where a head ends inside token `i` (its end, or before a generic tail), or null. */
function headIn(text: string, offset: number, token: Token): HeadMatch | null {
  const end = token.end - offset;
  const v = vocab();
  // Note: most tokens end in no head's and no tail's last character: two table look-ups settle them.
  if (!mayHoldHead(v, text, offset, token)) return null;
  // Note: the matches are copied field by field, not spread: a spread per head showed in the profile.
  const match = v.headLexicon.matchEnd(text, end, token.start - offset - 4);
  if (match) return { kind: match.kind, word: match.word, end };
  const weak = v.introducedHeadLexicon.matchEnd(text, end, token.start - offset);
  if (weak) return { kind: weak.kind, word: weak.word, end, introduced: true };
  for (const tail of v.tails) {
    if (token.word.length > tail.length && token.word.endsWith(tail)) {
      const inner = v.headLexicon.matchEnd(text, end - tail.length, token.start - offset);
      if (inner) return { kind: inner.kind, word: inner.word, end: end - tail.length };
    }
  }
  return null;
}

/** True when the name (without its head) has two distinctive characters and a word that is not a bare verb or adjective. */
function namesSomething(tokens: readonly Token[], first: number, headStart: number, name: string, head: string, kind: ProgramKind): boolean {
  const modifier = name.slice(0, name.length - head.length);
  // Note: a national or world scope names a designation or an event on its own (国家卫生城市, 全国文明城市), and the
  // state names its own plans (国家重点研发计划).
  if ((kind === 'DESIGNATION' || kind === 'EVENT') && (head.length >= 4 || modifier.length > 2)
    && startsWithNamedScope(modifier)) return true;
  if ((kind === 'PLAN' || kind === 'PROJECT') && modifier.length >= NATIONAL_PLAN_MODIFIER && modifier.startsWith(NATIONAL)) return true;
  // Note: an event named by its own head (全运会, 亚运会) is named by its edition alone (第十五届 + 全运会).
  if (kind === 'EVENT' && head.length >= 3 && EDITION.test(modifier)) return true;
  // Note: and a project, campaign or plan by numbers alone (千万 + 工程).
  if (NUMBER_KINDS.has(kind) && NUMBER_NAME.test(modifier)) return true;
  // Note: a designation or pilot naming the levels of its units in brackets (创新型县(市)建设试点) is a title of its own.
  if ((kind === 'DESIGNATION' || kind === 'PILOT') && levelsWithin(tokens, first, headStart)) return true;
  if (distinctiveCount(modifier) < 2) return false;
  // Note: a strategy may be named by verbs alone (创新驱动发展战略).
  if (kind === 'STRATEGY' && modifier.length >= STRATEGY_NAME && headStart - tokens[first].start >= STRATEGY_NAME) return true;
  for (let k = first; k < tokens.length && tokens[k].start < headStart; k++) {
    if (classify(tokens[k]) === 'NOMINAL' && !VERBAL_TAGS.has(tokens[k].tag)) return true;
  }
  return false;
}

/**
 * Whether the words before the head are all places (上饶市 + 试点, 喀什市 + 项目): a place's pilot or project, no name;
 * an event is named by its place (杭州 + 亚运会).
 */
function onlyPlaces(tokens: readonly Token[], regions: Uint8Array, first: number, headStart: number): boolean {
  let any = false;
  for (let k = first; k < tokens.length && tokens[k].end <= headStart; k++) {
    if (regions[k] !== 1) return false;
    any = true;
  }
  return any;
}

const LATIN = /^[A-Za-z][A-Za-z0-9]*$/;
/** Digits or Latin letters: a segmenter's cut of a code (5 + G). */
const ALNUM = /^[A-Za-z0-9]+$/;
/** A code of digits and Latin letters, with a letter (5G, G60, 3D). */
const CODE = /^(?=[^]*[A-Za-z])(?=[^]*[0-9])[A-Za-z0-9]{2,6}$/;
/** An edition of an event (第十五届, 第3届). */
const EDITION = new RegExp(`^${EDITION_ORDINAL}$`);
/** A batch of awards (第二批, 第3批): which round named the holders, not part of the designation's name, like 首批. */
const BATCH = new RegExp(`^${BATCH_ORDINAL}$`);
/** A stage of the work (阶段, 第二阶段, 现阶段): when it is done, not part of a name (首阶段 + 参与计划的医疗机构). */
const STAGE = /阶段$/;
/** The state's own scope word, and the shortest modifier after which it names a plan on its own (国家 + 重点研发, not 国家 + 专项). */
const NATIONAL = '国家';
const NATIONAL_PLAN_MODIFIER = 5;

/** Tags of words that describe rather than name (统一, 深化, 优质): a modifier made only of these names nothing. */
const VERBAL_TAGS = new Set(['a', 'ad', 'an', 'vn', 'b', 'd']);

/**
 * True when an event's name says whose or which it is: a place, a person or organisation, a scope (全国, 世界, 省 …)
 * or an ordinal (第六届); 学校体育比赛 and 法治知识竞赛 are generic.
 */
function scopedEvent(tokens: readonly Token[], first: number, i: number): boolean {
  for (let k = first; k <= i; k++) {
    const t = tokens[k];
    if (hasProperTag(t) || classify(t) === 'ORDINAL' || startsWithNamedScope(t.word)) return true;
  }
  return false;
}

/** Whether the name from token `first` opens with a named scope, after the place that holds it (公主岭 + 国家现代农业产业园). */
function scopedAfterPlace(tokens: readonly Token[], regions: Uint8Array, first: number, text: string, offset: number): boolean {
  let k = first;
  while (k < tokens.length - 1 && (regions[k] === 1 || tokens[k].tag === 'ns')) k++;
  return startsWithNamedScope(text.slice(tokens[k].start - offset));
}

let longestAction: number | undefined;

/** The fewest characters of a word tagged as a person's name that may be a phrase: names have two or three, seldom four. */
const PHRASE_LENGTH = 4;

/**
 * Whether a token is a fixed phrase: an idiom (tag l), or a phrase of four or more characters that jieba's dictionary
 * tags as a person's name (应邀参加/nr, 应邀出席/nr, 保驾护航/nr).
 */
function fixedPhrase(t: Token): boolean {
  return t.tag === 'l' || (t.tag === 'nr' && t.word.length >= PHRASE_LENGTH);
}

/**
 * Whether a fixed phrase holds an action word of two or more characters (大力宣传, 积极推进).
 * Note: each stretch of the phrase as long as an action word is looked up in the set, not each action word searched for
 * in the phrase (a hundred searches per phrase).
 */
function actionPhrase(word: string): boolean {
  const { actionWords } = vocab();
  longestAction ??= maxWordLength(actionWords);
  for (let from = 0; from + 2 <= word.length; from++) {
    for (let to = from + 2; to <= word.length && to - from <= longestAction; to++) if (actionWords.has(word.slice(from, to))) return true;
  }
  return false;
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
  if (!endsNoun(tokens, j - 1) || vocab().actionWords.has(before.word) || vocab().leadingScopeWords.has(before.word)) return false;
  // Note: nor after the wording of a partnership (合作 + 建设 + …示范工程): the parties' work, not part of its name.
  if (vocab().cooperationCues.has(before.word)) return false;
  // Note: after a place or person the verbal noun has a subject (深圳 + 建设 + …示范区): it introduces the name.
  return j === i - 1 || (tokens[j].tag === 'vn' && !hasProperTag(before));
}

/**
 * Whether the conjunction at `j` joins two verbs that share an object named before them (黑土地 + 保护与利用,
 * 一体化 + 保护和修复): inside a name, as 保护与利用科技示范区 is one field.
 */
function pairedVerbs(tokens: readonly Token[], j: number): boolean {
  const left = tokens[j - 1];
  const right = tokens[j + 1];
  if (j < 2 || right === undefined || classify(left) !== 'VERB' || vocab().actionWords.has(left.word) || vocab().actionWords.has(right.word)) return false;
  // Note: the segmenter tags the second verb as a noun as often as not (保护/v 与 利用/n).
  return (classify(right) === 'VERB' || classify(right) === 'NOMINAL') && classify(tokens[j - 2]) === 'NOMINAL';
}

/** How far before a one-character verb the scope opening a designation's name may stand (国家级 + 电子商务 + 进). */
const SCOPED_VERB_WINDOW = 3;

/** Whether token `j` is a one-character verb inside a name a scope opens a few nominal words before it. */
function scopedVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.word.length !== 1 || !t.tag.startsWith('v') || vocab().actionWords.has(t.word)) return false;
  for (let k = j - 1; k >= 0 && k >= j - SCOPED_VERB_WINDOW; k--) {
    const w = tokens[k];
    if (vocab().namedScopes.has(w.word)) return k < j - 1;
    if (classify(w) !== 'NOMINAL' || vocab().actionWords.has(w.word)) return false;
  }
  return false;
}

/**
 * Whether the verb at `j` is the first of two that name the work on a noun before them (天然林 + 保护 + 修复 + 工程, 县中 +
 * 托管 + 帮扶 + 工程): two verbs, neither an action word, after a nominal that is not one either.
 */
function pairedWork(tokens: readonly Token[], j: number, i: number): boolean {
  // Note: right before the head only: two verbs before more nouns are a clause's (研究所 + 联合 + 承担 + 国家重点研发计划).
  if (j !== i - 1 || j < 1 || classify(tokens[j - 1]) !== 'VERB' || j + 1 >= tokens.length || classify(tokens[j + 1]) === 'HARD') return false;
  const v = vocab();
  return !v.actionWords.has(tokens[j].word) && !v.actionWords.has(tokens[j - 1].word)
    && j >= 2 && classify(tokens[j - 2]) === 'NOMINAL' && !v.actionWords.has(tokens[j - 2].word);
}

/** How many verbs may name a strategy before its head (创新 + 驱动 + 发展 + 战略). */
const STRATEGY_VERBS = 3;
/** How long a strategy's name of verbs alone must be (创新驱动发展: six characters; 发展 alone names nothing). */
const STRATEGY_NAME = 6;

/** Tags of adverbs and adjectives (长期/d, 完全/ad, 绿色/a). */
const QUALIFIER_TAGS = new Set(['a', 'ad', 'd']);

/** Whether token `j` is a two-character adverb or adjective before a noun of the name ending at `i`. */
function qualifier(tokens: readonly Token[], j: number, i: number): boolean {
  const t = tokens[j];
  const v = vocab();
  return QUALIFIER_TAGS.has(t.tag) && t.word.length === 2 && j + 1 < i && classify(tokens[j + 1]) === 'NOMINAL'
    && !v.actionWords.has(t.word) && !v.leadingScopeWords.has(t.word) && !v.genericWords.has(t.word);
}

/** Whether token `j` is an implementing verb (实施, 贯彻落实) and the words from it to the head at `i` hold an instrument. */
function implementsInstrument(tokens: readonly Token[], j: number, i: number): boolean {
  if (!vocab().implementingVerbs.has(tokens[j].word)) return false;
  for (let k = j + 1; k < i; k++) if (vocab().instrumentLexicon.matchEnd(tokens[k].word, tokens[k].word.length) !== null) return true;
  return false;
}

/** Chinese numbers alone, two characters or more (千万, 百千万): a name of a project, campaign or plan before its head. */
const NUMBER_NAME = /^[一二三四五六七八九十百千万两双]{2,}$/;
/** Kinds of programme a number alone may name. */
const NUMBER_KINDS: ReadonlySet<ProgramKind> = new Set(['PROJECT', 'CAMPAIGN', 'PLAN']);

/** A count of places (两地, 三地, 多地, 各地). */
const COUNTED_PLACES = /^[两二三四五六七八九十多各数]地$/;

/** The walk left from a programme's head: its kind's rules and how far the name reaches, made once per call of extendLeft. */
interface LeftWalk {
  readonly tokens: readonly Token[];
  readonly regions: Uint8Array;
  /** The head's token. */
  readonly i: number;
  readonly kind: ProgramKind;
  /** Whether the head is a plan's, whose name a document verb (印发 + 促进…方案) or a place's implementing verb may open. */
  readonly document: boolean;
  /** Whether the head is a designation's or an event's: an action word before it is never inside the name. */
  readonly awarded: boolean;
  /** Whether a national or first-batch scope before the head is part of the name. */
  readonly scoped: boolean;
  /** The name's first token so far. */
  first: number;
  /** A first token that opens the name as it is, which the final trims keep, or -1. */
  keep: number;
  /** Whether a conjunction has joined two parts of the name already (only one may). */
  joined: boolean;
}

/** What a step of the walk returns to end it (below every index): the name opens where `first` stands. */
const STOP = -1;

/** Takes tokens from `j` into the name; the walk goes on at the token before. */
function include(w: LeftWalk, j: number): number {
  w.first = j;
  return j - 1;
}

/**
 * Extends an unquoted head at token `i` leftwards; returns the first token of the name. Verbs stay
 * inside when a nominal precedes them (教育家 + 培养 + 工程), one conjunction may join two nominal
 * parts, and an action word right after a document verb opens the name (印发 + 促进…方案).
 */
function extendLeft(tokens: readonly Token[], regions: Uint8Array, i: number, kind: ProgramKind): number {
  const document = kind === 'PLAN';
  // Note: a designation is awarded (获评, 入选 …) and an event is held: the verb before them is never inside the name.
  const awarded = kind === 'DESIGNATION' || kind === 'EVENT';
  // Note: national and first-batch scope is part of a designation's, event's or pilot's name (首批全国…实验区, 全国…大赛,
  // 省级城市更新试点).
  const scoped = awarded || kind === 'PILOT';
  const w: LeftWalk = { tokens, regions, i, kind, document, awarded, scoped, first: i, keep: -1, joined: false };
  let j = i - 1;
  while (j >= 0) j = leftStep(w, j);
  return trimmedFirst(w);
}

/** One step of the walk at token `j`: the index of the token to look at next, or STOP when the name opens after `j` or at it. */
function leftStep(w: LeftWalk, j: number): number {
  const t = w.tokens[j];
  // Note: a count of places says where the work is done (在深圳、珠海 + 两地 + 试点), never part of a name.
  // Note: the length first: the pattern is tried only on words of two characters.
  if (t.word.length === 2 && COUNTED_PLACES.test(t.word)) return STOP;
  // Note: a word referring back (上述 + 计划, 该 + 项目) makes the head a reference to a programme named before, not a name.
  if (vocab().backReferenceSet.has(t.word)) return STOP;
  const cls = classify(t);
  // Note: an edition opens an event's name (组织企业参加 + 第十九届…交易会), after its place or scope at most (全国 +
  // 第六届…展演活动, 浙江省 + 第六届…大赛).
  if (w.kind === 'EVENT' && EDITION.test(t.word)) {
    w.first = editionStart(w.tokens, w.regions, j);
    return STOP;
  }
  return cls === 'HARD' ? hardStep(w, j) : wordStep(w, j, cls);
}

/** Where an event's name opens that holds the edition at `j`: at the place or scopes right before it, else at the edition. */
function editionStart(tokens: readonly Token[], regions: Uint8Array, j: number): number {
  let first = j;
  while (first > 0 && (regions[first - 1] === 1 || vocab().namedScopes.has(tokens[first - 1].word))) first--;
  return first;
}

/** The first token of a code of digits and letters (5G, G60) that the segmenter cut and ends at token `j`, or -1. */
function codeStart(tokens: readonly Token[], j: number): number {
  let r = j;
  while (r > 0 && ALNUM.test(tokens[r - 1].word) && tokens[r - 1].end === tokens[r].start) r--;
  return CODE.test(tokens.slice(r, j + 1).map((x) => x.word).join('')) ? r : -1;
}

/**
 * A step at a word the name cannot hold by its class (HARD): a place, a code, a Latin alternative, a pair of places, a
 * qualifier, a scoped name's one-character verb, a place in brackets, an ordinal's measure or one joining conjunction is
 * taken in; any other word ends the walk.
 */
function hardStep(w: LeftWalk, j: number): number {
  const { tokens, regions, i } = w;
  const t = tokens[j];
  if (regions[j] === 1) return include(w, j);
  // Note: a direction naming a part of the country is inside a name, as in a body's (大学生志愿服务 + 西部 + 计划).
  if (vocab().directions.has(t.word)) return include(w, j);
  // Note: numbers alone right before a project's, campaign's or plan's head name it, and open the name (运用 + 千万 + 工程,
  // 百千万 + 工程); a count with its measure (两项 + 工程) does not.
  if (j === i - 1 && NUMBER_KINDS.has(w.kind) && NUMBER_NAME.test(t.word)) {
    w.first = j;
    return STOP;
  }
  // Note: a code of digits and letters opens or stands inside a name (5G + 全连接园区试点, 长三角 + G60 + 科创走廊).
  if (ALNUM.test(t.word)) {
    const r = codeStart(tokens, j);
    if (r >= 0) return include(w, r);
  }
  // Note: a slash between two Latin codes lists alternatives inside the name (DRG/DIP支付方式改革).
  if (t.word === '/' && j > 0 && LATIN.test(tokens[j - 1].word) && LATIN.test(tokens[j + 1]?.word ?? '')) return include(w, j);
  // Note: a dash between two places pairs them inside the name (中国—东盟…基地).
  if (placePair(tokens, regions, j)) return include(w, j);
  // Note: an adverb or adjective of two characters qualifying the noun after it is inside the name (长期 + 护理保险试点,
  // 完全 + 成本保险试点); one that qualifies a verb (稳步 + 扩大) or is an action word (积极) is not.
  if (qualifier(tokens, j, i)) return include(w, j);
  // Note: a designation's name may hold a one-character verb when its scope opens it (国家级 + 电子商务 + 进 + 农村…示范县).
  if (w.scoped && scopedVerb(tokens, j)) return include(w, j);
  // Note: a place in brackets belongs to the name (中国(河南)自由贸易试验区, 佛山（从江）产业园).
  const place = bracketedPlace(tokens, regions, j);
  if (place >= 0) return include(w, place);
  // Note: so do the levels a name's unit may be (创新型县 + (市) + 建设试点, …发展县 + (市、区)), and a level the name's words
  // qualify (创新型 + 县).
  const levels = bracketedLevels(tokens, j);
  if (levels >= 0) return include(w, levels);
  if (qualifiedLevel(tokens, j)) return include(w, j);
  if (ordinalMeasure(tokens, j)) return include(w, j);
  if (w.joined || !joinsNames(tokens, regions, j, i)) return STOP;
  w.joined = true;
  return include(w, j);
}

/** The longest bracket of levels: (市), (市、区), (县、市、区). */
const LEVEL_BRACKET_TOKENS = 7;
/** The most tokens a place in brackets inside a name is cut into (从 + 江 of 佛山（从江）产业园). */
const PLACE_BRACKET_TOKENS = 3;

/** Whether a token opens a bracket, half or full width (the text keeps the width it was written in). */
const opensBracket = (word: string): boolean => word === '(' || word === '（';
/** Whether a token closes a bracket, half or full width. */
const closesBracket = (word: string): boolean => word === ')' || word === '）';

/**
 * Where a bracket ending at `j` opens that holds a place only (中国 + (河南) + 自由贸易试验区, 佛山 + （从江） + 产业园: the
 * site of a pair's park), or -1: every token inside a region mention's or tagged a place.
 */
function bracketedPlace(tokens: readonly Token[], regions: Uint8Array, j: number): number {
  if (!closesBracket(tokens[j].word)) return -1;
  for (let k = j - 1; k > 0 && j - k <= PLACE_BRACKET_TOKENS + 1; k--) {
    if (opensBracket(tokens[k].word)) return k < j - 1 ? k : -1;
    if (regions[k] !== 1 && tokens[k].tag !== 'ns') return -1;
  }
  return -1;
}

/** Whether a bracketed place closes among the tokens from `first` to `last`. */
function placeBracketWithin(tokens: readonly Token[], regions: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (bracketedPlace(tokens, regions, k) >= 0) return true;
  return false;
}

/**
 * Whether two places joined by a dash open the name (北辰—环县 + 肉羊产业园, 西青—静宁 + 苹果产业园): the park of a pair, as
 * one with its site in brackets is (佛山（从江）产业园), not a place's own park.
 */
function placePairWithin(tokens: readonly Token[], regions: Uint8Array, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (regions[k - 1] === 1 && regions[k + 1] === 1 && placePair(tokens, regions, k)) return true;
  return false;
}

/** Where a bracket of levels ending at `j` opens ((市), (市、区) after a level), or -1. */
function bracketedLevels(tokens: readonly Token[], j: number): number {
  if (!closesBracket(tokens[j].word)) return -1;
  for (let k = j - 1; k > 0 && j - k <= LEVEL_BRACKET_TOKENS; k--) {
    const word = tokens[k].word;
    if (opensBracket(word)) return k < j - 1 && levelWord(tokens[k - 1]) ? k : -1;
    if (word !== '、' && !levelWord(tokens[k])) return -1;
  }
  return -1;
}

/** Whether the token at `k` ends a noun: a nominal word, or a bracket of levels closing one (创新型县(市) + 建设 + 试点). */
function endsNoun(tokens: readonly Token[], k: number): boolean {
  return classify(tokens[k]) === 'NOMINAL' || bracketedLevels(tokens, k) >= 0;
}

/** Whether a bracket of levels closes among the tokens from `first` to the head. */
function levelsWithin(tokens: readonly Token[], first: number, headStart: number): boolean {
  for (let k = first; k < tokens.length && tokens[k].start < headStart; k++) if (bracketedLevels(tokens, k) >= 0) return true;
  return false;
}

/** Whether a token is one level of the administration (县, 市, 区). */
function levelWord(t: Token): boolean {
  return vocab().barePrefixes.has(t.word);
}

/** Whether the token at `j` is a level that the words before it qualify (创新型 + 县, 文明 + 城市 is a word). */
function qualifiedLevel(tokens: readonly Token[], j: number): boolean {
  return levelWord(tokens[j]) && j > 0 && tokens[j - 1].tag !== 'ns' && classify(tokens[j - 1]) === 'NOMINAL';
}

/** Whether the conjunction at `j` joins two parts of one name, or two names, before the head at `i`. */
function joinsNames(tokens: readonly Token[], regions: Uint8Array, j: number, i: number): boolean {
  // Note: a conjunction after a complete program name lists two programs (…试验区和…试验区).
  // A place or a body before the conjunction is a party of the clause (…宁波片区 + 与 + 珲春国际合作示范区, 贸促局 + 与 + …论坛),
  // not part of the name; a place after it opens a name of its own (…免签政策 + 和 + 中国—中亚峰会).
  return vocab().conjunctions.has(tokens[j].word) && j + 1 < i && j > 0 && regions[j - 1] === 0 && !bodyWord(tokens[j - 1])
    && regions[j + 1] === 0
    && (classify(tokens[j - 1]) === 'NOMINAL' || pairedVerbs(tokens, j)) && !vocab().actionWords.has(tokens[j - 1].word)
    && vocab().quotedHeadLexicon.matchEnd(tokens[j - 1].word, tokens[j - 1].word.length) === null;
}

/**
 * A step at a word the name may hold by its class: a fixed phrase of action, an action word or the clause's verb ends the
 * walk before it; a plan's implementing verb after a place ends it at the place, and an action word after a document verb
 * at the action word; any other word is taken in.
 */
function wordStep(w: LeftWalk, j: number, cls: TokenClass): number {
  const { tokens, regions, i } = w;
  const t = tokens[j];
  // Note: a fixed phrase holding an action (大力宣传, 应邀参加) introduces a name like the action does, and a verb of
  // joining takes what follows as its object (学校 + 参与 + 计划, 早前 + 加入 + 计划), whatever stands before it.
  if ((fixedPhrase(t) && actionPhrase(t.word)) || vocab().joiningVerbs.has(t.word)) return STOP;
  if (w.kind === 'PROJECT' && verbAfterPlace(tokens, regions, j, i)) return STOP;
  if (w.document && j > 0 && regions[j - 1] === 1 && implementsInstrument(tokens, j, i)) {
    // Note: a place's instrument implementing another (某省实施…规划纲要行动计划) is named with the place and the verb.
    w.keep = w.first = j - 1;
    return STOP;
  }
  if (vocab().actionWords.has(t.word) && !rewardedWork(w, j) && !placedScope(w, j) && (w.awarded || !(j > 0 && actionInside(tokens, j, i)))) {
    if (j > 0 && w.document && vocab().documentVerbs.has(tokens[j - 1].word)) w.keep = w.first = j;
    return STOP;
  }
  if (clauseVerb(tokens, regions, j, i, strategyVerb(w, j, cls), w.scoped)) return STOP;
  return include(w, j);
}

/**
 * Whether the word at `j` is a verb right after a place with more of the name after it (岩滩镇 + 援建 + 红水河生态渔业项目,
 * 大厂镇 + 建设 + 铟锡新材料项目): the place is where the clause's verb acts, no part of a project's name.
 */
function verbAfterPlace(tokens: readonly Token[], regions: Uint8Array, j: number, i: number): boolean {
  return j > 0 && j + 1 < i && regions[j - 1] === 1 && tokens[j].tag.startsWith('v');
}

/**
 * Whether the word at `j` is the scope of a designation's work right after its place (粤港澳 + 全面 + 合作示范区):
 * inside the name, though it is an action word elsewhere (全面推进).
 */
function placedScope(w: LeftWalk, j: number): boolean {
  return w.kind === 'DESIGNATION' && j > 0 && w.regions[j - 1] === 1 && j + 1 < w.i && vocab().designationScopes.has(w.tokens[j].word);
}

/** Whether the word at `j` names the work a designation or event rewards: a verbal noun right before its head, after a plain noun. */
function rewardedWork(w: LeftWalk, j: number): boolean {
  const { tokens } = w;
  // Note: a designation may be named by the work it rewards (生态文明 + 建设 + 示范区), a verbal noun right before it.
  // A place before it is the designation's holder (深圳 + 建设 + …示范区), not part of the name.
  return w.awarded && j === w.i - 1 && tokens[j].tag === 'vn' && j > 0 && classify(tokens[j - 1]) === 'NOMINAL'
    && tokens[j - 1].tag !== 'ns' && w.regions[j - 1] === 0 && !vocab().actionWords.has(tokens[j - 1].word);
}

/** Whether the verb at `j` is one of a strategy's own verbs, close before its head. */
function strategyVerb(w: LeftWalk, j: number, cls: TokenClass): boolean {
  const word = w.tokens[j].word;
  // Note: a strategy is named by what it drives, in verbs one after the other (创新 + 驱动 + 发展 + 战略).
  return w.kind === 'STRATEGY' && cls === 'VERB' && w.i - j <= STRATEGY_VERBS && !vocab().actionWords.has(word)
    && !vocab().initiativeVerbs.has(word) && !vocab().sloganVerbs.has(word);
}

/** The name's first token after the walk, past the words that open no name (scopes, bare prefixes, verbs, numerals …). */
function trimmedFirst(w: LeftWalk): number {
  let first = w.first;
  while (first < w.i && first !== w.keep && opensNoName(w.tokens[first], w.kind, w.scoped)) first++;
  return first;
}

/**
 * Whether a word left at the name's start opens no name: a leading scope (not a designation's named scope), a bare
 * prefix, a verb (outside a strategy), a numeral, a conjunction, a year, a batch or a stage.
 */
function opensNoName(t: Token, kind: ProgramKind, scoped: boolean): boolean {
  const scope = vocab().leadingScopeWords.has(t.word) && !(scoped && vocab().namedScopes.has(t.word));
  return scope || vocab().barePrefixes.has(t.word) || (classify(t) === 'VERB' && kind !== 'STRATEGY')
    || classify(t) === 'CN_NUMERAL' || vocab().conjunctions.has(t.word) || (t.tag === 't' && t.word.endsWith('年')) || BATCH.test(t.word)
    || STAGE.test(t.word);
}

/**
 * Whether token `j`, walking left from the head at `i`, is the clause's verb rather than a word of the name: a verb not
 * after a nominal or a place (教育家 + 培养 + 工程, 湘南湘西 + 承接 + 产业转移示范区 keep it) unless two verbs name the work
 * right before the head; a verb before a place,
 * which takes the place's programme as its object (本学年 + 承接 + 广东省重点领域研发计划), or a verbal noun there (研究 +
 * 长三角G60科创走廊); a verb after an acting body, its predicate (…有限公司 + 作为 + 战略); a verb right before the scope that
 * opens a designation's name (十堰市作为 + 国家…试点城市). A strategy's own verbs (创新 + 驱动 + 发展 + 战略) stay in.
 */
function clauseVerb(tokens: readonly Token[], regions: Uint8Array, j: number, i: number, strategyVerb: boolean, scoped: boolean): boolean {
  const t = tokens[j];
  const beforePlace = regions[j + 1] === 1;
  if (t.tag === 'vn' && j + 1 < i && beforePlace) return true;
  if (classify(t) !== 'VERB') return false;
  if (vocab().clauseOnlyVerbs.has(t.word)) return true;
  const afterNominal = j > 0 && (endsNoun(tokens, j - 1) || regions[j - 1] === 1);
  if (!strategyVerb && ((!afterNominal && !pairedWork(tokens, j, i)) || beforePlace)) return true;
  if (j > 0 && bodyWord(tokens[j - 1])) return true;
  return scoped && j + 1 < i && vocab().namedScopes.has(tokens[j + 1].word);
}

/** Kinds of bodies that act in a clause (有限公司, 贸促局, 党委); schools and centres also name what a programme is for. */
const ACTING_BODIES: ReadonlySet<string> = new Set(['ENTERPRISE', 'GOVERNMENT', 'PARTY']);

/** Whether a word ends in the head of an acting body's name (有限公司, 贸促局): a party of the clause, not a programme's words. */
function bodyWord(token: Token): boolean {
  return actingBody(token.word);
}

/** Whether a text ends in the head of an acting body's name (有限公司, 民青局). */
function actingBody(text: string): boolean {
  // Note: a direction ending in a body's one-character head (西部, 中部) names a part of the country, no body.
  return hasHan(text) && !vocab().directions.has(text.slice(-2)) && ACTING_BODIES.has(kindOfName(text));
}

/** A token opening with a digit (40, 120项). */
const DIGIT_START = /^\d/;

/** Whether a count follows the head at `i` (40个, 12项) that is not of people (480名). */
function classCounted(tokens: readonly Token[], i: number): boolean {
  if (i + 1 >= tokens.length || !DIGIT_START.test(tokens[i + 1].word)) return false;
  const measure = i + 2 < tokens.length && tokens[i + 1].end === tokens[i + 2].start ? tokens[i + 2].word : tokens[i + 1].word.replace(/^[\d.,]+/, '');
  return !vocab().memberMeasures.has(measure);
}

/** Whether a token is a plan's head on its own (计划, 规划). */
function planToken(token: Token): boolean {
  return vocab().headLexicon.matchEnd(token.word, token.word.length)?.kind === 'PLAN';
}

/** Unquoted names ending in a program head, outside titles and quotations. */
export function unquoted(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, taken: readonly Candidate[],
  out: Candidate[]): void {
  let limit = Number.POSITIVE_INFINITY;
  const v = vocab();
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    // Note: the head's table test first, here in the walk: it settles most tokens without a call.
    if (token.end > limit || !mayHoldHead(v, text, offset, token)) continue;
    // Note: the test for a Han character after the head's look-up: it is for the few tokens left.
    const head = headIn(text, offset, token);
    if (!head || !hasHan(token.word)) continue;
    if (head.end === token.end - offset && i + 1 < tokens.length && vocab().modifierFollowers.has(tokens[i + 1].word)) continue;
    // Note: a pilot head right before a quotation is a verb whose object the quotation names (试点 + “沪赣医保通”); a plan's
    // head before one names the plan a project is under (国家重点研发计划 + “…”项目).
    if (head.kind === 'PILOT' && head.end === token.end - offset && i + 1 < tokens.length && QUOTES.has(tokens[i + 1].word)) continue;
    if (vocab().adverbialHeads.has(head.word) && i + 1 < tokens.length && hasHan(tokens[i + 1].word) && !vocab().conjunctions.has(tokens[i + 1].word)) continue;
    // Note: a project under a plan (国家重点研发计划 + 项目) is one of the plan's: the plan is what the text names.
    if (head.kind === 'PROJECT' && head.word === token.word && i > 0 && planToken(tokens[i - 1])) continue;
    // Note: a project head right before a count names the class counted (资助 + 横琴创业项目 + 40个, 新签约落地项目 + 12个), not
    // one project; a count of people is of its members (基础教育专项 + 480名).
    if (head.kind === 'PROJECT' && head.end === token.end - offset && classCounted(tokens, i)) continue;
    const first = extendLeft(tokens, regions, tokenIndexAt(tokens, offset + head.end - head.word.length, i), head.kind);
    if (head.introduced && !(first > 0 && vocab().actionWords.has(tokens[first - 1].word))) continue;
    const start = Math.min(tokens[first].start, offset + head.end - head.word.length);
    const end = offset + head.end;
    if (overlapsAny(taken, start, end)) continue;
    const name = text.slice(start - offset, head.end);
    // Note: a government body or company and a plan's head alone (民青局 + 计划把…, 生产力局 + 计划：, 局方 + 计划) is the body
    // planning, or its plans: no programme's name.
    const beforeHead = name.slice(0, name.length - head.word.length);
    if (head.kind === 'PLAN' && (actingBody(beforeHead) || sideName(beforeHead))) continue;
    if (!namesSomething(tokens, first, offset + head.end - head.word.length, name, head.word, head.kind)) continue;
    if (head.kind !== 'EVENT' && onlyPlaces(tokens, regions, first, offset + head.end - head.word.length)) continue;
    // Note: a tour or class is named by its theme, not by whose or which it is (丝路文化 + 考察团).
    if (isTourHead(head.word) ? !namesTheme(tokens, regions, first, offset + head.end - head.word.length)
      : head.kind === 'EVENT' && !scopedEvent(tokens, first, i)) continue;
    // Note: a park's name holding its site in brackets names a pair's or a country pair's park (佛山（从江）产业园,
    // 中德（常州）智能制造产业园), as one opened by the pair's two places and a dash does (西青—静宁苹果产业园), and as a
    // scope names a designated one.
    if (vocab().scopedHeads.has(head.word) && !scopedAfterPlace(tokens, regions, first, text, offset) && !placeBracketWithin(tokens, regions, first, i)
      && !placePairWithin(tokens, regions, first, i)) continue;
    out.push({ type: 'PROGRAM', name, kind: head.kind, start, end, surface: name });
    limit = start;
  }
}

