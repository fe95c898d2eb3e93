/**
 * One walk left from an institution name's head: its state, made once per call and moved by its steps, what a step
 * returns, and where the walk starts (the head's own proper part and link word, the host body a unit follows).
 */
import { classify, hasProperTag, tokenIndexAt } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { headAt, type Head } from './heads.js';
import { distinctive, isAction, vocab } from './vocabulary.js';

/** What a step returns when it leaves its token to the rest of the walk. */
export const GO_ON = -1;
/** What a step returns when the name ends at its token. */
export const END = -2;

/**
 * One walk left from a head: what it was given, and where it stands. Made once per call and moved by the walk's steps,
 * so that no step allocates.
 */
export interface Walk {
  readonly tokens: readonly Token[];
  readonly regions: Uint8Array;
  readonly head: Head;
  /** The token the head starts in. */
  readonly headIdx: number;
  readonly text: string;
  readonly offset: number;
  /** The token that ends the name of the body a unit right after it belongs to (hostOfUnit), or -1. */
  readonly hostEnd: number;
  /** The name's first token so far. */
  first: number;
  /** Whether the name has a proper part so far. */
  proper: boolean;
  /** Ends of the inner heads that close a parent body, nearest first. */
  parentEnds: number[];
  /** How many tokens the walk took since the last head, and whether one of them has substance. */
  segLen: number;
  segSubstance: boolean;
  /** The last head the walk passed (the name's own at first). */
  lastHead: Head;
  /** Whether a link word (附属) ties the body walked over to the one before it. */
  linked: boolean;
  /** Whether the token last taken is a place. */
  afterPlace: boolean;
  /** Where the name of a joint body starts, the bodies on both sides being names too (LeftEdge.joint). */
  joint: number | undefined;
  /** The edge before a company's trade words (芜湖 + 航翼 + 通用 + 制造): the first of them the walk took. */
  beforeTrade: number | undefined;
  /** The token a company's body is named by the work of, before its head's cut-off last character (结算 + 所), or -1. */
  bodyWork: number;
}

/** The walk from the head at token `i` before its first step. */
export function startWalk(tokens: readonly Token[], regions: Uint8Array, i: number, head: Head, text: string, offset: number): Walk {
  const headIdx = tokenIndexAt(tokens, head.start, i);
  return {
    tokens,
    regions,
    head,
    headIdx,
    text,
    offset,
    // Note: a unit right after its host's name is named by every word between them (香港理工大学 + 应用 + 物理学系).
    hostEnd: hostOfUnit(text, offset, tokens, headIdx, head),
    first: headIdx,
    proper: properInHead(tokens, regions, headIdx, i, head),
    parentEnds: [],
    segLen: 0,
    segSubstance: false,
    lastHead: head,
    // Note: a head that opens with a link word (附属中学) links to the body before it as 附属 alone does.
    linked: opensWithLinkWord(head.word),
    afterPlace: regions[headIdx] === 1 && headIdx === i,
    joint: undefined,
    beforeTrade: undefined,
    // The word before such a cut-off head's last character: the work the body is named by (结算 of 结算所).
    bodyWork: -1,
  };
}

/** Whether the head's own token has a proper part before the head (海外 + 孔子学院: 孔子 is the head's). */
function properInHead(tokens: readonly Token[], regions: Uint8Array, headIdx: number, i: number, head: Head): boolean {
  for (let k = headIdx; k <= i; k++) {
    const t = tokens[k];
    const inside = t.word.slice(0, Math.max(0, head.start - t.start));
    if (regions[k] === 1 || (hasProperTag(t) && inside.length > 0 && distinctive(inside) > 0)) return true;
  }
  return false;
}

/**
 * Whether a head word opens with a link word and goes on (附属中学).
 * Note: a loop, not a closure over the head in extendLeft: that made V8 keep the head in an allocated scope at every call.
 */
function opensWithLinkWord(word: string): boolean {
  for (const w of vocab().linkWordList) if (word.startsWith(w) && word.length > w.length) return true;
  return false;
}

/** How many tokens a unit's field may take between its host body and its head (香港理工大学 + 研究 + 及 + 创新 + 事务处). */
const HOST_REACH = 4;

/** Kinds of bodies named by a field right before their head (过程工程研究所, 土木工程学院, 安徽工程大学, 航天工程中心). */
export const FIELD_KINDS = new Set(['RESEARCH', 'COLLEGE', 'UNIVERSITY', 'CENTRE']);
/** Kinds of bodies that host units named after them (某大学某中心, 某医院某研究所). */
export const HOST_KINDS = new Set(['UNIVERSITY', 'COLLEGE', 'RESEARCH', 'HOSPITAL']);

/**
 * The index of the token that ends a host body's name a few tokens before the head at `headIdx`, with only nominal words,
 * non-action verbs and conjunctions between (they are the unit's field: 香港理工大学 + 应用 + 物理学 + 系), or -1.
 */
function hostOfUnit(text: string, offset: number, tokens: readonly Token[], headIdx: number, head: Head): number {
  if (!(FIELD_KINDS.has(head.kind) || head.kind === 'CENTRE' || head.word.endsWith('处')) || head.kind === 'UNIVERSITY') return -1;
  const v = vocab();
  for (let k = headIdx - 1; k >= 0 && k >= headIdx - 1 - HOST_REACH; k--) {
    const t = tokens[k];
    const cls = classify(t);
    const inner = cls === 'NOMINAL' || t.tag === 'nt' ? headAt(text, offset, tokens, k) : null;
    // Note: the host is a name (香港理工大学), not its bare head standing for the document's own body (学院 + 教学发展中心).
    if (inner && k < headIdx - 1) {
      const named = t.word.length > inner.word.length || (k > 0 && classify(tokens[k - 1]) === 'NOMINAL');
      return HOST_KINDS.has(inner.kind) && inner.end === t.end && named ? k : -1;
    }
    // Note: a conjunction between two words of the field joins them (研究 + 及 + 创新); after a body's head it joins two bodies.
    const conjunction = v.conjunctions.has(t.word) && k > 0 && k < headIdx - 1 && headAt(text, offset, tokens, k - 1) === null;
    if (!conjunction && (t.word.length < 2 || !(cls === 'NOMINAL' || (cls === 'VERB' && !isAction(t.word))))) return -1;
  }
  return -1;
}
