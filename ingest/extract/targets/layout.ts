/** Clause layout of a statement for target extraction: clause separators and quoted or titled spans. */

/** Clause boundaries and quoted/titled spans of a statement, found in one pass. */
export interface Layout {
  /** Offsets of clause separators (outside brackets and quotes), ascending. */
  readonly breaks: number[];
  /** [start, end) pairs of “…” 《…》 「…」 『…』 spans, ascending. */
  readonly quoted: number[];
}

const OPEN_QUOTE: ReadonlyMap<string, string> = new Map([['“', '”'], ['《', '》'], ['「', '」'], ['『', '』']]);

/** Finds the clause separators (, 、 : at bracket depth 0; 。 ; ! ? and line ends anywhere) and the quoted spans. */
export function layout(text: string): Layout {
  const breaks: number[] = [];
  const quoted: number[] = [];
  let depth = 0;
  let close = '';
  let qStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (close !== '') {
      if (c === close) {
        quoted.push(qStart, i + 1);
        close = '';
      } else if (c === '。' || c === '\n') {
        close = '';
        breaks.push(i);
        depth = 0;
      }
      continue;
    }
    const closing = OPEN_QUOTE.get(c);
    if (closing !== undefined) {
      close = closing;
      qStart = i;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === '。' || c === '\n' || c === ';' || c === '!' || c === '?') {
      breaks.push(i);
      depth = 0;
    } else if (depth === 0 && (c === ',' || c === '、' || c === ':')) breaks.push(i);
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
