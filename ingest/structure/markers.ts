/** Kinds of outline markers, from parts down to circled numbers. */
export type MarkerKind = 'part' | 'chapter' | 'fcn' | 'dec' | 'cn' | 'pcn' | 'num' | 'pnum' | 'plat' | 'circ' | 'crosshead';

/** A heading marker found at the start of a line. */
export interface Marker {
  kind: Exclude<MarkerKind, 'part' | 'crosshead'>;
  /** Length of the marker text (e.g. 2 for "一、", 3 for "(一)"). */
  length: number;
}

const CN = '[一二三四五六七八九十百零〇]+';
/** The formal numerals (壹、贰、参、) a Taiwan document numbers its parts with, above 一、 (as Simplified extraction reads them). */
export const FORMAL_NUMERALS = '壹贰叁参肆伍陆柒捌玖拾';
const FCN_MARK = new RegExp(`^[${FORMAL_NUMERALS}]+[、.]\\s*`);
const CHAPTER = new RegExp(`^第${CN}(?:部分|章|篇)\\s*`);
const CN_MARK = new RegExp(`^${CN}[、.]\\s*`);
const PCN_MARK = new RegExp(`^[(【〔]${CN}[)】〕]\\s*`);
/** A section numbered within a chapter (5.1 年度概览, 3.2 …): a space must follow, or it is a number (5.6亿元). */
const DEC_MARK = /^\d{1,2}\.\d{1,2}(?!\d)[\s\u3000]+/;
const NUM_MARK = /^\d{1,2}(?:、|\.(?!\d))\s*/;
const PNUM_MARK = /^[(【〔]\d{1,2}[)】〕]\s*/;
/** A Latin letter or a small Roman numeral in brackets, as Hong Kong circulars number items ((a), (b), (ii)). */
const PLAT_MARK = /^\((?:[a-z]|[ivx]{2,4})\)\s*/;
const CIRC_MARK = /^[\u2460-\u2473\u2776-\u277f]\s*/;

const TESTS: ReadonlyArray<[Marker['kind'], RegExp]> = [
  ['chapter', CHAPTER],
  ['fcn', FCN_MARK],
  ['dec', DEC_MARK],
  ['cn', CN_MARK],
  ['pcn', PCN_MARK],
  ['num', NUM_MARK],
  ['pnum', PNUM_MARK],
  ['plat', PLAT_MARK],
  ['circ', CIRC_MARK],
];

/** Finds an outline marker (壹、 一、 (一) 1. 1、 (1) (a) ① 第一部分) at the start of a trimmed line. */
export function findMarker(line: string): Marker | null {
  const first = line.charCodeAt(0);
  // Note: cheap first-character gate so ordinary paragraphs never reach the regexes.
  const digit = first >= 0x30 && first <= 0x39;
  if (!digit && first !== 0x28 && first !== 0x3010 && first !== 0x3014 && first !== 0x7b2c && !(first >= 0x2460 && first <= 0x2473) && !(first >= 0x2776 && first <= 0x277f) && !'一二三四五六七八九十百零〇'.includes(line[0]) && !FORMAL_NUMERALS.includes(line[0])) {
    return null;
  }
  for (const [kind, re] of TESTS) {
    const m = re.exec(line);
    if (m && m[0].length < line.length) return { kind, length: m[0].length };
  }
  return null;
}
