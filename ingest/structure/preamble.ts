import { getLexicon } from '../../language/lexicon/index.js';
import { parseChineseNumber } from '../../language/match/numbers.js';
import { lastCharTable } from '../../language/match/tokens.js';
import { ERA_OFFSET, ROC_DASHED_DATE } from '../../language/script/rocYears.js';
import { alternation } from '../../language/match/alternation.js';
import { vocab } from '../extract/institutions/vocabulary.js';

/** What a non-outline line of a notice's preamble or page header is. */
export type PreambleKind = 'date' | 'signature' | 'docNumber' | 'addressee' | 'distribution' | 'transmittal' | 'contact' | 'attachment' | 'pageMeta';

/** A month or day in digits or numerals (3, 十二, 二十一: a signature date writes them so, its year in numerals too). */
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** The day of the week a press release writes after its date: 2025年3月12日(星期三), 2025年3月12日 星期三. */
const WEEKDAY = '(?:\\s*\\(?(?:星期|周|礼拜)[一二三四五六日天]\\)?)?';
const CN_DATE = new RegExp(`^((?:19|20)\\d{2})年${MD}月${MD}日${WEEKDAY}$`);
/** A date line in the Republic of China calendar (中華民國114年2月10日, as Taiwan signs): its year is the era's. */
const ERA_DATE = new RegExp(`^(?:中华)?民国(\\d{2,3})年${MD}月${MD}日${WEEKDAY}$`);
/**
 * A date a Taiwan text writes with a bare year of its calendar (114年10月27日, as a release's 發布日期 has it): three digits
 * before 年, a month and a day, which nothing else is. Read in the common era (ERA_OFFSET), alone on a line or after a label.
 */
const ROC_DATE = new RegExp(`^(1\\d{2})年${MD}月${MD}日${WEEKDAY}$`);
const ROC_DATE_ANY = new RegExp(`(?<!\\d)(1\\d{2})年${MD}月${MD}日`);
const ISO_DATE = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})/;
/** A line that is only a year and month (2026年1月), as under a report's issuer. */
const CN_MONTH = new RegExp(`^(?:19|20)\\d{2}年${MD}月$`);
const CN_DATE_ANY = new RegExp(`((?:19|20)\\d{2})年${MD}月${MD}日`);
const BARE_DATE = /^(?:[•·●▪■\-*]\s*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DOC_NUMBER = /[〔[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?\s*\d+\s*号$/;
/** A Hong Kong or Macao circular's number: 第118/2024号. */
const SERIAL_NUMBER = /第\s*\d+\s*\/\s*(?:19|20)\d{2}\s*号$/;
const ATTACHMENT = /^附件\s*\d*\s*:/;
const TRANSMITTAL = /^(?:现|兹)(?:将|印发)|印发给你们|请结合(?:本地区|本单位)?实际|请认真(?:贯彻|遵照)|认真(?:贯彻|遵照|按照)执行/;
const ADDRESSEE = /^[^。]{2,80}:$/;

/** The furniture patterns, built once from the lexicon's structure words. */
function buildPatterns() {
  const words = getLexicon().structure;
  return {
    pageMeta: new RegExp(`^(?:[•·●▪■\\-*]\\s*)?(?:${alternation([...words.pageMetaLabels, ...words.issuerLabels])})\\s*:`),
    /** A page-meta label after a gap, as the second field of a line of fields (解读机构：某局, 发布日期：2025-03-18). */
    laterPageMeta: new RegExp(`\\s{2,}(?:${alternation(words.pageMetaLabels)})\\s*:`),
    repostMark: new RegExp(`^[【\\[](?:${alternation(words.repostMarks)})[】\\]]\\s*`),
    social: new RegExp(`^[▼▲↓\\s]*(?:${alternation(words.socialFurniture)})`),
    byline: new RegExp(`^(?:${alternation(words.bylineMarks)})\\s+\\S.*(?:19|20)\\d{2}年`),
    articleEnd: new RegExp(`^(?:${alternation(words.articleEndMarkers)})$`),
    /** A legislature's paper number (立法会CB(4)412/2025(03)号文件, 立法会FCR(2024-25)12号文件), by the addressees' names. */
    paperNumber: new RegExp(`^(?:${alternation(getLexicon().institutions.addressees)})\\s*[A-Z]{1,3}[(\\dA-Z)-]*\\d*\\/?[\\d-]*(?:\\(\\d+\\))?\\s*号文件$`),
    /** A newspaper page's masthead: the paper, its date, then perhaps the weekday, page and column (某某报 2025年9月13日 星期六 A6版 要闻). */
    masthead: new RegExp(`^\\S{1,10}(?:${alternation(words.mastheadEndings)})\\s+(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日(?:\\s+\\S{1,8}){0,3}$`),
    siteWords: new RegExp(`(?:${alternation(words.siteWords)})$`),
    dateline: new RegExp(`^(?:【[^】]{1,10}${words.datelineWord}】|本报${words.datelineWord})`),
    todayDateline: new RegExp(`^[^。]{0,30}?(?:${alternation(words.todayWords)})\\s*[(（][^()（）]{2,12}[)）]`),
    contact: new RegExp(`^\\(?(?:${alternation(words.contactLabels)})`),
    distribution: new RegExp(`^(?:${alternation(words.distributionLabels)})\\s*[:：]`),
    orgSuffix: new RegExp(`(?:${alternation(words.organisationEndings)})$`),
    mediaSuffix: new RegExp(`(?:${alternation(words.mediaEndings)})$`),
    pressOfficeSuffix: new RegExp(`(?:${alternation(words.pressOfficeEndings)})$`),
  };
}
let patterns: ReturnType<typeof buildPatterns> | undefined;
const re = (): ReturnType<typeof buildPatterns> => (patterns ??= buildPatterns());
const SOURCE_VALUE = /来源\s*:\s*([^\s:]+?)(?=\s|$|字体|浏览|点击)/;
const SPACES = /\s+/g;

/** Converts a line that is only a date ("2020年3月20日", "2023-05-10") into an ISO date. */
export function isoDate(line: string): string | null {
  const m = CN_DATE.exec(line) ?? (BARE_DATE.test(line) ? ISO_DATE.exec(line) : null);
  if (m) return toIso(m, Number(m[1]));
  const era = ERA_DATE.exec(line) ?? ROC_DATE.exec(line);
  return era ? toIso(era, Number(era[1]) + ERA_OFFSET) : null;
}

/** Whether a line is only a year and month (2025年7月): the date a signature may carry, naming no day. */
export function isMonthLine(line: string): boolean {
  return CN_MONTH.test(line);
}

/** The ISO date of a match's month (group 2) and day (group 3) in `year`, or null when they are no month and day. */
function toIso(m: RegExpExecArray, year: number): string | null {
  const month = parseChineseNumber(m[2]) ?? 0;
  const day = parseChineseNumber(m[3]) ?? 0;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A release's dateline in brackets opening its first paragraph ((2025年9月11日，香港)由…): the date it was issued, as an
 * ISO date, or null.
 */
const BRACKETED_DATELINE = new RegExp(`^[(（]\\s*((?:19|20)\\d{2})年${MD}月${MD}日\\s*[,，、]?\\s*[^()（）,，。]{0,12}[)）]`);

/** The date of a dateline in brackets opening a line ((2025年9月11日，香港)由…), or null. */
export function datelineDate(line: string): string | null {
  const m = BRACKETED_DATELINE.exec(line);
  return m ? toIso(m, Number(m[1])) : null;
}

/** Reads the publication date of a page-meta line ("发布日期:2025-03-11 10:34 …", "时间 : 2021-02-10"). */
export function metaDate(line: string): string | null {
  const m = ISO_DATE.exec(line) ?? CN_DATE_ANY.exec(line);
  if (m) return toIso(m, Number(m[1]));
  const era = ROC_DATE_ANY.exec(line) ?? ROC_DASHED_DATE.exec(line);
  return era ? toIso(era, Number(era[1]) + ERA_OFFSET) : null;
}

let issuerValue: RegExp | undefined;

/**
 * The body a page-meta line names as the one that issues or reports (发文机关：国务院办公厅, 报告机关：某市政府:
 * structure.issuerLabels), or null.
 */
export function labelledIssuer(line: string): string | null {
  issuerValue ??= new RegExp(`^(?:${alternation(getLexicon().structure.issuerLabels)})\\s*:\\s*([^\\s:]+)`);
  const m = issuerValue.exec(line.trim());
  return m && re().orgSuffix.test(m[1]) ? m[1] : null;
}

/** Reads the source organisation of a page-meta line ("来源:宁波市教育局"). */
export function metaSource(line: string): string | null {
  const m = SOURCE_VALUE.exec(line);
  return m && re().orgSuffix.test(m[1]) ? m[1] : null;
}

let allHeaderLabels: readonly string[] | undefined;

/** Every label of a header line: a release's (新闻公报, 即时发布 …) and the others (…办公室文件). */
const headerLabels = (): readonly string[] => (allHeaderLabels ??= [...getLexicon().structure.releaseLabels, ...getLexicon().structure.headerLabels]);

let headerLabelEnds: Uint8Array | undefined;

/** Per UTF-16 code, 1 when some header label (新闻公报, 即时发布 …) ends in that character. */
const headerEnds = (): Uint8Array => (headerLabelEnds ??= lastCharTable(headerLabels()));

/** Marks that may stand between a body's name and its header's label (香港某大学｜新闻稿). */
const LABEL_SEPARATOR = /[|｜·・\-—]+$/;

/**
 * A header line above the title: its label, perhaps after a body's name (新闻稿 of 某某局新闻稿, …政府新闻公报, 即时发布,
 * …办公室文件), and that body ('' for a label alone: an organisation's name, or a name ending in an institution's head,
 * 香港某大学｜新闻稿), or null for any other line. Such a line is furniture, not the title.
 */
function headerLine(line: string): { label: string; body: string } | null {
  // Note: spaces aside, a header line ends as a label does: a line whose last other character ends no label is none
  // (most lines), without removing its spaces and trying every label. trimEnd drops what \s matches.
  const trimmed = line.trimEnd();
  if (trimmed.length === 0 || headerEnds()[trimmed.charCodeAt(trimmed.length - 1)] === 0) return null;
  const bare = line.replace(SPACES, '');
  const label = headerLabels().find((w) => bare.endsWith(w));
  if (label === undefined) return null;
  let body = bare.slice(0, bare.length - label.length).replace(LABEL_SEPARATOR, '');
  // Note: a header may give two labels (新闻稿 + 即时发布): the body is what stands before them all.
  for (;;) {
    const more = headerLabels().find((w) => body.endsWith(w));
    if (more === undefined) break;
    body = body.slice(0, body.length - more.length).replace(LABEL_SEPARATOR, '');
  }
  if (body === '' || organisationName(body) !== null) return { label, body };
  const head = vocab().headLexicon.matchEnd(body, body.length);
  return head && head.word.length < body.length ? { label, body } : null;
}

/** The label of a header line (新闻稿 of 某某局新闻稿), or null for any other line. */
function headerLabel(line: string): string | null {
  return headerLine(line)?.label ?? null;
}

/**
 * The body a release's header line names before its label (文化部 of 文化部新闻稿, 某某市政府 of 某某市政府 新闻稿), or null:
 * the body that issues the release. A whole government's gazette (香港特别行政区政府新闻公报) carries its bureaus' releases
 * and names none; an official document's red header (…办公室文件) is no release.
 */
export function releaseBody(line: string): string | null {
  const header = headerLine(line);
  const { releaseLabels, gazetteLabels } = getLexicon().structure;
  if (header === null || header.body === '' || !releaseLabels.includes(header.label) || gazetteLabels.includes(header.label)) return null;
  return header.body;
}

/** Whether a line is a release's header (新闻稿, 即时发布, 香港特别行政区政府新闻公报): the text reports what was done. */
export function releaseHeader(line: string): boolean {
  const label = headerLabel(line) ?? trailEnd(line);
  return label !== null && getLexicon().structure.releaseLabels.includes(label);
}

/** The marks between the steps of a trail of pages. */
const STEP_MARKS = '>＞»›';
const STEP_MARK = new RegExp(`[${STEP_MARKS}]`);
/** A website's trail of pages above a text (某某网 > 政策速递 > 浙江省 > 舟山市): three steps or more. */
const BREADCRUMB = new RegExp(`^[^${STEP_MARKS}]{1,24}(?:\\s*[${STEP_MARKS}]\\s*[^${STEP_MARKS}]{1,24}){2,}$`);

/** The header label a trail of pages ends in (首页 > 新闻及活动 > 新闻稿: the page is a release), or null. */
function trailEnd(line: string): string | null {
  const text = line.trim();
  if (!BREADCRUMB.test(text)) return null;
  const steps = text.split(STEP_MARK);
  return headerLabel(steps[steps.length - 1].trim());
}

/** A note in brackets that names where a text was taken from ((信息来源:某某网 2020-07-13), (据…整理;信息来源:某某分社,…)). */
const SOURCE_NOTE = /^[(（][^()（）]*?来源\s*[:：]\s*([^,，;；\s()（）]+)[^()（）]*[)）]$/;

/** The organisation or news outlet a bracketed source note under a title names, or null. */
export function sourceNote(line: string): string | null {
  const m = SOURCE_NOTE.exec(line.trim());
  return m && (re().orgSuffix.test(m[1]) || isNewsOutlet(m[1])) ? m[1] : null;
}

/** Whether a name is a news outlet's (中国新闻社某某分社, 某某文明网): a text's source that reports what others do. */
export function isNewsOutlet(name: string): boolean {
  return re().mediaSuffix.test(name);
}

/** Whether a name is a government's press office (澳门特别行政区政府新闻局, 政府新闻处): it issues other bodies' news. */
export function isPressOffice(name: string): boolean {
  return re().pressOfficeSuffix.test(name);
}

/** Punctuation no signature line holds. */
const SENTENCE_MARKS = /[,。;:!?《“]/;

/** An organisation name written as a signature line ("宁波市教育局", "上 海 市 教 育 委 员 会"), spaces removed. */
export function organisationName(line: string): string | null {
  if (line.length > 40 || SENTENCE_MARKS.test(line)) return null;
  const name = line.replace(SPACES, '');
  return name.length >= 3 && name.length <= 30 && re().orgSuffix.test(name) ? name : null;
}

/** The longest site or outlet name a page puts on a line of its own above the text (某某大学新闻网). */
const SITE_NAME_MAX = 16;

/** Whether a line is only a news site's or outlet's name (某某大学新闻网, 某某日报): page furniture above the text. */
function siteName(line: string): boolean {
  const name = line.trim();
  return name.length <= SITE_NAME_MAX && /^[\u3400-\u9fff]+$/.test(name) && isNewsOutlet(name);
}

/** Whether a line is a news site's name, a newspaper's masthead or a trail through a news section: the page is a news item's. */
export function newsPage(line: string): boolean {
  return re().masthead.test(line) || siteName(line) || newsTrail(line);
}


/** Whether a trail of pages passes through a news section (首页 > 新闻中心 > 商务动态, 首页 > 要闻 > 正文). */
function newsTrail(line: string): boolean {
  const text = line.trim();
  if (!BREADCRUMB.test(text)) return false;
  const { newsSections } = getLexicon().structure;
  return text.split(STEP_MARK).some((step) => newsSections.some((word) => step.trim().endsWith(word)));
}


/** What a line naming a news site names before its site words (某某大学 of 某某大学新闻网), or null: perhaps the body running it. */
export function siteOwner(line: string): string | null {
  if (!siteName(line)) return null;
  const owner = line.trim().replace(re().siteWords, '');
  return owner !== line.trim() && owner.length >= 2 ? owner : null;
}

/** A field of a page's line of fields: a short label, a colon, its value (解读机构：某局). */
const FIELD = /^[\u3400-\u9fff]{2,6}\s*:\s*\S/;

/**
 * Whether a line is only fields set apart by gaps, one of them after the first a page-meta label (解读机构：某局, then
 * 发布日期：2025-03-18 and 来源：某局 after gaps): page furniture whatever its first label is.
 */
function fieldsLine(line: string): boolean {
  const text = line.trim();
  if (!re().laterPageMeta.test(text)) return false;
  return text.split(/\s{2,}/).every((field) => FIELD.test(field));
}


/**
 * Whether a line is page furniture: a page-meta label (发布日期:, 来源:), a bare date, a header label, a trail of pages,
 * the lines a social-media account puts around an article (点击上方蓝字关注我们, 原创 某某教育 2024年11月22日), a
 * newspaper's masthead, or a news site's name on a line of its own.
 */
export function isPageMeta(line: string): boolean {
  return re().pageMeta.test(line) || fieldsLine(line) || BARE_DATE.test(line) || headerLabel(line) !== null || BREADCRUMB.test(line)
    || re().social.test(line) || accountByline(line) || newsPage(line);
}

/** Whether a line is a social-media account's byline (原创 某某教育 2024年11月22日): the article is a release of that day. */
export function accountByline(line: string): boolean {
  return re().byline.test(line);
}


/**
 * Whether a line opens with a newspaper's dateline (【某报讯】记者…报道, 本报讯), or a government release's day of writing
 * with its date (投资推广署今日(12月15日)公布): the text reports what was done.
 */
export function newsDateline(line: string): boolean {
  const text = line.trim();
  return re().dateline.test(text) || re().todayDateline.test(text);
}

/** Whether a line ends an article, the lines after it listing other articles (往期推荐). */
export function endsArticle(line: string): boolean {
  return re().articleEnd.test(line.trim());
}

/** A title line without the mark a website puts before a text it reprints (【转载】). */
export function withoutRepostMark(line: string): string {
  const m = re().repostMark.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/** Whether a line is a date of a day or a month alone (2025年7月3日, 2025年7月). */
function datesAlone(line: string): boolean {
  return CN_DATE.test(line) || CN_MONTH.test(line) || ERA_DATE.test(line);
}

/**
 * Whether preambleKind says a line is a date ('date').
 * Note: the date patterns are tested first, so that most lines are settled without the tests of page furniture.
 */
export function isDateLine(line: string): boolean {
  return datesAlone(line) && !isPageMeta(line);
}

/** Classifies a line of a notice's preamble or page header, or returns null for ordinary text. */
export function preambleKind(line: string): PreambleKind | null {
  if (isPageMeta(line)) return 'pageMeta';
  if (datesAlone(line)) return 'date';
  if (re().contact.test(line)) return 'contact';
  if (ATTACHMENT.test(line)) return 'attachment';
  // Note: both number patterns end in 号, tested first (the patterns are unanchored at the start).
  if (line.length <= 30 && line.endsWith('号') && (DOC_NUMBER.test(line) || SERIAL_NUMBER.test(line))) return 'docNumber';
  if (line.length <= 40 && line.endsWith('号文件') && re().paperNumber.test(line)) return 'docNumber';
  if (re().distribution.test(line)) return 'distribution';
  if (line.length <= 200 && TRANSMITTAL.test(line)) return 'transmittal';
  if (line.length <= 80 && line.endsWith(':') && ADDRESSEE.test(line)) return 'addressee';
  if (organisationName(line)) return 'signature';
  return null;
}


const YEAR_IN_TITLE = /(?:19|20)\d{2}年/;

/** Reads the issuing body from a title: the words before "关于" or before the year ("深圳市教育局2021年工作要点" → 深圳市教育局). */
export function issuerFromTitle(title: string): string | null {
  const about = title.indexOf(getLexicon().structure.aboutWord);
  const year = YEAR_IN_TITLE.exec(title);
  const cut = about > 0 ? about : year ? year.index : -1;
  if (cut <= 0) return null;
  for (const token of title.slice(0, cut).trim().split(SPACES)) {
    const name = organisationName(token);
    if (name) return name;
  }
  return organisationName(title.slice(0, cut).trim());
}
