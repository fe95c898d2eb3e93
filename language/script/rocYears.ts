/**
 * Years of the Republic of China calendar (民國113年 is 2024), as texts written in Taiwan date them, put into the common
 * era with the text's length and every offset kept: the readers of years and dates then find them. Only a text that
 * dates itself so (民國114年, 中華民國114年2月18日, 发布日期：114年3月5日) is read this way; a three-digit year is no year
 * anywhere else.
 */

/** The first year of the calendar is 1912: a year of it plus this is the common era's. */
export const ERA_OFFSET = 1911;

/**
 * A year the calendar names, as the era's (中華民國114年, 民國99年): the era's words and the number, before 年, inside a
 * line (提報日期：中華民國114年2月18日). A line opening with them (a signature's date) keeps them: the date reader reads
 * them there, and the words stay in the line's text.
 */
const ERA_YEAR = /(?<=[^\n华])(?:中华)?民国(\d{2,3})(?=年)/g;
/** A bare year of three digits before 年度 or 学年度 (113年度, 113学年度): the 度 gives the room its fourth digit needs. */
const YEAR_OF_TERM = /(?<![\d.])(1\d{2})(学?)年度/g;
/** A bare year of three digits after a locative (于113年, 在113年): the locative gives the room. */
const YEAR_AFTER_LOCATIVE = /[于在](1\d{2})(?=年)/g;
/** A date of the calendar written with dashes, as Taiwan's pages give their publication (发布日期：114-10-22). */
export const ROC_DASHED_DATE = /(?<![\d.])(1\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])/;
/**
 * Whether a text dates itself in the calendar: its era's name before a year, or a full date with a bare year of three
 * digits (发布日期：114年3月5日, 发布日期：114-10-22), which no other calendar writes.
 */
const DATED_IN_ERA = new RegExp(`民国\\d{2,3}年|(?<!\\d)1\\d{2}年\\d{1,2}月\\d{1,2}日|日期\\s*[:：]\\s*${ROC_DASHED_DATE.source}`);

/** Whether a text dates itself in the calendar (民國114年, 发布日期：114年3月5日): its bare years of three digits are the era's. */
export function datesInEra(text: string): boolean {
  return DATED_IN_ERA.test(text);
}

/**
 * A bare year of the calendar that stays as written (113年国人赴大陆…: no room for a fourth digit), in a text that dates
 * itself so: three digits before 年, no digit or point before them, no 度 after.
 */
export const BARE_ERA_YEAR = /(?<![\d.])(1\d{2})(?=年(?!度))/g;

/** The common era's year of a year of the calendar, written in digits. */
const commonEra = (year: string): string => String(Number(year) + ERA_OFFSET);

/**
 * A line of a text dated in the calendar with its bare years in the common era too (陆委会公布113年两岸交流统计 →
 * …公布2024年…), for reading which years a title, a part heading or an opening sentence names: the line grows by a
 * character a year, so no offset into it holds.
 */
export function withBareYearsRead(line: string): string {
  return line.replace(BARE_ERA_YEAR, (year: string) => commonEra(year));
}

/**
 * `text` (Simplified, as extraction reads it) with the calendar's years in the common era, every character in place: the
 * era's words before a year inside a line give way to spaces (日期：中华民国114年 → 日期：`   2025年`), a term's 度 to the fourth digit (113年度 →
 * 2024年, 113学年度 → 2024学年), a locative before a year to it (于113年 → 2024年). Other bare years stay as written.
 * A text that names no year of the calendar is returned as it is.
 */
export function withCommonEraYears(text: string): string {
  if (!DATED_IN_ERA.test(text)) return text;
  return text
    .replace(ERA_YEAR, (whole: string, year: string) => commonEra(year).padStart(whole.length, ' '))
    .replace(YEAR_OF_TERM, (_whole: string, year: string, school: string) => `${commonEra(year)}${school ? '学' : ''}年`)
    .replace(YEAR_AFTER_LOCATIVE, (_whole: string, year: string) => commonEra(year));
}
