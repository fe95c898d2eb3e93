/**
 * The places that are the subject of a program's clause: a place opening the clause, after at most a time word or a date,
 * that a holder verb or a few words link to the program (坪山区获评…, 深圳全面实施…), and the places listed with it when the
 * last of them holds it (鹿寨县、柳城县 + 列入…试点).
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { SpannedId } from '../resolve.js';
import type { Clause } from './clauses.js';
import { placedLists } from './locatives.js';
import type { PlacementInput } from './touches.js';

/** How much may stand between a clause's start and its subject (time words, a list mark). */
export const SUBJECT_WINDOW = 4;
/** How short the words between a clause's subject place and its program may be without a holder verb (深圳全面实施…). */
const SUBJECT_GAP = 6;

/**
 * A date opening a clause (2023年, 2024年3月; a year of the Republic of China's calendar with its month, 113年8月): it stands
 * before the subject like a time word, whatever its length.
 */
export const OPENING_DATE = /^(?:\d{4}年|\d{2,3}年(?=\d{1,2}月))(?:\d{1,2}月)?(?:\d{1,2}日)?/;

/**
 * Whether what stands before a position of a clause is at most a date and a few words (a time word, a list mark): the
 * window a subject opens a clause within. `opening` is the clause's text up to that position.
 */
export function withinOpening(opening: string): boolean {
  return opening.length - (OPENING_DATE.exec(opening)?.[0].length ?? 0) <= SUBJECT_WINDOW;
}

/**
 * Whether a region stands at most a few words into its clause (a time word or a date, a list mark), where a subject does,
 * or right after a mark of what the clause's subject does to it (教育部于2024年 + 将 + 嘉义县…列为「…」): the place is
 * what the verb acts on, as a subject is.
 */
function opensClause(input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause, region: SpannedId): boolean {
  const opening = input.text.slice(clause.start - input.start, region.start - input.start);
  return withinOpening(opening) || getLexicon().programs.disposalMarks.some((mark) => opening.endsWith(mark));
}

/** Whether `region` is the subject of its clause and a holder verb links it to the program after it. */
export function subjectHolds(input: PlacementInput, clause: Clause, region: SpannedId, program: SpannedId): boolean {
  if (region.end > program.start || !opensClause(input, clause, region)) return false;
  const between = input.text.slice(region.end - input.start, program.start - input.start);
  // Note: a province does not hold what the place written right after it holds (黑龙江省 + 五常市).
  return !input.freeRegions.some((r) => r.start === region.end && r.id !== region.id) && holdsAcross(between);
}

/**
 * Whether the words between a subject place and a program say the place holds it: a holder verb, or a few words; a place
 * listed with others after it (广州、深圳…) is a scope, not the holder.
 */
function holdsAcross(between: string): boolean {
  if (/^[、和及与]/.test(between)) return false;
  return getLexicon().programs.holderVerbs.some((verb) => between.includes(verb)) || between.length <= SUBJECT_GAP;
}

/**
 * The places listed as the subject of the clause (鹿寨县、柳城县 + 列入…试点; 巴彦淖尔市临河区、五原县 + 开展…): when the
 * last of them holds the program, they all do. So do places a verb asks to act (支持 + 青海、西藏 + 推进…).
 */
export function subjectList(input: PlacementInput, clause: Clause, regions: readonly SpannedId[], program: SpannedId): Set<SpannedId> {
  const before = regions.filter((r) => r.end <= program.start);
  const first = before.reduce<SpannedId | null>((a, r) => (a === null || r.start < a.start ? r : a), null);
  if (first === null || !opensClause(input, clause, first)) return new Set();
  const listed = placedLists(input, before, (r) => r === first);
  const last = [...listed].reduce<SpannedId | null>((a, r) => (a === null || r.start > a.start ? r : a), null);
  if (listed.size < 2 || last === null) return new Set();
  const between = input.text.slice(last.end - input.start, program.start - input.start);
  // Note: places that qualify a noun (北京、上海…等城市的 + 教师参加…) are not what holds it.
  return holdsAcross(between) && !between.includes('的') ? listed : new Set();
}

/**
 * The body a statement opens with as its subject (勞發署 of 勞動部勞動力發展署推動「…」, after at most a date or a few
 * words), not one after a connective (与甲…) or a preposition (在甲…的支持下): null when it opens with none. A statement
 * going on with the same sentence after a comma and naming no subject of its own has this one (…，113年與越南…合作開設…).
 */
export function openingBody(text: string, start: number, institutions: readonly SpannedId[]): string | null {
  for (const body of institutions) {
    const before = text.slice(0, body.start - start);
    if (withinOpening(before)) return framedBy(before) ? null : body.id;
  }
  return null;
}

/** Whether the words before a body hold a connective or a preposition (与, 在 …): it is no subject then. */
function framedBy(before: string): boolean {
  const { partnering, names } = getLexicon();
  for (const word of partnering.connectives) if (before.includes(word)) return true;
  for (const word of names.prepositions) if (before.includes(word)) return true;
  return false;
}
