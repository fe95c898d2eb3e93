import type { Status } from '../model.js';

/** The year and status a stretch of the document speaks in. */
export interface Period {
  year: number | null;
  status: Status;
}

/** The periods named by a title: its summary year and/or its plan year, in the order named. */
export interface TitlePeriods {
  summary: number | null;
  plan: number | null;
  /** Which kind the title names first (the part a cut-off body starts in). */
  first: 'summary' | 'plan' | null;
}

const SUMMARY_WORDS = '总结|回顾|成效|成绩|完成情况|工作情况|进展情况|主要工作|工作报告|情况报告';
const PLAN_WORDS = '要点|计划|思路|安排|打算|重点任务|工作重点|主要任务|目标任务|重点工作|主要目标|规划';
const YEAR = '((?:19|20)\\d{2})年';
/** A part heading: an optional 一、/第一部分 marker, one year, a few words, and a summary or plan word at the end. */
const PART_HEADING = new RegExp(
  `^(?:(?:[一二三四五六七八九十]+[、.])|(?:第[一二三四五六七八九十]+部分))?\\s*(?:[^\\d,;。:!?]{0,16}?)${YEAR}(?:度)?([^,;。:!?\\d]{0,20}?)(${SUMMARY_WORDS}|${PLAN_WORDS})(?:[和与及、]*(?:${SUMMARY_WORDS}|${PLAN_WORDS}))*$`,
);
const SUMMARY_RE = new RegExp(`(?:${SUMMARY_WORDS})`);
const PLAN_RE = new RegExp(`(?:${PLAN_WORDS})`);
const TITLE_CHUNK_SPLIT = /和|及|与|暨|以及/;
const TITLE_PERIOD = new RegExp(`${YEAR}(?:度)?[^\\d]*?(${SUMMARY_WORDS}|${PLAN_WORDS})`);
const NOT_A_PART = /通知|关于|印发|意见|决定|办法/;

function kindOf(word: string): 'summary' | 'plan' {
  return SUMMARY_RE.test(word) && !PLAN_RE.test(word) ? 'summary' : 'plan';
}

/** Reads the summary and plan years named in a title ("2019年…工作总结和2020年工作要点" → 2019, 2020). */
export function titlePeriods(title: string): TitlePeriods {
  const result: TitlePeriods = { summary: null, plan: null, first: null };
  for (const chunk of title.split(TITLE_CHUNK_SPLIT)) {
    const m = TITLE_PERIOD.exec(chunk);
    if (!m) continue;
    const kind = kindOf(m[2]);
    if (result[kind] === null) result[kind] = Number(m[1]);
    result.first ??= kind;
  }
  return result;
}

/** The period a document without part headings speaks in: that of the part its title names first. */
export function bodyPeriod(periods: TitlePeriods): Period {
  if (periods.first === 'summary') return { year: periods.summary, status: 'ACHIEVED' };
  if (periods.first === 'plan') return { year: periods.plan, status: 'PLANNED' };
  return { year: null, status: 'CONTEXT' };
}

/**
 * Recognises a part heading ("2019年广州教育工作总结", "二、2025年工作计划", "2024年主要工作和成效")
 * and returns its period; a year the title names as summary or plan year decides ambiguous words.
 */
export function partPeriod(line: string, periods: TitlePeriods): Period | null {
  if (line.length > 48 || NOT_A_PART.test(line)) return null;
  const m = PART_HEADING.exec(line);
  if (!m) return null;
  const year = Number(m[1]);
  if (year === periods.summary && year !== periods.plan) return { year, status: 'ACHIEVED' };
  if (year === periods.plan && year !== periods.summary) return { year, status: 'PLANNED' };
  return { year, status: kindOf(m[3]) === 'summary' ? 'ACHIEVED' : 'PLANNED' };
}

const PROBLEM_WORDS = '问题|不足|困难|短板|差距|挑战|薄弱环节';
const PROBLEM_HEADING = new RegExp(
  `(?:存在|面临|主要|突出)[^。,]{0,6}(?:${PROBLEM_WORDS})|(?:${PROBLEM_WORDS})(?:和|与|及|、)(?:${PROBLEM_WORDS}|建议|对策|措施)|^(?:${PROBLEM_WORDS})|(?:${PROBLEM_WORDS})$`,
);
const SOLVING_VERB = /解决|破解|化解|攻坚|补齐|补足|弥补|应对|克服|缩小|整改|排查/;
const PROBLEM_LABEL = new RegExp(`^[^:。]{0,24}(?:${PROBLEM_WORDS})[^:。]{0,6}:`);

/** Tells whether a section heading announces problems or shortcomings (not their solving). */
export function isProblemHeading(heading: string): boolean {
  return PROBLEM_HEADING.test(heading) && !SOLVING_VERB.test(heading);
}

/** Tells whether a paragraph is labelled as a problem statement ("问题描述:…", "还存在以下问题:…"). */
export function isProblemParagraph(line: string): boolean {
  return PROBLEM_LABEL.test(line) && !SOLVING_VERB.test(line.slice(0, line.indexOf(':')));
}
