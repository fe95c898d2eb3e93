/** The clauses of a statement (split at ， ； ： and sentence ends outside brackets and quotes), as absolute ranges. */
import { codeTable } from '../../language/match/codeTable.js';

/** A clause: absolute offsets, end exclusive. */
export interface Clause {
  start: number;
  end: number;
}

const OPENERS = ['(', '《', '“', '[', '【', '「', '〔'];
const CLOSERS = [')', '》', '”', ']', '】', '」', '〕'];
const BREAKS = [',', '，', ';', '；', ':', '：', '。', '!', '?', '！', '？'];

/** What a character does to the split, by UTF-16 code: opens or closes a bracket or quote, or breaks a clause. */
const OPENS = 1;
const CLOSES = 2;
const BREAKS_CLAUSE = 3;
const CHAR_CLASS = codeTable([[OPENERS, OPENS], [CLOSERS, CLOSES], [BREAKS, BREAKS_CLAUSE]]);

/** The commas a sentence is split at into statements (…赴深圳市，参观…): what joins two statements of one sentence. */
export const COMMAS: ReadonlySet<string> = new Set(['，', ',']);

/**
 * Whether the one character between two statements (absolute offsets `from`, `to`) is one of the COMMAS (what joins two
 * statements of a sentence), read in place: the statement walks ask it of every statement, and a slice made a string each
 * time. No text (`undefined`), or no character there (a walk's start, -1), holds none.
 */
export function commaBetween(text: string | undefined, from: number, to: number): boolean {
  return text !== undefined && from >= 0 && to - from === 1 && COMMAS.has(text[from]);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether the comma at `i` separates thousands (1,000, 12,345): a digit before it, three and no more after it. */
function thousandsSeparator(text: string, i: number): boolean {
  return text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))
    && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

/** Splits a statement (starting at absolute `offset`) into clauses. */
export function clausesOf(text: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = CHAR_CLASS[text.charCodeAt(i)];
    if (cls === OPENS) depth++;
    else if (cls === CLOSES) depth = Math.max(0, depth - 1);
    else if (depth === 0 && cls === BREAKS_CLAUSE && !thousandsSeparator(text, i)) {
      if (i > start) out.push({ start: offset + start, end: offset + i });
      start = i + 1;
    }
  }
  if (text.length > start) out.push({ start: offset + start, end: offset + text.length });
  return out;
}

/** The clause holding an absolute position (the last one when past the end). */
export function clauseAt(clauses: readonly Clause[], at: number): Clause {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1] ?? { start: at, end: at };
}

/** Where a bracket opening at `at` (an offset into `text`) closes, after the closing mark; `at` when none opens there. */
export function bracketAfter(text: string, at: number): number {
  if (text[at] !== '（' && text[at] !== '(') return at;
  const close = text.slice(at + 1).search(/[（()）]/);
  return close >= 0 && (text[at + 1 + close] === '）' || text[at + 1 + close] === ')') ? at + close + 2 : at;
}

/**
 * A statement's text between two absolute offsets (`input.start` is where the statement starts in the document).
 * Note: a function of the module, not an arrow made per call in the placement readers (under tsx each named arrow is also
 * named by esbuild's __name helper as it is made).
 */
export function textBetween(input: { text: string; start: number }, from: number, to: number): string {
  return input.text.slice(from - input.start, to - input.start);
}
