/**
 * Target (quantity) extraction: finds every quantity written with Arabic digits (or in numerals) in a statement, with its unit,
 * comparator and the noun phrase it measures, per the shared conventions.
 *
 * Rules chosen here (documented for the gold annotations to compare against):
 * - A quantity needs a unit or measure word after it (units.yaml); a bare number (ratios 1:350, phone numbers, list
 *   markers) is skipped, except a 万/亿-scaled number directly followed by a noun ("3.25万考生"), kept with unit ''.
 *   A count written in numerals is read when it holds a place word and is ten or more (五万名, 一百二十名, 百分之八);
 *   smaller ones (两所), ordinals (十八届) and spans of time (已逾十年) are skipped.
 * - Excluded: years (1900–2100 before 年/届, or any number before 月/日/号/年度), time spans ("近3年来"), numbers after
 *   第 or a ranking 前 (前50人), numbers inside “…” 《…》 「…」 (names, slogans), numbers joined by + or to letters
 *   (6+2+N, 5G), and durations heading a program name (3年行动计划).
 * - Ranges ("3-5年", "3至5万人"): value = lower bound, comparator GTE unless a comparator word says otherwise; a range with
 *   the unit on both bounds (60%至70%) gives two quantities, the lower GTE and the upper LTE.
 * - Subject: see subject.ts. When both sides are empty ("同比增加41间") the subject of the previous target in the
 *   statement is reused.
 * - Text: from the start of the left context (after time words and connectors, verbs kept) to the end of the unit or
 *   trailing comparator, or to the end of a right-hand subject.
 */
import type { Comparator, Status } from '../../model.js';
import type { Extractor } from '../registry.js';
import { layout } from './layout.js';
import { nextNumber, nextNumberStart, readQuantity, type Quantity } from './quantity.js';
import {
  indexTokens, rightPhrase, skipContext, startsWithWord, stripLeading, stripTrailing, type LocalToken, type TokenIndex,
} from './subject.js';

/** A quantity found in a statement; the caller adds statementId, year and status. */
export interface TargetSpan {
  text: string;
  subject: string;
  value: number;
  unit: string;
  comparator: Comparator;
  start: number;
  end: number;
  /** The year and status a table's column gives the amount (2025-26年度目标), over its statement's. */
  year?: number;
  status?: Status;
}

/** A POS-tagged token (nodejieba `tag`) with absolute document offsets. */
export type TaggedToken = LocalToken;

const CJK_RE = /[\u4e00-\u9fff]/;
/** What joins two quantities of one list. */
const LIST_JOIN = /^\s?[、和及]\s?$/;
/** What joins the bounds of a range written with a unit on each (60%至70%, 50万元—150万元). */
const RANGE_JOIN = /^\s?[-—–~至到]\s?$/;

/** The quantities of a statement, in order. */
function findQuantities(text: string, quoted: readonly number[]): Quantity[] {
  const quantities: Quantity[] = [];
  // Note: the next number is looked for after the quantity read, or after the number when it is none.
  let from = 0;
  for (let m = nextNumber(text, from); m !== null; m = nextNumber(text, from)) {
    from = m.index + m[0].length;
    const q = readQuantity(text, m.index, m[0], quoted);
    if (q === null) continue;
    // Note: a comparator before a list of quantities holds for each (分别超过10%、50%、90%).
    const prev = quantities[quantities.length - 1];
    if (prev && q.comparator === 'EQ' && LIST_JOIN.test(text.slice(prev.end, q.start))) q.comparator = prev.comparator;
    // Note: a range written with its unit on both bounds is two quantities: the lower bound GTE, the upper LTE.
    if (prev && prev.comparator === 'EQ' && q.comparator === 'EQ' && prev.unit === q.unit && prev.value < q.value
      && RANGE_JOIN.test(text.slice(prev.end, q.start))) {
      prev.comparator = 'GTE';
      q.comparator = 'LTE';
    }
    quantities.push(q);
    from = q.end;
  }
  return quantities;
}

/** The subject and text end of quantity `i`, given its clause and the left context start. */
function subjectOf(text: string, quantities: Quantity[], i: number, clause: { start: number; end: number }, index: TokenIndex,
  prevSubject: string): { subject: string; textStart: number; end: number } {
  const q = quantities[i];
  const prev = quantities[i - 1];
  const leftStart = prev !== undefined && prev.end > clause.start ? prev.end : clause.start;
  const textStart = skipContext(text, leftStart, q.start);
  const subjStart = stripLeading(text, textStart, q.start, index);
  const subjEnd = stripTrailing(text, subjStart, q.start);
  let rightStart = q.end;
  for (let j = i + 1; j < quantities.length && quantities[j].start === rightStart; j++) rightStart = quantities[j].end;
  const rightNoun = rightStart < clause.end && CJK_RE.test(text[rightStart])
    && !startsWithWord('rightStop', text, rightStart, clause.end) && !startsWithWord('lead', text, rightStart, clause.end);
  // Note: the first reading that gives a subject is returned; a right-hand one is read by a function of its own, not a
  // closure here (tsx names each closure as it is made: a property set per quantity).
  let right = rightNoun ? rightPhraseEnd(text, rightStart, clause.end, index) : -1;
  if (right >= 0) return { subject: text.slice(rightStart, right), textStart, end: Math.max(q.end, right) };
  if (subjEnd > subjStart) return { subject: text.slice(subjStart, subjEnd), textStart, end: q.end };
  const after = rightStart < clause.end ? stripLeading(text, rightStart, clause.end, index) : -1;
  right = after >= 0 ? rightPhraseEnd(text, after, clause.end, index) : -1;
  if (right >= 0) return { subject: text.slice(after, right), textStart, end: Math.max(q.end, right) };
  if (prevSubject !== '') return { subject: prevSubject, textStart, end: q.end };
  const before = text.slice(textStart, q.start).trim();
  if (before !== '') return { subject: before, textStart, end: q.end };
  right = rightStart < clause.end ? rightPhraseEnd(text, rightStart, clause.end, index) : -1;
  if (right >= 0) return { subject: text.slice(rightStart, right), textStart, end: Math.max(q.end, right) };
  return { subject: '', textStart, end: q.end };
}

/** Where the noun phrase right of a quantity from `s` ends (rightPhrase), or -1 when it holds nothing. */
function rightPhraseEnd(text: string, s: number, end: number, index: TokenIndex): number {
  const e = rightPhrase(text, s, end, index);
  return e > s ? e : -1;
}

/**
 * Finds the targets of one statement: `text` is the statement text starting at absolute offset `offset`; `tokens`
 * (optional, absolute offsets) are its nodejieba POS tags used to trim subjects.
 */
export function extractTargets(text: string, offset: number, tokens?: readonly TaggedToken[]): TargetSpan[] {
  // Note: a statement without a character a number opens with has no target: its layout is not needed.
  if (nextNumberStart(text, 0) < 0) return [];
  const { breaks, quoted } = layout(text);
  const quantities = findQuantities(text, quoted);
  if (quantities.length === 0) return [];
  const index = indexTokens(tokens, offset, text.length);
  const out: TargetSpan[] = [];
  let b = 0;
  let prevSubject = '';
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    while (b < breaks.length && breaks[b] < q.start) b++;
    const clause = { start: b > 0 ? breaks[b - 1] + 1 : 0, end: b < breaks.length ? breaks[b] : text.length };
    const { subject, textStart, end } = subjectOf(text, quantities, i, clause, index, prevSubject);
    prevSubject = subject;
    const start = Math.min(textStart, q.start);
    out.push({ text: text.slice(start, end), subject, value: q.value, unit: q.unit, comparator: q.comparator, start: offset + start, end: offset + end });
  }
  return out;
}

/** The target extractor of the registry. */
export const targetExtractor: Extractor<'targets'> = {
  key: 'targets',
  extract: ({ statement, tokens }) => extractTargets(statement.text, statement.start, tokens),
};
