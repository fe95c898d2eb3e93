/**
 * Naming rules: whether a span read back from an institution head names one body or only a class of them, and the name
 * it goes by: a place's own body named from a bare prefix (市委, 区教育局), a university's unit its own documents name
 * without it, a SAR's body, a government body named by its field, a national body named without a place.
 */
import { getLexicon, type InstitutionKind } from '../../../language/lexicon/index.js';
import { BATCH_WORD } from '../../../language/match/numbers.js';
import { allHan, hasProperTag, isNumber } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { SAR_SHORT } from './canonicalNames.js';
import { opensWithNationalPrefix, type Head } from './heads.js';
import type { InstitutionContext } from './index.js';
import { ownSchool } from './issuer.js';
import { QUOTES } from '../quoteMarks.js';
import { isTourHead, namesTheme } from '../tourThemes.js';
import type { LeftEdge } from './leftEdge.js';
import { distinctive, vocab } from './vocabulary.js';

/** The bare administrative prefix (市, 区 …, 自治区) the name starts with, or null. */
function barePrefix(first: Token): string | null {
  const w = first.word;
  if (vocab().barePrefixes.has(w)) return w;
  if (!vocab().barePrefixes.has(w[0])) return null;
  return vocab().headLexicon.get(w.slice(1)) !== undefined ? w[0] : null;
}

/** True when a number and a measure word precede token `first` (28所 …: a class, not a name). */
function countedBefore(tokens: readonly Token[], first: number): boolean {
  if (first < 2) return false;
  return vocab().measureWords.has(tokens[first - 1].word[0]) && isNumber(tokens[first - 2].word);
}

/** True when a batch opens the name or stands right before it (第三批 + 县域医疗卫生共同体: a round of a class, not a name). */
function batchOf(tokens: readonly Token[], first: number): boolean {
  return BATCH_WORD.test(tokens[first].word) || (first > 0 && BATCH_WORD.test(tokens[first - 1].word));
}

/** Characters of a field name before 部 that make a ministry on its own (自然资源部, 农业农村部; not 宣传部). */
const MINISTRY_FIELD_CHARS = 4;

/** Whether an institution head ends anywhere inside `words`. */
function headInside(words: string): boolean {
  for (let end = 2; end <= words.length; end++) if (vocab().headLexicon.matchEnd(words, end)) return true;
  return false;
}

/**
 * True for a national body named without a place: 国家…局, 中共中央…部, one opening with a ministry (教育部办公厅), or a
 * ministry named by its field (自然资源部, 人力资源和社会保障部) and its departments.
 */
function nationalBody(name: string, firstToken: Token): boolean {
  const { ministryHeadList } = vocab();
  if (opensWithNationalPrefix(name)) return true;
  // Note: a party branch (党支部) ends in 部 too, but is a head of its own kind.
  if (vocab().heads.get(firstToken.word) === 'PARTY') return false;
  // Note: so does a department of such a ministry (农业农村部 + 农田建设管理司); a field holding another body's head is a
  // section of that body (特殊学校 + 宿舍部).
  const at = allHan(name) ? Math.max(...ministryHeadList.map((h) => name.indexOf(h))) : -1;
  if (at >= MINISTRY_FIELD_CHARS && !headInside(name.slice(0, at))) return true;
  return ministryHeadList.some((h) => firstToken.word.endsWith(h) && firstToken.word.length <= 8);
}

/**
 * Whether a body's name, read alone, names a national body (国务院办公厅, 教育部基础教育司, 国家卫生健康委员会): the
 * reading that makes such a name an institution without a place.
 */
export function nationalName(name: string, tokens: readonly Token[]): boolean {
  return tokens.length > 0 && nationalBody(name, tokens[0]);
}

/**
 * Whether a government or party body's name says whose it is: a place in it, a known organisation (tag nt), or a
 * national body; 大会报告政府 and 直辖市教育厅 do not.
 */
function anchored(tokens: readonly Token[], regions: Uint8Array, first: number, i: number, name: string): boolean {
  for (let k = first; k <= i; k++) if (regions[k] === 1 || tokens[k].tag === 'nt') return true;
  return nationalBody(name, tokens[first]);
}

/**
 * Whether a bare head names one of a SAR government's own bureaus (教育局, 卫生署): a field before a one-character
 * government head; 政府, 办公室 and 委员会 alone name nothing.
 */
function sarBureau(word: string): boolean {
  const v = vocab();
  return v.singleCharHeads.get(word[word.length - 1]) === 'GOVERNMENT' && !v.subBodyHeads.has(word) && !v.functionalHeads.has(word);
}

/** How long the field naming a SAR department before its one-character head must be (创新科技 + 署, 机电工程 + 署). */
const SAR_DEPARTMENT_FIELD = 4;

/** Kinds of a university's own units: colleges, institutes, centres and offices (处, 办). */
export const UNIT_KINDS = new Set(['COLLEGE', 'RESEARCH', 'CENTRE', 'GOVERNMENT']);

/** Whether a word is a school's reference to itself (我校, 本校). */
function schoolReference(word: string): boolean {
  const { selfReferenceMarks, schoolSelfReference } = getLexicon().names;
  return word.length === 2 && selfReferenceMarks.has(word[0]) && word[1] === schoolSelfReference;
}

/**
 * Whether the body is the document's place's, named from an administrative prefix without the place: a bare head (市委,
 * 区政府), a body named after such a head, or one word holding both (省公安厅).
 */
function ownPlaceBody(tokens: readonly Token[], i: number, head: Head, edge: LeftEdge, coreName: string, surface: string,
  government: boolean, opener: string, openerKind: InstitutionKind | undefined): boolean {
  // Note: a bare head that opens with an administrative prefix (市委, 区政府, 省委) is the document's place's body, and so
  // is a body named after such a government or party head (市委 + 人才工作领导小组).
  const bareHead = coreName === head.word && vocab().barePrefixes.has(head.word[0]) && head.word.length > 1;
  const bareOpener = opener.length > 1 && surface.startsWith(opener) && vocab().barePrefixes.has(opener[0])
    && (openerKind === 'GOVERNMENT' || openerKind === 'PARTY');
  // Note: and so is such a body the segmenter reads as one word with its prefix (省公安厅/n).
  const bareWord = government && edge.first === i && opener === coreName && opener.length > 2 && vocab().barePrefixes.has(opener[0]);
  return bareHead || bareOpener || bareWord;
}

/** Whether the body is a unit of the university `school` whose document names it without an owner. */
function schoolUnit(tokens: readonly Token[], i: number, head: Head, edge: LeftEdge, coreName: string, surface: string,
  modifier: string, school: string): boolean {
  // Note: in a university's own document, a unit named without an owner (学校 + 分析测试中心, 软件学院, 国际合作与交流处)
  // is the university's.
  // Note: so is a faculty the segmenter knows as one word of three characters, a one-character field (理学院, 法学院); a
  // longer such word is a class (职业技术学院).
  const faculty = head.kind === 'COLLEGE' && edge.first === i && tokens[i].word === coreName && coreName.length === 3;
  // Note: and so is any unit the school names as its own (本校 + 海洋研究所, 我校 + 计算机学院).
  const ownUnit = edge.first > 0 && schoolReference(tokens[edge.first - 1].word);
  return (!edge.proper || ownUnit) && UNIT_KINDS.has(head.kind) && (distinctive(modifier) >= 2 || faculty || ownUnit) && !surface.startsWith(school)
    && !vocab().functionalHeads.has(head.word);
}

/**
 * The name of a body a SAR's document writes without the SAR (特区政府, 教育局 + 课程发展处), null for a bare head that
 * names nothing, or undefined when the SAR does not decide it.
 */
function sarBody(head: Head, edge: LeftEdge, coreName: string, surface: string, government: boolean, opener: string,
  openerKind: InstitutionKind | undefined, sar: string): string | null | undefined {
  // Note: the SAR government its texts call 特区政府 is the SAR's.
  if (coreName === SAR_SHORT) return sar + surface;
  // Note: a national body written as one word (国务院, 中共中央, a ministry: 教育部) is the nation's, in a SAR's document
  // too: no SAR has a ministry.
  if (government && coreName === head.word && head.word.length > 1 && !opensWithNationalPrefix(coreName)
    && !vocab().ministryHeadList.some((h) => coreName.endsWith(h))) {
    return sarBureau(head.word) ? sar + surface : null;
  }
  // Note: a section of a SAR's bureau (教育局 + 课程发展处) is the SAR's too; not one of a ministry (教育部 +
  // 港澳台事务办公室): no SAR has one, it is the nation's.
  if (government && edge.parentEnds.length > 0 && opener.length > 1 && openerKind === 'GOVERNMENT'
    && !vocab().ministryHeadList.some((h) => opener.endsWith(h))) return sar + surface;
  return undefined;
}

/**
 * Whether a government body administers a named site: its name opens with a proper name and runs on with a kind of site
 * (贡嘎山/nr + 国家级 + 自然保护区 + 管理局, 湄洲岛 + 国家旅游度假区 + 社会事业局), with no other body's head or a
 * conjunction between (…林业和草原局 + 与 + …管理局 is two bodies).
 */
function namedSite(tokens: readonly Token[], edge: LeftEdge, i: number): boolean {
  if (!edge.proper || !hasProperTag(tokens[edge.first])) return false;
  const sites = vocab().siteWords;
  for (let k = edge.first + 1; k < i; k++) {
    const word = tokens[k].word;
    if (vocab().headLexicon.get(word) !== undefined || vocab().conjunctions.has(word)) return false;
    if (sites.some((w) => word.endsWith(w))) return true;
  }
  return false;
}

/** Whether a government body named by its field, with no administrative prefix, names one body rather than a class. */
function fieldBodyNamed(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, edge: LeftEdge, coreName: string,
  modifier: string, sar: string | undefined): boolean {
  // Note: in a SAR's document, one the segmenter reads as one word names one body, however generic its field (發展局/l);
  // a party body (校党委) is none of a SAR government's.
  const oneWord = sar !== undefined && head.kind === 'GOVERNMENT' && edge.first === i && tokens[i].word === coreName && coreName.length >= 3;
  // Note: and so is a department named by four characters of work and field, however common each word (创新科技 + 署).
  const department = sar !== undefined && head.word.length === 1 && modifier.length >= SAR_DEPARTMENT_FIELD;
  // Note: and so is one named by the one work it does, a verbal noun before its head (运输 + 署, 规划 + 署); a field
  // noun alone (科技 + 署) is too generic to name one.
  const work = sar !== undefined && head.work === true && edge.first === i - 1;
  return anchored(tokens, regions, edge.first, i, coreName) || namedSite(tokens, edge, i) || (sar !== undefined && distinctive(modifier) >= 2) || oneWord || department || work;
}

/** The name of a body opening with a bare administrative prefix (区 + 教育局), written with the place it stands for, or null. */
function prefixedBody(coreName: string, surface: string, modifier: string, prefix: string, government: boolean,
  context: InstitutionContext): string | null {
  const rest = modifier.slice(prefix.length);
  const named = government || distinctive(rest) >= 2 || vocab().uniqueBodies.has(coreName.slice(prefix.length));
  const place = context.places?.[prefix] ?? (prefix === '市' ? context.issuerCity?.name : undefined);
  return place && named ? place + surface.slice(prefix.length) : null;
}

/** Whether only places qualify a head that names a class of place's bodies (广东 + 学校): a class, not a name. */
function onlyPlacesBefore(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, edge: LeftEdge): boolean {
  for (let k = edge.first; k <= i && tokens[k].end <= head.start; k++) {
    // Note: a local name after a place the gazetteer knows (城厢区 + 南门/ns + 学校) names one school; places alone
    // (广东 + 学校) are a class.
    const local = regions[k] === 0 && k > edge.first && regions[k - 1] === 1;
    if (!(regions[k] === 1 || tokens[k].tag === 'ns') || local) return false;
  }
  return true;
}

/**
 * The issuer when its documents name its units alone (经济部, 高雄市政府: institutions.unitOwners), or the government a
 * unit issuing belongs to, whose other units its documents name alone too (高雄市政府 of 高雄市政府经济发展局: its
 * release names 观光局 and 教育局 beside it); else null. Only a government's name of several characters is looked for
 * inside the issuer's (部 ends words: 中部).
 */
function unitOwner(issuer: string | null | undefined): string | null {
  if (!issuer) return null;
  const owners = vocab().unitOwners;
  if (owners.some((h) => issuer.endsWith(h))) return issuer;
  for (const h of owners) {
    const at = h.length > 1 ? issuer.indexOf(h) : -1;
    if (at > 0 && at + h.length < issuer.length) return issuer.slice(0, at + h.length);
  }
  return null;
}

/** Whether a head word is a whole bureau of one field: three characters or more, ending in a government's one-character head (教育局). */
function wholeBureau(word: string): boolean {
  return word.length >= 3 && vocab().singleCharHeads.get(word[word.length - 1]) === 'GOVERNMENT';
}

/** The closing quotation marks (”, 」, 』). */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(QUOTES.values());

/** Whether a closing quotation mark is the token right after position `end`. */
function closesQuotation(tokens: readonly Token[], end: number): boolean {
  const next = tokens.find((t) => t.start === end);
  return next !== undefined && CLOSING_QUOTES.has(next.word[0]);
}

/** Decides the canonical name of a span, or null when it is generic. */
export function nameOf(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, edge: LeftEdge,
  coreName: string, surface: string, context: InstitutionContext): string | null {
  const modifier = coreName.slice(0, coreName.length - head.word.length);
  const prefix = barePrefix(tokens[edge.first]);
  const government = head.kind === 'GOVERNMENT' || head.kind === 'PARTY';
  if (head.abbreviation && coreName === head.word) return surface;
  if (vocab().delegationHeads.has(head.word)) return null;
  // Note: an organisation is one of the world's only when a world scope opens its name (世界 + 卫生组织); after a place's
  // body 组织 is the verb (省商务厅 + 组织 + 企业).
  if (vocab().worldHeads.has(head.word) && !vocab().worldScopes.some((scope) => coreName.startsWith(scope))) return null;
  // Note: a tour named by its theme is a programme (丝路文化 + 考察团); one named by whom it sends a delegation (珠海市 +
  // 珠港澳 + 教育合作 + 考察团). So is one quoted by its name («理大学生长三角科技考察团»: the quotation closes right after it).
  if (isTourHead(head.word) && (namesTheme(tokens, regions, edge.first, head.start) || closesQuotation(tokens, head.end))) return null;
  const opener = tokens[edge.first].word;
  const openerKind = vocab().heads.get(opener);
  if (ownPlaceBody(tokens, i, head, edge, coreName, surface, government, opener, openerKind)) {
    const place = context.places?.[surface[0]];
    return place ? place + surface.slice(1) : null;
  }
  const school = ownSchool(context.issuerName);
  if (school && schoolUnit(tokens, i, head, edge, coreName, surface, modifier, school)) return school + surface;
  // Note: committees and task forces may be named by what they do (学校规划与建设专家咨询委员会); other bodies by whose they are.
  const sar = context.places?.['SAR'];
  if (sar) {
    const sarName = sarBody(head, edge, coreName, surface, government, opener, openerKind, sar);
    if (sarName !== undefined) return sarName;
  }
  // Note: in a SAR's document, a government body named by its field is the SAR's (环境保护署, 财经事务及库务局).
  if (government && prefix === null && !vocab().functionalHeads.has(head.word)) {
    if (fieldBodyNamed(tokens, regions, i, head, edge, coreName, modifier, sar)) return surface;
    // Note: in a ministry's own document, one of its units named by its field alone (产业发展 + 署, 投资促进 + 司) is the
    // ministry's (经济部产业发展署); so in a Taiwan city's (高雄市政府 + 文化局).
    // Note: so is one its head word names whole (教育局, 公安局: a lexicon head that is a bureau of one field).
    // Note: a section (渔业 + 科) is the issuing bureau's own, not the government's, where a government's bureau issues
    // (台南市政府农业局 + 渔业科); elsewhere 科 names a hospital's departments (急诊科) more often than a body's sections.
    const government = unitOwner(context.issuerName);
    const bureau = government !== null && government !== context.issuerName && vocab().sectionHeads.has(head.word);
    const owner = bureau ? context.issuerName ?? null : government;
    const unit = (head.word.length === 1 && distinctive(modifier) >= 2) || (coreName === head.word && wholeBureau(head.word));
    return owner !== null && !edge.proper && unit && !surface.startsWith(owner) ? owner + surface : null;
  }
  if (prefix !== null) return prefixedBody(coreName, surface, modifier, prefix, government, context);
  if (batchOf(tokens, edge.first)) return null;
  if (countedBefore(tokens, edge.raw)) {
    for (let k = edge.first; k <= i; k++) if (tokens[k].tag === 'nt' && !vocab().genericModifiers.has(tokens[k].word)) return surface;
    return null;
  }
  if (vocab().placeClassHeads.has(head.word) && onlyPlacesBefore(tokens, regions, i, head, edge)) return null;
  if (vocab().placedHeads.has(head.word) && !regions.subarray(edge.first, i).includes(1)) return null;
  // Note: a head qualified only by another head (职业技术学院 + 校区, 大学 + 附属医院) is a class, not a name.
  if (!edge.proper && vocab().headLexicon.get(modifier) !== undefined) return null;
  if (edge.proper || distinctive(modifier) >= 2) return surface;
  return null;
}
