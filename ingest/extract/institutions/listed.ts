/**
 * Bodies named without a head word, known by the class a list puts them in: 引进宝钢湛江、中科炼化等龙头企业 and
 * 推动万科物业、华润万象生活等物业服务企业 name companies, although no 公司 or 集团 ends their names. Only members with a
 * proper-name part count: 钢铁、化工等企业 lists fields, not companies.
 */
import { classify, hasProperTag, isNumber } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import type { InstitutionKind } from '../../../language/lexicon/index.js';
import type { Candidate } from '../../model.js';
import { vocab } from './vocabulary.js';

/** The list mark that closes a list of examples (A、B等…). */
const EXAMPLES_MARK = '等';
/** How many tokens may stand between 等 and the class noun (等 + 3 + 家 + 物业服务 + 企业). */
const CLASS_WINDOW = 4;
/** Tags of the words a list may follow: verbs, prepositions, conjunctions, punctuation. */
const OPENERS = new Set(['v', 'vd', 'p', 'c', 'x', 'uj', 'ul']);
const MIN_NAME = 2;
const MAX_NAME = 12;

/** Whether a token separates two members of a list (、 or a conjunction of the lexicon: 和, 及, 与 …). */
const separates = (t: Token): boolean => t.word === '、' || vocab().conjunctions.has(t.word);

/** The kind of the class noun ending token `t` (企业, 龙头企业, 公司), or null. */
function classKind(t: Token): InstitutionKind | null {
  for (const [noun, kind] of vocab().listClassNouns) if (t.word.endsWith(noun)) return kind;
  return null;
}

/** The kind of the class a list closed by 等 at token `k` belongs to, or null when no class noun follows closely. */
function listClass(tokens: readonly Token[], k: number): InstitutionKind | null {
  for (let j = k + 1; j < tokens.length && j <= k + CLASS_WINDOW; j++) {
    const t = tokens[j];
    const kind = classKind(t);
    if (kind) return kind;
    if (!(isNumber(t.word) || vocab().measureWords.has(t.word) || classify(t) === 'NOMINAL')) return null;
  }
  return null;
}

/** Whether the tokens [from, to] can be a body's name on their own: a proper-name part, no verb, not only places. */
function nameLike(tokens: readonly Token[], regions: Uint8Array, from: number, to: number): boolean {
  let proper = false;
  let placesOnly = true;
  for (let j = from; j <= to; j++) {
    const t = tokens[j];
    if (classify(t) !== 'NOMINAL' && t.tag !== 'vn') return false;
    if (hasProperTag(t) || t.tag === 'x' || t.tag === 'j') proper = true;
    if (regions[j] !== 1) placesOnly = false;
  }
  return proper && !placesOnly;
}

/** Companies listed before 等 + a class noun in a statement, each as written; `taken` are the bodies found by their heads. */
export function listedBodies(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array,
  taken: readonly Candidate[]): Candidate[] {
  // Note: most statements list no examples: the text is searched once for the mark, not each token compared with it.
  if (!text.includes(EXAMPLES_MARK)) return [];
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].word !== EXAMPLES_MARK) continue;
    const kind = listClass(tokens, k);
    if (!kind) continue;
    // The members, right to left: each runs back to a separator; the first one back to the verb or mark before it.
    let end = k - 1;
    for (let j = k - 1; j >= -1; j--) {
      const boundary = j < 0 || separates(tokens[j]) || (classify(tokens[j]) !== 'NOMINAL' && tokens[j].tag !== 'vn')
        || vocab().actionWords.has(tokens[j].word);
      if (!boundary) continue;
      const from = j + 1;
      // Note: the first member starts after a verb, a preposition or a mark (引进 + 宝钢湛江), not inside a word the
      // segmenter cut (西 + 云数据).
      const opened = j < 0 || separates(tokens[j]) || OPENERS.has(tokens[j].tag) || vocab().actionWords.has(tokens[j].word);
      if (from <= end && opened) {
        const start = tokens[from].start;
        const stop = tokens[end].end;
        const name = text.slice(start - offset, stop - offset);
        const free = !taken.some((c) => c.start < stop && start < c.end);
        if (free && name.length >= MIN_NAME && name.length <= MAX_NAME && nameLike(tokens, regions, from, end)) {
          out.push({ type: 'INSTITUTION', name, kind, start, end: stop, surface: name });
        }
      }
      if (j < 0 || !separates(tokens[j])) break;
      end = j - 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
