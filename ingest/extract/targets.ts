/**
 * Target (quantity) extraction: finds every quantity written with Arabic digits in a statement,
 * with its unit, comparator and the noun phrase it measures, per the shared conventions.
 *
 * Rules chosen here (documented for the gold annotations to compare against):
 * - A quantity needs a unit or measure word after it (units.ts); a bare number (ratios 1:350,
 *   phone numbers, list markers) is skipped, except a 万/亿-scaled number directly followed by a
 *   noun ("3.25万考生"), which is kept with unit ''. Chinese-numeral quantities (两所) are skipped.
 * - Excluded: years (1900–2100 before 年/届, or any number before 月/日/号/年度), time spans
 *   ("近3年来"), numbers after 第 or a ranking 前 (前50人), numbers inside “…” 《…》 「…」 (names,
 *   slogans), numbers joined by + or to letters (6+2+N, 5G), anniversaries (100周年) and
 *   durations heading a program name (3年行动计划).
 * - Ranges ("3-5年", "3至5万人"): value = lower bound, comparator GTE unless a comparator word says
 *   otherwise; the text covers the whole range.
 * - Subject: within the clause (ended by , ; 。 、 : outside brackets and quotes), the left context
 *   after the previous quantity, trimmed of time words, leading verbs/function words and trailing
 *   copulas (为, 达到 …). When the measure word is directly followed by a noun ("新录用198名教师",
 *   "组织5期1030名党组织书记培训") the subject is that right-hand noun phrase instead; when both
 *   sides are empty ("同比增加41间") the subject of the previous target in the statement is reused.
 * - Text: from the start of the left context (after time words and connectors, verbs kept) to the
 *   end of the unit or trailing comparator, or to the end of a right-hand subject.
 */
import type { Comparator } from '../model.js';
import { UNIT_SOURCE, canonicalUnit, DURATION_UNITS } from '../dict/units.js';
import { ARABIC_NUMBER_SOURCE, parseArabicNumber, scaleValue } from './numbers.js';

/** A quantity found in a statement; the caller adds statementId, year and status. */
export interface TargetSpan {
  text: string;
  subject: string;
  value: number;
  unit: string;
  comparator: Comparator;
  start: number;
  end: number;
}

/** A POS-tagged token (nodejieba `tag`) with absolute document offsets. */
export interface TaggedToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

const SCALE = '万亿|千万|百万|亿|万|千(?![米克瓦])|百(?!分)';
const NUMBER_RE = new RegExp(`(?<![\\d.A-Za-z+\\-—~/:])${ARABIC_NUMBER_SOURCE}`, 'g');
const SCALE_RE = new RegExp(`\\s?(${SCALE})`, 'y');
const RANGE_RE = new RegExp(`\\s?[-—~至]\\s?(${ARABIC_NUMBER_SOURCE})(?:\\s?(${SCALE}))?`, 'y');
const MID_RE = /[多余]/y;
const UNIT_RE = new RegExp(UNIT_SOURCE, 'y');
const AFTER_RE = /\s?(及以上|及以下|以上|以下|以内|之内|左右|上下)/y;
const DATE_AFTER_RE = /\s?(?:月|日|号|年度|学年|年级|届次)/y;
const NAME_AFTER_RE = /(?:行动计划|计划|规划|工程|行动|方案|攻坚|专项|纲要)/y;
const SINCE_RE = /以?来/y;
const CJK_RE = /[\u4e00-\u9fff]/;

const AFTER_COMPARATORS: ReadonlyMap<string, Comparator> = new Map([
  ['及以上', 'GTE'], ['以上', 'GTE'], ['及以下', 'LTE'], ['以下', 'LTE'], ['以内', 'LTE'],
  ['之内', 'LTE'], ['左右', 'APPROX'], ['上下', 'APPROX'],
]);

/** Comparator words before a number, with characters that must not precede them (签约 is no 约). */
const BEFORE_COMPARATORS: readonly (readonly [string, Comparator, string])[] = (
  [
    ['不少于', 'GTE', ''], ['不低于', 'GTE', ''], ['不小于', 'GTE', ''], ['至少', 'GTE', ''], ['最少', 'GTE', ''],
    ['不超过', 'LTE', ''], ['不高于', 'LTE', ''], ['不多于', 'LTE', ''], ['不大于', 'LTE', ''], ['最多', 'LTE', ''],
    ['至多', 'LTE', ''], ['超过', 'GT', ''], ['多于', 'GT', ''], ['高于', 'GT', ''], ['大于', 'GT', ''],
    ['突破', 'GT', ''], ['逾', 'GT', ''], ['超', 'GT', '赶'], ['低于', 'LT', ''], ['少于', 'LT', ''],
    ['小于', 'LT', ''], ['不足', 'LT', ''], ['不到', 'LT', ''], ['大约', 'APPROX', ''], ['约为', 'APPROX', ''],
    ['将近', 'APPROX', ''], ['接近', 'APPROX', ''], ['约', 'APPROX', '签预合制节公邀特相盟履违隐条契简'],
    ['近', 'APPROX', '最附靠临亲就贴逼'], ['已达到', 'GTE', ''], ['达到', 'GTE', ''], ['已达', 'GTE', ''],
    ['达至', 'GTE', ''], ['达', 'GTE', '下传表到送抵通直转发雷豁畅腾练'],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** 达/达到 alone give GTE, but yield to any other comparator of the same quantity. */
const WEAK_BEFORE = new Set(['已达到', '达到', '已达', '达至', '达']);

/** Words trimmed from the start of a subject: scope, time and connector words, generic verbs. */
const LEAD_WORDS = wordTable(
  '其中|同时|另外|此外|以及|并且|全市|全省|全国|全区|全县|全镇|全年|全体|当年|今年|上年|去年|同期|年底|年初|年末|' +
  '同比|环比|较|比|比上年|共有|共计|合计|总计|累计|累增|累积|拥有|先后|分别|已经|已|均|又|还|再|将|拟|力争|确保|争取|预计|计划|' +
  '增加|新增|新增设|增设|增长|增至|提高|提升|上升|下降|降低|减少|压减|精简|扩大|扩展|达到|达|建成|新建|建设|完成|组织|举办|开展|' +
  '培训|招收|招生|投入|投资|筹集|安排|录用|新录用|招聘|引进|选派|派出|接收|接待|资助|共资助|获|获得|荣获|获评|评选|评出|认定|' +
  '遴选|选树|召开|实施|推动|推进|确定|梳理|梳理出|解决|排查|注销|审批|设立|成立|组建|新组建|创建|新创建|改造|新开设|开设|' +
  '覆盖|惠及|受益|提供|落实|发放|下达|签署|签订|培养|培育|打造|发布|出台|制定|编制|印发|办理|受理|公开|' +
  '主动公开|参加|参与|吸引|接受|入选|立项|超额|实现|形成|创设|建立|配备|配齐|新配|聘任|聘请|选聘|招录|吸纳|输送|举行|' +
  '发展|认定了|评定|通过|依托|围绕|按照|面向|针对|对|向|在|从|于|给|为|由|把|与|和|及|并|且|共|有|新|的|等|了|是',
);

/** Single characters trimmed at a subject's start only when not followed by these (在园幼儿 keeps 在). */
const LEAD_GUARDS: ReadonlyMap<string, string> = new Map([
  ['新', '型时代疆兴区生课高冠闻媒业能材'], ['共', '享建青同产性识商治'], ['有', '效关序力机志线限'],
  ['为', '主民人期止此本'], ['对', '象口外话策接标'], ['在', '园校读职岗线编学籍建营地'], ['将', '来军近'],
  ['再', '生造'], ['均', '衡值'], ['并', '列购轨'], ['和', '谐平'], ['及', '时格'], ['向', '导'],
  ['从', '业化事'], ['获', '奖'], ['比', '例重赛'], ['较', '大高好快'], ['于', ''], ['给', '予'],
  ['由', '于'], ['把', '握'], ['达', '标'], ['等', '级'], ['了', '解'], ['的', '确'], ['是', '否非'],
]);

/** Words trimmed from the end of a left-hand subject: copulas and "rise to" verbs before the number. */
const TRAIL_WORDS = wordTable(
  '为|是|有|达|达到|已达|已达到|达至|至|到|增至|增加至|增加到|增长至|增长到|提升至|提升到|提高至|提高到|上升至|上升到|' +
  '扩展至|扩展到|扩大至|扩大到|降至|降低至|降低到|下降至|下降到|减少至|减少到|压减至|控制在|保持在|稳定在|维持在|' +
  '共|共计|合计|总计|累计|分别|先后|均|已|已经|仅|只|共有|拥有|增加|增长|提高|提升|减少|下降|降低|上升|压减|新增|累增|' +
  '同比增加|同比增长|同比减少|同比下降|同比提高|同比压减|达标|占',
);

/** Words that end a right-hand subject (the verb or connector after "198名教师"). */
const RIGHT_STOP = wordTable(
  '进行|参加|参与|回|赴|到|通过|被|获|获得|获评|成为|开展|实施|纳入|入选|完成|建立|实现|达到|达|为|是|已|均|在|对|与|和|及|' +
  '并|共|分别|先后|同比|进入|接受|担任|深入|涉及|用于|全部|全面|都|排|排名|位列|居|第|落实|参训|受益|报到|接受|等',
);

/** Characters before a single-character stop word that make it part of a word (行为, 报到, 涉及). */
const RIGHT_GUARDS: ReadonlyMap<string, string> = new Map([
  ['为', '行作成认称视因更较最广极尤'], ['是', '但于就还或总正凡特只'], ['在', '存现正所实内外潜'],
  ['到', '报得感受达直遇周迟'], ['对', '面应针核相绝比'], ['和', '平温共缓柔人'], ['及', '涉普以危不顾'],
  ['等', '平同初中高均对相'], ['与', '参给授赠'], ['并', '合兼吞'], ['共', '公总一社中同'],
  ['获', '查俘收荣斩捕'], ['回', '返巡召收挽来退撤轮'], ['达', '到表传下发抵通直送'], ['均', '平人生年'],
  ['已', '不而业自'],
]);

const NOUN_TAG_RE = /^(?:n|vn|j|l|an)/;
const RIGHT_STOP_CHARS = new Set(['《', '“', '「', '(', ')', '[', ']', '〔', ' ']);
const LEAD_TAGS = new Set(['v', 'vd', 'p', 'c']);
const RIGHT_STOP_TAGS = new Set(['v', 'vd', 'p', 'c', 'd', 'uj', 'ul', 'uv', 'ud', 'f']);
const CONTEXT_RE = /(?:的(?!确)|和(?![谐平])|及(?![时格])|并且|并(?![列购轨])|且|以及|其中|同时|另外|此外|(?:\d{4}(?:年度?|学年)(?:底|初|末|上半年|下半年|以来)?|\d{1,2}月(?:底|初|份|中旬|上旬|下旬)?|\d{1,2}[日号]|[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]+[是、]|\d+[.、](?!\d)))/y;

/** A table of words keyed by their first character, longest first, for greedy matching. */
interface WordTable {
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly byLast: ReadonlyMap<string, readonly string[]>;
}

function wordTable(list: string): WordTable {
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const w of new Set(list.split('|'))) {
    (byFirst.get(w[0]) ?? byFirst.set(w[0], []).get(w[0])!).push(w);
    (byLast.get(w[w.length - 1]) ?? byLast.set(w[w.length - 1], []).get(w[w.length - 1])!).push(w);
  }
  for (const l of [...byFirst.values(), ...byLast.values()]) l.sort((a, b) => b.length - a.length);
  return { byFirst, byLast };
}

/** The longest word of the table starting at `pos` and ending by `limit` (guarded single characters), or ''. */
function wordAt(table: WordTable, text: string, pos: number, limit: number): string {
  for (const w of table.byFirst.get(text[pos]) ?? []) {
    if (pos + w.length > limit || !text.startsWith(w, pos)) continue;
    if (w.length === 1 && pos + 1 < limit && (LEAD_GUARDS.get(w) ?? '').includes(text[pos + 1])) continue;
    return w;
  }
  return '';
}

/** The longest word of the table ending at `end` and starting at or after `limit`, or ''. */
function wordBefore(table: WordTable, text: string, end: number, limit: number): string {
  for (const w of table.byLast.get(text[end - 1]) ?? []) {
    if (end - w.length >= limit && text.startsWith(w, end - w.length)) return w;
  }
  return '';
}

/** One quantity (number, scale, unit, comparators) before its subject is known; local offsets. */
interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
}

/** Clause boundaries and quoted/titled spans of a statement, found in one pass. */
interface Layout {
  /** Offsets of clause separators (outside brackets and quotes), ascending. */
  readonly breaks: number[];
  /** [start, end) pairs of “…” 《…》 「…」 『…』 spans, ascending. */
  readonly quoted: number[];
}

const OPEN_QUOTE: ReadonlyMap<string, string> = new Map([['“', '”'], ['《', '》'], ['「', '」'], ['『', '』']]);

function layout(text: string): Layout {
  const breaks: number[] = [];
  const quoted: number[] = [];
  let depth = 0;
  let close = '';
  let qStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (close !== '') {
      if (c === close) {
        quoted.push(qStart, i + 1);
        close = '';
      } else if (c === '。' || c === '\n') {
        close = '';
        breaks.push(i);
        depth = 0;
      }
      continue;
    }
    const closing = OPEN_QUOTE.get(c);
    if (closing !== undefined) {
      close = closing;
      qStart = i;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === '。' || c === '\n' || c === ';' || c === '!' || c === '?') {
      breaks.push(i);
      depth = 0;
    } else if (depth === 0 && (c === ',' || c === '、' || c === ':')) breaks.push(i);
  }
  return { breaks, quoted };
}

/** Whether `pos` lies inside one of the quoted spans (binary search). */
function isQuoted(quoted: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = quoted.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < quoted[2 * mid]) hi = mid - 1;
    else if (pos >= quoted[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The comparator word ending right before `pos` (spaces skipped), if any. */
function comparatorBefore(text: string, pos: number): readonly [string, Comparator, number] | null {
  let end = pos;
  while (end > 0 && text[end - 1] === ' ') end--;
  for (const [word, cmp, blocked] of BEFORE_COMPARATORS) {
    const s = end - word.length;
    if (s < 0 || !text.startsWith(word, s)) continue;
    if (blocked !== '' && s > 0 && blocked.includes(text[s - 1])) continue;
    return [word, cmp, s];
  }
  return null;
}

/** Reads the quantity whose number starts at `s`, or null when it is excluded or has no unit. */
function readQuantity(text: string, s: number, num: string, quoted: readonly number[]): Quantity | null {
  const prev = text[s - 1];
  if (prev === '第' || prev === '前' && !'提之目此以当空面眼事超'.includes(text[s - 2] ?? '')) return null;
  if (isQuoted(quoted, s)) return null;
  let value = parseArabicNumber(num);
  if (value === null) return null;
  let pos = s + num.length;
  let isYear = Number.isInteger(value) && value >= 1900 && value <= 2100 && num.length === 4;
  let scale = '';
  let comparator: Comparator | null = null;
  SCALE_RE.lastIndex = pos;
  let m = SCALE_RE.exec(text);
  if (m) {
    scale = m[1];
    pos = SCALE_RE.lastIndex;
  }
  RANGE_RE.lastIndex = pos;
  m = RANGE_RE.exec(text);
  if (m) {
    const hi = parseArabicNumber(m[1]);
    isYear &&= hi !== null && hi >= 1900 && hi <= 2100;
    if (scale === '' && m[2] !== undefined) scale = m[2];
    comparator = 'GTE';
    pos = RANGE_RE.lastIndex;
  }
  MID_RE.lastIndex = pos;
  if (MID_RE.test(text)) {
    pos = MID_RE.lastIndex;
    comparator = 'GT';
    SCALE_RE.lastIndex = pos;
    m = scale === '' ? SCALE_RE.exec(text) : null;
    if (m) {
      scale = m[1];
      pos = SCALE_RE.lastIndex;
    }
  }
  DATE_AFTER_RE.lastIndex = pos;
  if (DATE_AFTER_RE.test(text)) return null;
  UNIT_RE.lastIndex = pos;
  m = UNIT_RE.exec(text);
  let unit = '';
  if (m) {
    unit = canonicalUnit(m[0]);
    if (isYear && (unit === '年' || unit === '届')) return null;
    pos = UNIT_RE.lastIndex;
    NAME_AFTER_RE.lastIndex = pos;
    if (DURATION_UNITS.has(unit) && NAME_AFTER_RE.test(text)) return null;
    SINCE_RE.lastIndex = pos;
    if (unit === '年' && SINCE_RE.test(text)) return null;
  } else if (scale === '' || comparator === 'GT' || !CJK_RE.test(text[pos] ?? '')) {
    return null;
  }
  if (text[pos] === '+') return null;
  AFTER_RE.lastIndex = pos;
  m = AFTER_RE.exec(text);
  if (m) {
    comparator = AFTER_COMPARATORS.get(m[1]) ?? comparator;
    pos = AFTER_RE.lastIndex;
  }
  value = scaleValue(value, scale);
  let start = s;
  const before = comparatorBefore(text, s);
  if (before) {
    start = before[2];
    if (!WEAK_BEFORE.has(before[0]) || comparator === null) {
      comparator = WEAK_BEFORE.has(before[0]) ? comparator ?? before[1] : before[1];
    }
  }
  return { start, end: pos, value, unit, comparator: comparator ?? 'EQ' };
}

/** A token with offsets local to the statement. */
interface LocalToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Token lookups by local start offset, built once per statement. */
type TokenIndex = ReadonlyMap<number, LocalToken>;

function indexTokens(tokens: readonly TaggedToken[] | undefined, offset: number, length: number): TokenIndex {
  const map = new Map<number, LocalToken>();
  if (tokens === undefined) return map;
  for (const t of tokens) {
    const start = t.start - offset;
    const end = t.end - offset;
    if (start >= 0 && end <= length) map.set(start, { word: t.word, tag: t.tag, start, end });
  }
  return map;
}

/** Skips whitespace, connectors, list markers and time expressions from `pos` up to `limit`. */
function skipContext(text: string, pos: number, limit: number): number {
  for (;;) {
    while (pos < limit && (text[pos] === ' ' || text[pos] === '\t')) pos++;
    CONTEXT_RE.lastIndex = pos;
    if (pos < limit && CONTEXT_RE.test(text) && CONTEXT_RE.lastIndex <= limit) {
      pos = CONTEXT_RE.lastIndex;
      continue;
    }
    return pos;
  }
}

/**
 * Trims leading verbs, scope words and function words of [pos, limit): words of the generic table,
 * and a first verb/preposition/conjunction by POS tag (only before any word was trimmed, so that
 * the verb-like modifier of "新增结对学校" stays) when at least two characters remain.
 */
function stripLeading(text: string, pos: number, limit: number, tokens: TokenIndex): number {
  let trimmed = false;
  for (;;) {
    const p = skipContext(text, pos, limit);
    const w = wordAt(LEAD_WORDS, text, p, limit);
    let next = p;
    if (w !== '') next = p + w.length;
    else if (!trimmed) {
      const t = tokens.get(p);
      if (t !== undefined && LEAD_TAGS.has(t.tag) && t.end <= limit - 2 && text[t.end] !== '的') next = t.end;
    }
    if (next === pos) return pos;
    trimmed ||= next > p;
    pos = next;
  }
}

/** Trims trailing copulas, adverbs and "rise to" verbs of [start, end). */
function stripTrailing(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && text[end - 1] === ' ') end--;
    const w = wordBefore(TRAIL_WORDS, text, end, start);
    if (w !== '' && end - w.length > start) {
      end -= w.length;
      continue;
    }
    return end;
  }
}

/** Whether a verb-like token still modifies a noun that follows it (改 措施, 行为 的 学校). */
function beforeNoun(tokens: TokenIndex, t: LocalToken): boolean {
  let next = tokens.get(t.end);
  if (next !== undefined && next.word === '的') next = tokens.get(next.end);
  return next !== undefined && NOUN_TAG_RE.test(next.tag);
}

/** The noun phrase starting at `pos`, ended by a stop word, a digit, a quote or the clause end. */
function rightPhrase(text: string, pos: number, limit: number, tokens: TokenIndex): number {
  const cap = Math.min(limit, pos + 24);
  let end = pos;
  while (end < cap) {
    const c = text[end];
    if (RIGHT_STOP_CHARS.has(c) || (c >= '0' && c <= '9')) break;
    if (end > pos) {
      const w = wordAt(RIGHT_STOP, text, end, cap);
      if (w !== '' && !(RIGHT_GUARDS.get(w) ?? '').includes(text[end - 1])) break;
      const t = tokens.get(end);
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

/**
 * Finds the targets of one statement: `text` is the statement text starting at absolute offset
 * `offset`; `tokens` (optional, absolute offsets) are its nodejieba POS tags used to trim subjects.
 */
export function extractTargets(text: string, offset: number, tokens?: readonly TaggedToken[]): TargetSpan[] {
  const { breaks, quoted } = layout(text);
  const quantities: Quantity[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) {
    const q = readQuantity(text, m.index, m[0], quoted);
    if (q === null) continue;
    quantities.push(q);
    NUMBER_RE.lastIndex = q.end;
  }
  if (quantities.length === 0) return [];
  const index = indexTokens(tokens, offset, text.length);
  const out: TargetSpan[] = [];
  let b = 0;
  let prevSubject = '';
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    while (b < breaks.length && breaks[b] < q.start) b++;
    const clauseStart = b > 0 ? breaks[b - 1] + 1 : 0;
    const clauseEnd = b < breaks.length ? breaks[b] : text.length;
    const prev = quantities[i - 1];
    const leftStart = prev !== undefined && prev.end > clauseStart ? prev.end : clauseStart;
    const textStart = skipContext(text, leftStart, q.start);
    const subjStart = stripLeading(text, textStart, q.start, index);
    const subjEnd = stripTrailing(text, subjStart, q.start);
    let rightStart = q.end;
    for (let j = i + 1; j < quantities.length && quantities[j].start === rightStart; j++) rightStart = quantities[j].end;
    const rightNoun = rightStart < clauseEnd && CJK_RE.test(text[rightStart]) &&
      wordAt(RIGHT_STOP, text, rightStart, clauseEnd) === '' && wordAt(LEAD_WORDS, text, rightStart, clauseEnd) === '';
    let subject = '';
    let end = q.end;
    if (rightNoun) {
      const e = rightPhrase(text, rightStart, clauseEnd, index);
      subject = text.slice(rightStart, e);
      end = Math.max(end, e);
    }
    if (subject === '' && subjEnd > subjStart) subject = text.slice(subjStart, subjEnd);
    if (subject === '' && rightStart < clauseEnd) {
      const s = stripLeading(text, rightStart, clauseEnd, index);
      const e = rightPhrase(text, s, clauseEnd, index);
      if (e > s) {
        subject = text.slice(s, e);
        end = Math.max(end, e);
      }
    }
    if (subject === '') subject = prevSubject;
    if (subject === '') subject = text.slice(textStart, q.start).trim();
    if (subject === '' && rightStart < clauseEnd) {
      const e = rightPhrase(text, rightStart, clauseEnd, index);
      subject = text.slice(rightStart, e);
      end = Math.max(end, e);
    }
    prevSubject = subject;
    const start = Math.min(textStart, q.start);
    out.push({
      text: text.slice(start, end),
      subject,
      value: q.value,
      unit: q.unit,
      comparator: q.comparator,
      start: offset + start,
      end: offset + end,
    });
  }
  return out;
}
