/** Institution heads: the word an organisation's name ends in (大学, 学校, 教育局 …), found at a token. */
import { getLexicon, type InstitutionKind } from '../../../language/lexicon/index.js';
import { allHan, classify, lastCharTable } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import { vocab } from './vocabulary.js';

/** A head found in the text (absolute offsets). */
export interface Head {
  kind: InstitutionKind;
  word: string;
  start: number;
  end: number;
  /** A body's abbreviated name the segmenter does not know (教青局, 市场监管委): a name on its own. */
  abbreviation?: boolean;
  /** A unit of the body named before it (a hospital's department, …医院 + 眼科). */
  unit?: boolean;
  /** A one-character government head right after the verbal noun of the work its body does (运输 + 署, 规划 + 署). */
  work?: boolean;
}

/** A token the segmenter did not know, of three or four characters, ending in a one-character government head (教青局). */
function abbreviatedBody(token: Token): boolean {
  return (token.tag === 'x' || token.tag === 'j') && token.word.length >= 3 && token.word.length <= 4
    && vocab().singleCharHeads.get(token.word[token.word.length - 1]) === 'GOVERNMENT';
}


/**
 * A one-character government head after two or three one-character words that follow an administrative prefix or a
 * place (市 + 经 + 信 + 局, 区 + 住 + 建 + 局): an abbreviated body the segmenter cut into characters; the head is the
 * abbreviation from its first character.
 */
function splitAbbreviation(tokens: readonly Token[], i: number): number {
  if (vocab().singleCharHeads.get(tokens[i].word) !== 'GOVERNMENT') return -1;
  for (let first = i - 1; first >= Math.max(0, i - 3); first--) {
    const t = tokens[first];
    if (t.word.length !== 1 || !allHan(t.word) || /^[upcmrd]/.test(t.tag)) return -1;
    const before = tokens[first - 1];
    if (i - first >= 2 && before !== undefined && (vocab().barePrefixes.has(before.word) || before.tag === 'ns')) return first;
  }
  return -1;
}

/**
 * A whole token the segmenter tags as an organisation and that starts with a national prefix (国务院, 中共中央), unless it
 * ends in a programme's head (中国国际旅游交易会/nt: a fair, whose 会 is no council's).
 */
function nationalToken(token: Token): boolean {
  return token.tag === 'nt' && opensWithNationalPrefix(token.word) && BODY_END.test(token.word)
    && vocab().programHeadLexicon.matchEnd(token.word, token.word.length) === null;
}

/**
 * Whether a word opens with a national prefix (国家, 中共中央 …).
 * Note: a loop, not a closure over the token: that made V8 allocate nationalToken's scope at every call.
 */
export function opensWithNationalPrefix(word: string): boolean {
  for (const p of vocab().nationalPrefixes) if (word.startsWith(p)) return true;
  return false;
}

/** How a national body's name ends (国务院, 中共中央, 国家统计局 …), unlike a fund's or a prize's (国家自然科学基金). */
const BODY_ENDS = ['中央', '院', '部', '委', '局', '署', '办', '会', '厅', '组'];
const BODY_END = new RegExp(`(?:${BODY_ENDS.join('|')})$`);

/**
 * Whether token `k` is a verb of two or more characters after a field it acts on (投资 + 促进, 科技 + 创新): together
 * they name what a one-character head's body does (投资促进局, 科技创新局).
 */
export function fieldAndVerb(tokens: readonly Token[], k: number): boolean {
  if (k < 1 || classify(tokens[k]) !== 'VERB' || tokens[k].word.length < 2) return false;
  const field = tokens[k - 1];
  return field.word.length >= 2 && (classify(field) === 'NOMINAL' || field.tag === 'vn');
}

/** What a hospital department's name ends in (眼科, 内科). */
const DEPARTMENT_END = '科';
/** Nominal tokens a hospital's department may stand after its hospital's name (医院 + 心血管 + 内科). */
const DEPARTMENT_REACH = 2;

/**
 * A hospital's department: a word ending in 科 a few nominal words after a hospital's head (…医院 + 眼科, …医院 + 心血管 +
 * 内科, …医院 + 运动 + 医学科); the whole word is the head, as 内科 and 骨科 are no heads elsewhere.
 */
function departmentHead(text: string, offset: number, tokens: readonly Token[], i: number): Head | null {
  const token = tokens[i];
  if (token.word[token.word.length - 1] !== DEPARTMENT_END || !allHan(token.word)) return null;
  for (let k = i - 1; k >= Math.max(0, i - 1 - DEPARTMENT_REACH); k--) {
    const match = vocab().headLexicon.matchEnd(text, tokens[k].end - offset);
    if (match?.kind === 'HOSPITAL') return { kind: 'HOSPITAL', word: token.word, start: token.start, end: token.end, unit: true };
    if (match || (classify(tokens[k]) !== 'NOMINAL' && tokens[k].tag !== 'vn') || vocab().actionWords.has(tokens[k].word)) return null;
  }
  return null;
}

/** Whether `start` is inside token `i` or the start of a token before it. */
function startsAtToken(tokens: readonly Token[], i: number, start: number): boolean {
  if (start >= tokens[i].start) return true;
  for (let k = i - 1; k >= 0 && tokens[k].end > start; k--) if (tokens[k].start === start) return true;
  return false;
}

let headEnds: Uint8Array | undefined;

/**
 * Per UTF-16 code, 1 when some head may end in that character: a head word's last character, a one-character head, the
 * 科 of a department, the end of a national body's name. Every head ends where its token does, so a token ending in any
 * other character (most tokens) has none, without the look-ups below.
 */
function headEndTable(): Uint8Array {
  headEnds ??= lastCharTable([...vocab().heads.keys(), ...vocab().singleCharHeads.keys(), DEPARTMENT_END, ...BODY_ENDS]);
  return headEnds;
}

/**
 * Whether a token may end in an institution head at all (most do not): the test `headAt` opens with.
 * Note: small enough to be inlined where a walk asks it of every token, before the call to `headAt`.
 */
export function mayEndHead(token: Token): boolean {
  return headEndTable()[token.word.charCodeAt(token.word.length - 1)] === 1;
}

/** The institution head ending at token `i`, if any. */
export function headAt(text: string, offset: number, tokens: readonly Token[], i: number): Head | null {
  const v = vocab();
  const token = tokens[i];
  if (!mayEndHead(token)) return null;
  const end = token.end - offset;
  const department = departmentHead(text, offset, tokens, i);
  if (department) return department;
  // Note: a head longer than its token starts where a token does (社会工作 + 学系), not inside one: a shorter head is the one
  // when there is (计算机科学 + 系, 学前教育 + 集团); else the segmenter cut the name oddly (柳 + 东院 + 区) and the head stands.
  const longest = v.headLexicon.matchEnd(text, end);
  let match = longest;
  while (match && !startsAtToken(tokens, i, token.end - match.word.length)) match = v.headLexicon.matchEnd(text, end, end - match.word.length + 1);
  if (match === null && !v.singleCharHeads.has(token.word)) match = longest;
  // Note: a class word ending here (中小学, 中小学校) is not the head of a name even though 小学/学校 are; it is looked up
  // only where a head was found.
  const classWord = match ? v.classLexicon.matchEnd(text, end) : null;
  if (match && classWord && classWord.word.length > match.word.length) return null;
  if (match) return { kind: match.kind, word: match.word, start: token.end - match.word.length, end: token.end };
  const single = v.singleCharHeads.get(token.word);
  // Note: a verbal noun names what the body does (运输 + 署, 规划 + 署) as a field does (教育 + 局).
  if (single && i > 0 && tokens[i - 1].word.length >= 2) {
    const work = single === 'GOVERNMENT' && tokens[i - 1].tag === 'vn';
    if (work) return { kind: single, word: token.word, start: token.start, end: token.end, work };
    if (classify(tokens[i - 1]) === 'NOMINAL' || fieldAndVerb(tokens, i - 1)) return { kind: single, word: token.word, start: token.start, end: token.end };
  }
  const abbreviated = splitAbbreviation(tokens, i);
  if (abbreviated >= 0) {
    const start = tokens[abbreviated].start;
    return { kind: 'GOVERNMENT', word: text.slice(start - offset, end), start, end: token.end, abbreviation: true };
  }
  const embedded = embeddedHead(token);
  if (embedded) return { kind: embedded.kind, word: embedded.word, start: token.end - embedded.word.length, end: token.end };
  if (nationalToken(token)) return { kind: 'GOVERNMENT', word: token.word, start: token.start, end: token.end };
  if (abbreviatedBody(token)) return { kind: 'GOVERNMENT', word: token.word, start: token.start, end: token.end, abbreviation: true };
  return null;
}

/** The code of the initial of the nouns' tags (n, nt, nz …). */
const NOUN_INITIAL = 'n'.charCodeAt(0);

/**
 * Whether a tag is a noun's (n…), a verbal noun's (vn), an abbreviation's (j), an unknown word's (x) or a fixed phrase's (l).
 * Note: compared, not matched against a pattern: this is asked of every head's token.
 */
function wordTag(tag: string): boolean {
  return tag.charCodeAt(0) === NOUN_INITIAL || tag === 'vn' || tag === 'j' || tag === 'x' || tag === 'l';
}

/**
 * A one-character head at the end of a word the segmenter made (社会 + 保障局, 市场 + 监管局, 科学 + 系): the head is the
 * last character; common words ending in such a character (布局, 格局, 当局) are not heads.
 */
function embeddedHead(token: Token): { word: string; kind: InstitutionKind } | null {
  const w = token.word;
  // Note: an unknown word (x) ending in a head is one the segmenter has not seen (库务局/x); a fixed phrase (发展局/l)
  // is a head word it tags as an idiom.
  // A place or a person (莫斯科/ns) is never a body, whatever its last character.
  if (w.length < 3 || !wordTag(token.tag) || token.tag === 'ns' || token.tag === 'nr') return null;
  const last = w[w.length - 1];
  // Note: a word the segmenter knows as an organisation (民政局/nt) is a body even when it ends like 政局.
  // Note: so is a university's department (科学系) the segmenter joined to its field.
  const kind = vocab().singleCharHeads.get(last);
  if (kind === undefined || vocab().notHeads.has(w)) return null;
  // Note: not when only a scope or generic word stands before the common word (新 + 格局, tagged nt all the same).
  if (vocab().notHeads.has(w.slice(-2))) {
    const before = w.slice(0, -2);
    // Note: nor a compound of directions (中 + 西部, 东 + 北部, tagged nt): a part of the country, no ministry.
    if (vocab().directions.has(w.slice(-2)) && Array.from(before).every((c) => vocab().directionChars.has(c))) return null;
    if (token.tag !== 'nt' || vocab().genericModifiers.has(before) || vocab().leadingScopeWords.has(before)) return null;
  }
  return { word: last, kind };
}

/**
 * The kind of a name whose head is a part (校区, 分校, 分公司): the kind of the head further left, else the part's own
 * (台州分公司: a company's), else a school's.
 */
export function partKind(name: string, headWord: string): InstitutionKind {
  for (let end = name.length - headWord.length; end > 0; end--) {
    const match = vocab().headLexicon.matchEnd(name, end);
    if (match && !vocab().partHeads.has(match.word)) return match.kind;
  }
  return vocab().headLexicon.matchEnd(headWord, headWord.length)?.kind ?? 'SCHOOL';
}

/** Whether a word names a body as one side, by its head's last character or the school's (局方, 校方). */
export function sideName(word: string): boolean {
  const { names, institutions } = getLexicon();
  return word.length === 2 && word[1] === names.sideSuffix && (institutions.singleCharHeads.has(word[0]) || word[0] === names.schoolSelfReference);
}

/** The kind of an institution from the head its name ends in (OTHER when none). */
export function kindOfName(name: string): InstitutionKind {
  const match = vocab().headLexicon.matchEnd(name, name.length);
  // Note: a name ending in a one-character head (应急管理厅) is of that head's kind.
  if (!match) return vocab().singleCharHeads.get(name[name.length - 1]) ?? 'OTHER';
  return vocab().partHeads.has(match.word) ? partKind(name, match.word) : match.kind;
}
