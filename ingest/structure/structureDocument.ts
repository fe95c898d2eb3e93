/**
 * Structure: a normalised document text → its metadata (title, issuer, date), its outline (parts such as
 * 2019年…工作总结, then 一、 (一) 1. (1) ① headings) and its statements, each with the year and status of the part it
 * stands in. One pass over the lines; the title block, the outline and the signature are tracked by their own modules.
 */
import type { DocumentMeta, Section, Statement } from '../model.js';
import { readLines, type Line } from './lines.js';
import { findMarker } from './markers.js';
import { Outline } from './outline.js';
import { hintedMarker, indexOutlineHints, type OutlineHint } from './outlineHints.js';
import { bodyPeriod, isProblemParagraph, nextStepPeriod, partPeriod, planIntroPeriod, reviewPeriod, statementStatus, titlePeriods, type Period } from './parts.js';
import { isoDate, isPageMeta, issuerFromTitle, metaDate, metaSource, organisationName, preambleKind, releaseHeader } from './preamble.js';
import { SignatureTracker } from './signature.js';
import { splitStatements, type Span } from './splitStatements.js';
import { readTitle } from './title.js';

/** What the structure stage needs to know about the source besides its text. */
export interface StructureMeta {
  /** Document id (see ingest/documentId.ts). */
  id: string;
  source: string;
  sha256: string;
  /** Headings and numbered items a reader knows from the file's markup (DOCX), by line start. */
  outline?: readonly OutlineHint[];
}

/** The outline and statements of one document. */
export interface StructuredDocument {
  document: DocumentMeta;
  sections: Section[];
  statements: Statement[];
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

/** A line of two to eight Han characters and nothing else: a part's heading when it stands in the body. */
const BARE_LINE = /^[\u3400-\u9fff]{2,8}$/;

/** The year of the first date line of a document (its signature or page date), or null. */
function writtenYear(lines: readonly Line[]): number | null {
  for (const line of lines) {
    const date = isoDate(line.text) ?? (isPageMeta(line.text) ? metaDate(line.text) : null);
    if (date) return Number(date.slice(0, 4));
  }
  return null;
}

/** Builds the outline and statements of a normalised document text, with title, issuer and issue date. */
export function structureDocument(text: string, meta: StructureMeta): StructuredDocument {
  const hints = indexOutlineHints(meta.outline);
  const { lines, meta: lineMeta } = readLines(text);
  const block = readTitle(lines);
  const titleText = block.title ?? lineMeta.title ?? '';
  const periods = titlePeriods(titleText);
  const opening = lines.slice(block.next, block.next + 6).map((l) => l.text).join('\n');
  const release = lines.slice(0, block.next).some((line) => releaseHeader(line.text));
  const body = bodyPeriod(periods, titleText, opening, writtenYear(lines), release);
  const outline = new Outline(meta.id, body, reviewPeriod(titleText, body));
  const signature = new SignatureTracker();
  const statements: Statement[] = [];
  const spans: Span[] = [];
  let pageDate = block.pageDate;
  let pageSource = block.pageSource;
  let inPreamble = true;
  let prevEnd = 0;

  const emit = (start: number, end: number, period: Period): void => {
    spans.length = 0;
    splitStatements(text, start, end, spans);
    const sectionId = outline.currentId();
    for (const span of spans) {
      const statementText = text.slice(span.start, span.end);
      statements.push({
        id: `${meta.id}/st:${statements.length + 1}`,
        sectionId,
        text: statementText,
        start: span.start,
        end: span.end,
        year: period.year,
        status: statementStatus(statementText, period.status),
      });
    }
  };

  /** A line of the body or preamble that is neither a part nor a heading. */
  const plainLine = (line: Line): void => {
    const kind = inPreamble ? preambleKind(line.text) : null;
    if (kind === 'pageMeta') {
      pageDate ??= metaDate(line.text);
      pageSource ??= metaSource(line.text);
      return;
    }
    const before = statements.length;
    const date = isoDate(line.text);
    if (date) {
      signature.date(date, statements);
      emit(line.start, line.end, CONTEXT);
    } else {
      signature.line(kind === 'signature' || !inPreamble ? organisationName(line.text) : null);
      // Note: a bare line of a few characters heads a part (背景, 详情): a review of where things stand holds to the next.
      if (!kind && BARE_LINE.test(line.text)) {
        const review = outline.bareReview(line.text);
        if (review) outline.openBarePart(review, prevEnd, true);
        else outline.closeBareReview(prevEnd);
      }
      let period: Period = kind ? CONTEXT : outline.currentPeriod();
      if (period.status !== 'CONTEXT' && isProblemParagraph(line.text)) period = { year: period.year, status: 'PROBLEM' };
      const next = kind ? null : nextStepPeriod(line.text, period, false);
      // Note: a line that is only a next step's heading, without a number (未来工作), opens a planned part as 背景 opens a
      // review; what follows a paragraph on the next steps (its list of tasks) is planned too, up to the next heading.
      const part = kind || next ? null : nextStepPeriod(line.text, period, true);
      if (part) outline.openBarePart((period = part), prevEnd, false);
      else if (next) outline.setCurrentPeriod((period = next));
      emit(line.start, line.end, period);
      // Note: so is the list a paragraph introduces as planned (…。2025/26学年，学院计划:), the paragraph itself not.
      const intro = kind || next || part ? null : planIntroPeriod(line.text, period);
      if (intro) outline.setCurrentPeriod(intro);
    }
    signature.emitted(before, statements.length);
  };

  /** A part heading (2023年杭州教育工作总结) or an outline heading (一、 (一) 1.), else false. */
  const headingLine = (line: Line): boolean => {
    const part = partPeriod(line.text, periods);
    const marker = findMarker(line.text) ?? hintedMarker(hints, line.start);
    if (!part && !marker) return false;
    inPreamble = false;
    signature.interrupt();
    if (part) {
      outline.open('part', text.slice(line.start + (marker ? marker.length : 0), line.end), line.start, line.end, part, prevEnd, marker?.kind);
      return true;
    }
    const hs = line.start + marker!.length;
    const { headingEnd, bodyStart, headingIsStatement } = headingLayout(text, hs, line.end);
    const opened = outline.open(marker!.kind, text.slice(hs, headingEnd).trim(), line.start, line.end, null, prevEnd);
    const period = opened.status !== 'CONTEXT' && isProblemParagraph(line.text.slice(marker!.length)) ? { year: opened.year, status: 'PROBLEM' as const } : opened;
    if (headingIsStatement) emit(hs, headingEnd, period);
    if (bodyStart < line.end) emit(bodyStart, line.end, period);
    return true;
  };

  // Note: a title written only in the metadata line (# title: …) is the document's first statement, as a title line in
  // the body is, so that the policy it names is mentioned there.
  if (block.title === null && lineMeta.titleSpan) emit(lineMeta.titleSpan.start, lineMeta.titleSpan.end, CONTEXT);
  for (let k = 0; k < block.next; k++) {
    const line = lines[k];
    // Note: the title is one CONTEXT statement even when broken over lines, so a body or policy named only there is mentioned.
    if (line === block.titleLines[0]) emit(line.start, block.titleLines[block.titleLines.length - 1].end, CONTEXT);
    else if (!block.titleLines.includes(line)) plainLine(line);
    prevEnd = line.end;
  }
  for (let k = block.next; k < lines.length; k++) {
    if (!headingLine(lines[k])) plainLine(lines[k]);
    prevEnd = lines[k].end;
  }
  outline.closeTo(-2, prevEnd);

  const title = block.title ?? lineMeta.title ?? fileTitle(meta.source);
  const document: DocumentMeta = {
    id: meta.id,
    title,
    issuer: issuerFromTitle(title) ?? block.issuerLine ?? signature.issuer ?? pageSource,
    issuedOn: signature.signedOn ?? signature.firstDate ?? pageDate,
    sha256: meta.sha256,
    charCount: text.length,
    source: meta.source,
  };
  return { document, sections: outline.sections, statements };
}
