/**
 * Crossheads: the unnumbered headings news releases, annual reports and Legislative Council papers set between their
 * paragraphs (「千年文脈」研學團 走讀西安、蘭州、敦煌; 2024年推行情況; 面對的挑戰). A short line with no sentence mark at its
 * end, a blank line before it and a paragraph after it heads the paragraphs up to the next; a document has two or more
 * of them, or none (one such line is as likely a note, a signature or a slogan).
 */
import { CELL_GAP, columnBar } from '../../language/match/tableText.js';
import type { Line } from './lines.js';
import { findMarker } from './markers.js';
import { isoDate, isPageMeta } from './preamble.js';

/** How long a crosshead may be, and how long the paragraph after it must be at least. */
const CROSSHEAD = { min: 2, max: 32 } as const;
const PARAGRAPH_MIN = 30;
/** A mark a sentence, a clause or a list's lead-in ends with: no crosshead ends so. */
const OPEN_END = /[。；;！!？?：:，,、…]$/;
/** What a paragraph ends with, before closing quotation marks or brackets. */
const PARAGRAPH_END = /[。；;！!？?：:][」”’』)）]*$/;
/** Two line breaks with nothing but spaces between: a blank line. */
const BLANK_LINE = /\n[ \t\u3000]*\n/;

/** Whether a line, by itself, may be a crosshead: short, unnumbered, no sentence mark at its end, no table row, date or page meta. */
function crossheadShaped(text: string): boolean {
  const line = text.trim();
  return line.length >= CROSSHEAD.min && line.length <= CROSSHEAD.max && !OPEN_END.test(line) && !CELL_GAP.test(line)
    && columnBar(line) === null && findMarker(line) === null && isoDate(line) === null && !isPageMeta(line);
}

/** Whether a line is a paragraph: long (twice the line before it at least), and ending as a sentence does. */
function paragraph(line: Line, before = 0): boolean {
  const text = line.text.trim();
  return text.length >= Math.max(PARAGRAPH_MIN, 2 * before) && PARAGRAPH_END.test(text);
}

/**
 * The starts of the crosshead lines among `lines[from…]` of `text` (none when fewer than two). The first comes after a
 * paragraph of the body: the lines above it are the page's and the title's (a release's headline under its label).
 */
export function crossheadStarts(text: string, lines: readonly Line[], from: number): Set<number> {
  const out = new Set<number>();
  let k = from;
  while (k < lines.length && !paragraph(lines[k])) k++;
  for (k++; k + 1 < lines.length; k++) {
    const line = lines[k];
    // Note: the blank line above first: most lines follow the one before with no blank line between, and that test of the
    // gap is cheaper than the shape's (a trim, patterns and the marker's, date's and page's readings).
    if (!BLANK_LINE.test(text.slice(lines[k - 1].end, line.start)) || !crossheadShaped(line.text)) continue;
    if (paragraph(lines[k + 1], line.text.trim().length)) out.add(line.start);
  }
  return out.size >= 2 ? out : new Set();
}
