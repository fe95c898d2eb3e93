/**
 * Heads inside a phrase that names no body: one in an open quotation that more words follow (“甬城学校体育节”), and one
 * that a conjunction joins to words ending in a programme's head (a programme's name, not a body's).
 */
import { classify } from '../../../language/match/tokens.js';
import { codeTable } from '../../../language/match/codeTable.js';
import type { Token } from '../../../language/segment/index.js';
import { QUOTE_PAIRS } from '../quoteMarks.js';
import { vocab } from './vocabulary.js';

/** True when the head stands inside an open quotation and more words follow it there (“甬城学校体育节”). */
export function insideQuotedPhrase(text: string, offset: number, tokens: readonly Token[], i: number): boolean {
  const at = tokens[i].start - offset;
  if (!openQuotation(text, at)) return false;
  return i + 1 < tokens.length && classify(tokens[i + 1]) === 'NOMINAL';
}

/**
 * Per UTF-16 code, the quotation marks' pairs: k + 1 at the opening mark of QUOTE_PAIRS[k], k + 1 + QUOTE_PAIRS.length
 * at its closing mark, 0 elsewhere.
 */
const QUOTE_MARK_CODES = codeTable(QUOTE_PAIRS.flatMap(([open, close], k) => [[[open], k + 1], [[close], k + 1 + QUOTE_PAIRS.length]] as const));
/** Every pair's bit set: each pair's last mark before a position is known. */
const ALL_PAIRS = (1 << QUOTE_PAIRS.length) - 1;

/**
 * Whether a quotation is open at `at` (its opening mark at or before `at` after its last closing mark): any of the
 * quotation marks (“…”, and 「…」 as Hong Kong and Macao texts write them).
 * Note: one scan back from `at`, in which each pair's nearest mark decides, not two searches per pair.
 */
function openQuotation(text: string, at: number): boolean {
  let closed = 0;
  for (let k = Math.min(at, text.length - 1); k >= 0; k--) {
    const mark = QUOTE_MARK_CODES[text.charCodeAt(k)];
    if (mark === 0) continue;
    const pair = (mark - 1) % QUOTE_PAIRS.length;
    if ((closed & (1 << pair)) !== 0) continue;
    if (mark <= QUOTE_PAIRS.length) return true;
    closed |= 1 << pair;
    if (closed === ALL_PAIRS) return false;
  }
  return false;
}

const MAX_PROGRAM_TAIL = 5;

/** True when the head at token `i` is followed by a conjunction and words ending in a program head: a program name. */
export function insideProgramName(tokens: readonly Token[], i: number): boolean {
  if (i + 2 >= tokens.length || !vocab().conjunctions.has(tokens[i + 1].word)) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + MAX_PROGRAM_TAIL; k++) {
    const t = tokens[k];
    // Note: a body's head before the programme's ends that reading (运输署 + 与 + 地政总署 + 参与 + 规划: two bodies).
    if (bodyHead(t)) return false;
    // Note: nor does a programme head that a body's name goes on past (运输署 + 及 + 土木工程 + 拓展 + 署: a department).
    if (vocab().programHeadLexicon.matchEnd(t.word, t.word.length)) return !bodyGoesOn(tokens, k);
    const cls = classify(t);
    if (cls !== 'NOMINAL' && cls !== 'VERB') return false;
  }
  return false;
}

/** Whether a token is an institution head (学院, 署). */
function bodyHead(t: Token): boolean {
  return vocab().headLexicon.matchEnd(t.word, t.word.length) !== null || vocab().singleCharHeads.has(t.word);
}

/** How many words a body's name may go on past a programme head inside it (土木工程 + 拓展 + 署). */
const BODY_TAIL = 2;

/** Whether the words right after token `k` go on, nominal or verbal, to an institution head. */
function bodyGoesOn(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < tokens.length && m <= k + BODY_TAIL; m++) {
    if (bodyHead(tokens[m])) return true;
    const cls = classify(tokens[m]);
    if (cls !== 'NOMINAL' && cls !== 'VERB') return false;
  }
  return false;
}
