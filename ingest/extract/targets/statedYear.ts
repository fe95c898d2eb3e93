/**
 * The year a statement states for what it says (到2027年…, 2023年，…, 截至2023年底, 2024-25年度): a target stands in that
 * year rather than in its section's when the statement names exactly one. A baseline (较2022年增长) or a starting point
 * (自2004年起) is no such year, nor is a year inside a cited title (《…2021-2025年…》).
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import { alternation } from '../../../language/match/alternation.js';
import { BARE_ERA_YEAR, ERA_OFFSET } from '../../../language/script/rocYears.js';
import { YEAR, yearOf } from '../../years.js';

/** A cited title, whose years are the policy's, not the statement's. */
const CITED = /《[^》]*》/g;

/**
 * A table row labelled by its year (2023-24（实际）   172   13,860   58.4; 2024  35): the year, a financial year's second
 * part and a note in brackets perhaps after it, then a gap and a number.
 */
const ROW_YEAR = /^((?:19|20)\d{2})(?:\s*[-–—/]\s*(?:(?:19|20)?\d{2}))?\s*(?:[（(][^()（）\d]{1,8}[)）])?(?=(?:\s{2,}|[\t\u3000｜|]\s*)\d)/;

/**
 * The one year the statement states, or null when it names none or several. In a text dated in the Republic of China's
 * calendar (`era`), a bare year of three digits is one of it (113年国人赴大陆… is 2024's).
 */
export function statedYear(text: string, era = false): number | null {
  const bare = text.includes('《') ? text.replace(CITED, (m) => ' '.repeat(m.length)) : text;
  const row = ROW_YEAR.exec(bare);
  if (row) return Number(row[1]);
  if (!bare.includes('年')) return null;
  const { baselineMarks } = getLexicon().targets;
  let found: number | null = null;
  for (const { at, year } of yearsNamed(bare, era)) {
    const before = bare.slice(Math.max(0, at - 2), at);
    if (baselineMarks.some((w) => before.endsWith(w))) continue;
    if (found !== null && found !== year) return null;
    found = year;
  }
  return found;
}

/** The years a text names before 年, where each is written; and in a text dated in the era, its bare years too. */
function* yearsNamed(text: string, era: boolean): Generator<{ at: number; year: number }> {
  for (const m of text.matchAll(YEAR)) yield { at: m.index, year: yearOf(m) };
  if (era) for (const m of text.matchAll(BARE_ERA_YEAR)) yield { at: m.index, year: Number(m[1]) + ERA_OFFSET };
}

/**
 * Whether a statement states `year` as a plan: it holds a word of planning (力争, 目标, or a verb introducing a plan: 将,
 * 计划) or writes the year as a deadline (到2025年).
 */
export function plannedFor(text: string, year: number): boolean {
  const { targets, structure } = getLexicon();
  const { plannedMarks, deadlineMarks } = targets;
  if (plannedMarks.some((w) => text.includes(w)) || structure.planIntroVerbs.some((w) => text.includes(w))) return true;
  return deadlineMarks.some((mark) => text.includes(`${mark}${year}`));
}

/** Whether a statement says what will happen (将于, 将会, 预计, 拟于 …: targets.futureMarks). */
export function saysWillHappen(text: string): boolean {
  return futureMarkPattern().test(text);
}

let futureMarks: RegExp | undefined;

/**
 * One pattern of all the future marks, built once (the lexicon is read once per process).
 * Note: one test of the statement, not a search of it per mark (thirty searches per statement of a sentence with a target).
 */
function futureMarkPattern(): RegExp {
  const marks = getLexicon().targets.futureMarks;
  // Note: no mark at all matches nothing (an empty alternation would match every statement).
  futureMarks ??= marks.length === 0 ? /(?!)/ : new RegExp(alternation(marks));
  return futureMarks;
}

/**
 * The year a statement names relative to its own (去年报考生达6000多名 in a 2008 text: 2007), when it names one such word
 * and no year of its own: the statement's year moved by the word's offset, or null.
 */
export function relativeYear(text: string, year: number | null): number | null {
  if (year === null || !text.includes('年')) return null;
  const { relativeYears, baselineMarks } = getLexicon().targets;
  let offset: number | null = null;
  for (const [word, by] of relativeYears) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // Note: a baseline (比上年增长, 较去年同期) is not the year the statement counts in.
      const before = text.slice(Math.max(0, at - 2), at);
      if (baselineMarks.some((w) => before.endsWith(w))) continue;
      if (offset !== null && offset !== by) return null;
      offset = by;
    }
  }
  return offset === null ? null : year + offset;
}
