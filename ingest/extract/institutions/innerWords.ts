/**
 * Words inside a body's name that a left walk takes though they are not nouns: a conjunction or an adverb between two
 * words of the name, one character of a name the segmenter cut into characters, a dot inside a name spelled by sound.
 */
import { allHan, classify } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { headAt, type Head } from './heads.js';
import { vocab } from './vocabulary.js';
import { NAME_DOTS } from '../regionTokens.js';

/** Kinds of bodies whose names may join two words by a conjunction or hold an adverb (经济和信息化局, 雇员再培训局). */
const NAME_CONTINUING_KINDS = new Set(['GOVERNMENT', 'PARTY', 'RESEARCH', 'CENTRE', 'OTHER', 'COLLEGE']);

/**
 * Whether token `k` may stand on one side of a conjunction inside a name: a plain word of two characters or more, not a
 * place, an action word (unless the body is a functional one), a scope word or a head; or a verb bodies are named by
 * (研究 + 及 + 创新 + 事务处). A self-reference (本局, 我校, 本府) is a body of its own, never the first half of a name joined by
 * 与: the walk stops at it (hardStop).
 * Note: a function of its own, not a closure in innerConjunction: that made V8 allocate its scope at every call.
 */
function joinedWord(tokens: readonly Token[], regions: Uint8Array, k: number, functional: boolean, text: string, offset: number): boolean {
  const t = tokens[k];
  const plain = classify(t) === 'NOMINAL' && regions[k] === 0 && (functional || !vocab().actionWords.has(t.word))
    && !vocab().leadingScopeWords.has(t.word)
    && headAt(text, offset, tokens, k) === null && t.word.length >= 2 && !abbreviatedGovernment(t.word);
  return plain || (vocab().nameVerbs.has(t.word) && regions[k] === 0);
}

/**
 * Whether a word ends in a one-character government head and is no common word (科局 of 经/n + 科局/n, a bureau's short
 * form the segmenter cut): a body, on one side of a conjunction joining two bodies (经科局 + 与 + 合作区经发局).
 */
function abbreviatedGovernment(word: string): boolean {
  const v = vocab();
  return v.singleCharHeads.get(word[word.length - 1]) === 'GOVERNMENT' && !v.notHeads.has(word) && !v.notHeads.has(word.slice(-2));
}

/** Whether the conjunction at `j` joins two words inside one body's name (经济和信息化局, 领导与变革研究中心). */
export function innerConjunction(tokens: readonly Token[], regions: Uint8Array, j: number, head: Head, text: string, offset: number): boolean {
  if (!vocab().conjunctions.has(tokens[j].word) || !NAME_CONTINUING_KINDS.has(head.kind) || j === 0) return false;
  const right = tokens[j + 1];
  const functional = vocab().functionalHeads.has(head.word);
  // Note: the word after the conjunction may be the head's own token (人力资源 + 和 + 社会保障部).
  const holdsHead = right !== undefined && right.start + 2 <= head.start && head.start < right.end && classify(right) === 'NOMINAL';
  // Note: or the token of the government body a unit belongs to, named inside the unit's name (文化 + 和 + 旅游部 +
  // 港澳台办公室).
  const holdsOwner = right !== undefined && !holdsHead && right.end <= head.start && classify(right) === 'NOMINAL'
    && headAt(text, offset, tokens, j + 1)?.kind === 'GOVERNMENT';
  // Note: after an enumeration comma the conjunction closes a list (A、B和C局), unless it sits right before the head's
  // own token (商务部、文化 + 和 + 旅游部) or the list's member before the comma is a body's whole name (商务及经济发展局、
  // 民政 + 及 + 青年 + 事务局: the list names its bodies in full, not by a shared head).
  // Note: and so may the word before it (住房 + 保障 + 和 + 房屋 + 管理局).
  if (right === undefined || !joinedWord(tokens, regions, j - 1, functional, text, offset)
    || !(holdsHead || holdsOwner || joinedWord(tokens, regions, j + 1, functional, text, offset))
    || (j >= 2 && tokens[j - 2].word === '、' && !holdsHead && !holdsOwner && !(j >= 3 && headAt(text, offset, tokens, j - 3) !== null))) return false;
  // Note: what follows it is no body of its own, a place and a head before this one's (理大 + 与 + 里斯本大学 + 文学院: two
  // bodies; 生态 + 与 + 环境学院 + 研究所 is one college's unit).
  if (regions[j + 1] !== 1 && right.tag !== 'ns') return true;
  for (let k = j + 2; k < tokens.length && tokens[k].end <= head.start; k++) if (headAt(text, offset, tokens, k) !== null) return false;
  return true;
}

/** Tags of adverbs and adjectives the segmenter gives words inside names (自然/d in 渔农自然护理署, 再/d in 雇员再培训局). */
const INNER_ADVERB_TAGS = new Set(['d', 'ad']);

/**
 * Whether token `j` is a word the segmenter tagged as an adverb inside a body's name: between a plain word of the name and
 * a noun or a verb bodies are named by (渔农 + 自然 + 护理 + 署, 雇员 + 再 + 培训 + 局), neither a function word nor an action.
 */
export function innerAdverb(tokens: readonly Token[], regions: Uint8Array, j: number, head: Head, text: string, offset: number): boolean {
  const t = tokens[j];
  if (!INNER_ADVERB_TAGS.has(t.tag) || !NAME_CONTINUING_KINDS.has(head.kind) || j === 0 || !allHan(t.word)) return false;
  const v = vocab();
  if (v.functionInitials.has(t.word[0]) || v.actionWords.has(t.word) || v.leadingScopeWords.has(t.word)) return false;
  const left = tokens[j - 1];
  const right = tokens[j + 1];
  const plain = classify(left) === 'NOMINAL' && regions[j - 1] === 0 && !v.actionWords.has(left.word) && !v.leadingScopeWords.has(left.word)
    && headAt(text, offset, tokens, j - 1) === null && left.word.length >= 2;
  return plain && right !== undefined && right.start < head.start && regions[j + 1] === 0
    && (classify(right) === 'NOMINAL' || v.nameVerbs.has(right.word));
}

/**
 * Whether token `j` is one character of a name the segmenter split into single characters (佑 + 安 in 北京佑安医院):
 * a one-character Han token next to another one, neither a function word nor a head.
 */
export function splitName(tokens: readonly Token[], j: number): boolean {
  return singleOfName(tokens[j]) && (singleOfName(tokens[j - 1]) || singleOfName(tokens[j + 1]));
}

/** Tags of a part of such a name: a person, a place, or a word the segmenter did not know. */
const SOUND_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'x']);

/** Whether token `j` is a dot between two parts of a name spelled by sound, inside a body's name (爱德华多·蒙德拉内大学). */
export function soundNameDot(tokens: readonly Token[], j: number): boolean {
  return NAME_DOTS.has(tokens[j].word) && soundNamePart(tokens[j - 1]) && soundNamePart(tokens[j + 1]);
}

/** Whether a token is a part of a name spelled by sound: two Han characters or more, a person, a place or an unknown word. */
function soundNamePart(t: Token | undefined): boolean {
  return t !== undefined && t.word.length >= 2 && allHan(t.word) && SOUND_NAME_TAGS.has(t.tag);
}

/**
 * Whether token `j` is the first character of a name spelled by sound that the segmenter cut off it and read as a word
 * of its own (莫/d + 纳什/nrt of 莫纳什大学, 米/q + 尼奥/nrt of 米尼奥大学): one Han character, no grammar word, right before
 * a transliterated name.
 */
export function soundNameInitial(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return t.word.length === 1 && hanCode(t.word.charCodeAt(0)) && !GRAMMAR_TAG_INITIALS.has(t.tag.charCodeAt(0))
    && !vocab().functionInitials.has(t.word) && next !== undefined && next.tag === TRANSLITERATION_TAG && next.word.length >= 2
    && allHan(next.word);
}

/** The segmenter's tag of a foreign name written by its sounds (纳什, 尼奥). */
const TRANSLITERATION_TAG = 'nrt';

/** Whether a UTF-16 code is a Han character of the basic block (U+4E00–U+9FFF). */
const hanCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
/** The codes of the initials of the tags of particles, prepositions and conjunctions (u…, p, c). */
const GRAMMAR_TAG_INITIALS: ReadonlySet<number> = new Set(['u', 'p', 'c'].map((c) => c.charCodeAt(0)));

/** Whether a token can be one character of a split name: one Han character, neither a function word nor a head. */
function singleOfName(t: Token | undefined): boolean {
  // Note: particles, prepositions and conjunctions (的, 之, 及) are grammar, never one character of a name.
  // Note: codes compared, not patterns tried: this is asked at most steps of a name's walk.
  return t !== undefined && t.word.length === 1 && hanCode(t.word.charCodeAt(0)) && !GRAMMAR_TAG_INITIALS.has(t.tag.charCodeAt(0))
    && !vocab().functionInitials.has(t.word) && !vocab().singleCharHeads.has(t.word) && !vocab().measureWords.has(t.word);
}
