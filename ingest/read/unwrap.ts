/**
 * Text pasted from a PDF with its line breaks: every line of a paragraph broken at the page's width (names too, 南|山区),
 * and the pages' numbers and running headers between them. Such a text is recognised by its many lines of one width
 * that end unfinished; its wrapped lines are joined into paragraphs again and its page furniture dropped, as the PDF
 * reader does with a PDF's own lines. Any other text is returned as it is.
 */
import { findMarker } from '../structure/index.js';
import { CELL_GAP } from '../../language/match/tableText.js';
import { normalizeWidth } from './normalizeWidth.js';
import { LATIN_END, LATIN_START, PAGE_NUMBER, SENTENCE_END } from './pdfLayout.js';

/** Lines shorter than this (in characters) are never counted as wrapped: headings, dates, list items. */
const MIN_LENGTH = 20;
/** A wrapped line may be this many characters shorter or longer than the usual (a character did not fit; digits are narrow). */
const SLACK = 3;
/** Lines of the width that a text needs before it counts as wrapped, in number and as a share of its long lines. */
const MIN_WRAPPED = 5;
const MIN_SHARE = 0.4;
/** The share of its long lines a wrapped text may have longer than its width. */
const MAX_WIDER = 0.1;
/** The share of lines of the width that must end unfinished (a text of one sentence per line is not wrapped). */
const MIN_UNFINISHED = 0.6;

/** A line's length in characters (code points), trailing spaces left out. */
const lengthOf = (line: string): number => [...line.trimEnd()].length;

/** Whether a length is the wrap width's, give or take the slack. */
const atWidth = (length: number, width: number): boolean => length >= width - SLACK && length <= width + SLACK;

/** The width the text's lines were wrapped at (in characters), or null when it was not wrapped. */
function wrapWidth(lines: readonly string[]): number | null {
  const long = lines.filter((l) => !CELL_GAP.test(l)).map(lengthOf).filter((n) => n >= MIN_LENGTH);
  if (long.length < MIN_WRAPPED) return null;
  // Note: the lines counted by length once, then each width's window summed from the counts (linear in the lines).
  const byLength = new Map<number, number>();
  for (const n of long) byLength.set(n, (byLength.get(n) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const w of byLength.keys()) {
    let count = 0;
    for (let n = w - SLACK; n <= w + SLACK; n++) count += byLength.get(n) ?? 0;
    if (count > bestCount) [best, bestCount] = [w, count];
  }
  if (bestCount < MIN_WRAPPED || bestCount < long.length * MIN_SHARE) return null;
  // Note: a wrapped text has hardly a line longer than its width; a text of one paragraph per line has many.
  if (long.filter((n) => n > best + SLACK).length > long.length * MAX_WIDER) return null;
  const full = lines.filter((l) => !CELL_GAP.test(l) && atWidth(lengthOf(l), best));
  return full.filter((l) => !SENTENCE_END.test(l.trimEnd())).length >= full.length * MIN_UNFINISHED ? best : null;
}

/** How much shorter than the width a line may stop and still run on (a few wide punctuation marks took the room). */
const SHORT_SLACK = 5;
/** A metadata line of the file (# source: …, # title: …): never joined. */
const META_LINE = /^#\s/;

/** Whether a line runs to the wrap width unfinished: the paragraph goes on in the next line. */
function runsOn(line: string, width: number): boolean {
  return lengthOf(line) >= width - SHORT_SLACK && !SENTENCE_END.test(line.trimEnd()) && !META_LINE.test(line) && !CELL_GAP.test(line);
}

/** Whether a line may continue the paragraph before it: it holds text, opens no outline item, is no table row nor metadata line. */
function continuesParagraph(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !META_LINE.test(trimmed) && !CELL_GAP.test(trimmed) && findMarker(normalizeWidth(trimmed)) === null;
}

/** The lines without the pages' numbers and, right after one, a running header the text repeats. */
function withoutPageFurniture(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let afterNumber = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (PAGE_NUMBER.test(trimmed) && trimmed !== '') {
      afterNumber = true;
      continue;
    }
    if (afterNumber && seen.has(trimmed)) {
      afterNumber = false;
      continue;
    }
    afterNumber = false;
    seen.add(trimmed);
    out.push(line);
  }
  return out;
}

/** A paragraph so far and its next line as one: a space between two Latin words or numbers, nothing between Han characters. */
function joined(paragraph: string, line: string): string {
  const head = paragraph.trimEnd();
  const tail = line.trimStart();
  return LATIN_END.test(head) && LATIN_START.test(tail) ? `${head} ${tail}` : head + tail;
}

/** `text` with its hard-wrapped paragraphs joined and its page furniture dropped when it was pasted so; else `text` itself. */
export function unwrapPastedLines(text: string): string {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  if (width === null) return text;
  const kept = withoutPageFurniture(lines);
  const out: string[] = [];
  // Note: whether a line runs on is asked of the line as written, not of the paragraph joined so far.
  let last: string | null = null;
  for (const line of kept) {
    const joins = last !== null && runsOn(last, width) && continuesParagraph(line);
    if (joins) out[out.length - 1] = joined(out[out.length - 1], line);
    else out.push(line);
    last = line;
  }
  return out.join('\n');
}
