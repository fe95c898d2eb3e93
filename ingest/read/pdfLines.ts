/** Turns positioned PDF text runs into lines: runs on one baseline, left to right, with spaces where the gap says so. */

/** A run of text as a PDF's text layer gives it: baseline origin, advance width and font size (PDF points). */
export interface PdfTextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** One line of a page, with its horizontal extent for the paragraph layout. */
export interface PdfLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** True when wide gaps split the line into columns (a table row), which never continues a paragraph. */
  columns: boolean;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

function needsSpace(before: string, after: string, gap: number, size: number): boolean {
  if (/\s$/.test(before) || /^\s/.test(after)) return false;
  // Note: Chinese runs are set without spaces; only a wide gap (a table column) separates them.
  const han = HAN.test(before.slice(-1)) || HAN.test(after[0]);
  return gap > (han ? 1.0 : 0.2) * size;
}

function finishLine(runs: PdfTextRun[]): PdfLine {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  let columns = false;
  for (const run of runs) {
    if (text && run.x - right > 2 * run.size) columns = true;
    if (text && needsSpace(text, run.str, run.x - right, run.size)) text += ' ';
    text += run.str;
    right = Math.max(right, run.x + run.width);
  }
  const size = Math.max(...runs.map((r) => r.size));
  return { text: text.trim(), left: runs[0].x, right, y: runs[0].y, size, columns };
}

/** Groups a page's runs into lines, top to bottom; runs whose baselines differ by less than 40% of the font size share a line. */
export function runsToLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const sorted = runs.filter((r) => r.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: PdfTextRun[] = [];
  for (const run of sorted) {
    const anchor = current[0];
    if (anchor && Math.abs(anchor.y - run.y) > 0.4 * Math.max(anchor.size, run.size)) {
      lines.push(finishLine(current));
      current = [];
    }
    current.push(run);
  }
  if (current.length) lines.push(finishLine(current));
  return lines.filter((line) => line.text.length > 0);
}
