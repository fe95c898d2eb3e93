/**
 * Words that end a name's left walk whatever it walked over: a year, a date, a count, an idiom, a post, a founding verb,
 * a preposition, a partner's connective, or a lone administrative prefix (which opens the name).
 */
import { classify, functionInitial, isDeictic, isNumber } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { getLexicon } from '../../../language/lexicon/index.js';
import { isAction, vocab } from './vocabulary.js';

/** The codes of the numerals a count may open with (三所, 几家): a code looked up at each step, not a pattern tried. */
const CN_DIGIT_CODES: ReadonlySet<number> = new Set([...'一二两三四五六七八九十几多数'].map((c) => c.charCodeAt(0)));

/** A time word counting or pointing at years (五年, 今年, 近年, 2024年). */
const YEAR_WORD = /^[0-9０-９一二三四五六七八九十百千两几多数近每今明去前后当本上下]*年[前后内底初末]?$/;

/** Whether token `j` is a lone administrative prefix (市, 区, 县, 省) that no number or scope word qualifies. */
export function barePrefixToken(tokens: readonly Token[], j: number): boolean {
  const v = vocab();
  if (tokens[j].word.length !== 1 || !v.barePrefixes.has(tokens[j].word)) return false;
  const before = tokens[j - 1];
  return before === undefined || !(isNumber(before.word) || classify(before) === 'CN_NUMERAL' || v.leadingScopeWords.has(before.word)
    || v.leadingScopeWords.has(before.word + tokens[j].word));
}

/**
 * Whether token `j` stops the walk for a reason that does not depend on what was walked over; `field` when a programme
 * word may name the body's field (a government's 城乡建设, a unit's 过程工程).
 */
export function hardStop(tokens: readonly Token[], j: number, functional: boolean, field: boolean, trade: boolean): boolean {
  const t = tokens[j];
  const v = vocab();
  // Note: a duration or a year (五年, 今年, 2030 + 年前) before a class of institutions is a time phrase, not part of a name; a word
  // the segmenter tags as a time only for its 年 (青年, 少年) is not.
  if (t.tag === 't' && YEAR_WORD.test(t.word)) return true;
  // Note: nor is a date's month or day (2022年7 + 月 + 获财务委员会…, 4月22 + 日 + 就建议咨询…), even before a committee
  // named by its work.
  // Note: the word's own look-up first: the number's pattern is tried only before a date word.
  if (v.dateWords.has(t.word) && j > 0 && isNumber(tokens[j - 1].word)) return true;
  // Note: a measure word after a number may be glued to the next character (34 + 对穗 + 港澳).
  if (v.measureWords.has(t.word[0]) && j > 0 && isNumber(tokens[j - 1].word)) return true;
  // Note: so may it be to the numeral before it (三所 + 中学): a count, not a name.
  if (t.word.length === 2 && CN_DIGIT_CODES.has(t.word.charCodeAt(0)) && v.measureWords.has(t.word[1])) return true;
  // Note: idioms (一往无前) and unknown words glued to a function word (已同, 现将) never open a name; nor does a time
  // of writing (今日), which the walk over a committee's work (…出席…委员会) would otherwise cross.
  if (t.tag === 'i' || functionInitial(t) || isDeictic(t.word)) return true;
  // Note: a person's post (局长, 局局长) ends the name of the body named after it, but not of the post's own office
  // (经济财政司 + 司长 + 办公室).
  if (v.postTitleLexicon.matchEnd(t.word, t.word.length) !== null && !getLexicon().names.postOffices.has(tokens[j + 1]?.word ?? '')) return true;
  // Note: a self-reference (本府 + 文化局, 我校 + 国际处) is a body of its own: the unit after it is the issuer's, named alone.
  if (t.word.length === 2 && v.selfReferenceMarks.has(t.word[0])) return true;
  // Note: nor is the verb that founds a body part of its name (学校 + 成立 + …咨询委员会).
  if (v.foundingVerbs.has(t.word)) return true;
  // Note: a body under another is named after the word that says so (…局 + 辖下 + 青年发展委员会), and a preposition
  // standing alone opens the clause (经 + 国务院 + 批准), even where the segmenter tags it a noun.
  if (v.underWords.has(t.word) || v.prepositions.has(t.word)) return true;
  // Note: a body named with another it works with is two bodies (社工局 + 联同 + 社会工作者专业委员会), even when the
  // second is a committee named by its work.
  if (t.word.length >= 2 && getLexicon().partnering.connectives.has(t.word) && !v.jointWords.has(t.word)) return true;
  // Note: a word naming a pairing (姊妹学校, 友好学校) before a body's name says what the body is to the other, as a
  // connective does (与 + 姊妹学校 + 沙田信望书院): no part of the name.
  if (j < tokens.length - 1 && v.pairingWords.has(t.word)) return true;
  if (functional) return false;
  // Note: a government body may be named by its field (规划和自然资源局, 发展和改革委员会): program words do not end it.
  return (!field && v.programHeadLexicon.matchEnd(t.word, t.word.length) !== null) || (!trade && isAction(t.word));
}
