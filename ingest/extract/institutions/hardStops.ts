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

/** What a word's own characters say for hardStop, as bits: read once per word (wordStops), not at every step. */
const AFTER_NUMBER = 1; // a date word (月, 日) or a measure word's start (所, 对穗): a stop after a number
const STOPS = 2; // a stop wherever it stands
const POST = 4; // a person's post (局长): a stop unless the post's own office follows
const PAIRING = 8; // a word naming a pairing (姊妹学校): a stop unless it ends the statement
const PROGRAMME = 16; // a programme's head: a stop unless it names a body's field
const ACTION = 32; // an action word: a stop unless it names a company's trade

/** The bits of the words met so far (a process's walks meet the same words again and again). */
const wordBits = new Map<string, number>();
/** How many words are kept before the map is emptied: it holds the words before heads, not the whole vocabulary. */
const WORD_BITS_MAX = 1 << 16;

/**
 * The tests of hardStop that read a word alone, as bits (AFTER_NUMBER …).
 * Note: kept per word: the dozen look-ups and two suffix walks ran at every step of every walk, most of them for the
 * same few hundred words.
 */
function stopBits(word: string): number {
  let bits = wordBits.get(word);
  if (bits !== undefined) return bits;
  const v = vocab();
  bits = 0;
  if (v.dateWords.has(word) || v.measureWords.has(word[0])) bits |= AFTER_NUMBER;
  // Note: a measure word glued to the numeral before it (三所 + 中学) is a count, not a name.
  const count = word.length === 2 && CN_DIGIT_CODES.has(word.charCodeAt(0)) && v.measureWords.has(word[1]);
  // Note: a self-reference (本府 + 文化局, 我校 + 国际处) is a body of its own: the unit after it is the issuer's, named alone.
  const selfReference = word.length === 2 && v.selfReferenceMarks.has(word[0]);
  // Note: a body named with another it works with is two bodies (社工局 + 联同 + 社会工作者专业委员会).
  const connective = word.length >= 2 && getLexicon().partnering.connectives.has(word) && !v.jointWords.has(word);
  if (count || isDeictic(word) || selfReference || v.foundingVerbs.has(word) || v.underWords.has(word) || v.prepositions.has(word)
    || connective) bits |= STOPS;
  if (v.postTitleLexicon.matchEnd(word, word.length) !== null) bits |= POST;
  if (v.pairingWords.has(word)) bits |= PAIRING;
  if (v.programHeadLexicon.matchEnd(word, word.length) !== null) bits |= PROGRAMME;
  if (isAction(word)) bits |= ACTION;
  if (wordBits.size >= WORD_BITS_MAX) wordBits.clear();
  wordBits.set(word, bits);
  return bits;
}

/**
 * Whether token `j` stops the walk for a reason that does not depend on what was walked over; `field` when a programme
 * word may name the body's field (a government's 城乡建设, a unit's 过程工程).
 */
export function hardStop(tokens: readonly Token[], j: number, functional: boolean, field: boolean, trade: boolean): boolean {
  const t = tokens[j];
  // Note: a duration or a year (五年, 今年, 2030 + 年前) before a class of institutions is a time phrase, not part of a name; a word
  // the segmenter tags as a time only for its 年 (青年, 少年) is not.
  if (t.tag === 't' && YEAR_WORD.test(t.word)) return true;
  // Note: idioms (一往无前) and unknown words glued to a function word (已同, 现将) never open a name; nor does a time
  // of writing (今日), which the walk over a committee's work (…出席…委员会) would otherwise cross.
  if (t.tag === 'i' || functionInitial(t)) return true;
  const bits = stopBits(t.word);
  // Note: a self-reference, a founding verb (学校 + 成立 + …咨询委员会), a word saying a body is under another (…局 + 辖下 +
  // 青年发展委员会) or a preposition standing alone (经 + 国务院 + 批准), even where the segmenter tags it a noun, and a
  // partner's connective, even before a committee named by its work.
  if ((bits & STOPS) !== 0) return true;
  // Note: nor is a date's month or day (2022年7 + 月 + 获财务委员会…, 4月22 + 日 + 就建议咨询…), even before a committee
  // named by its work; a measure word after a number may be glued to the next character (34 + 对穗 + 港澳).
  // Note: the word's own bits first: the number's pattern is tried only after them.
  if ((bits & AFTER_NUMBER) !== 0 && j > 0 && isNumber(tokens[j - 1].word)) return true;
  // Note: a person's post (局长, 局局长) ends the name of the body named after it, but not of the post's own office
  // (经济财政司 + 司长 + 办公室).
  if ((bits & POST) !== 0 && !getLexicon().names.postOffices.has(tokens[j + 1]?.word ?? '')) return true;
  // Note: a word naming a pairing (姊妹学校, 友好学校) before a body's name says what the body is to the other, as a
  // connective does (与 + 姊妹学校 + 沙田信望书院): no part of the name.
  if ((bits & PAIRING) !== 0 && j < tokens.length - 1) return true;
  if (functional) return false;
  // Note: a government body may be named by its field (规划和自然资源局, 发展和改革委员会): program words do not end it.
  return (!field && (bits & PROGRAMME) !== 0) || (!trade && (bits & ACTION) !== 0);
}
