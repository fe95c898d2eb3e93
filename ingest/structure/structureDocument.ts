import type { DocumentMeta, Section, Statement } from '../model.js';
import { findMarker, type MarkerKind } from './markers.js';
import { bodyPeriod, isProblemHeading, isProblemParagraph, partPeriod, titlePeriods, type Period, type TitlePeriods } from './parts.js';
import { isoDate, issuerFromTitle, metaDate, metaSource, organisationName, preambleKind } from './preamble.js';
import { splitStatements, type Span } from './splitStatements.js';

/** What the structure stage needs to know about the source besides its text. */
export interface StructureMeta {
  /** Document id ("doc:" + base name). */
  id: string;
  source: string;
  sha256: string;
}

/** The outline and statements of one document. */
export interface StructuredDocument {
  document: DocumentMeta;
  sections: Section[];
  statements: Statement[];
}

interface OpenSection {
  section: Section;
  order: number;
  period: Period;
  children: number;
}

const META_LINE = /^#\s*([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const MARKDOWN_HASHES = /^#{1,6}\s+/;
const TITLE_ANNOTATION = /\s*[[(][^\])]*(?:not in the excerpt|no title|无标题|untitled)[^\])]*[\])]\s*$/i;
const PLACEHOLDER_TITLE = /^[[(]?\s*(?:no title|untitled|无标题)[^\])]*[\])]?$/i;
/** A trailing disclosure note on a notice title, e.g. "(免予公开转主动公开)", "(主动公开)". */
const DISCLOSURE_NOTE = /\s*\([^()]{0,12}公开[^()]{0,12}\)$/;
const SHORT_HEADING = 40;
const TITLE_MAX = 100;
const CONTEXT: Period = { year: null, status: 'CONTEXT' };

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

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

function cleanMetaTitle(value: string): string | null {
  if (PLACEHOLDER_TITLE.test(value.trim())) return null;
  const title = value.replace(TITLE_ANNOTATION, '').trim();
  return title.length > 0 ? title : null;
}

function isTitleLike(line: string): boolean {
  return line.length >= 5 && line.length <= TITLE_MAX && sentenceEnd(line, 0, line.length) < 0 && !line.endsWith(':') && findMarker(line) === null;
}

/**
 * Builds the outline (parts, 一、 (一) 1. (1) ① headings) and the statements of a normalised
 * document text in one pass over its lines, with title, issuer and issue date, and the year and
 * status of every statement from the part it stands in.
 */
export function structureDocument(text: string, meta: StructureMeta): StructuredDocument {
  const sections: Section[] = [];
  const statements: Statement[] = [];
  const stack: OpenSection[] = [];
  const kindOrder = new Map<MarkerKind, number>();
  const spans: Span[] = [];

  let metaTitle: string | null = null;
  let bodyTitle: string | null = null;
  let leadingMeta = true;
  let titleChecked = false;
  let periods: TitlePeriods = { summary: null, plan: null, first: null };
  let defaultPeriod: Period = CONTEXT;
  let inPreamble = true;
  let rootChildren = 0;
  let prevEnd = 0;

  let signature: string | null = null;
  let issuerFromSignature: string | null = null;
  let signedOn: string | null = null;
  let firstDate: string | null = null;
  let pageDate: string | null = null;
  let pageSource: string | null = null;
  let prevLineSignature: string | null = null;
  let prevLineStatements: [number, number] = [0, 0];

  const emit = (start: number, end: number, period: Period): void => {
    spans.length = 0;
    splitStatements(text, start, end, spans);
    const sectionId = stack.length ? stack[stack.length - 1].section.id : null;
    for (const span of spans) {
      statements.push({
        id: `${meta.id}/st:${statements.length + 1}`,
        sectionId,
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        year: period.year,
        status: period.status,
      });
    }
  };

  const closeTo = (order: number): void => {
    while (stack.length && stack[stack.length - 1].order >= order) stack.pop()!.section.end = prevEnd;
  };

  const openSection = (kind: MarkerKind, heading: string, start: number, headingEnd: number, partOf: Period | null): OpenSection => {
    let order = -1;
    if (kind !== 'part') {
      order = kindOrder.get(kind) ?? kindOrder.size;
      kindOrder.set(kind, order);
    }
    closeTo(order);
    const parent = stack.length ? stack[stack.length - 1] : null;
    const ordinal = parent ? ++parent.children : ++rootChildren;
    const path = parent ? `${parent.section.path}/${ordinal}` : String(ordinal);
    let period = partOf ?? (parent ? parent.period : defaultPeriod);
    if (!partOf && period.status === 'ACHIEVED' && isProblemHeading(heading)) period = { year: period.year, status: 'PROBLEM' };
    const section: Section = {
      id: `${meta.id}/sec:${path}`,
      parentId: parent ? parent.section.id : null,
      path,
      heading,
      level: stack.length + 1,
      ordinal,
      start,
      end: headingEnd,
    };
    sections.push(section);
    const open: OpenSection = { section, order, period, children: 0 };
    stack.push(open);
    return open;
  };

  const currentPeriod = (): Period => (stack.length ? stack[stack.length - 1].period : defaultPeriod);

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    const next = lineEnd + 1;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lineStart = next;
    if (s === e) continue;

    if (text.charCodeAt(s) === 0x23 /* # */) {
      const line = text.slice(s, e);
      const m = leadingMeta ? META_LINE.exec(line) : null;
      if (m) {
        if (m[1].toLowerCase() === 'title') metaTitle = cleanMetaTitle(m[2]);
        continue;
      }
      const hashes = MARKDOWN_HASHES.exec(line);
      if (hashes) s += hashes[0].length;
      if (s === e) continue;
    }
    leadingMeta = false;
    const line = text.slice(s, e);

    if (!titleChecked) {
      const kind = preambleKind(line);
      if (kind === 'pageMeta') {
        pageDate ??= metaDate(line);
        pageSource ??= metaSource(line);
        continue;
      }
      titleChecked = true;
      if (isTitleLike(line) && kind !== 'addressee') bodyTitle = line.replace(DISCLOSURE_NOTE, '');
      periods = titlePeriods(bodyTitle ?? metaTitle ?? '');
      defaultPeriod = bodyPeriod(periods);
      if (bodyTitle !== null) {
        // Note: the title line is a CONTEXT statement, so a body named only there (the issuer) is mentioned.
        emit(s, e, CONTEXT);
        prevEnd = e;
        continue;
      }
    }

    // Part headings ("2019年广州教育工作总结", "一、2024年主要工作和成效").
    const part = partPeriod(line, periods);
    if (part) {
      const marker = findMarker(line);
      inPreamble = false;
      prevLineSignature = null;
      openSection('part', text.slice(s + (marker ? marker.length : 0), e), s, e, part);
      prevEnd = e;
      continue;
    }

    const marker = findMarker(line);
    if (marker) {
      inPreamble = false;
      prevLineSignature = null;
      const hs = s + marker.length;
      const stop = sentenceEnd(text, hs, e);
      const colon = labelColon(text, hs, stop < 0 ? e : stop);
      let headingEnd: number;
      let bodyStart: number;
      let headingIsStatement: boolean;
      if (colon >= 0) {
        headingEnd = colon;
        bodyStart = colon + 1;
        headingIsStatement = false;
      } else if (stop >= 0) {
        headingEnd = stop;
        bodyStart = stop + 1;
        headingIsStatement = true;
      } else {
        headingEnd = e;
        bodyStart = e;
        headingIsStatement = e - hs > SHORT_HEADING;
      }
      const open = openSection(marker.kind, text.slice(hs, headingEnd).trim(), s, e, null);
      const problem = open.period.status !== 'CONTEXT' && isProblemParagraph(line.slice(marker.length));
      const period = problem ? { year: open.period.year, status: 'PROBLEM' as const } : open.period;
      if (headingIsStatement) emit(hs, headingEnd, period);
      if (bodyStart < e) emit(bodyStart, e, period);
      prevEnd = e;
      continue;
    }

    const kind = inPreamble ? preambleKind(line) : null;
    if (kind === 'pageMeta') {
      pageDate ??= metaDate(line);
      pageSource ??= metaSource(line);
      continue;
    }

    // Standalone date lines: the signature date when a signature line stands just above.
    const date = isoDate(line);
    if (date) {
      firstDate ??= date;
      if (prevLineSignature) {
        signedOn ??= date;
        issuerFromSignature ??= signature;
        // Note: a signature at the end of a document only shows itself when the date follows; re-mark its statements.
        for (let i = prevLineStatements[0]; i < prevLineStatements[1]; i++) {
          statements[i].year = null;
          statements[i].status = 'CONTEXT';
        }
      }
      const before = statements.length;
      emit(s, e, CONTEXT);
      prevLineStatements = [before, statements.length];
      prevLineSignature = null;
      prevEnd = e;
      continue;
    }

    const org = kind === 'signature' || !inPreamble ? organisationName(line) : null;
    if (org) {
      if (!prevLineSignature) signature = org;
      prevLineSignature = org;
    } else {
      prevLineSignature = null;
    }
    let period: Period = kind ? CONTEXT : currentPeriod();
    if (period.status !== 'CONTEXT' && isProblemParagraph(line)) period = { year: period.year, status: 'PROBLEM' };
    const before = statements.length;
    emit(s, e, period);
    prevLineStatements = [before, statements.length];
    prevEnd = e;
  }
  closeTo(-2);

  const title = bodyTitle ?? metaTitle ?? meta.id.replace(/^doc:/, '');
  const document: DocumentMeta = {
    id: meta.id,
    title,
    issuer: issuerFromTitle(title) ?? issuerFromSignature ?? pageSource,
    issuedOn: signedOn ?? firstDate ?? pageDate,
    sha256: meta.sha256,
    charCount: text.length,
    source: meta.source,
  };
  return { document, sections, statements };
}
