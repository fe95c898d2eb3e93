/**
 * Quoted bodies: a quotation whose words end in an institution head is a body named in full (共同成立「零碳制造技术联合
 * 研究中心」, 共建“老城南更新实验室”), however its words would cut it unquoted. A title awarded or held (获评“…中心”, 实施
 * “…医院”) stays the programme extractor's, and a short form defined in brackets (（以下简称“…”）) the alias reader's.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import type { InstitutionCandidate } from './index.js';
import { distinctive, vocab } from './vocabulary.js';
import { COUNTED_NAME, DEFINITION_BEFORE, QUOTES } from '../quoteMarks.js';
import { awardsQuote } from '../awarded.js';

/** The shortest and longest quoted name read as a body. */
const MIN_NAME = 3;
const MAX_NAME = 30;
/** Marks inside a quotation that make it a list or a sentence, not one name. */
const NOT_A_NAME = /[、,，;；:：。!！?？“”「」]/;
/** How far back a verb that awards or carries out a title may stand before the quotation (获评 + 省级 + “…”). */
const VERB_WINDOW = 6;

/**
 * Whether a verb that awards a title or carries out a programme stands just before `at` (获评“…”, 获批省级“…”, 入选首批“…”,
 * 实施“…”), the awarding body perhaps between (入选某部“…”): as the programme reader reads a title awarded.
 */
function titled(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - VERB_WINDOW), at);
  return awardsQuote(text, at) || getLexicon().programs.holderVerbs.some((verb) => before.endsWith(verb));
}

/** Any opening quotation mark (each one character), searched for from `lastIndex`. */
const OPENING_MARK = new RegExp(`[${[...QUOTES.keys()].join('')}]`, 'g');

/** The position of the first opening quotation mark at or after `from`, or -1. */
function nextOpening(text: string, from: number): number {
  OPENING_MARK.lastIndex = from;
  return OPENING_MARK.test(text) ? OPENING_MARK.lastIndex - 1 : -1;
}

/** The bodies quoted in full in one statement (offsets absolute; the quotation marks are not part of the name). */
export function quotedBodies(text: string, offset: number): InstitutionCandidate[] {
  const out: InstitutionCandidate[] = [];
  // Note: the opening marks are found by a pattern's native scan of the text, not by a table test at every character.
  for (let open = nextOpening(text, 0); open >= 0; open = nextOpening(text, open + 1)) {
    const closeMark = QUOTES.get(text[open]);
    if (!closeMark) continue;
    const close = text.indexOf(closeMark, open + 1);
    if (close < 0) break;
    const at = open;
    const inner = text.slice(at + 1, close);
    open = close;
    if (inner.length < MIN_NAME || inner.length > MAX_NAME || NOT_A_NAME.test(inner) || COUNTED_NAME.test(inner)) continue;
    const head = vocab().headLexicon.matchEnd(inner, inner.length);
    // Note: a one-character head (局, 院, 馆) closes many words that are no body's; a programme head (…示范基地) is the
    // programme extractor's.
    if (!head || head.word.length < 2 || vocab().programHeadLexicon.matchEnd(inner, inner.length)) continue;
    if (distinctive(inner.slice(0, inner.length - head.word.length)) < 1) continue;
    if (DEFINITION_BEFORE.test(text.slice(0, at)) || titled(text, at)) continue;
    out.push({ type: 'INSTITUTION', name: inner, kind: head.kind, start: offset + at + 1, end: offset + close, surface: inner });
  }
  return out;
}
