import { getLexicon } from '../../language/lexicon/index.js';
import { codeTable } from '../../language/match/codeTable.js';
import { isHanCode } from '../../language/match/tokens.js';
import { barsIn } from '../../language/match/tableText.js';

/** A statement span: absolute offsets into the document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Minimum length (UTF-16 units) of both sides before a comma splits a sentence. */
export const MIN_CLAUSE = 12;

const SENTENCE_END = ['。', '!', '?', '！', '？'];
const OPENERS = ['(', '《', '“', '‘', '[', '【', '「', '『', '〔'];
const CLOSERS = [')', '》', '”', '’', ']', '】', '」', '』', '〕'];

/** What a character does to the split, by UTF-16 code: opens or closes a bracket or quote, or ends a sentence. */
const OPENS = 1;
const CLOSES = 2;
const ENDS = 3;
const CHAR_CLASS = codeTable([[OPENERS, OPENS], [CLOSERS, CLOSES], [SENTENCE_END, ENDS]]);

/** What ends a sentence between two statements: its marks, and a line's end. */
const SENTENCE_BREAK = codeTable([[[...SENTENCE_END, '\n'], 1]]);

/** Whether text[from, to) holds a sentence's end: the statements either side of it are of two sentences. */
export function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_BREAK[text.charCodeAt(i)] === 1) return true;
  return false;
}
const SEMICOLON = ';'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
/** 1 at the characters trimmed off a statement's ends. */
const TRIM_CHARS = codeTable([[[' ', '\t', '\n', ',', ';', '、', ':', '。', '!', '?'], 1]]);
/** Clause openings that continue the previous clause rather than start a new action. */
let continuation: RegExp | undefined;
/** The continuation pattern (sticky), built once from the lexicon. */
const continuationPattern = (): RegExp =>
  (continuation ??= new RegExp(`(?:${[...getLexicon().structure.continuationWords].join('|')})`, 'y'));

/** Whether the code is an ASCII digit (NaN, past either end of the text, is none). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Longest statement (UTF-16 units). Policy sentences run to a few hundred characters; a longer run without a sentence
 * end (a table flattened into one line, text without punctuation) is cut into pieces no longer than this, at the last
 * comma, enumeration comma or space before the limit when there is one, so no statement outgrows a write.
 */
export const MAX_STATEMENT = 2_000;
const SOFT_BREAKS = new Set([',', '，', '、', ' ', '\t']);

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  // Note: by code, not by the one-character strings text[start] and text[end - 1] (a string made and hashed at each test).
  while (start < end && TRIM_CHARS[text.charCodeAt(start)] === 1) start++;
  while (end > start && TRIM_CHARS[text.charCodeAt(end - 1)] === 1) end--;
  while (end - start > MAX_STATEMENT) {
    let cut = start + MAX_STATEMENT;
    for (let i = cut - 1; i > start + MAX_STATEMENT / 2; i--) {
      if (SOFT_BREAKS.has(text[i])) {
        cut = i + 1;
        break;
      }
    }
    // Note: never between the two halves of a surrogate pair.
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < end && TRIM_CHARS[text.charCodeAt(start)] === 1) start++;
  }
  if (end > start) out.push({ start, end });
}

/**
 * Splits one sentence at top-level commas, greedily: a comma splits only when the text since the
 * last split and the next clause both have at least MIN_CLAUSE characters and the next clause
 * does not open with a continuation word (并, 和, 及, 以, 确保, 同比 …).
 */
function splitClauses(text: string, start: number, end: number, commas: number[], out: Span[]): void {
  let segStart = start;
  for (let i = 0; i < commas.length; i++) {
    const comma = commas[i];
    const nextEnd = i + 1 < commas.length ? commas[i + 1] : end;
    const left = comma - segStart;
    const right = nextEnd - comma - 1;
    const cont = continuationPattern();
    cont.lastIndex = comma + 1;
    if (left >= MIN_CLAUSE && right >= MIN_CLAUSE && !cont.test(text)) {
      pushTrimmed(text, segStart, comma, out);
      segStart = comma + 1;
    }
  }
  pushTrimmed(text, segStart, end, out);
}

/** How many column bars (| or ｜) make a line a table's row. */
const ROW_BARS = 3;

/** Whether text[start, end) is a table's row: it holds three column bars or more (a walk over its own characters). */
function tableRow(text: string, start: number, end: number): boolean {
  return barsIn(text, start, end, ROW_BARS) >= ROW_BARS;
}

/**
 * Splits text[start, end) (one paragraph, no line breaks) into statements: at 。!? always, at ;
 * outside brackets and quotes, and at commas by the rule of splitClauses. Appends to `out`.
 */
export function splitStatements(text: string, start: number, end: number, out: Span[] = []): Span[] {
  // Note: a table's row written with column marks (1|某某项目|某某区|建设厂房，形成产能|48.0|…) is one statement: a
  // comma or a full stop inside a cell ends no statement, so each row keeps its cells together.
  if (tableRow(text, start, end)) {
    pushTrimmed(text, start, end, out);
    return out;
  }
  let sentenceStart = start;
  let depth = 0;
  let commas: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Note: a Han character (most of a text) is no mark: one range test spares it the 64 kB table (cache misses).
    if (isHanCode(c)) continue;
    const cls = CHAR_CLASS[c];
    if (cls === OPENS) depth++;
    else if (cls === CLOSES) depth = depth > 0 ? depth - 1 : 0;
    else if (cls === ENDS || (c === SEMICOLON && depth === 0)) {
      // Note: a sentence end inside quotes still ends the sentence, so an unpaired quote cannot swallow a paragraph.
      let stop = i;
      while (i + 1 < end && CHAR_CLASS[text.charCodeAt(i + 1)] === CLOSES && c !== SEMICOLON) i++;
      if (i > stop) stop = i + 1;
      splitClauses(text, sentenceStart, stop, commas, out);
      sentenceStart = i + 1;
      commas = [];
      depth = 0;
    } else if (c === COMMA && depth === 0 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
      commas.push(i);
    }
  }
  splitClauses(text, sentenceStart, end, commas, out);
  return out;
}
