/**
 * Years written in Chinese numerals (二〇二五年, 二零一九年度, 二〇二五／二六学年), as Hong Kong and Macao texts and the
 * signature dates of official documents write them, put into Arabic digits one character for one: the readers of years
 * and dates then find them, and every offset still points into the original text.
 */
import { DIGIT_NUMERALS as D, numeralDigits, PLACE_NUMERALS } from '../match/numbers.js';

/**
 * Four digit numerals before 年 (or 学年), optionally a range's second year in two or four numerals (二〇二五至二六年度);
 * not inside a longer run of numerals (一二三四五年 is no year), nor after a place word (二十二〇二五 does not occur).
 */
const YEAR = new RegExp(`(?<!${D}|${PLACE_NUMERALS})(${D}{4})(?:([至\\-－—–~/／])(${D}{4}|${D}{2}))?(?=年|学年)`, 'g');

/** Whether text[at] is a digit numeral (〇, 二, 玖 …). */
const isDigitNumeral = (text: string, at: number): boolean => at >= 0 && numeralDigits(text[at]) !== null;

/**
 * Whether some 年 (or 学年) of the text follows two digit numerals, as every year in numerals does (its last two, or a
 * range's second year of two: 二〇二五至二六年).
 * Note: most texts have none, and this look at the characters before each 年 spares them the pattern's scan.
 */
function mayHoldNumeralYear(text: string): boolean {
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    const before = at > 0 && text[at - 1] === '学' ? at - 2 : at - 1;
    if (isDigitNumeral(text, before) && isDigitNumeral(text, before - 1)) return true;
  }
  return false;
}

/** `text` with each year written in numerals as digits (same length, same offsets); the text itself when it has none. */
export function withDigitYears(text: string): string {
  if (!mayHoldNumeralYear(text)) return text;
  return text.replace(YEAR, (whole: string, year: string, join: string | undefined, second: string | undefined) => {
    const digits = numeralDigits(year)!;
    if (Number(digits) < 1900 || Number(digits) > 2100) return whole;
    return join === undefined ? digits : `${digits}${join}${numeralDigits(second!)!}`;
  });
}
