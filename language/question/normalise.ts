/**
 * A question as the reader reads it: NFKC (full-width forms folded), Simplified Chinese, years in numerals as digits
 * (二〇二五年 → 2025年, as documents are read), trimmed; and its language.
 */
import { withDigitYears } from '../script/numeralYears.js';
import { detectScript, toSimplified } from '../script/traditional.js';

const HAN = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/** The text the reader works on; offsets of every slot point into it. */
export function normaliseQuestion(question: string): string {
  const folded = question.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return withDigitYears(detectScript(folded) === 'TRADITIONAL' ? toSimplified(folded) : folded);
}

/** English when it has more Latin letters than Han characters. */
export function languageOf(text: string): 'zh' | 'en' {
  return (text.match(LATIN)?.length ?? 0) > (text.match(HAN)?.length ?? 0) ? 'en' : 'zh';
}
