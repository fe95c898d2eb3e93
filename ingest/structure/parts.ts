import { getLexicon } from '../../language/lexicon/index.js';
import type { Status } from '../model.js';
import { YEAR as WRITTEN_YEARS, firstYear, yearOf } from '../years.js';
import { alternation } from '../../language/match/alternation.js';
import { codeTable } from '../../language/match/codeTable.js';
import { findMarker, FORMAL_NUMERALS } from './markers.js';

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
/** The year a part heading names (2024年, 2024学年度), the first of a financial or school year (2024-25年度, 2024/2025学年). */
const YEAR = '((?:19|20)\\d{2})(?:\\s*[-—–/]\\s*\\d{2}(?!\\d)|/(?:19|20)\\d{2})?学?年';

/** The part and problem patterns, built once from the lexicon's structure words. */
function buildPatterns() {
  const words = getLexicon().structure;
  const summary = alternation(words.summaryWords);
  const plan = alternation(words.planWords);
  const problem = alternation(words.problemWords);
  return {
    /**
     * A part heading: an optional 一、/6./第一部分 marker, one year, a few words, and a summary or plan word at the end, or
     * several joined by 和, 及 or 、 (工作总结和工作计划); a genre word right before the last is its subject (2025年 + 计划 +
     * 推展概况: the scheme's progress), not one of its own.
     */
    partHeading: new RegExp(
      `^(?:(?:(?:[一二三四五六七八九十${FORMAL_NUMERALS}]+|\\d{1,2})[、.．])|(?:\\d{1,2}\\.\\d{1,2}(?!\\d))|(?:第[一二三四五六七八九十]+部分))?\\s*(?:[^\\d,;。:!?]{0,16}?)${YEAR}(?:度)?([^,;。:!?\\d]{0,20}?)(${summary}|${plan})(?:[和与及、]+(?:${summary}|${plan}))*$`,
    ),
    summary: new RegExp(`(?:${summary})`),
    plan: new RegExp(`(?:${plan})`),
    titleChunkSplit: new RegExp(alternation(words.titleJoins)),
    titlePeriod: new RegExp(`${YEAR}(?:度)?[^\\d]*(${summary}|${plan})`),
    /** A verb announcing what a document gives, and its clause. */
    announcement: new RegExp(`(?:${alternation(words.announceVerbs)})([^，,；;。\\n]*)`, 'g'),
    notAPart: new RegExp(alternation(words.notAPart)),
    problemHeading: new RegExp(
      `(?:存在|面临|主要|突出)[^。,]{0,6}(?:${problem})|(?:${problem})(?:和|与|及|、)(?:${problem}|建议|对策|措施)|^(?:${problem})|(?:${problem})$`,
    ),
    solvingVerb: new RegExp(alternation(words.solvingVerbs)),
    problemLabel: new RegExp(`^[^:。]{0,24}(?:${problem})[^:。]{0,6}:`),
    nextStepHeading: new RegExp(`^(?:${alternation(words.nextStepWords)})[^,。;:]{0,8}$`),
    nextStepParagraph: new RegExp(`^(?:${alternation(words.nextStepWords)}),`),
    outlookParagraph: new RegExp(`^(?:${alternation(words.outlookWords)})(\\d{4})年度?,`),
    doneOpening: new RegExp(`^(?:${alternation(words.asOfWords)})`),
    planIntro: new RegExp(`(?:^|[,;。])[^,;。]{0,16}?(?:${alternation(words.planIntroVerbs)}):$`),
    /** A legislature's question (立法会 第十七题：…, 立法会十二题：…): what follows its colon is the question's subject. */
    questionTitle: new RegExp(`^(?:${alternation(getLexicon().institutions.addressees)})\\s*第?[一二三四五六七八九十百\\d]+题\\s*[:：]`),
  };
}
let patterns: ReturnType<typeof buildPatterns> | undefined;
const re = (): ReturnType<typeof buildPatterns> => (patterns ??= buildPatterns());

/** Whether a title is a legislature's question's (立法会 第十七题：…, 立法会十二题：…), whose subject follows its colon. */
export function isQuestionTitle(title: string): boolean {
  return re().questionTitle.test(title);
}

function kindOf(word: string): 'summary' | 'plan' {
  return re().summary.test(word) && !re().plan.test(word) ? 'summary' : 'plan';
}

/** The last year named on an opening line that gives the period reported on (报告期间：2024年7月至12月), or null. */
function reportedYear(opening: string): number | null {
  const { reportPeriodLabels } = getLexicon().structure;
  for (const line of opening.split('\n')) {
    const text = line.trim();
    const label = reportPeriodLabels.find((w) => text.startsWith(w));
    if (label === undefined || !/^[:：]/.test(text.slice(label.length))) continue;
    const years = [...text.matchAll(WRITTEN_YEARS)].map(yearOf);
    if (years.length > 0) return years[years.length - 1];
  }
  return null;
}


/** Names quoted or cited in a sentence (「…计划」, 《…》), whose years and words are theirs, not the sentence's. */
const QUOTED_NAMES = /「[^」]*」|“[^”]*”|《[^》]*》/g;

/**
 * The periods the first clause of the opening lines announcing a period names, read as a title's are (公布「…」
 * 2024年执行成果及2025年推动重点 → summary 2024, plan 2025), names quoted in it aside; none when no clause announces one
 * (发布日期：… announces nothing).
 */
function announcedPeriods(opening: string): TitlePeriods {
  for (const m of opening.matchAll(re().announcement)) {
    const periods = titlePeriods(m[1].replace(QUOTED_NAMES, '「」'));
    if (periods.first !== null) return periods;
  }
  return titlePeriods('');
}

/**
 * Reads the summary and plan years named in a title ("2019年…工作总结和2020年工作要点" → 2019, 2020). A title dated in the
 * Republic of China's calendar is read with its bare years in the common era (structureDocument: yearsRead).
 */
export function titlePeriods(title: string): TitlePeriods {
  const result: TitlePeriods = { summary: null, plan: null, first: null };
  // Note: results named without a year before a year's plan (公布「…盛事季」成果及2026年盛事安排) are the year before's.
  let yearlessSummary = false;
  // Note: a chunk naming a year and no part goes on past the join (公布2025年青年内地实习 | 及 | 交流资助计划成果: the join is
  // inside a programme's name), and the last word of a chunk decides its kind (…资助计划成果 is a summary).
  let held = '';
  for (const piece of title.split(re().titleChunkSplit)) {
    const chunk = held + piece;
    const m = re().titlePeriod.exec(chunk);
    held = m === null && firstYear(chunk) !== null ? `${chunk}及` : '';
    if (!m) {
      yearlessSummary ||= result.first === null && firstYear(chunk) === null && re().summary.test(chunk) && !re().plan.test(chunk);
      continue;
    }
    // Note: a chunk that ends by calling itself a report is one, whatever plan it reports on (2025年度施政计划执行情况).
    // A plan given at the start of its year (2025年…政府工作报告) is its year's plan, whatever report word it ends in.
    const kind = endsAsReport(chunk) ? 'summary' : givenAtYearStart(chunk) ? 'plan' : kindOf(m[2]);
    if (result[kind] === null) result[kind] = Number(m[1]);
    if (yearlessSummary && kind === 'plan' && result.first === null) {
      result.summary = Number(m[1]) - 1;
      result.first = 'summary';
    }
    result.first ??= kind;
  }
  return result;
}

/**
 * Whether a title ends by calling itself a report, brackets after it aside, whatever it reports on (2025年施政报告：…措施进展,
 * …施政计划执行情况), unless the report is a plan's genre (2026年施政报告: a policy address announces the year's measures).
 */
function endsAsReport(title: string): boolean {
  const { planGenres, reportGenres } = getLexicon().structure;
  const bare = title.replace(TRAILING_BRACKETS, '');
  return reportGenres.some((w) => bare.endsWith(w)) && !planGenres.some((w) => bare.endsWith(w));
}

/** Whether a title is a plan given at the start of its year that looks back on the year before (…政府工作报告). */
function givenAtYearStart(title: string): boolean {
  const bare = title.replace(TRAILING_BRACKETS, '');
  return getLexicon().structure.priorYearReviews.some((w) => bare.endsWith(w));
}

/** The five-year plan a text names (“十四五”), as [first year, last year], or null. */
function fiveYearPlan(text: string): readonly [number, number] | null {
  for (const [name, years] of getLexicon().structure.fiveYearPlans) if (text.includes(name)) return years;
  return null;
}

/** A year closing a title after its words (年报2024, …教育现代化2035): the year the text is of or aims at. */
const TITLE_END_YEAR = /[\u4e00-\u9fff]((?:19|20)\d{2})$/;
/** Bracketed periods or notes at the end of a title ((2025-2027年), (试行), (2026—2030年)(摘要)). */
const TRAILING_BRACKETS = /(?:\s*[(（][^()（）]*[)）])+\s*$/;
const TARGET_YEAR = /到((?:19|20)\d{2})年/;

/** Where the first of `cues` stands in `text`, or Infinity when none does. */
function firstCueAt(text: string, cues: readonly string[]): number {
  return Math.min(...cues.map((w) => text.indexOf(w)).filter((i) => i >= 0), Infinity);
}

/**
 * The genre the opening lines of a document without a title tell (现就…通知如下 → plan, 现答复如下 → report) and where its
 * cue stands, or null.
 */
function openingGenre(opening: string): { genre: 'plan' | 'report'; at: number } | null {
  const { openingPlanCues, openingReportCues } = getLexicon().structure;
  const plan = firstCueAt(opening, openingPlanCues);
  const report = firstCueAt(opening, openingReportCues);
  if (plan === Infinity && report === Infinity) return null;
  return plan < report ? { genre: 'plan', at: plan } : { genre: 'report', at: report };
}

/**
 * The period the opening lines tell (现就…通知如下: PLANNED, 现答复如下: ACHIEVED) in their year or the year written; else
 * a release's (it reports what was done: ACHIEVED in the year written), else CONTEXT.
 */
function openingPeriod(opening: string, facts: BodyFacts): Period {
  const told = openingGenre(opening);
  if (told === null) {
    const writtenYear = facts.release() ? facts.writtenYear() : null;
    return writtenYear !== null ? { year: writtenYear, status: 'ACHIEVED' } : { year: null, status: 'CONTEXT' };
  }
  // Note: the year is the cue's line's (现就做好2015年…通知如下), else the year written, else the first the opening names.
  const lineStart = opening.lastIndexOf('\n', told.at) + 1;
  const lineEnd = opening.indexOf('\n', told.at);
  const cueLine = opening.slice(lineStart, lineEnd < 0 ? opening.length : lineEnd);
  return { year: yearOfOpening(cueLine) ?? facts.writtenYear() ?? yearOfOpening(opening), status: told.genre === 'plan' ? 'PLANNED' : 'ACHIEVED' };
}

/** The first year the opening lines name outside a cited title (2023年是…之年, 做好2015年…工作), or null. */
function yearOfOpening(opening: string): number | null {
  return firstYear(opening.replace(/《[^》]*》/g, ''));
}

/** The period of the part a title names first (2019年…工作总结和2020年工作要点: ACHIEVED in 2019), or null when it names none. */
export function titledPeriod(periods: TitlePeriods): Period | null {
  if (periods.first === 'summary') return { year: periods.summary, status: 'ACHIEVED' };
  if (periods.first === 'plan') return { year: periods.plan, status: 'PLANNED' };
  return null;
}

/**
 * What the period of a document's body may be read from besides its title and opening lines, each asked only when the
 * reading comes to it: the year it was written (its first date line, a walk over its lines) and whether it is a release.
 */
export interface BodyFacts {
  writtenYear(): number | null;
  release(): boolean;
}

/** The facts of a document that has no date line and is no release. */
const NO_FACTS: BodyFacts = { writtenYear: () => null, release: () => false };

/**
 * The period a document without part headings speaks in: that of the part its title names first; else its genre
 * (a plan-like title PLANNED, a report-like one ACHIEVED) with the title's year, its five-year plan's last year, a
 * target year (到2025年) of its opening, or the year it was written; a title of a year naming no genre, written after
 * that year, looks back on it (ACHIEVED); another title naming none, or none, leaves it to the opening lines, and a
 * release (`release`: a header line called it one) to the year it was written.
 */
export function bodyPeriod(periods: TitlePeriods, title = '', opening = '', facts: BodyFacts = NO_FACTS): Period {
  const titled = titledPeriod(periods);
  if (titled !== null) return titled;
  // Note: a line giving the period reported on (报告期间：2024年7月至12月) makes a report of it, whatever its title's genre
  // (a Taiwan city's 施政报告 to its council reports on the half year past).
  const reported = reportedYear(opening);
  if (reported !== null) return { year: reported, status: 'ACHIEVED' };
  // Note: so does an opening sentence announcing a year's results (今日公布「…计划」113年度执行成果及114年度推动重点):
  // what the release goes on to count is of that year, not of the year it is published in.
  const announced = announcedPeriods(opening);
  if (announced.first === 'summary') return { year: announced.summary, status: 'ACHIEVED' };
  if (title === '') return openingPeriod(opening, facts);
  const { planGenres, reportGenres, reportPurposeCues } = getLexicon().structure;
  // Note: a paper that says it reports to a committee (本文件向委员汇报…) is a report, whatever its title ends in; so is a
  // report read at a council's regular session (某县议会第20届第6次定期大会 / 某县政府施政报告).
  const atSession = getLexicon().structure.councilSessions.some((w) => title.includes(w));
  if (atSession || reportPurposeCues.some((w) => opening.includes(w))) {
    const writtenYear = facts.writtenYear();
    if (writtenYear !== null) return { year: writtenYear, status: 'ACHIEVED' };
  }
  // Note: a plan's title may end with its period or notes in brackets (…合作计划(2025-2027年), …规划(2026—2030年)(摘要)),
  // with an editorial note (…措施摘要), or with a subtitle after a colon (…政策措施：深化与内地金融互联互通).
  const bare = title.replace(TRAILING_BRACKETS, '');
  const note = getLexicon().programs.titleNotes.find((w) => bare.endsWith(w));
  const heads = [bare, note ? bare.slice(0, -note.length) : bare, bare.split(/[:：]|——/)[0].trim(), bare.split(/\s+/)[0]];
  // Note: a cited plan's years may close its title inside the brackets (《…行动计划2027-2030》).
  const cited = title.replace(CITED_RANGE, '');
  const reportEnd = endsAsReport(title);
  // Note: a legislature's question names its subject after the colon (立法會 第十七題：香港青年到內地實習及交流的計劃): no genre.
  const asked = isQuestionTitle(title);
  const plan = !asked && !reportEnd && planGenres.some((w) => heads.some((h) => h.endsWith(w)) || cited.includes(`${w}》`));
  const report = !asked && !plan && reportGenres.some((w) => title.includes(w));
  // Note: a title may write its year without 年: a range (《…行动计划2027-2030》) by its last, a closing year (年报2024).
  const withoutNian = TITLE_RANGE.exec(title)?.[2] ?? TITLE_END_YEAR.exec(bare)?.[1];
  const titleYear = firstYear(title) ?? (withoutNian === undefined ? null : Number(withoutNian));
  // Note: a title of a year that names no genre (…2024年度对外合作与交流工作摘要), written after that year, looks back on it;
  // another title naming no genre (…局长在…会议的开场发言, 立法会十二题：…) leaves it to the opening lines.
  if (!plan && !report) {
    const writtenYear = titleYear !== null ? facts.writtenYear() : null;
    return titleYear !== null && writtenYear !== null && titleYear < writtenYear ? { year: titleYear, status: 'ACHIEVED' } : openingPeriod(opening, facts);
  }
  const fiveYear = fiveYearPlan(title);
  const target = plan ? TARGET_YEAR.exec(opening) : null;
  const year = titleYear ?? (fiveYear ? fiveYear[1] : target ? Number(target[1]) : facts.writtenYear() ?? firstYear(opening));
  // Note: a report on a budget to come (审核2025-26年度开支预算…的答复) reports on the year before the budget's.
  const budget = report && titleYear !== null && getLexicon().structure.budgetTitles.some((w) => title.includes(w));
  return { year: budget && year !== null ? year - 1 : year, status: plan ? 'PLANNED' : 'ACHIEVED' };
}

/** A year of four digits, and the dash between the first and last year of a range. */
const YEAR4 = '(?:19|20)\\d{2}';
const RANGE_DASH = '\\s*[-—–~至]\\s*';
/** A title's period as a range of years (…(2025-2027年), 2024—2026年…, 《…行动计划2027-2030》): first and last year. */
const TITLE_RANGE = new RegExp(`(${YEAR4})${RANGE_DASH}(${YEAR4})(?!\\d)`);
/** A range of years closing a title in 《》, with or without brackets and 年. */
const CITED_RANGE = new RegExp(`[(（]?${YEAR4}${RANGE_DASH}${YEAR4}年?[)）]?(?=》)`, 'g');
/** A range of years in brackets closing a heading (过去成效(2023-2026)): its last year. */
const HEADING_RANGE = new RegExp(`[(（]\\s*${YEAR4}${RANGE_DASH}(${YEAR4})\\s*年?\\s*[)）]\\s*$`);
/** How long a heading that names the plan's starting point may be (现况, 发展现状, 工作基础). */
const REVIEW_HEADING = 10;

/**
 * The period of a plan's section on where things stand before it (现况, 发展基础, 过去一年的工作进展): ACHIEVED, in the year
 * before the first of the plan's years when its title gives them as a range or names a five-year plan, else in the plan's
 * own year (a yearly policy address reviews the year it is given in); null for a document that is no plan.
 */
export function reviewPeriod(title: string, body: Period): Period | null {
  if (body.status !== 'PLANNED') return null;
  const range = TITLE_RANGE.exec(title);
  // Note: a five-year plan (…“十四五”规划) starts from where the last one ended (2020).
  const fiveYear = range ? null : fiveYearPlan(title);
  // Note: so does a plan given at the start of its year (2025年…政府工作报告) look back on the year before.
  const prior = givenAtYearStart(title) && body.year !== null ? body.year - 1 : body.year;
  return { year: range ? Number(range[1]) - 1 : fiveYear ? fiveYear[0] - 1 : prior, status: 'ACHIEVED' };
}

/**
 * The period of a plan's section heading that reviews where things stand (现况, 基本情况, 过去成效(2023-2026)): `review`,
 * in the last year of a range the heading closes with; null for other headings.
 */
export function reviewHeadingPeriod(heading: string, review: Period): Period | null {
  const range = HEADING_RANGE.exec(heading);
  const bare = range ? heading.slice(0, range.index) : heading;
  if (bare.length > REVIEW_HEADING || !getLexicon().structure.reviewHeadings.some((w) => bare.includes(w))) return null;
  return range ? { year: Number(range[1]), status: review.status } : review;
}

/**
 * The period of a section heading about a five-year plan: its review (“十三五”时期发展成就) is ACHIEVED in the plan's last
 * year, its aims and tasks (“十四五”主要目标) PLANNED in theirs; null for other headings.
 */
export function sectionPeriod(heading: string): Period | null {
  // Note: a plan cited in 《》 (出台《…“十四五”规划》) is what the section does, not the period it speaks about.
  heading = heading.replace(/《[^》]*》/g, '');
  const years = fiveYearPlan(heading);
  if (!years) return null;
  const { achievementWords, planningWords } = getLexicon().structure;
  if (achievementWords.some((w) => heading.includes(w))) return { year: years[1], status: 'ACHIEVED' };
  if (planningWords.some((w) => heading.includes(w))) return { year: years[1], status: 'PLANNED' };
  return null;
}

/**
 * Recognises a part heading ("2023年杭州教育工作总结", "二、2025年工作计划", "2024年主要工作和成效")
 * and returns its period; a year the title names as summary or plan year decides the words that may name either.
 */
export function partPeriod(line: string, periods: TitlePeriods): Period | null {
  // Note: a part heading names a year (…年): a line without 年 is none, without the patterns' scans.
  if (line.length > 48 || !line.includes('年') || re().notAPart.test(line)) return null;
  const m = re().partHeading.exec(line);
  if (!m) return null;
  const year = Number(m[1]);
  if (getLexicon().structure.titleDecidedPartWords.includes(m[3])) {
    if (year === periods.summary && year !== periods.plan) return { year, status: 'ACHIEVED' };
    if (year === periods.plan && year !== periods.summary) return { year, status: 'PLANNED' };
  }
  return { year, status: kindOf(m[3]) === 'summary' ? 'ACHIEVED' : 'PLANNED' };
}


/** Tells whether a section heading announces problems or shortcomings (not their solving). */
export function isProblemHeading(heading: string): boolean {
  return re().problemHeading.test(heading) && !re().solvingVerb.test(heading);
}

/** Tells whether a paragraph is labelled as a problem statement ("问题描述:…", "还存在以下问题:…"). */
export function isProblemParagraph(line: string): boolean {
  // Note: the label ends in a colon: a line without one is none, without the pattern's scan.
  return line.includes(':') && re().problemLabel.test(line) && !re().solvingVerb.test(line.slice(0, line.indexOf(':')));
}

let nextStepOpenings: Uint8Array | undefined;

/** Whether a text opens with the first character of a next step's or an outlook's word (下一步, 展望 …). */
function opensNextStepWord(text: string): boolean {
  const { nextStepWords, outlookWords } = getLexicon().structure;
  nextStepOpenings ??= codeTable([[[...nextStepWords, ...outlookWords].map((word) => word[0]), 1]]);
  return nextStepOpenings[text.charCodeAt(0)] === 1;
}

/**
 * The period of what a report says comes next (四、下一步工作; a paragraph opening 下一步，…): PLANNED, in the year after
 * the report's, or in the year a paragraph looking ahead names (展望2026年，…); null when `period` is no report's (ACHIEVED
 * or PROBLEM) or the text names no next step.
 */
export function nextStepPeriod(text: string, period: Period, heading: boolean): Period | null {
  if (period.status !== 'ACHIEVED' && period.status !== 'PROBLEM') return null;
  // Note: the patterns open with a next step's or an outlook's word: a text opening with no such word's first character
  // (most lines) is none, without the two patterns' runs.
  if (!opensNextStepWord(text)) return null;
  // Note: a paragraph looking ahead to a year it names (展望2026年，…) plans for that year.
  const outlook = heading ? null : re().outlookParagraph.exec(text);
  if (outlook) return { year: Number(outlook[1]), status: 'PLANNED' };
  if (!(heading ? re().nextStepHeading : re().nextStepParagraph).test(text)) return null;
  return { year: period.year === null ? null : period.year + 1, status: 'PLANNED' };
}

/**
 * The period of the list a report's paragraph introduces as what its author plans (…。2025/26学年，学院计划: then
 * (一)…(二)…): PLANNED, in the year its last sentence names, else the year after the report's; null when `period` is no
 * report's or the paragraph does not end so.
 */
export function planIntroPeriod(text: string, period: Period): Period | null {
  if (period.status !== 'ACHIEVED' && period.status !== 'PROBLEM') return null;
  const trimmed = text.trimEnd();
  // Note: the paragraph ends in a colon: one that does not is none, without the pattern's scan.
  const m = trimmed.endsWith(':') ? re().planIntro.exec(trimmed) : null;
  if (!m) return null;
  const year = firstYear(text.slice(text.lastIndexOf('。') + 1));
  return { year: year ?? (period.year === null ? null : period.year + 1), status: 'PLANNED' };
}

/** Whether a statement opens, after its outline mark or paragraph number perhaps (2. ), with where things stand (截至2024年8月，…). */
export function opensWhereThingsStand(text: string): boolean {
  const lead = findMarker(text)?.length ?? 0;
  return re().doneOpening.test(lead === 0 ? text : text.slice(lead).trimStart());
}

/**
 * The status of a statement in a stretch of `status`: a plan's sentence opening with where things stand (`standing`:
 * 截至2024年8月，…) is ACHIEVED.
 */
export function statementStatus(status: Period['status'], standing: boolean): Period['status'] {
  return status === 'PLANNED' && standing ? 'ACHIEVED' : status;
}
