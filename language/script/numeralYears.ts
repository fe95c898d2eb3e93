/**
 * Years written in Chinese numerals (二〇二五年, 二零一九年度, 二〇二五／二六学年), as Hong Kong and Macao texts and the
 * signature dates of official documents write them, put into Arabic digits one character for one: the readers of years
 * and dates then find them, and every offset still points into the original text.
 */

/** The numeral of each digit a year is written with (〇, 零 and the circle ○ that stands in for 〇, all zero). */
const DIGIT: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const D = '[〇零○一二三四五六七八九]';
/**
 * Four digit numerals before 年 (or 学年), optionally a range's second year in two or four numerals (二〇二五至二六年度);
 * not inside a longer run of numerals (一二三四五年 is no year), nor after a place word (二十二〇二五 does not occur).
 */
const YEAR = new RegExp(`(?<![〇零○一二三四五六七八九十百千万两])(${D}{4})(?:([至\\-－—–~/／])(${D}{4}|${D}{2}))?(?=年|学年)`, 'g');
const digits = (numerals: string): string => Array.from(numerals, (c) => DIGIT[c]).join('');

/** `text` with each year written in numerals as digits (same length, same offsets); the text itself when it has none. */
export function withDigitYears(text: string): string {
  if (!text.includes('年')) return text;
  return text.replace(YEAR, (whole: string, year: string, join: string | undefined, second: string | undefined) => {
    const value = Number(digits(year));
    if (value < 1900 || value > 2100) return whole;
    return join === undefined ? digits(year) : `${digits(year)}${join}${digits(second!)}`;
  });
}
