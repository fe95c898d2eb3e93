/**
 * The heads a name's walk meets inside the name: whether a head word there is a body of its own, and what it does to the
 * walk (it ends the name, opens a joint body's, or makes the body it names the name's parent).
 */
import { getGazetteer } from '../../../language/gazetteer/index.js';
import { getLexicon } from '../../../language/lexicon/index.js';
import { classify, type TokenClass } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { headAt, type Head } from './heads.js';
import { END, GO_ON, HOST_KINDS, type Walk } from './leftWalk.js';
import { vocab } from './vocabulary.js';

/** Kinds of bodies a bare 中心 before their name ranks among the place's own (中心人民医院, 中心小学). */
const CENTRAL_KINDS = new Set(['HOSPITAL', 'SCHOOL']);

/** Whether token `j` opens a name: the first, or after a word that is neither nominal nor a place. */
function opensName(tokens: readonly Token[], regions: Uint8Array, j: number): boolean {
  return j === 0 || (classify(tokens[j - 1]) !== 'NOMINAL' && regions[j - 1] === 0);
}

/** Whether a head is a government's or a party's (教育局, 党委). */
function governmentHead(h: Head): boolean {
  return h.kind === 'GOVERNMENT' || h.kind === 'PARTY';
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
 * The head token `j` holds when it is a body of its own inside the name, or null: no head, or a head word that is the
 * field a government administers, part of a company's name, or which of the place's bodies the name's is.
 */
export function innerHeadAt(w: Walk, j: number, cls: TokenClass): Head | null {
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
  // Note: an organisation of the world inside a longer name (联合国教科文组织 + 教师教育中心, 中国 + 联合国教科文组织 + 全国委员会)
  // stays a word of that name, as it was before 组织 was a head.
  const worldly = found !== null && vocab().worldHeads.has(found.word);
  return administered || incorporated || central || worldly ? null : found;
}

/**
 * Whether the inner head, one token (a place) before the name's own head, is the body whose unit in that place the name
 * is: such a body continues the name past the place, and is its parent.
 */
export function unitInPlace(w: Walk, inner: Head | null): boolean {
  const { head } = w;
  const v = vocab();
  // Note: so does a body whose unit in that place the name is (福建省应急管理厅 + 福州 + 培训中心, …管理局 + 青海省 + 管理局):
  // the head repeated, a unit that is not a government of its own, or a headquarters' branch (…总局 + 四川 + 监管局).
  if (inner === null || w.lastHead !== head) return false;
  // Note: and a group's company named with the group's name and its own place (中国船舶集团 + 青岛 + 北海造船有限公司).
  if (inner.kind === 'GROUP' && head.kind === 'ENTERPRISE' && w.afterPlace) return true;
  return w.segLen === 1
    && (inner.word === head.word || (head.kind !== 'GOVERNMENT' && head.kind !== 'PARTY') || v.headquartersHeads.has(inner.word));
}

/** Whether the walk is still at its own head and that head was cut off a word of two or more characters naming its field. */
function fieldInHeadToken(w: Walk): boolean {
  return w.lastHead === w.head && w.segLen === 0 && w.head.start - w.tokens[w.headIdx].start >= 2;
}

/**
 * What an inner head at token `j` does to the walk: it ends the name (END), opens a joint body's name (the index the
 * walk goes on from), or closes the segment walked since the last head, as a parent of the name when the name belongs
 * to it (GO_ON).
 */
export function innerHeadStep(w: Walk, j: number, inner: Head, belongs: boolean, branch: boolean): number {
  const { tokens, regions, head, text, offset } = w;
  const v = vocab();
  // Note: a class word right after a body's whole name and before a genre (某中学 + 学校 + 周年报告, 某中学 + 学校发展规划)
  // is that body's kind in a phrase about it, not a body named after it (中心 + 幼儿园, 中专 + 学校 are names).
  if (w.segLen === 0 && w.lastHead === head && v.classWords.has(head.word) && genreAfter(text, head.end - offset)) return END;
  // Note: two bodies side by side (教育局财政局) are two names, unless the second belongs to the first.
  // Note: a known organisation (tag nt) before a government head is the body it belongs to (…兵团 + 教育局); so is a
  // place's government before its bureau (新北市 + 政府 + 教育局, 苗栗县 + 政府 + 卫生局).
  const owner = tokens[j].tag === 'nt' || (v.placeGovernments.has(tokens[j].word) && j > 0 && regions[j - 1] === 1 && governmentHead(w.lastHead));
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
  // Note: a unit's head cut off the word that names its field (外事 + 处 of 外事处) has that field in its token: the body
  // named whole before it owns the unit (教育厅 + 外事处), as it does a field written apart (教育厅 + 国际 + 处).
  if (w.segLen === 0 && (governmentHead(inner) || governmentHead(w.lastHead)) && !belongs && !owner && !fieldInHeadToken(w)) return END;
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
