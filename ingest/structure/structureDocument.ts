/**
 * Structure: a normalised document text → its metadata (title, issuer, date), its outline (parts such as
 * 2019年…工作总结, then 一、 (一) 1. (1) ① headings) and its statements, each with the year and status of the part it
 * stands in. One pass over the lines; the title block, the outline and the signature are tracked by their own modules.
 */
import type { DocumentMeta, Section, Statement } from '../model.js';
import { readLines, type Line, type LineMeta } from './lines.js';
import { crossheadStarts } from './crossheads.js';
import { findMarker, type Marker } from './markers.js';
import { Outline } from './outline.js';
import { hintedMarker, indexOutlineHints, type OutlineHint } from './outlineHints.js';
import { bodyPeriod, type BodyFacts, isProblemParagraph, nextStepPeriod, opensWhereThingsStand, partPeriod, planIntroPeriod, reviewPeriod, statementStatus, titledPeriod, titlePeriods, type Period, type TitlePeriods } from './parts.js';
import { accountByline, datelineDate, endsArticle, isoDate, isMonthLine, newsDateline, newsPage, isPageMeta, issuerFromTitle, labelledIssuer, metaDate, metaSource, organisationName, preambleKind, releaseHeader } from './preamble.js';
import { SignatureTracker } from './signature.js';
import { endsSentence, splitStatements, type Span } from './splitStatements.js';
import { readTitle, type TitleBlock } from './title.js';
import { withBareYearsRead } from '../../language/script/rocYears.js';

/** What the structure stage needs to know about the source besides its text. */
export interface StructureMeta {
  /** Document id (see ingest/documentId.ts). */
  id: string;
  source: string;
  sha256: string;
  /** Headings and numbered items a reader knows from the file's markup (DOCX), by line start. */
  outline?: readonly OutlineHint[];
  /** Whether the text dates itself in the Republic of China's calendar (its bare years, 113年, are the era's). */
  era?: boolean;
}

/** The outline and statements of one document. */
export interface StructuredDocument {
  document: DocumentMeta;
  sections: Section[];
  statements: Statement[];
  /** The body that signs the document (an organisation line right above a date line), whatever its issuer; or null. */
  signedBy: string | null;
}

/** A title from the file name when the text has none: its base name without the extension. */
function fileTitle(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const CONTEXT: Period = { year: null, status: 'CONTEXT' };

/** Index of the first 。!? in text[from, to), or -1. */
function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '。' || c === '!' || c === '?' || c === '！' || c === '？') return i;
  }
  return -1;
}

/** Index of a label colon ("总体目标:") within the first 20 characters before `limit`, or -1. */
function labelColon(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + 20);
  for (let i = from; i < stop; i++) if (text[i] === ':') return i;
  return -1;
}

/** Where a heading line's heading ends and its body starts, and whether the heading is itself a statement. */
function headingLayout(text: string, hs: number, e: number): { headingEnd: number; bodyStart: number; headingIsStatement: boolean } {
  const stop = sentenceEnd(text, hs, e);
  const colon = labelColon(text, hs, stop < 0 ? e : stop);
  if (colon >= 0) return { headingEnd: colon, bodyStart: colon + 1, headingIsStatement: true };
  if (stop >= 0) return { headingEnd: stop, bodyStart: stop + 1, headingIsStatement: true };
  // Note: a heading is a statement too: it often names the program its section is about (一、深入实施…提效行动).
  return { headingEnd: e, bodyStart: e, headingIsStatement: e > hs };
}

/** How long the text after a number within a chapter is when it numbers a paragraph, not a heading. */
const PARAGRAPH_MIN = 60;

/** A line of two to eight Han characters and nothing else: a part's heading when it stands in the body. */
const BARE_LINE = /^[\u3400-\u9fff]{2,8}$/;

/** A year of four digits inside a document's number (教基厅函〔2025〕14号, 立法会CB(4)412/2025(03)号文件). */
const NUMBER_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
/** How a document's number line ends. */
const NUMBER_END = /号(?:文件)?\s*$/;

/**
 * The year of the first date line of a document (its signature or page date); failing one, the year its number names
 * (a Legislative Council paper is dated by its number only); or null.
 */
function writtenYear(lines: readonly Line[]): number | null {
  let numbered: number | null = null;
  for (const line of lines) {
    // Note: every date and number read below has a digit (0-9): a line without one (most) is passed over unread.
    if (!holdsDigit(line.text)) continue;
    const date = isoDate(line.text) ?? (isPageMeta(line.text) ? metaDate(line.text) : datelineDate(line.text));
    if (date) return Number(date.slice(0, 4));
    // Note: a number ends in 号 (…〔2025〕14号, …号文件): only such a line is asked whether it is one.
    if (numbered === null && NUMBER_END.test(line.text) && preambleKind(line.text) === 'docNumber') {
      const m = NUMBER_YEAR.exec(line.text);
      if (m) numbered = Number(m[1]);
    }
  }
  return numbered;
}

/** Whether a text holds an ASCII digit. */
function holdsDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * The year a document was written and whether it is a release, each read when the period of its body first asks (most
 * bodies' periods are read from their title and opening lines alone).
 */
class LazyBodyFacts implements BodyFacts {
  private year: number | null | undefined;
  private isRelease: boolean | undefined;

  constructor(private readonly lines: readonly Line[], private readonly block: TitleBlock) {}

  writtenYear(): number | null {
    if (this.year === undefined) this.year = writtenYear(this.lines);
    return this.year;
  }

  release(): boolean {
    this.isRelease ??= isRelease(this.lines, this.block);
    return this.isRelease;
  }
}

/** The period a line of a part states: PROBLEM when the line from `from` is labelled as a problem (问题描述:…), else `period`. */
function problemPeriod(period: Period, line: string, from: number): Period {
  return period.status !== 'CONTEXT' && isProblemParagraph(line.slice(from)) ? { year: period.year, status: 'PROBLEM' } : period;
}

/**
 * A line as its years are read for the periods it names: in a text dated in the Republic of China's calendar, with its bare
 * years in the common era (陆委会公布113年…统计 → …2024年…; structureDocument's meta.era), else as written.
 */
type YearsRead = (line: string) => string;
const asWritten: YearsRead = (line) => line;

/**
 * Whether the top of a document says it is a release, reporting what was done: a social-media account's article, by its
 * byline above or right under its title, is one; so is a news item: a news site's or newspaper's page (某某大学新闻网, 某某报
 * 2025年9月13日 A6版), or a body opening with a newspaper's dateline (【某报讯】记者…报道), or a site's page naming its
 * source under its title (发布时间：… 来源：某某局).
 */
function isRelease(lines: readonly Line[], block: TitleBlock): boolean {
  return lines.slice(0, block.next).some((line) => releaseHeader(line.text) || newsPage(line.text))
    || lines.slice(0, block.next + 2).some((line) => metaSource(line.text) !== null)
    || lines.slice(0, block.next + 1).some((line) => accountByline(line.text))
    || lines.slice(block.next, block.next + 3).some((line) => newsDateline(line.text));
}

/** The outline of a document, opened in the period its body is about (from its title, opening lines and dates). */
function documentOutline(id: string, lines: readonly Line[], block: TitleBlock, titleText: string, periods: TitlePeriods, yearsRead: YearsRead): Outline {
  // Note: a title naming the part its body starts in (…2024年工作总结和2025年工作要点) decides the body's period alone: the
  // opening lines, the header and the year written (writtenYear reads every line) are read only for a title that does not.
  const body = titledPeriod(periods) ?? bodyPeriod(periods, yearsRead(titleText),
    yearsRead(lines.slice(block.next, block.next + 6).map((l) => l.text).join('\n')), new LazyBodyFacts(lines, block));
  return new Outline(id, body, reviewPeriod(titleText, body));
}

/**
 * The one pass over a document's lines, made once per document: it decides what each line is (title, preamble, part or
 * outline heading, signature or date, body) and in which period it stands, and emits its statements.
 */
class LineWalk {
  readonly statements: Statement[] = [];
  readonly signature = new SignatureTracker();
  pageDate: string | null;
  pageSource: string | null;
  /** Until the first heading, a line may be page furniture or a signature of the preamble. */
  private inPreamble = true;
  /** Whether a line of the body's sentences has been read: no addressee comes after one. */
  private bodyBegun = false;
  /** The end of the line read before this one: where a part or section this line opens closes the one before. */
  private prevEnd = 0;
  /** The statement spans of one emitted stretch, reused for every stretch. */
  private readonly spans: Span[] = [];

  constructor(private readonly text: string, private readonly id: string, readonly outline: Outline, private readonly periods: TitlePeriods,
    private readonly hints: ReadonlyMap<number, number> | undefined, block: TitleBlock, private readonly crossheads: ReadonlySet<number>,
    private readonly yearsRead: YearsRead) {
    this.pageDate = block.pageDate;
    this.pageSource = block.pageSource;
  }

  /** Emits the statements of text[start, end), in the current section, with the period's year and status. */
  emit(start: number, end: number, period: Period): void {
    const { text, spans, statements } = this;
    spans.length = 0;
    splitStatements(text, start, end, spans);
    const sectionId = this.outline.currentId();
    // Note: a sentence opening with where things stand (2. 截至2025年6月30日，/ 全港共有876所…) stands so in each of its statements.
    let standing = false;
    let previousEnd = -1;
    for (const span of spans) {
      const statementText = text.slice(span.start, span.end);
      if (previousEnd < 0 || endsSentence(text, previousEnd, span.start)) standing = opensWhereThingsStand(statementText);
      previousEnd = span.end;
      statements.push({
        id: `${this.id}/st:${statements.length + 1}`,
        sectionId,
        text: statementText,
        start: span.start,
        end: span.end,
        year: period.year,
        status: statementStatus(period.status, standing),
      });
    }
  }

  /** A line of the title block: the title's first line emits the whole title, its other lines nothing, the rest as plain lines. */
  titleBlockLine(line: Line, block: TitleBlock): void {
    // Note: the title is one CONTEXT statement even when broken over lines, so a body or policy named only there is mentioned.
    if (line === block.titleLines[0]) this.emit(line.start, block.titleLines[block.titleLines.length - 1].end, CONTEXT);
    else if (!block.titleLines.includes(line)) this.plainLine(line);
    this.prevEnd = line.end;
  }

  /** A line after the title block: a heading, else a plain line. */
  bodyLine(line: Line): void {
    if (!this.headingLine(line)) this.plainLine(line);
    this.prevEnd = line.end;
  }

  /** Closes the open parts and sections at the end of the last line. */
  close(): void {
    this.outline.closeTo(-2, this.prevEnd);
  }

  /** A line of the body or preamble that is neither a part nor a heading: page furniture, a date line or a line of text. */
  private plainLine(line: Line): void {
    // Note: a line ending in a colon after a sentence of the body introduces what follows (展望明年，…优化措施:), it
    // addresses no one: addressees stand before the body.
    let kind = this.inPreamble ? preambleKind(line.text) : null;
    if (kind === 'addressee' && this.bodyBegun) kind = null;
    if (kind === 'pageMeta') {
      this.pageDate ??= metaDate(line.text);
      this.pageSource ??= metaSource(line.text);
      return;
    }
    const before = this.statements.length;
    const date = isoDate(line.text);
    // Note: a signature may be dated by its month alone (勞工及福利局 / 2025年7月, under a paper to a committee).
    if (date || isMonthLine(line.text)) {
      this.signature.date(date, this.statements);
      this.emit(line.start, line.end, CONTEXT);
    } else {
      this.signature.line(kind === 'signature' || !this.inPreamble ? organisationName(line.text) : null);
      if (kind) this.emit(line.start, line.end, CONTEXT);
      else this.textLine(line);
    }
    this.signature.emitted(before, this.statements.length);
  }

  /** A line of text outside the preamble's kinds: it may head a bare part, and it decides its own period and the next lines'. */
  private textLine(line: Line): void {
    // Note: a release's first paragraph may open with its dateline ((2025年9月11日，香港)由…): the date it was issued.
    if (!this.bodyBegun) this.pageDate ??= datelineDate(line.text);
    this.bodyBegun ||= line.text.includes('。');
    // Note: a bare line of a few characters heads a part (背景, 详情): a review of where things stand holds to the next.
    if (BARE_LINE.test(line.text)) this.barePart(line);
    const period = problemPeriod(this.outline.currentPeriod(), line.text, 0);
    const next = nextStepPeriod(line.text, period, false);
    if (next) {
      this.outline.setCurrentPeriod(next);
      this.emit(line.start, line.end, next);
      return;
    }
    // Note: a line that is only a next step's heading, without a number (未来工作), opens a planned part as 背景 opens a
    // review; what follows a paragraph on the next steps (its list of tasks) is planned too, up to the next heading.
    const part = nextStepPeriod(line.text, period, true);
    if (part) {
      this.outline.openBarePart(part, this.prevEnd, false);
      this.emit(line.start, line.end, part);
      return;
    }
    this.emit(line.start, line.end, period);
    // Note: so is the list a paragraph introduces as planned (…。2025/26学年，学院计划:), the paragraph itself not.
    const intro = planIntroPeriod(line.text, period);
    if (intro) this.outline.setCurrentPeriod(intro);
  }

  /** A bare line (背景, 详情): opens a review part when it names one, else closes the bare review that is open. */
  private barePart(line: Line): void {
    const review = this.outline.bareReview(line.text);
    if (review) this.outline.openBarePart(review, this.prevEnd, true);
    else this.outline.closeBareReview(this.prevEnd);
  }

  /** A part heading (2023年杭州教育工作总结) or an outline heading (一、 (一) 1.), else false. */
  private headingLine(line: Line): boolean {
    const part = partPeriod(this.yearsRead(line.text), this.periods);
    const marker = findMarker(line.text) ?? hintedMarker(this.hints, line.start);
    if (!part && !marker && this.crossheads.has(line.start)) return this.crosshead(line);
    if (!part && !marker) return false;
    this.inPreamble = false;
    this.signature.interrupt();
    if (part) this.outline.open('part', this.text.slice(line.start + (marker ? marker.length : 0), line.end), line.start, line.end, part, this.prevEnd, marker?.kind);
    else this.outlineHeading(line, marker!);
    return true;
  }

  /** A crosshead (「千年文脈」研學團 走讀西安、蘭州、敦煌): opens its section and emits the heading as its first statement. */
  private crosshead(line: Line): true {
    this.inPreamble = false;
    this.signature.interrupt();
    const opened = this.outline.open('crosshead', line.text, line.start, line.end, null, this.prevEnd);
    this.emit(line.start, line.end, problemPeriod(opened, line.text, 0));
    return true;
  }

  /** An outline heading (一、 (一) 1.): opens its section and emits its heading and the body after it on the line. */
  private outlineHeading(line: Line, marker: Marker): void {
    const hs = line.start + marker.length;
    const { headingEnd, bodyStart, headingIsStatement } = headingLayout(this.text, hs, line.end);
    // Note: a number within a chapter before a paragraph (3.1 特区政府以…为指引，…。) numbers paragraphs.
    const paragraph = marker.kind === 'dec' && line.end - hs >= PARAGRAPH_MIN;
    const opened = this.outline.open(marker.kind, this.text.slice(hs, headingEnd).trim(), line.start, line.end, null, this.prevEnd, undefined, paragraph);
    const period = problemPeriod(opened, line.text, marker.length);
    if (headingIsStatement) this.emit(hs, headingEnd, period);
    if (bodyStart < line.end) this.emit(bodyStart, line.end, period);
  }
}

/** How many lines after the title may name the body that issues or reports the document (报告机关：…). */
const LABELLED_ISSUER_LINES = 6;

/** The body a page-meta line above the title or among the first lines after it names as the issuer, or null. */
function labelledIssuerOf(lines: readonly Line[], block: TitleBlock): string | null {
  for (const line of lines.slice(0, block.next + LABELLED_ISSUER_LINES)) {
    const body = labelledIssuer(line.text);
    if (body !== null) return body;
  }
  return null;
}

/** The document's metadata: its title (from the text, else the file name), issuer and issue date. */
function documentMeta(text: string, meta: StructureMeta, block: TitleBlock, lineMeta: LineMeta, walk: LineWalk, labelled: string | null): DocumentMeta {
  const title = block.title ?? lineMeta.title ?? fileTitle(meta.source);
  return {
    id: meta.id,
    title,
    // Note: a line naming the body that issues or reports (报告机关：某市政府) outranks a body the title names first (某市议会…).
    issuer: labelled ?? issuerFromTitle(title) ?? block.issuerLine ?? walk.signature.issuer ?? walk.pageSource,
    issuedOn: walk.signature.signedOn ?? walk.signature.firstDate ?? walk.pageDate,
    sha256: meta.sha256,
    charCount: text.length,
    source: meta.source,
  };
}

/** Builds the outline and statements of a normalised document text, with title, issuer and issue date. */
export function structureDocument(text: string, meta: StructureMeta): StructuredDocument {
  const { lines, meta: lineMeta } = readLines(text);
  const block = readTitle(lines);
  const titleText = block.title ?? lineMeta.title ?? '';
  const yearsRead: YearsRead = meta.era ? withBareYearsRead : asWritten;
  const periods = titlePeriods(yearsRead(titleText));
  const outline = documentOutline(meta.id, lines, block, titleText, periods, yearsRead);
  const walk = new LineWalk(text, meta.id, outline, periods, indexOutlineHints(meta.outline), block, crossheadStarts(text, lines, block.next), yearsRead);
  // Note: a title written only in the metadata line (# title: …) is the document's first statement, as a title line in
  // the body is, so that the policy it names is mentioned there.
  if (block.title === null && lineMeta.titleSpan) walk.emit(lineMeta.titleSpan.start, lineMeta.titleSpan.end, CONTEXT);
  for (let k = 0; k < block.next; k++) walk.titleBlockLine(lines[k], block);
  // Note: a social-media article ends at its list of other articles (往期推荐): the lines after it are theirs.
  for (let k = block.next; k < lines.length && !endsArticle(lines[k].text); k++) walk.bodyLine(lines[k]);
  walk.close();
  return {
    document: documentMeta(text, meta, block, lineMeta, walk, labelledIssuerOf(lines, block)),
    sections: outline.sections,
    statements: walk.statements,
    signedBy: walk.signature.issuer,
  };
}
