/**
 * The year a statement states for what it says (到2027年…, 2023年，…, 截至2023年底, 2024-25年度): a target stands in that
 * year rather than in its section's when the statement names exactly one. A baseline (较2022年增长) or a starting point
 * (自2004年起) is no such year, nor is a year inside a cited title (《…2021-2025年…》).
 */
import { getLexicon } from '../../../language/lexicon/index.js';

/**
 * A year before 年: of a range of years its last (2023—2025年: by 2025), of a school or financial year its first
 * (2024-25年度, 2026至27年度, 2025/2026学年).
 */
const YEAR = /((?:19|20)\d{2})(?:\s*([-—–~至/])\s*((?:19|20)\d{2}|\d{2}))?\s*(学年|年度|年)/g;

/**
 * The year a matched year stands for: the last of a range of years written in full, the first of a school or financial
 * year (two consecutive years written with a slash or before 学年, 年度).
 */
function yearOf(m: RegExpMatchArray): number {
  const first = Number(m[1]);
  if (m[3]?.length !== 4) return first;
  const last = Number(m[3]);
  return last === first + 1 && (m[2] === '/' || m[4] !== '年') ? first : last;
}

/** A cited title, whose years are the policy's, not the statement's. */
const CITED = /《[^》]*》/g;

/** The one year the statement states, or null when it names none or several. */
export function statedYear(text: string): number | null {
  const bare = text.includes('《') ? text.replace(CITED, (m) => ' '.repeat(m.length)) : text;
  if (!bare.includes('年')) return null;
  const { baselineMarks } = getLexicon().targets;
  let found: number | null = null;
  for (const m of bare.matchAll(YEAR)) {
    const before = bare.slice(Math.max(0, m.index - 2), m.index);
    if (baselineMarks.some((w) => before.endsWith(w))) continue;
    const year = yearOf(m);
    if (found !== null && found !== year) return null;
    found = year;
  }
  return found;
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
