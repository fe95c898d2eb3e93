/**
 * Reading one quantity in a statement: the number, its scale (万, 亿), range, unit and comparator, or nothing when the
 * number is a date, a year, an ordinal, a ranking, part of a name or has no unit.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { codeTable } from '../../../language/match/codeTable.js';
import {
  ARABIC_NUMBER_SOURCE, DIGIT_NUMERALS, numeralDigits, parseArabicNumber, parseChineseNumber, PLACE_NUMERALS, scaleValue,
  WAN, WAN_PER_YI, YI,
} from '../../../language/match/numbers.js';
import type { Comparator } from '../../model.js';
import { isQuoted } from './layout.js';
import { canonicalUnit, unitTables } from './units.js';

/** One quantity (number, scale, unit, comparators) before its subject is known; local offsets. */
export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
}

const SCALE = '万亿|千万|百万|亿|万|千(?![米克瓦])|百(?!分)';
/**
 * A count written in numerals (五万, 一百二十, 三千五百): it opens with a digit numeral or 十 and holds a place word (a run of
 * digits alone is a year or no number: 二○一四, 唯一 + 一所), not inside a longer run of numerals nor after an ordinal or
 * vague count (第, 几十, 数百); a percentage in words (百分之八) too.
 */
const NUMERALS = `(?:${DIGIT_NUMERALS}+${PLACE_NUMERALS}|十)(?:${DIGIT_NUMERALS}|${PLACE_NUMERALS})*`;
const WRITTEN_COUNT = `(?<!${DIGIT_NUMERALS}|${PLACE_NUMERALS}|[第几数])${NUMERALS}`
  + `|百分之(?:${DIGIT_NUMERALS}|十)+(?:点${DIGIT_NUMERALS}+)?`;
/** Three-digit numbers before 年: the years of the Republic of China calendar (民國100年 is 2011) and ages of a century or more. */
const ROC_YEAR_MIN = 100;
const ROC_YEAR_END = 1000;

/** A count in numerals is read when it is at least this (一个, 两所, 三年 are words as much as counts). */
const WRITTEN_MIN = 10;
/**
 * Units after numerals that make them an ordinal, a word or a span of time (十八届, 十一次党代会, 十分中肯, 已逾十年, 首十个月),
 * not a count.
 */
const WRITTEN_NOT_UNITS = new Set(['届', '次', '分', '年', '个月', '月', '天', '日', '周']);
const PERCENT_WORDS = '百分之';
/** An ordinary space, as between a number and its unit in a spaced layout. */
const SPACE = 0x20;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A number: in digits (not after a digit, a letter, a sign or a mark that joins it to them), or a count in numerals. */
const NUMBER_SOURCE = `(?<![\\d.A-Za-z+\\-—~/:])${ARABIC_NUMBER_SOURCE}|${WRITTEN_COUNT}`;

/** The patterns of a quantity, built once from the lexicon. */
function buildPatterns() {
  const { targets, programs } = getLexicon();
  const nameHeads = [...programs.heads.keys()].filter((w) => w.length >= 2);
  return {
    number: new RegExp(NUMBER_SOURCE, 'g'),
    /** The same, matched only where it is asked to start (sticky). */
    numberAt: new RegExp(NUMBER_SOURCE, 'y'),
    scale: new RegExp(`\\s?(${SCALE})`, 'y'),
    /** The 万 an amount in 亿 goes on with (1亿 + 2,800万, 2亿 + 零400万). */
    tenThousands: new RegExp(`零?(${ARABIC_NUMBER_SOURCE})万`, 'y'),
    /** The units a count in 万 goes on with (7万 + 3,895人), a whole number that no scale follows. */
    ones: new RegExp(`零?(\\d{1,3}(?:,\\d{3})?|\\d{1,4})(?![\\d.,万亿千百])`, 'y'),
    range: new RegExp(`\\s?[-—~至]\\s?(${ARABIC_NUMBER_SOURCE})(?:\\s?(${SCALE}))?`, 'y'),
    mid: /[多余]/y,
    unit: new RegExp(unitTables().source, 'y'),
    after: new RegExp(`\\s?(${alternation(targets.after.keys())})`, 'y'),
    date: new RegExp(`\\s?(?:${alternation(targets.dateWords)})`, 'y'),
    nameAfter: new RegExp(`(?:${alternation(nameHeads)})`, 'y'),
    since: /以?来/y,
    monthAfter: /(?:1[0-2]|0?[1-9])月/y,
    cjk: /[\u4e00-\u9fff]/,
  };
}
let patterns: ReturnType<typeof buildPatterns> | undefined;
const re = (): ReturnType<typeof buildPatterns> => (patterns ??= buildPatterns());

/** The regex that finds candidate numbers in a statement (global; reset `lastIndex` before use). */
export function numberPattern(): RegExp {
  return re().number;
}

let numberStarts: Uint8Array | undefined;

/**
 * Per UTF-16 code, 1 for a character a match of the number pattern may open with: an Arabic digit, a digit numeral, 十,
 * or the first character of 百分之.
 */
export function numberStartTable(): Uint8Array {
  // Note: the digit numerals are read from the class the pattern itself is built with ([〇零…]).
  numberStarts ??= codeTable([[[...`0123456789${DIGIT_NUMERALS.slice(1, -1)}十${PERCENT_WORDS[0]}`], 1]]);
  return numberStarts;
}

/**
 * The first position from `from` at which a number may start, or -1 when none does: the number pattern cannot match
 * before it (most statements hold no number at all).
 */
export function nextNumberStart(text: string, from: number): number {
  const starts = numberStartTable();
  for (let i = from; i < text.length; i++) if (starts[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/**
 * The first match of the number pattern at or after `from`, or null: as the global pattern's `exec` from there.
 * Note: the pattern is tried only where a number may start (a table test), not at every position after the first such
 * one: its look-behinds make every position it tries costly, and most such characters (一, 十) open no number.
 */
export function nextNumber(text: string, from: number): RegExpExecArray | null {
  const sticky = re().numberAt;
  for (let at = nextNumberStart(text, from); at >= 0; at = nextNumberStart(text, at + 1)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}

type ComparatorEntry = readonly [word: string, comparator: Comparator, blocked: string];

let comparatorsByLast: ReadonlyMap<number, readonly ComparatorEntry[]> | undefined;

/**
 * The lexicon's comparator words before a number, grouped by their last UTF-16 code, each group in the lexicon's order
 * (which decides between two words ending at one place).
 */
export function comparatorsByLastCode(): ReadonlyMap<number, readonly ComparatorEntry[]> {
  if (comparatorsByLast) return comparatorsByLast;
  const table = new Map<number, ComparatorEntry[]>();
  for (const entry of getLexicon().targets.before) {
    const last = entry[0].charCodeAt(entry[0].length - 1);
    const group = table.get(last);
    if (group) group.push(entry);
    else table.set(last, [entry]);
  }
  comparatorsByLast = table;
  return table;
}

/** The comparator word ending at `end`, if any. */
function comparatorEndingAt(text: string, end: number): readonly [string, Comparator, number] | null {
  // Note: only the words ending in the character before `end` are tried, not every comparator word at each place.
  const candidates = end > 0 ? comparatorsByLastCode().get(text.charCodeAt(end - 1)) : undefined;
  if (candidates === undefined) return null;
  for (const [word, cmp, blocked] of candidates) {
    const s = end - word.length;
    if (s < 0 || !text.startsWith(word, s)) continue;
    if (blocked !== '' && s > 0 && blocked.includes(text[s - 1])) continue;
    return [word, cmp, s];
  }
  return null;
}

/** Whether a UTF-16 code is a Han character of the basic block (U+4E00–U+9FFF), as a verb's characters are. */
const hanCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
/** The longest verb a comparator word may stand across (the schema's bound of `acrossVerb`). */
const MAX_VERB = 4;

/**
 * The comparator word ending right before `pos` (spaces skipped), or one of the words that may stand before a verb
 * before the number (至少开设1项, 约有15%), if any.
 */
function comparatorBefore(text: string, pos: number): readonly [string, Comparator, number] | null {
  let end = pos;
  while (end > 0 && text[end - 1] === ' ') end--;
  const right = comparatorEndingAt(text, end);
  if (right) return right;
  for (let gap = 1; gap <= MAX_VERB && gap < end; gap++) {
    // Note: the characters after this one were tested at the gaps before: one code settles whether all are Han.
    if (!hanCode(text.charCodeAt(end - gap))) break;
    const found = comparatorEndingAt(text, end - gap);
    if (found && gap <= (getLexicon().targets.acrossVerb.get(found[0]) ?? 0)) return found;
  }
  return null;
}

/** How far before a ratio its comparator may stand across the base it is a share of (不少于 + 交流总数的 + 20%). */
const SHARE_WINDOW = 14;
/** How short a base may be written without 的 (不超过 + 津贴额 + 15%). */
const BARE_BASE = 4;

/**
 * The comparator of a ratio written before the base it is a share of (不超过实际租金的50%, 约占本科生总数的30%, 不少于财政
 * 资助额的1.5倍): the Han words between end in 的, or are a short base alone; null when none stands there.
 */
function shareComparator(text: string, s: number): readonly [string, Comparator, number] | null {
  for (let gap = 1; gap <= SHARE_WINDOW && gap <= s; gap++) {
    if (!hanCode(text.charCodeAt(s - gap))) return null;
    const found = comparatorEndingAt(text, s - gap);
    if (found === null) continue;
    return text[s - 1] === '的' || gap <= BARE_BASE ? found : null;
  }
  return null;
}

/** The unit of a count written right before a number, perhaps with a comparator between (人次 + 约 + 38万), or undefined. */
function countBefore(text: string, s: number): string | undefined {
  const end = comparatorBefore(text, s)?.[2] ?? s;
  return getLexicon().units.countsBefore.find(([word]) => text.startsWith(word, end - word.length))?.[1];
}

/** Whether the regex (sticky) matches at `pos`; returns the match and leaves `lastIndex` after it. */
function at(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/**
 * Whether the regex (sticky) matches at `pos`, leaving `lastIndex` after the match.
 * Note: a test, not an exec, where the match itself is not read: no match array is made.
 */
function matchesAt(pattern: RegExp, text: string, pos: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(text);
}

/** The value of a count written in numerals, or null below WRITTEN_MIN or when the numerals are no number (十四五). */
function writtenCount(numerals: string): number | null {
  const value = parseChineseNumber(numerals);
  return value !== null && value >= WRITTEN_MIN ? value : null;
}

/** A number and its unit as written, before the words around them; `pos` is where they end. */
interface Reading {
  value: number;
  scale: string;
  unit: string;
  pos: number;
  comparator: Comparator | null;
}

/** A percentage written in words (百分之八, 百分之十二点五): the words are its number and its unit. */
function readWrittenPercent(s: number, written: string): Reading | null {
  const [whole, fraction] = written.slice(PERCENT_WORDS.length).split('点');
  const integer = parseChineseNumber(whole);
  const decimals = fraction === undefined ? '' : numeralDigits(fraction);
  if (integer === null || decimals === null) return null;
  const value = decimals === '' ? integer : Number(`${integer}.${decimals}`);
  return { value, scale: '', unit: '%', pos: s + written.length, comparator: null };
}

/** The number starting at `s` (digits or numerals), its scale, range and unit, or null when it is excluded or has no unit. */
function readNumberAndUnit(text: string, s: number, num: string): Reading | null {
  const p = re();
  const written = !/\d/.test(num);
  let value = written ? writtenCount(num) : parseArabicNumber(num);
  if (value === null) return null;
  let pos = s + num.length;
  let isYear = Number.isInteger(value) && value >= 1900 && value <= 2100 && num.length === 4;
  let scale = '';
  let comparator: Comparator | null = null;
  let m = at(p.scale, text, pos);
  if (m) {
    scale = m[1];
    pos = p.scale.lastIndex;
    // Note: an amount in 亿 goes on in 万 (1亿2,800万元, 2亿零400万元): one amount, counted in 万.
    const rest = scale === YI && !written ? at(p.tenThousands, text, pos) : null;
    const more = rest ? parseArabicNumber(rest[1]) : null;
    if (more !== null && more < WAN_PER_YI) {
      value = value * WAN_PER_YI + more;
      scale = WAN;
      pos = p.tenThousands.lastIndex;
    }
    // Note: so does a count in 万 go on in units (7万3,895人, as Taiwan writes counts): one count.
    const units = scale === WAN && !written && Number.isInteger(value) ? at(p.ones, text, pos) : null;
    const extra = units ? parseArabicNumber(units[1]) : null;
    if (extra !== null && extra < WAN_PER_YI) {
      value = value * WAN_PER_YI + extra;
      scale = '';
      pos = p.ones.lastIndex;
    }
  }
  m = at(p.range, text, pos);
  if (m) {
    const hi = parseArabicNumber(m[1]);
    isYear &&= hi !== null && hi >= 1900 && hi <= 2100;
    if (scale === '' && m[2] !== undefined) scale = m[2];
    comparator = 'GTE';
    pos = p.range.lastIndex;
  }
  if (matchesAt(p.mid, text, pos)) {
    pos = p.mid.lastIndex;
    comparator = 'GT';
    m = scale === '' ? at(p.scale, text, pos) : null;
    if (m) {
      scale = m[1];
      pos = p.scale.lastIndex;
    }
  }
  if (matchesAt(p.date, text, pos)) return null;
  m = at(p.unit, text, pos);
  // Note: a unit may stand one space after its number, as the Macao Official Bulletin sets digits apart (不超過 25 個).
  if (m === null && !written && text.charCodeAt(pos) === SPACE && text.charCodeAt(pos + 1) !== SPACE) m = at(p.unit, text, pos + 1);
  let unit = '';
  if (m) {
    unit = canonicalUnit(m[0]);
    if (isYear && (unit === '年' || unit === '届')) return null;
    // Note: three digits before 年 are a year of Taiwan's calendar (113年在教育扎根, 较112年同期) or an age, never a span a
    // plan sets.
    if (unit === '年' && scale === '' && !written && value >= ROC_YEAR_MIN && value < ROC_YEAR_END) return null;
    if (written && WRITTEN_NOT_UNITS.has(unit)) return null;
    pos = p.unit.lastIndex;
    if (unitTables().durations.has(unit) && matchesAt(p.nameAfter, text, pos)) return null;
    if (unit === '年' && matchesAt(p.since, text, pos)) return null;
    // Note: a 年 before a month is a date's year, whatever its number (a Taiwan date's 114年2月10日).
    if (unit === '年' && matchesAt(p.monthAfter, text, pos)) return null;
  } else {
    // Note: a count may be written before its number instead (参观人次约38万, 入场人次逾15万).
    const counted = countBefore(text, s);
    if (counted !== undefined) unit = counted;
    else if (written || scale === '' || comparator === 'GT' || !p.cjk.test(text[pos] ?? '')) return null;
  }
  return { value, scale, unit, pos, comparator };
}

/** Reads the quantity whose number starts at `s`, or null when it is excluded or has no unit. */
export function readQuantity(text: string, s: number, num: string, quoted: readonly number[]): Quantity | null {
  const p = re();
  const { rankingBlockers, weak, after } = getLexicon().targets;
  const prev = text[s - 1];
  if (prev === '第' || (prev === '前' && !rankingBlockers.includes(text[s - 2] ?? ''))) return null;
  // Note: an ordinal one space before its number, as a spaced layout sets it (第 17 期), is one too.
  if (prev === ' ' && text[s - 2] === '第') return null;
  if (isQuoted(quoted, s)) return null;
  const reading = num.startsWith(PERCENT_WORDS) ? readWrittenPercent(s, num) : readNumberAndUnit(text, s, num);
  if (reading === null) return null;
  const { scale } = reading;
  let { pos, comparator } = reading;
  // Note: a currency written before an amount in 元 is its unit (港币3,800万元 is in 港元).
  // Note: the currency may stand one space before the number, as the Macao Official Bulletin sets it (澳門元 300 萬元).
  const currencyEnd = text.charCodeAt(s - 1) === SPACE ? s - 1 : s;
  const currency = getLexicon().units.currenciesBefore.find(([word]) => text.startsWith(word, currencyEnd - word.length));
  const unit = reading.unit === '元' ? currency?.[1] ?? '元' : reading.unit;
  if (text[pos] === '+') return null;
  const m = at(p.after, text, pos);
  if (m) {
    comparator = after.get(m[1]) ?? comparator;
    pos = p.after.lastIndex;
  }
  const value = scaleValue(reading.value, scale);
  let start = s;
  // Note: a comparator may stand before the currency written before the number (约 + 澳门元 + 1,150万元, 最高 + 人民币 + 50万元).
  const direct = comparatorBefore(text, currency ? currencyEnd - currency[0].length : s);
  // Note: a ratio's comparator may stand before the base it is a share of (不超过 + 实际租金的 + 50%).
  const before = direct ?? (getLexicon().units.ratioUnits.has(unit) ? shareComparator(text, s) : null);
  if (before) {
    start = before[2];
    if (!weak.has(before[0]) || comparator === null) {
      comparator = weak.has(before[0]) ? comparator ?? before[1] : before[1];
    }
  }
  return { start, end: pos, value, unit, comparator: comparator ?? 'EQ' };
}
