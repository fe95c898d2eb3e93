/** Clause layout of a statement for target extraction: clause separators and quoted or titled spans. */

import { isHanCode } from '../../../language/match/tokens.js';

/** Clause boundaries and quoted/titled spans of a statement, found in one pass. */
export interface Layout {
  /** Offsets of clause separators (outside brackets and quotes), ascending. */
  readonly breaks: number[];
  /** [start, end) pairs of “…” 《…》 「…」 『…』 spans, ascending. */
  readonly quoted: number[];
}

const OPEN_QUOTE: ReadonlyMap<string, string> = new Map([['“', '”'], ['《', '》'], ['「', '」'], ['『', '』']]);

const code = (c: string): number => c.charCodeAt(0);
// Note: the scan compares UTF-16 codes, not text[i]: for a Chinese character text[i] is a new string at each position.
/** The closing code of each opening quote's code (0 elsewhere). */
const CLOSING = new Uint16Array(0x10000);
for (const [open, close] of OPEN_QUOTE) CLOSING[code(open)] = code(close);
const [PERIOD, NEWLINE, SEMICOLON, BANG, QUESTION] = ['。', '\n', ';', '!', '?'].map(code);
const [OPEN_PAREN, OPEN_SQUARE, CLOSE_PAREN, CLOSE_SQUARE] = ['(', '[', ')', ']'].map(code);
const [COMMA, ENUMERATION, COLON] = [',', '、', ':'].map(code);
/** No quote open. */
const NONE = -1;

/** Finds the clause separators (, 、 : at bracket depth 0; 。 ; ! ? and line ends anywhere) and the quoted spans. */
export function layout(text: string): Layout {
  const breaks: number[] = [];
  const quoted: number[] = [];
  let depth = 0;
  let close = NONE;
  let qStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (close !== NONE) {
      if (c === close) {
        quoted.push(qStart, i + 1);
        close = NONE;
      } else if (c === PERIOD || c === NEWLINE) {
        close = NONE;
        breaks.push(i);
        depth = 0;
      }
      continue;
    }
    // Note: a Han character (most of a statement) is no mark: one range test spares it the table and the comparisons.
    if (isHanCode(c)) continue;
    const closing = CLOSING[c];
    if (closing !== 0) {
      close = closing;
      qStart = i;
    } else if (c === OPEN_PAREN || c === OPEN_SQUARE) depth++;
    else if (c === CLOSE_PAREN || c === CLOSE_SQUARE) depth = Math.max(0, depth - 1);
    else if (c === PERIOD || c === NEWLINE || c === SEMICOLON || c === BANG || c === QUESTION) {
      breaks.push(i);
      depth = 0;
    } else if (depth === 0 && (c === COMMA || c === ENUMERATION || c === COLON)) breaks.push(i);
  }
  return { breaks, quoted };
}

/** Whether `pos` lies inside one of the quoted spans (binary search). */
export function isQuoted(quoted: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = quoted.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < quoted[2 * mid]) hi = mid - 1;
    else if (pos >= quoted[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
