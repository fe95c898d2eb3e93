/**
 * Number parsing for Chinese policy text: Arabic digits (decimals, thousands separators),
 * Chinese numerals (一百二十, 两千, 二〇一九) and mixed forms (5.88万, 1.2万亿).
 */

/** A batch of awards or of designated units (第二批, 第3批): which round named them. */
export const BATCH_ORDINAL = '第[\\d一二三四五六七八九十百]+批';
/** An edition of an event (第十五届, 第3届). */
export const EDITION_ORDINAL = '第[\\d一二三四五六七八九十百]+届';

/** A word that is a batch, the first one included (首批, 第三批). */
export const BATCH_WORD = new RegExp(`^(?:首批|${BATCH_ORDINAL})$`);

/** The ten-thousand and hundred-million scale words, and how many 万 make a 亿 (1亿2,800万元 is 12,800 万). */
export const WAN = '万';
export const YI = '亿';
export const WAN_PER_YI = 1e4;
const WAN_VALUE = 1e4;
const YI_VALUE = WAN_VALUE * WAN_PER_YI;

/** Multipliers of the scale words that may follow a number (万, 亿, 万亿, 千万, 百万). */
export const SCALE_FACTORS: ReadonlyMap<string, number> = new Map([
  ['万亿', YI_VALUE * WAN_VALUE],
  ['千万', 1e7],
  ['百万', 1e6],
  [YI, YI_VALUE],
  [WAN, WAN_VALUE],
  ['千', 1e3],
  ['百', 1e2],
]);

/**
 * Source of a regex matching one Arabic number: digits with an optional decimal part, where ","
 * counts as a thousands separator only when followed by exactly three digits and then a non-digit
 * (in normalised text "," is also the clause comma).
 */
export const ARABIC_NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;

const ARABIC_RE = new RegExp(`^${ARABIC_NUMBER_SOURCE}$`);

/** The digit numerals (〇, 零 and the circle ○ that stands in for 〇 are all zero; 两 is two; the financial forms too). */
const DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['○', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
  ['壹', 1], ['贰', 2], ['叁', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['柒', 7], ['捌', 8], ['玖', 9],
]);

const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
]);

/** The numerals that stand for a digit, and those that stand for a place (十 … 仟, 万, 亿), one character each. */
const PLACE_NUMERAL_CHARS: readonly string[] = [...SMALL_UNITS.keys(), WAN, YI];
export const NUMERAL_CHARS: readonly string[] = [...DIGITS.keys(), ...PLACE_NUMERAL_CHARS];

/** The same as regex character classes. */
export const DIGIT_NUMERALS = `[${[...DIGITS.keys()].join('')}]`;
export const PLACE_NUMERALS = `[${PLACE_NUMERAL_CHARS.join('')}]`;

/** A run of digit numerals written as Arabic digits one for one (二〇二五 → 2025), or null when one is no digit numeral. */
export function numeralDigits(numerals: string): string | null {
  let out = '';
  for (const c of numerals) {
    const digit = DIGITS.get(c);
    if (digit === undefined) return null;
    out += String(digit);
  }
  return out;
}

const TOKEN_RE = /\d+(?:\.\d+)?|[^\d]/g;

/** Removes binary floating-point noise from a product such as 5.88 × 10000. */
export function roundNumber(value: number): number {
  // Note: an integer of at most 15 digits has no noise (and toPrecision would give it back unchanged); 0 goes the long
  // way, which makes -0 into 0.
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}

/** Multiplies a value by the factor of a scale word (万 → 10000), or returns it unchanged for ''. */
export function scaleValue(value: number, scale: string): number {
  if (scale === '') return value;
  const factor = SCALE_FACTORS.get(scale);
  return factor === undefined ? value : roundNumber(value * factor);
}

/** Parses Arabic digits with an optional decimal part and thousands separators ("1,030" → 1030). */
export function parseArabicNumber(s: string): number | null {
  // Note: digits alone (most numbers read) need neither the regex nor the removal of separators (a global replace).
  if (onlyAsciiDigits(s)) return Number(s);
  if (!ARABIC_RE.test(s)) return null;
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}

/** Whether the string is one or more digits 0-9 and nothing else. */
function onlyAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Parses a number written in Arabic digits, Chinese numerals or both ("5.88万", "一百二十",
 * "两千", "二〇一九", "1.2万亿", "1,030"); returns null when the string is not a number.
 */
export function parseChineseNumber(s: string): number | null {
  const str = s.trim();
  if (str === '') return null;
  // Note: numerals alone (most counts in words) are one part per character, as arabicParts' regexes would cut them.
  const parts = hasAsciiDigit(str) ? arabicParts(str) : str.split('');
  if (parts === null) return null;
  if (typeof parts === 'number') return parts;
  if (parts.length > 1 && parts.every((p) => DIGITS.has(p))) {
    return Number(parts.map((p) => DIGITS.get(p)).join(''));
  }
  return parseStructured(parts);
}

/** Whether the string holds a digit 0-9. */
function hasAsciiDigit(str: string): boolean {
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** A string with digits: its value when it is an Arabic number alone, else its parts (digit runs, single characters). */
function arabicParts(str: string): number | string[] | null {
  const arabic = parseArabicNumber(str);
  if (arabic !== null) return arabic;
  const plain = str.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  return plain.match(TOKEN_RE);
}

/** Evaluates numerals with place words: digits or Arabic runs, 十/百/千 inside a section, 万/亿 closing it. */
function parseStructured(parts: readonly string[]): number | null {
  let total = 0;
  let section = 0;
  let current: number | null = null;
  let seen = false;
  for (const p of parts) {
    const digit = DIGITS.get(p);
    if (digit !== undefined || /^\d/.test(p)) {
      if (current !== null) return null;
      seen = true;
      if (digit !== 0) current = digit ?? Number(p);
      continue;
    }
    const small = SMALL_UNITS.get(p);
    if (small !== undefined) {
      section += (current ?? 1) * small;
      current = null;
      seen = true;
    } else if (p === WAN) {
      if (!seen) return null;
      section = (section + (current ?? 0)) * WAN_VALUE;
      current = null;
    } else if (p === YI) {
      if (!seen) return null;
      total = (total + section + (current ?? 0)) * YI_VALUE;
      section = 0;
      current = null;
    } else {
      return null;
    }
  }
  if (!seen) return null;
  return roundNumber(total + section + (current ?? 0));
}
