/**
 * Hyphens and brackets inside an institution name: a joint body's hyphen, a bracketed place or campus, a company's
 * bracketed group word, and the walk's steps over them.
 */
import { allHan, classify, hasProperTag } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { headAt } from './heads.js';
import { END, GO_ON, type Walk } from './leftWalk.js';
import { vocab } from './vocabulary.js';

const HYPHENS = new Set(['-', '－', '‐', '–']);
export const OPEN_BRACKETS = new Set(['(', '（']);
export const CLOSE_BRACKETS = new Set([')', '）']);

/** The index of the open bracket of a bracketed place that token `close` closes (…(广州)), or -1. */
export function bracketedPlaceStart(tokens: readonly Token[], regions: Uint8Array, close: number): number {
  if (!CLOSE_BRACKETS.has(tokens[close].word)) return -1;
  // Note: a stretch of a place (内蒙古 + 段) is as much a place, and so is the world (粤港澳 + (国际) + 青年创新工场).
  const { bracketedScopes, bracketedStretches } = vocab();
  const last = close - 1;
  if (last >= 1 && bracketedScopes.has(tokens[last].word) && OPEN_BRACKETS.has(tokens[last - 1].word)) return last - 1;
  const stretch = last >= 2 && bracketedStretches.has(tokens[last].word) ? 1 : 0;
  for (let k = close - 1 - stretch; k >= 0 && k >= close - 3 - stretch; k--) {
    if (OPEN_BRACKETS.has(tokens[k].word)) return k < close - 1 - stretch ? k : -1;
    if (!(tokens[k].tag === 'ns' || regions[k] === 1)) return -1;
  }
  return -1;
}

/** Whether a token may be a company's trade name (腾讯, 汇卓): a proper or nominal word of two Han characters or more. */
function tradeName(t: Token): boolean {
  return t.word.length >= 2 && allHan(t.word) && (hasProperTag(t) || classify(t) === 'NOMINAL');
}

/** The index of the open bracket of a bracketed head word (…(集团)) that token `close` closes, or -1. */
function bracketedHeadStart(text: string, offset: number, tokens: readonly Token[], close: number): number {
  if (!CLOSE_BRACKETS.has(tokens[close].word) || close < 2 || !OPEN_BRACKETS.has(tokens[close - 2].word)) return -1;
  return headAt(text, offset, tokens, close - 1) !== null ? close - 2 : -1;
}

/**
 * The walk's steps over a hyphen or a bracket at token `j`: the index the walk goes on from (leftwards) when one took the
 * token, END when the name ends there, or GO_ON.
 */
export function bracketStep(w: Walk, j: number): number {
  const { tokens, regions, head, headIdx, text, offset } = w;
  const v = vocab();
  const t = tokens[j];
  // Note: a hyphen between two bodies' names opens the name of a body the two run together (甲大学-乙大学联合学院);
  // a parent is a prefix of the name, so only the body before the hyphen can be one. A campus (…-某大学某校区) is not such a body.
  if (HYPHENS.has(t.word) && w.segLen === 0 && w.lastHead !== head && !v.partHeads.has(head.word) && j > 0
    && headAt(text, offset, tokens, j - 1) !== null) {
    w.parentEnds.length = 0;
    w.afterPlace = false;
    w.joint = t.start;
    w.first = j;
    return j;
  }
  // Note: a sub-body may follow a campus named in brackets (某大学(广州) + 临时党委): the walk steps over the bracket,
  // and the campus is the nearest parent.
  const open = bracketedPlaceStart(tokens, regions, j);
  if (open > 0 && j === headIdx - 1 && v.subBodyHeads.has(head.word) && headAt(text, offset, tokens, open - 1) !== null) {
    w.parentEnds.push(t.end);
    w.first = open;
    return open;
  }
  // Note: so may a place in brackets inside a name, after the name's own proper part (某公司(中国)有限公司), and a
  // company's bracketed group word (太原钢铁 + (集团) + 有限公司).
  const grouped = open < 0 && head.kind === 'ENTERPRISE' && j === headIdx - 1 ? bracketedHeadStart(text, offset, tokens, j) : -1;
  if (grouped > 0 && ['NOMINAL', 'VERB'].includes(classify(tokens[grouped - 1]))) {
    w.first = grouped;
    return grouped;
  }
  // Note: a company's name may open with a plain noun before its bracketed place (生产力 + (广州) + 咨询有限公司).
  const company = open > 0 && head.kind === 'ENTERPRISE' && w.segLen > 0 && classify(tokens[open - 1]) === 'NOMINAL' && tokens[open - 1].word.length > 1;
  if (company && !(regions[open - 1] === 1 || hasProperTag(tokens[open - 1]))) {
    w.first = open - 1;
    w.proper = true;
    return END;
  }
  // Note: and a company's trade name and field before its bracketed place right before its head (腾讯科技 + (深圳) +
  // 有限公司): the walk goes on over the field as over the name of a company without the place; a field alone or after a
  // word of one character is no name (本 + 企业 + (广州) + 有限公司).
  const field = open > 1 && head.kind === 'ENTERPRISE' && j === headIdx - 1 && classify(tokens[open - 1]) === 'NOMINAL' && tradeName(tokens[open - 2]);
  if (field) {
    w.first = open - 1;
    return open - 1;
  }
  if (open > 0 && (regions[open - 1] === 1 || hasProperTag(tokens[open - 1]))) {
    w.first = open;
    return open;
  }
  return GO_ON;
}
