/**
 * The left edge of an institution name: from its head, walk left over modifiers until a boundary. A place ends the
 * walk unless what stands before it continues the name (another place, a national prefix such as 中共, a link word
 * such as 附属, or the parent of a campus or unit); inner heads on the way are the bodies the name belongs to.
 */
import { getGazetteer } from '../../../language/gazetteer/index.js';
import { allHan, classify, functionInitial, hasProperTag, isNumber, tokenIndexAt, unknownName, type TokenClass } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { placePair } from '../regionTokens.js';
import { fieldAndVerb, headAt, type Head } from './heads.js';
import { distinctive, isAction, vocab } from './vocabulary.js';
import { getLexicon } from '../../../language/lexicon/index.js';
import { barePrefixToken, hardStop } from './hardStops.js';
import { innerAdverb, innerConjunction, soundNameDot, splitName } from './innerWords.js';

/** The left edge of a name: its first token before and after trimming, whether it has a proper part, and its parents. */
export interface LeftEdge {
  raw: number;
  first: number;
  proper: boolean;
  /** Ends (absolute offsets) of inner heads that close a parent body, nearest first (宁波市教育局 in …党组). */
  parentEnds: number[];
  /** Where the hyphen of a joint body's name starts (甲大学-乙大学联合学院): the bodies on both sides are names too. */
  joint?: number;
}

/** True when the token names something: a proper tag on a non-generic word, or a region mention. */
export function isProper(token: Token, region: number): boolean {
  return region === 1 || (hasProperTag(token) && !vocab().genericModifiers.has(token.word));
}

/** True when the token adds substance to a modifier (a name, a link word or distinctive characters). */
function hasSubstance(token: Token, region: number): boolean {
  return isProper(token, region) || vocab().linkWords.has(token.word) || distinctive(token.word) >= 2;
}

/** Whether the head's own token has a proper part before the head (海外 + 孔子学院: 孔子 is the head's). */
function properInHead(tokens: readonly Token[], regions: Uint8Array, headIdx: number, i: number, head: Head): boolean {
  for (let k = headIdx; k <= i; k++) {
    const t = tokens[k];
    const inside = t.word.slice(0, Math.max(0, head.start - t.start));
    if (regions[k] === 1 || (hasProperTag(t) && inside.length > 0 && distinctive(inside) > 0)) return true;
  }
  return false;
}

const HYPHENS = new Set(['-', '－', '‐', '–']);
export const OPEN_BRACKETS = new Set(['(', '（']);
export const CLOSE_BRACKETS = new Set([')', '）']);

/** The index of the open bracket of a bracketed place that token `close` closes (…(广州)), or -1. */
export function bracketedPlaceStart(tokens: readonly Token[], regions: Uint8Array, close: number): number {
  if (!CLOSE_BRACKETS.has(tokens[close].word)) return -1;
  // Note: a stretch of a place (内蒙古 + 段) is as much a place, and so is the world (粤港澳 + (国际) + 青年创新工场).
  const { bracketedScopes, bracketedStretches } = vocab();
  const last = close - 1;
  if (last >= 1 && bracketedScopes.has(tokens[last].word) && OPEN_BRACKETS.has(tokens[last - 1].word)) return last - 1;
  const stretch = last >= 2 && bracketedStretches.has(tokens[last].word) ? 1 : 0;
  for (let k = close - 1 - stretch; k >= 0 && k >= close - 3 - stretch; k--) {
    if (OPEN_BRACKETS.has(tokens[k].word)) return k < close - 1 - stretch ? k : -1;
    if (!(tokens[k].tag === 'ns' || regions[k] === 1)) return -1;
  }
  return -1;
}

/** The index of the open bracket of a bracketed head word (…(集团)) that token `close` closes, or -1. */
function bracketedHeadStart(text: string, offset: number, tokens: readonly Token[], close: number): number {
  if (!CLOSE_BRACKETS.has(tokens[close].word) || close < 2 || !OPEN_BRACKETS.has(tokens[close - 2].word)) return -1;
  return headAt(text, offset, tokens, close - 1) !== null ? close - 2 : -1;
}

/** How many tokens a unit's field may take between its host body and its head (香港理工大学 + 研究 + 及 + 创新 + 事务处). */
const HOST_REACH = 4;

/**
 * The index of the token that ends a host body's name a few tokens before the head at `headIdx`, with only nominal words,
 * non-action verbs and conjunctions between (they are the unit's field: 香港理工大学 + 应用 + 物理学 + 系), or -1.
 */
function hostOfUnit(text: string, offset: number, tokens: readonly Token[], headIdx: number, head: Head): number {
  if (!(FIELD_KINDS.has(head.kind) || head.kind === 'CENTRE' || head.word.endsWith('处')) || head.kind === 'UNIVERSITY') return -1;
  const v = vocab();
  for (let k = headIdx - 1; k >= 0 && k >= headIdx - 1 - HOST_REACH; k--) {
    const t = tokens[k];
    const cls = classify(t);
    const inner = cls === 'NOMINAL' || t.tag === 'nt' ? headAt(text, offset, tokens, k) : null;
    // Note: the host is a name (香港理工大学), not its bare head standing for the document's own body (学院 + 教学发展中心).
    if (inner && k < headIdx - 1) {
      const named = t.word.length > inner.word.length || (k > 0 && classify(tokens[k - 1]) === 'NOMINAL');
      return HOST_KINDS.has(inner.kind) && inner.end === t.end && named ? k : -1;
    }
    // Note: a conjunction between two words of the field joins them (研究 + 及 + 创新); after a body's head it joins two bodies.
    const conjunction = v.conjunctions.has(t.word) && k > 0 && k < headIdx - 1 && headAt(text, offset, tokens, k - 1) === null;
    if (!conjunction && (t.word.length < 2 || !(cls === 'NOMINAL' || (cls === 'VERB' && !isAction(t.word))))) return -1;
  }
  return -1;
}

/** How far left a company's name may reach past a verb for the place or brand that opens it. */
const TRADE_REACH = 4;

/** Whether a place or a proper name stands a few nominal or verbal tokens left of token `j` (…的 + 芜湖航翼 + 通用 + 制造). */
function opensWithProper(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - TRADE_REACH; k--) {
    if (regions[k] === 1 || (hasProperTag(tokens[k]) && tokens[k].tag !== 'x')) return true;
    const cls = classify(tokens[k]);
    if (cls !== 'NOMINAL' && cls !== 'VERB' && tokens[k].tag !== 'x') return false;
  }
  return false;
}

/** Kinds of bodies named by the service they give (…会诊中心, …检测研究院). */
const SERVICE_KINDS = new Set(['CENTRE', 'RESEARCH']);

/** Kinds of bodies named by a field right before their head (过程工程研究所, 土木工程学院, 安徽工程大学, 航天工程中心). */
const FIELD_KINDS = new Set(['RESEARCH', 'COLLEGE', 'UNIVERSITY', 'CENTRE']);
/** Kinds of bodies a bare 中心 before their name ranks among the place's own (中心人民医院, 中心小学). */
const CENTRAL_KINDS = new Set(['HOSPITAL', 'SCHOOL']);
/** Kinds of bodies that host units named after them (某大学某中心, 某医院某研究所). */
const HOST_KINDS = new Set(['UNIVERSITY', 'COLLEGE', 'RESEARCH', 'HOSPITAL']);

/** Whether token `j` opens a name: the first, or after a word that is neither nominal nor a place. */
function opensName(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  return j === 0 || (classify(tokens[j - 1]) !== 'NOMINAL' && regions[j - 1] === 0);
}

/** Whether a head is a government's or a party's (教育局, 党委). */
function governmentHead(h: Head): boolean {
  return h.kind === 'GOVERNMENT' || h.kind === 'PARTY';
}

/**
 * Whether a head word opens with a link word and goes on (附属中学).
 * Note: a loop, not a closure over the head in extendLeft: that made V8 keep the head in an allocated scope at every call.
 */
function opensWithLinkWord(word: string): boolean {
  for (const w of vocab().linkWordList) if (word.startsWith(w) && word.length > w.length) return true;
  return false;
}

/**
 * The ends after `start`, in order.
 * Note: a function, not a closure over the walk's first token in extendLeft: that made V8 keep the walk's position in an
 * allocated scope, at every call and every step.
 */
function endsAfter(ends: readonly number[], start: number): number[] {
  const out: number[] = [];
  for (const end of ends) if (end > start) out.push(end);
  return out;
}

/** How many tokens ending at `j` name pairing aid (对口 + 支援, 对口协作) inside a task force's name, or 0. */
function pairingAid(tokens: readonly Token[], j: number, head: Head): number {
  const v = vocab();
  if (!v.functionalHeads.has(head.word)) return 0;
  if (j > 0 && v.aidWords.has(tokens[j - 1].word + tokens[j].word)) return 2;
  return v.aidWords.has(tokens[j].word) ? 1 : 0;
}

/** True when the body whose head is at token `j` is named by a place right before its head (四川省 + 教育厅, 江西省财政厅). */
function placeNamed(tokens: readonly Token[], regions: Uint8Array, j: number, inner: Head): boolean {
  if (j > 0 && regions[j - 1] === 1) return true;
  const t = tokens[j];
  for (let end = 2; end <= Math.min(4, inner.start - t.start); end++) {
    const before = t.word.slice(0, end);
    if (getGazetteer().lookup(before)?.name === before) return true;
  }
  return false;
}

let genreWords: readonly string[] | undefined;

/** How far after a class word a genre may end for the two to be a phrase (学校 + 周年报告, 学校 + 发展规划). */
const GENRE_REACH = 6;

/** Whether a report's or a plan's genre word ends within a few characters of one clause after `at` (周年报告, 发展规划). */
function genreAfter(text: string, at: number): boolean {
  genreWords ??= [...getLexicon().structure.reportGenres, ...getLexicon().structure.planGenres];
  const after = text.slice(at, at + GENRE_REACH);
  const clause = after.slice(0, after.search(/[，。、；：,;:\s]|$/));
  return genreWords.some((w) => clause.includes(w));
}

/**
 * One walk left from a head: what it was given, and where it stands. Made once per call and moved by the walk's steps,
 * so that no step allocates.
 */
interface Walk {
  readonly tokens: readonly Token[];
  readonly regions: Uint8Array;
  readonly head: Head;
  /** The token the head starts in. */
  readonly headIdx: number;
  readonly text: string;
  readonly offset: number;
  /** The token that ends the name of the body a unit right after it belongs to (hostOfUnit), or -1. */
  readonly hostEnd: number;
  /** The name's first token so far. */
  first: number;
  /** Whether the name has a proper part so far. */
  proper: boolean;
  /** Ends of the inner heads that close a parent body, nearest first. */
  parentEnds: number[];
  /** How many tokens the walk took since the last head, and whether one of them has substance. */
  segLen: number;
  segSubstance: boolean;
  /** The last head the walk passed (the name's own at first). */
  lastHead: Head;
  /** Whether a link word (附属) ties the body walked over to the one before it. */
  linked: boolean;
  /** Whether the token last taken is a place. */
  afterPlace: boolean;
  /** Where the name of a joint body starts, the bodies on both sides being names too (LeftEdge.joint). */
  joint: number | undefined;
  /** The edge before a company's trade words (芜湖 + 航翼 + 通用 + 制造): the first of them the walk took. */
  beforeTrade: number | undefined;
  /** The token a company's body is named by the work of, before its head's cut-off last character (结算 + 所), or -1. */
  bodyWork: number;
}

/** The walk from the head at token `i` before its first step. */
function startWalk(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, text: string, offset: number): Walk {
  const headIdx = tokenIndexAt(tokens, head.start, i);
  return {
    tokens,
    regions,
    head,
    headIdx,
    text,
    offset,
    // Note: a unit right after its host's name is named by every word between them (香港理工大学 + 应用 + 物理学系).
    hostEnd: hostOfUnit(text, offset, tokens, headIdx, head),
    first: headIdx,
    proper: properInHead(tokens, regions, headIdx, i, head),
    parentEnds: [],
    segLen: 0,
    segSubstance: false,
    lastHead: head,
    // Note: a head that opens with a link word (附属中学) links to the body before it as 附属 alone does.
    linked: opensWithLinkWord(head.word),
    afterPlace: regions[headIdx] === 1 && headIdx === i,
    joint: undefined,
    beforeTrade: undefined,
    // The word before such a cut-off head's last character: the work the body is named by (结算 of 结算所).
    bodyWork: -1,
  };
}

/** What a step returns when it leaves its token to the rest of the walk. */
const GO_ON = -1;
/** What a step returns when the name ends at its token. */
const END = -2;

/**
 * The walk's steps over a hyphen or a bracket at token `j`: the index the walk goes on from (leftwards) when one took the
 * token, END when the name ends there, or GO_ON.
 */
function bracketStep(w: Walk, j: number): number {
  const { tokens, regions, head, headIdx, text, offset } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: a hyphen between two bodies' names opens the name of a body the two run together (甲大学-乙大学联合学院);
  // a parent is a prefix of the name, so only the body before the hyphen can be one. A campus (…-某大学某校区) is not such a body.
  if (HYPHENS.has(t.word) && w.segLen === 0 && w.lastHead !== head && !v.partHeads.has(head.word) && j > 0
    && headAt(text, offset, tokens, j - 1) !== null) {
    w.parentEnds.length = 0;
    w.afterPlace = false;
    w.joint = t.start;
    w.first = j;
    return j;
  }
  // Note: a sub-body may follow a campus named in brackets (某大学(广州) + 临时党委): the walk steps over the bracket,
  // and the campus is the nearest parent.
  const open = bracketedPlaceStart(tokens, regions, j);
  if (open > 0 && j === headIdx - 1 && v.subBodyHeads.has(head.word) && headAt(text, offset, tokens, open - 1) !== null) {
    w.parentEnds.push(t.end);
    w.first = open;
    return open;
  }
  // Note: so may a place in brackets inside a name, after the name's own proper part (某公司(中国)有限公司), and a
  // company's bracketed group word (太原钢铁 + (集团) + 有限公司).
  const grouped = open < 0 && head.kind === 'ENTERPRISE' && j === headIdx - 1 ? bracketedHeadStart(text, offset, tokens, j) : -1;
  if (grouped > 0 && ['NOMINAL', 'VERB'].includes(classify(tokens[grouped - 1]))) {
    w.first = grouped;
    return grouped;
  }
  // Note: a company's name may open with a plain noun before its bracketed place (生产力 + (广州) + 咨询有限公司).
  const company = open > 0 && head.kind === 'ENTERPRISE' && w.segLen > 0 && classify(tokens[open - 1]) === 'NOMINAL' && tokens[open - 1].word.length > 1;
  if (company && !(regions[open - 1] === 1 || hasProperTag(tokens[open - 1]))) {
    w.first = open - 1;
    w.proper = true;
    return END;
  }
  if (open > 0 && (regions[open - 1] === 1 || hasProperTag(tokens[open - 1]))) {
    w.first = open;
    return open;
  }
  return GO_ON;
}

/**
 * What an inner head at token `j` does to the walk: it ends the name (END), opens a joint body's name (the index the
 * walk goes on from), or closes the segment walked since the last head, as a parent of the name when the name belongs
 * to it (GO_ON).
 */
function innerHeadStep(w: Walk, j: number, inner: Head, belongs: boolean, branch: boolean): number {
  const { tokens, regions, head, text, offset } = w;
  const v = vocab();
  // Note: a class word right after a body's whole name and before a genre (某中学 + 学校 + 周年报告, 某中学 + 学校发展规划)
  // is that body's kind in a phrase about it, not a body named after it (中心 + 幼儿园, 中专 + 学校 are names).
  if (w.segLen === 0 && w.lastHead === head && v.classWords.has(head.word) && genreAfter(text, head.end - offset)) return END;
  // Note: two bodies side by side (教育局财政局) are two names, unless the second belongs to the first.
  // Note: a known organisation (tag nt) before a government head is the body it belongs to (…兵团 + 教育局).
  const owner = tokens[j].tag === 'nt';
  // Note: two governments each named by its place (江西省财政厅 + 南昌市财政局) are two bodies; one body's unit in a
  // place repeats its head (…管理局 + 青海省管理局) or is no government of its own (…厅 + 福州培训中心).
  if (w.segLen === 1 && regions[j + 1] === 1 && governmentHead(inner) && governmentHead(w.lastHead) && inner.word !== w.lastHead.word
    && placeNamed(tokens, regions, j, inner)) return END;
  // Note: two bodies' names side by side before a joint word name the body they run together (喀什大学 + 深圳大学 +
  // 联合 + 研究院); both are names on their own too.
  if (w.joint === undefined && w.segLen === 1 && v.jointWords.has(tokens[j + 1].word) && j > 0 && !governmentHead(inner)
    && !governmentHead(w.lastHead) && headAt(text, offset, tokens, j - 1) !== null) {
    w.joint = tokens[j].start;
    w.parentEnds.length = 0;
    w.segLen = 0;
    w.segSubstance = false;
    w.lastHead = inner;
    w.afterPlace = false;
    w.first = j;
    return j;
  }
  if (w.segLen === 0 && (governmentHead(inner) || governmentHead(w.lastHead)) && !belongs && !owner) return END;
  // Note: a generic segment between two government heads names a sub-body (省委 + 教育工作 + 委员会); one between a
  // body and its campus names the campus (…医院 + 新 + 院区).
  // A unit of a host body or a company may be named by a generic field (某医院 + 医疗 + 集团, 某公司 + 院士 + 工作站).
  const hostKind = HOST_KINDS.has(inner.kind) || inner.kind === 'ENTERPRISE';
  if (w.segLen > 0 && !w.segSubstance && !belongs && !hostKind && !(governmentHead(inner) && governmentHead(w.lastHead)) && !v.partHeads.has(w.lastHead.word)) return END;
  // Note: a unit named after a university, college, institute or hospital is part of it (某大学 + 心理研究与咨询中心).
  const hosts = w.segLen > 0 && hostKind;
  if (belongs || owner || hosts || branch || (head.unit && w.lastHead === head) || (governmentHead(inner) && governmentHead(w.lastHead))) w.parentEnds.push(inner.end);
  w.segLen = 0;
  w.segSubstance = false;
  w.lastHead = inner;
  return GO_ON;
}

/**
 * The head token `j` holds when it is a body of its own inside the name, or null: no head, or a head word that is the
 * field a government administers, part of a company's name, or which of the place's bodies the name's is.
 */
function innerHeadAt(w: Walk, j: number, cls: TokenClass): Head | null {
  const { tokens, regions, head, text, offset } = w;
  const t = tokens[j];
  // Note: only nominal tokens can be heads; the look-up is the walk's costliest step.
  const found = cls === 'NOMINAL' || t.tag === 'x' || t.tag === 'j' ? headAt(text, offset, tokens, j) : null;
  // Note: a bare class word opening a government body's name is the field it administers (医院 + 管理局), not a body,
  // also when the body is the parent of the unit named (医院 + 管理局 + 总办事处…); after a name it is one (中山大学珠海 +
  // 校区 + 管委会).
  const administered = found !== null && t.word === found.word && found.kind !== 'GOVERNMENT' && found.kind !== 'PARTY'
    && w.segLen === 0 && w.lastHead.kind === 'GOVERNMENT' && w.lastHead.word.length > 1 && opensName(tokens, regions, j);
  // Note: a company's legal form right after a government head makes that head part of the company's name (中国建筑第八 +
  // 工程局 + 有限公司): a company, not a government body and a nameless company.
  const incorporated = found !== null && w.lastHead === head && w.segLen === 0 && head.kind === 'ENTERPRISE' && head.word.endsWith('公司')
    && (found.kind === 'GOVERNMENT' || found.kind === 'PARTY');
  // Note: a bare 中心 before a hospital's or a school's name says which of the place's it is (吉安市 + 中心 + 人民医院,
  // 某镇 + 中心 + 小学): no centre of its own.
  const central = found !== null && t.word === found.word && found.kind === 'CENTRE' && t.word.length === 2 && CENTRAL_KINDS.has(head.kind);
  return administered || incorporated || central ? null : found;
}

/** Whether the place the walk took last ends the name at token `j`: only what continues a name goes on past it. */
function placeEnds(w: Walk, j: number, inner: Head | null, belongs: boolean, branch: boolean): boolean {
  const { tokens, regions, head } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: before a place only another name continues it (浙江 + 清华 + 长三角 + 研究院), not a verb or an idiom.
  const named = hasProperTag(t) && t.tag !== 'x';
  // Note: and so does a company's brand before the place of its branch or unit (吉利 + 汽车 + 台州 + 分公司, 国网/x + 南京 +
  // 供电公司): a word the segmenter did not know, or nouns opened by a proper name; never an action the segmenter tagged a
  // noun (南山区 + 参观/n + 深圳市 + …有限公司: the visit is no brand).
  const brandBefore = head.kind === 'ENTERPRISE' && inner === null && !isAction(t.word)
    && (unknownName(t) || (classify(t) === 'NOMINAL' && opensWithProper(tokens, regions, j)));
  return regions[j] === 0 && !named && !brandBefore && !v.nationalPrefixes.includes(t.word) && !v.linkWords.has(t.word)
    && !(inner && belongs) && !branch;
}

/**
 * Whether the inner head at the walk's token is a body whose unit in the place the walk took last the name is: such a
 * body continues the name past the place, and is its parent.
 */
function unitInPlace(w: Walk, inner: Head | null): boolean {
  const { head } = w;
  const v = vocab();
  // Note: so does a body whose unit in that place the name is (福建省应急管理厅 + 福州 + 培训中心, …管理局 + 青海省 + 管理局):
  // the head repeated, a unit that is not a government of its own, or a headquarters' branch (…总局 + 四川 + 监管局).
  return inner !== null && w.lastHead === head && w.segLen === 1
    && (inner.word === head.word || (head.kind !== 'GOVERNMENT' && head.kind !== 'PARTY') || v.headquartersHeads.has(inner.word));
}

/**
 * Whether token `j` ends the work a company's body is named by: the cut-off last character of that body's head, whose
 * word before it the walk notes as the work (bodyWork), or a conjunction joining two works.
 */
function bodyWorkEnd(w: Walk, j: number): boolean {
  const { tokens, head, headIdx } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: the last character of a body's head, cut off as a function word right before a company's legal form, ends the
  // name of the body the company is (结算 + 所/c + 有限公司: 交易及结算所有限公司).
  const headEnd = j === headIdx - 1 && head.kind === 'ENTERPRISE' && t.word.length === 1 && v.headEndChars.has(t.word);
  if (headEnd) w.bodyWork = j - 1;
  // Note: and so may two works joined (交易 + 及 + 结算 + 所).
  const joinedWork = j === w.bodyWork - 1 && v.conjunctions.has(t.word) && j > 0 && classify(tokens[j - 1]) === 'NOMINAL';
  return headEnd || joinedWork;
}

/**
 * Whether a hard or verbal token `j` has a reason to go on with the name (an ordinal, a place's mark, a link word, a word
 * inside the name …); `workEnd` when it ends the work a company's body is named by.
 */
function continuesName(w: Walk, j: number, workEnd: boolean, inHostField: boolean): boolean {
  const { tokens, regions, head, headIdx, text, offset } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: a number after 第 is an ordinal inside the name (广州市第65中学), and so is a Chinese numeral between a place
  // and the head (厦门 + 双十 + 中学).
  // Note: the word before is compared first: the number's pattern is tried only after 第.
  const ordinal = (j > 0 && tokens[j - 1].word === '第' && isNumber(t.word))
    || (t.tag === 'm' && allHan(t.word) && !v.measureWords.has(t.word[t.word.length - 1]) && j === headIdx - 1 && j > 0
      && regions[j - 1] === 1);
  // Note: a body a place owns is named with a mark after the place's level (宿州市 + 立 + 医院: 市立医院).
  const owned = v.ownershipMarks.has(t.word) && j > 0 && regions[j - 1] === 1 && v.barePrefixes.has(tokens[j - 1].word.slice(-1));
  return workEnd || ordinal || owned || t.word === '第' || regions[j] === 1
    || v.linkWords.has(t.word) || v.directions.has(t.word) || placePair(tokens, regions, j)
    || splitName(tokens, j) || soundNameDot(tokens, j) || innerConjunction(tokens, regions, j, head, text, offset)
    || innerAdverb(tokens, regions, j, head, text, offset) || (inHostField && v.conjunctions.has(t.word));
}

/**
 * Whether the body is named by the work at token `j`: the work a government oversees, a field and what is done to it,
 * or the work its head was found after. Such a word is no hard stop.
 */
function namedByWork(w: Walk, j: number): boolean {
  const { tokens, regions, head, headIdx } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: a government body may be named by the work it oversees (农田 + 建设 + 管理司, 城乡 + 建设 + 局).
  const oversees = head.kind === 'GOVERNMENT' && t.tag === 'vn' && j > 0 && classify(tokens[j - 1]) === 'NOMINAL'
    && regions[j - 1] === 0 && !v.actionWords.has(tokens[j - 1].word);
  // Note: so may a body by a field and what it does to it, right before a one-character head (投资 + 促进 + 局).
  // A head inside a token that already holds its field (消防 + 处 in 消防处) is not such a body.
  const actsOnField = head.word.length === 1 && tokens[headIdx].word === head.word
    && ((j === headIdx - 1 && fieldAndVerb(tokens, j)) || (j === headIdx - 2 && fieldAndVerb(tokens, j + 1)));
  // Note: and so by the work it does, the verbal noun its head was found after (运输 + 署, 规划 + 署).
  return oversees || actsOnField || (head.work === true && j === headIdx - 1);
}

/** Whether the body, or the segment the walk is in, is named by its work as a committee is. */
function functionalSegment(w: Walk): boolean {
  const v = vocab();
  // Note: a committee inside the name is named by its work as it would be alone (合作区 + 执行 + 委员会 + 经济发展局).
  return v.functionalHeads.has(w.head.word) || v.functionalHeads.has(w.lastHead.word);
}

/** Whether token `j` stops the walk whatever was walked over (hardStop), given whether a programme word names a field here. */
function wordStops(w: Walk, j: number, trade: boolean, inHostField: boolean): boolean {
  const { head } = w;
  // Note: a unit is named by its field, which may end like a programme (过程工程 + 研究所, 土木工程 + 学院), and so is a
  // body the walk passed on its way (安徽 + 工程 + 大学 + 电气工程学院).
  const field = head.kind === 'GOVERNMENT' || (w.segLen === 0 && FIELD_KINDS.has(w.lastHead.kind)) || trade || inHostField;
  return hardStop(w.tokens, j, functionalSegment(w), field, trade);
}

/**
 * Whether a verb at token `j` with no reason to go on ends the name: it does after a proper part, or when no body is named
 * by it; `byWork` when the walk is on the work or trade the body is named by.
 */
function verbEnds(w: Walk, j: number, byWork: boolean): boolean {
  const { tokens, regions, head, headIdx } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: a committee or task force is named by the work it does (学校课程检讨专责小组).
  // Note: so is a centre or institute by the service it gives, right before its head (远程 + 会诊 + 中心).
  const service = j === headIdx - 1 && j > 0 && SERVICE_KINDS.has(head.kind) && classify(tokens[j - 1]) === 'NOMINAL'
    && !v.actionWords.has(tokens[j - 1].word) && !v.leadingScopeWords.has(tokens[j - 1].word);
  const nameVerb = byWork || service || v.nameVerbs.has(t.word) || functionalSegment(w) || j === w.bodyWork
    || (j === headIdx - 1 && j > 0 && isProper(tokens[j - 1], regions[j - 1]));
  return !nameVerb || w.proper;
}

/**
 * Whether the name opens with token `j`, which the walk has taken: a legislature with no place before it, or a national
 * prefix after a verb or a time.
 */
function opensWith(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  const v = vocab();
  const t = tokens[j];
  // Note: a legislature papers are addressed to opens its committees' names, after its place at most (香港特别行政区 +
  // 立法会 + …事务委员会): the words before it (就建议咨询 + 立法会…) are the clause's.
  if (v.addressees.includes(t.word) && !(j > 0 && regions[j - 1] === 1)) return true;
  // Note: a national prefix opens the name after a verb or a time (学生前往 + 国家 + 发展和改革委员会), while a field or a
  // place may stand before it (环境与生物分析 + 国家重点实验室, 河内 + 国家大学).
  if (v.nationalPrefixes.includes(t.word) && j > 0 && (classify(tokens[j - 1]) === 'VERB' || tokens[j - 1].tag === 't')) return true;
  return false;
}

/** The name's first token, unless trade words open it that no place or brand opens: then the first after them. */
function tradeWordsDropped(w: Walk): number {
  const { tokens } = w;
  const first = w.first;
  // Note: trade words not opened by a place or brand are not a company's name (推进 + 城市 + 建设 + 投资有限公司); a word
  // the segmenter does not know opening them is a brand (明阳 + 智慧 + 能源 + 集团股份公司).
  const brand = tokens[first].tag === 'x' && tokens[first].word.length >= 2 && allHan(tokens[first].word) && !functionInitial(tokens[first]);
  return w.beforeTrade !== undefined && !w.proper && !brand ? w.beforeTrade : first;
}

/** The name's first token from `raw` on, past the scope words, class words and verbs that open no name. */
function trimmedFirst(w: Walk, raw: number): number {
  const { tokens, regions, head, headIdx } = w;
  const v = vocab();
  let first = raw;
  // Trim scope words, class words and verbs from the left edge (全国, 高校, 新建, 推进 …); a committee or task force keeps
  // the verb and class word it is named by (推广职业专才教育专责小组, 学校规划与建设专家咨询委员会).
  const functional = v.functionalHeads.has(head.word);
  while (first < headIdx) {
    const t = tokens[first];
    const verb = classify(t) === 'VERB' || isAction(t.word);
    // Note: a department is named by the work it does to a field, a verb first (创新 + 科技 + 署, 环境 + 保护署).
    const worksOnField = head.kind === 'GOVERNMENT' && head.word.length === 1 && first + 1 < headIdx && v.nameVerbs.has(t.word)
      && !isAction(t.word) && classify(tokens[first + 1]) === 'NOMINAL';
    // Note: a conjunction the segmenter cut from a place's name (和 + 田 of 和田) is the place's.
    const conjunction = v.conjunctions.has(t.word) && regions[first] === 0;
    if (v.leadingScopeWords.has(t.word) || conjunction || (v.classWords.has(t.word) && !functional)
      || (verb && !(functional && v.nameVerbs.has(t.word)) && !worksOnField)) first++;
    else break;
  }
  return first;
}

/** Takes token `j` into the name: the walk's first token now, and what it tells of the name (a link, a proper part, a place). */
function takeToken(w: Walk, j: number): void {
  const t = w.tokens[j];
  if (vocab().linkWords.has(t.word)) w.linked = true;
  if (isProper(t, w.regions[j])) w.proper = true;
  w.afterPlace = w.regions[j] === 1;
  w.first = j;
}

/** Extends a head at token `i` leftwards over its modifiers up to a boundary. */
export function extendLeft(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, text: string, offset: number): LeftEdge {
  const v = vocab();
  const w = startWalk(tokens, regions, i, head, text, offset);
  const { headIdx, hostEnd } = w;
  for (let j = headIdx - 1; j >= 0; j--) {
    const moved = bracketStep(w, j);
    if (moved === END) break;
    if (moved !== GO_ON) {
      j = moved;
      continue;
    }
    const t = tokens[j];
    const inHostField = hostEnd >= 0 && j > hostEnd;
    const cls = classify(t);
    const inner = innerHeadAt(w, j, cls);
    // A body inside another may follow its name directly (党组, 办公厅, 校区, 学院 …), or after a link word (附属).
    const belongs = w.linked || v.subBodyHeads.has(w.lastHead.word) || v.partHeads.has(w.lastHead.word);
    // Note: a task force for pairing aid is named by the aid and both places (深圳市 + 对口支援 + 新疆工作前方指挥部).
    const aid = w.afterPlace ? pairingAid(tokens, j, head) : 0;
    if (aid > 0) {
      w.first = j = j - aid + 1;
      w.afterPlace = false;
      w.segLen += aid;
      continue;
    }
    const branch = unitInPlace(w, inner);
    if (w.afterPlace && placeEnds(w, j, inner, belongs, branch)) break;
    const workEnd = bodyWorkEnd(w, j);
    // Note: only a hard or verbal word needs a reason to go on with the name (a nominal one goes on anyway): the reasons are
    // read for those alone.
    const continues = (cls === 'HARD' || cls === 'VERB') && continuesName(w, j, workEnd, inHostField);
    // Note: a one-character administrative prefix the segmenter left alone (县 + 人才…中心) opens the name: the
    // document's place's body, unless a number or a scope word (各县, 两县) makes it a class.
    if (cls === 'HARD' && barePrefixToken(tokens, j)) {
      w.first = j;
      break;
    }
    if (cls === 'HARD' && !continues) break;
    const overseen = namedByWork(w, j);
    // Note: a company is named by what it makes or does, after its place or brand (芜湖 + 航翼 + 通用 + 航空 + 制造 + 有限公司,
    // 南京市 + 城市 + 建设 + 投资 + 控股 + (集团) + 有限责任公司).
    const trade = head.kind === 'ENTERPRISE' && opensWithProper(tokens, regions, j);
    if (cls === 'CN_NUMERAL' || (!overseen && wordStops(w, j, trade, inHostField))) break;
    // The edge before the company's trade words, kept in case the walk never reaches the place or brand they follow.
    if (trade && w.beforeTrade === undefined) w.beforeTrade = w.first;
    if (cls === 'VERB' && !continues && verbEnds(w, j, overseen || trade || inHostField)) break;
    if (inner) {
      const taken = innerHeadStep(w, j, inner, belongs, branch);
      if (taken === END) break;
      if (taken !== GO_ON) {
        j = taken;
        continue;
      }
    } else {
      w.segLen++;
      w.segSubstance ||= hasSubstance(t, regions[j]) || inHostField;
    }
    takeToken(w, j);
    if (opensWith(tokens, regions, j)) break;
  }
  const raw = tradeWordsDropped(w);
  const first = trimmedFirst(w, raw);
  const edge: LeftEdge = { raw, first, proper: w.proper, parentEnds: endsAfter(w.parentEnds, tokens[first].start) };
  if (w.joint !== undefined) edge.joint = w.joint;
  return edge;
}
