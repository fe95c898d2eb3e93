/**
 * Lays out a PDF's lines as document text: page numbers in the margins dropped, lines wrapped inside a
 * paragraph joined again (also across a page break), one paragraph per line; records where each page starts.
 */
import { findMarker } from '../structure/index.js';
import type { PdfLine } from './pdfLines.js';
import { normalizeWidth } from './normalizeWidth.js';

/** Document text and the offset at which each page (index 0 = page 1) begins in it. */
export interface PdfLayout {
  text: string;
  pageStarts: number[];
}

/** A line that is only a page number: "3", "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3/12". */
export const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–\s]*$/;
export const SENTENCE_END = /[。！？!?：:；;」』”]$/;
export const LATIN_END = /[A-Za-z0-9,]$/;
export const LATIN_START = /^[A-Za-z0-9]/;
/** Kangxi radicals and CJK radical supplements that some PDF fonts map instead of the ordinary ideograph. */
const RADICALS = /[\u2e80-\u2fdf]/g;

/** Maps radical code points to the ideographs they stand for (⼯ → 工), leaving everything else as it is. */
export function normalizeRadicals(text: string): string {
  return text.replace(RADICALS, (c) => {
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  });
}

function withoutPageNumbers(lines: PdfLine[]): PdfLine[] {
  const kept = [...lines];
  if (kept.length && PAGE_NUMBER.test(kept[kept.length - 1].text)) kept.pop();
  if (kept.length && PAGE_NUMBER.test(kept[0].text)) kept.shift();
  return kept;
}

interface Margins {
  left: number;
  right: number;
}

function margins(lines: PdfLine[]): Margins {
  return { left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)) };
}

/** True when `next` continues the paragraph of `prev`: prev runs to the right margin unfinished, next starts at the left margin. */
function continues(prev: PdfLine, prevMargins: Margins, next: PdfLine, nextMargins: Margins): boolean {
  if (prev.columns || next.columns) return false;
  if (prev.right < prevMargins.right - 1.5 * prev.size) return false;
  if (SENTENCE_END.test(prev.text)) return false;
  if (next.left > nextMargins.left + 0.5 * next.size) return false;
  return findMarker(normalizeWidth(next.text)) === null;
}

/** Lays out the lines of each page (pages in order) as one text. */
export function layoutPdf(pages: readonly PdfLine[][]): PdfLayout {
  let text = '';
  const pageStarts: number[] = [];
  let prev: { line: PdfLine; margins: Margins } | null = null;
  for (const raw of pages) {
    const lines = withoutPageNumbers(raw);
    pageStarts.push(text.length + (prev && lines.length && !continues(prev.line, prev.margins, lines[0], margins(lines)) ? 1 : 0));
    if (!lines.length) continue;
    const m = margins(lines);
    for (const line of lines) {
      const body = normalizeRadicals(line.text);
      if (!prev) text += body;
      else if (continues(prev.line, prev.margins, line, m)) text += (LATIN_END.test(text) && LATIN_START.test(body) ? ' ' : '') + body;
      else text += `\n${body}`;
      prev = { line, margins: m };
    }
  }
  return { text, pageStarts };
}

/** The page number (from 1) of a text offset, given the page starts from layoutPdf. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
