/**
 * The left edge of an institution name: from its head, walk left over modifiers until a boundary. A place ends the
 * walk unless what stands before it continues the name (another place, a national prefix such as 中共, a link word
 * such as 附属, or the parent of a campus or unit); inner heads on the way are the bodies the name belongs to.
 */
import { allHan, classify, functionInitial, hasProperTag, isNumber, unknownName } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { NAME_DOTS, placePair } from '../regionTokens.js';
import { bracketStep } from './brackets.js';
import { barePrefixToken, hardStop } from './hardStops.js';
import { fieldAndVerb, type Head } from './heads.js';
import { innerHeadAt, innerHeadStep, unitInPlace } from './innerHeads.js';
import { innerAdverb, innerConjunction, soundNameDot, soundNameInitial, splitName } from './innerWords.js';
import { END, FIELD_KINDS, GO_ON, startWalk, type Walk } from './leftWalk.js';
import { distinctive, isAction, vocab } from './vocabulary.js';


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
function isProper(token: Token, region: number): boolean {
  return region === 1 || (hasProperTag(token) && !vocab().genericModifiers.has(token.word));
}

/** True when the token adds substance to a modifier (a name, a link word or distinctive characters). */
function hasSubstance(token: Token, region: number): boolean {
  return isProper(token, region) || vocab().linkWords.has(token.word) || distinctive(token.word) >= 2;
}

/** How far left a company's name may reach past a verb for the place or brand that opens it. */
const TRADE_REACH = 4;

/**
 * Whether a place or a proper name stands a few nominal or verbal tokens left of token `j` (…的 + 芜湖航翼 + 通用 + 制造),
 * no mark between (山东大学 + 、 + 浪潮 + 集团有限公司: the segmenter tags marks as it tags unknown words, x).
 */
function opensWithProper(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - TRADE_REACH; k--) {
    if (tokens[k].tag === 'x' && !allHan(tokens[k].word)) return false;
    if (regions[k] === 1 || (hasProperTag(tokens[k]) && tokens[k].tag !== 'x')) return true;
    const cls = classify(tokens[k]);
    if (cls !== 'NOMINAL' && cls !== 'VERB' && tokens[k].tag !== 'x') return false;
  }
  return false;
}

/** Kinds of bodies named by the service they give (…会诊中心, …检测研究院). */
const SERVICE_KINDS = new Set(['CENTRE', 'RESEARCH']);

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

/** Whether a word is pairing aid (支援, 协作) or aid to a place by its one-character name (援藏, 援宁). */
function isAid(word: string): boolean {
  const v = vocab();
  return v.aidWords.has(word) || (word.length === 2 && word[0] === v.aidPlacePrefix);
}

/** How many tokens ending at `j` name aid: two written as one word of aid (对口 + 支援), one (对口协作, 援藏), or 0. */
function aidEndingAt(tokens: readonly Token[], j: number): number {
  if (j > 0 && isAid(tokens[j - 1].word + tokens[j].word)) return 2;
  return isAid(tokens[j].word) ? 1 : 0;
}

/** How many tokens ending at `j` name pairing aid (对口 + 支援, 对口协作) inside a task force's name, or 0. */
function pairingAid(tokens: readonly Token[], j: number, head: Head): number {
  return vocab().functionalHeads.has(head.word) ? aidEndingAt(tokens, j) : 0;
}

/** Whether token `j` is the measure of an ordinal counting a place's teams before their aid (第十 + 批 + 援藏 + 工作队). */
function teamsCounted(tokens: readonly Token[], j: number): boolean {
  return tokens[j].tag === 'q' && j > 0 && classify(tokens[j - 1]) === 'ORDINAL' && j + 1 < tokens.length && isAid(tokens[j + 1].word);
}

/** How many words of work may stand between the aid a body is named by and the word the walk is on (工作 + 协调). */
const AID_WORK_REACH = 3;

/**
 * Whether token `j` is in the aid a body is named by right after the place that gives or gets it, or in the work it does
 * for that aid: the place, maybe its teams' ordinal, the aid, then a few words of work (林芝市 + 对口 + 支援 + 工作 + 协调 +
 * 办公室, 广东省 + 第十 + 批 + 援藏 + 工作队), for an office or a team (aidNamedHeads). Such a verb is no reason to end the name.
 */
function namedByAid(w: Walk, j: number): boolean {
  const { tokens, regions, head } = w;
  if (!vocab().aidNamedHeads.has(head.word)) return false;
  let k = j;
  // Note: the first word of a pair the aid is written in (对口 + 支援) is the aid's start.
  if (k + 1 < tokens.length && isAid(tokens[k].word + tokens[k + 1].word)) k++;
  for (let steps = 0; k >= 0 && !isAid(tokens[k].word); steps++, k--) {
    const cls = classify(tokens[k]);
    if (steps === AID_WORK_REACH || (cls !== 'VERB' && cls !== 'NOMINAL')) return false;
  }
  if (k < 0) return false;
  k -= aidEndingAt(tokens, k);
  // Note: a place's teams are counted (第十 + 批) between the place and its aid.
  if (k > 0 && tokens[k].tag === 'q' && classify(tokens[k - 1]) === 'ORDINAL') k -= 2;
  return k >= 0 && regions[k] === 1;
}

/** The walk's step over the pairing aid a task force is named by after a place: the index it goes on from, or GO_ON. */
function aidStep(w: Walk, j: number): number {
  // Note: a task force for pairing aid is named by the aid and both places (深圳市 + 对口支援 + 新疆工作前方指挥部).
  const aid = w.afterPlace ? pairingAid(w.tokens, j, w.head) : 0;
  if (aid === 0) return GO_ON;
  w.first = j - aid + 1;
  w.afterPlace = false;
  w.segLen += aid;
  return w.first;
}

/** Whether the place the walk took last ends the name at token `j`: only what continues a name goes on past it. */
function placeEnds(w: Walk, j: number, inner: Head | null, belongs: boolean, branch: boolean): boolean {
  const { tokens, regions, head } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: before a place only another name continues it (浙江 + 清华 + 长三角 + 研究院), or a middle dot pairing it with a
  // place or a name (横琴 + · + 澳门青年创业谷); not a verb or an idiom, nor a dash (there it parts a table's columns:
  // 麻城市—红安县人民医院).
  const named = hasProperTag(t) && t.tag !== 'x';
  // Note: and so does a company's brand before the place of its branch or unit (吉利 + 汽车 + 台州 + 分公司, 国网/x + 南京 +
  // 供电公司): a word the segmenter did not know, or nouns opened by a proper name; never an action the segmenter tagged a
  // noun (南山区 + 参观/n + 深圳市 + …有限公司: the visit is no brand).
  const brandBefore = head.kind === 'ENTERPRISE' && inner === null && !isAction(t.word)
    && (unknownName(t) || (classify(t) === 'NOMINAL' && opensWithProper(tokens, regions, j)));
  return regions[j] === 0 && !named && !brandBefore && !v.nationalPrefixes.includes(t.word) && !v.linkWords.has(t.word)
    && !postedBetweenPlaces(tokens, regions, j) && !v.charterPrefixes.has(t.word) && !(inner && belongs) && !branch && !ownedMark(tokens, regions, j)
    && !(NAME_DOTS.has(t.word) && placePair(tokens, regions, j));
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
 * Whether token `j` (or `mark`, its first character) is a place's mark of ownership right after the place's level (宿州市 +
 * 立): a Chinese place's, a foreign division's (京都府 + 立 + 嵯峨野高等学校), or a place no gazetteer lists that the
 * segmenter cut as a name with its level (福冈市 + 立 + 博多小学校, 那霸市 + 立).
 */
function ownedAt(tokens: readonly Token[], regions: Uint8Array, j: number, mark = tokens[j].word): boolean {
  if (!vocab().ownershipMarks.has(mark) || j === 0) return false;
  const place = tokens[j - 1];
  const level = place.word.slice(-1);
  if (regions[j - 1] === 1) return vocab().ownerLevels.has(level);
  return place.word.length >= 3 && vocab().barePrefixes.has(level) && hasProperTag(place);
}

/** Whether token `j` is the word right after a place's mark of ownership (新北市 + 立 + 三重/m + 高级中学). */
function ownersName(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  return j > 1 && ownedAt(tokens, regions, j - 1);
}

/**
 * Whether token `j` is the mark of a body a place owns, after the place's level (宿州市 + 立 + 医院: 市立医院), perhaps glued
 * to the word after it (台中市 + 立台 + 中第一高级中等学校, 金门县 + 立金宁 + 国民中小学): the name goes on to the place, also
 * from a place it names itself by (台中市 + 立 + 台中 + 第一高级中等学校).
 */
function ownedMark(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  return ownedAt(tokens, regions, j) || (tokens[j].word.length > 1 && ownedAt(tokens, regions, j, tokens[j].word[0]));
}

/**
 * Whether token `j` is a level and its mark of ownership in one word (市立, 县立) right after a proper name no gazetteer
 * lists (石垣 + 市立 + 八岛小学校, 宫古岛 + 市立 + 平良中学校): the body is that place's, and its name goes on to the place.
 */
function unlistedOwner(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  const { word } = tokens[j];
  return word.length === 2 && vocab().ownershipMarks.has(word[1]) && vocab().barePrefixes.has(word[0]) && j > 0
    && regions[j - 1] === 0 && (isProper(tokens[j - 1], 0) || unknownName(tokens[j - 1]));
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
  const owned = ownedMark(tokens, regions, j) || unlistedOwner(tokens, regions, j);
  return workEnd || ordinal || teamsCounted(tokens, j) || owned || ownersName(tokens, regions, j) || t.word === '第' || regions[j] === 1
    || v.linkWords.has(t.word) || postedBetweenPlaces(tokens, regions, j) || v.directions.has(t.word) || placePair(tokens, regions, j)
    || splitName(tokens, j) || soundNameDot(tokens, j) || soundNameInitial(tokens, j) || innerConjunction(tokens, regions, j, head, text, offset)
    || innerAdverb(tokens, regions, j, head, text, offset) || (inHostField && v.conjunctions.has(t.word));
}

/** Whether a posted mark stands between two places at `j` (美国 + 在 + 台 + 协会): one place's post in the other. */
function postedBetweenPlaces(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  return j > 0 && regions[j - 1] === 1 && regions[j + 1] === 1 && vocab().postedMarks.has(tokens[j].word);
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
  // Note: so may a body by a field and what it does to it, right before a one-character head (投资 + 促进 + 局) or a
  // centre's, the verb one bodies are named by (投资 + 促进 + 中心; not 入驻 + 创业谷, nor after a clause's own verb, 建设 +
  // 创新 + 中心, or a body's head, 研究院 + 新增 + 中心). A head inside a token that already holds its field (消防 + 处 in
  // 消防处) is not such a body.
  const field = tokens[headIdx - 2];
  const centre = head.kind === 'CENTRE' && field !== undefined && v.nameVerbs.has(tokens[headIdx - 1].word) && !v.actionWords.has(field.word)
    && v.headLexicon.matchEnd(field.word, field.word.length) === null;
  const actsOnField = (head.word.length === 1 || centre) && tokens[headIdx].word === head.word
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
  // Note: so is a centre or institute by the service it gives, right before its head, after a noun of its field (远程 +
  // 会诊 + 中心), not after a verbal noun (优先/vn + 入驻 + 创业谷: moving in first).
  const service = j === headIdx - 1 && j > 0 && SERVICE_KINDS.has(head.kind) && tokens[j - 1].tag.startsWith('n')
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
  // Note: so does a one-character administrative prefix after a verb (联合 + 市 + 审计局: the document's city's bureau).
  if (t.word.length === 1 && v.barePrefixes.has(t.word) && j > 0 && classify(tokens[j - 1]) === 'VERB') return true;
  // Note: a charter's prefix opens the name unless a place or name owns the charter (核定 + 国立台湾大学, 计有 + 国立…大学;
  // 加州 + 州立大学, 塔什干 + 国立技术大学, 巴淡/x + 国立理工学院).
  return v.charterPrefixes.has(t.word) && j > 0 && regions[j - 1] === 0 && !hasProperTag(tokens[j - 1]) && !unknownName(tokens[j - 1]);
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

/** How far left of a verb in a research body's field the place opening its name may stand (河南省 + 智能 + 起重 + 装备…). */
const FIELD_REACH = 4;

/**
 * Whether the verb or conjunction at `j` is inside the field a research body is named by: nouns after it before the head,
 * and a place opening the name a few nominal or verbal words before it (河南省 + 智能 + 起重 + 装备 + 重点实验室, 河南省 +
 * 智能 + 传感 + 与 + 感知 + 芯片 + 重点实验室). No action word (河南省 + 建设 + …).
 */
function fieldWord(w: Walk, j: number): boolean {
  const { tokens, regions } = w;
  const v = vocab();
  if (w.head.kind !== 'RESEARCH' || j + 1 >= w.headIdx || v.actionWords.has(tokens[j].word)) return false;
  for (let k = j - 1; k >= 0 && j - k <= FIELD_REACH; k--) {
    if (regions[k] === 1) return true;
    const cls = classify(tokens[k]);
    if ((cls !== 'NOMINAL' && cls !== 'VERB' && !v.conjunctions.has(tokens[k].word)) || v.actionWords.has(tokens[k].word)) return false;
  }
  return false;
}

/** Tags of the plain words a field is written in (传感/n, 感知/v, 检测/vn): no names. */
const FIELD_TAGS: ReadonlySet<string> = new Set(['n', 'v', 'vn']);

/** Whether a field's plain word, no body's (…大学 + 与 + …), stands at `k`. */
function fieldToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && FIELD_TAGS.has(t.tag) && vocab().headLexicon.matchEnd(t.word, t.word.length) === null;
}

/** Whether the conjunction at `j` joins two plain words of a field (传感 + 与 + 感知), not two bodies. */
function joinsFieldWords(tokens: readonly Token[], j: number): boolean {
  return vocab().conjunctions.has(tokens[j].word) && j > 0 && fieldToken(tokens, j - 1) && fieldToken(tokens, j + 1);
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
    const aided = aidStep(w, j);
    if (aided !== GO_ON) {
      j = aided;
      continue;
    }
    const branch = unitInPlace(w, inner);
    if (w.afterPlace && placeEnds(w, j, inner, belongs, branch)) break;
    const workEnd = bodyWorkEnd(w, j);
    // Note: only a hard or verbal word needs a reason to go on with the name (a nominal one goes on anyway): the reasons are
    // read for those alone.
    const continues = (cls === 'HARD' || cls === 'VERB') && (continuesName(w, j, workEnd, inHostField)
      || ((cls === 'VERB' || joinsFieldWords(tokens, j)) && fieldWord(w, j)));
    // Note: a one-character administrative prefix the segmenter left alone (县 + 人才…中心) opens the name: the
    // document's place's body, unless a number or a scope word (各县, 两县) makes it a class.
    if (cls === 'HARD' && barePrefixToken(tokens, j)) {
      w.first = j;
      break;
    }
    if (cls === 'HARD' && !continues) break;
    // Note: whatever word follows a place's mark of ownership names the body the place owns, an idiom too (新北市 + 立 +
    // 莺歌/i + 陶瓷博物馆): no word there stops the walk.
    const overseen = ownersName(tokens, regions, j) || namedByWork(w, j) || (cls === 'VERB' && namedByAid(w, j));
    // Note: a company is named by what it makes or does, after its place or brand (芜湖 + 航翼 + 通用 + 航空 + 制造 + 有限公司,
    // 南京市 + 城市 + 建设 + 投资 + 控股 + (集团) + 有限责任公司).
    const trade = head.kind === 'ENTERPRISE' && (opensWithProper(tokens, regions, j) || unknownName(t));
    // Note: a posted mark between two places is inside the name (美国 + 在 + 台 + 协会: the country's post in Taiwan).
    if (cls === 'CN_NUMERAL' || (!overseen && !postedBetweenPlaces(tokens, regions, j) && wordStops(w, j, trade, inHostField))) break;
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
