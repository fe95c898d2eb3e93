/**
 * The places the clauses after a program's put it in: a clause right after it that opens by placing it (…，8月在 + 番禺区举行),
 * takes people there (安排…学生到…) or lists where it went (…，包括 + 上海市、北京市), and the clauses after that going on
 * about it; a statement naming no program that opens so goes on about the one before it.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import { alternation } from '../../language/match/alternation.js';
import { maxWordLength } from '../../language/match/tokens.js';
import type { SpannedId } from '../resolve.js';
import { QUOTES } from '../extract/quoteMarks.js';
import type { Clause } from './clauses.js';
import { located, placedLists } from './locatives.js';
import { OPENING_DATE } from './subjects.js';
import type { PlacementInput } from './touches.js';

/**
 * The regions a clause right after the program's lists as where it went, when it opens with an inclusion word
 * (…擴展至首批試點城市，包括上海市、北京市): the first right after the word, and those listed after it.
 */
export function includedRegions(input: PlacementInput, clause: Clause): Set<SpannedId> {
  const next = input.clauses.find((c) => c.start > clause.start);
  if (!next) return new Set();
  const opening = input.text.slice(next.start - input.start);
  const word = getLexicon().programs.inclusionWords.find((w) => opening.startsWith(w));
  if (word === undefined) return new Set();
  const listed = input.freeRegions.filter((r) => r.start >= next.start && r.end <= next.end);
  return placedLists(input, listed, (r) => r.start === next.start + word.length);
}

/**
 * The places the clause right after a place designation's adds to its holders (…为首批「…示范乡镇」，今年再新增 + 鱼池乡、
 * 大湖乡…等8处; 「…示范乡」增至6乡，新增 + 三地门乡…): it names no program and opens, after a time word at most and an
 * adverb of repetition, with a verb of addition right before the list of places.
 */
export function addedHolders(input: OnwardInput, clause: Clause): Set<SpannedId> {
  const next = input.clauses.find((c) => c.start === clause.end + 1);
  if (!next || startsWithin(input.programs, next)) return new Set();
  const opening = input.text.slice(next.start - input.start, next.end - input.start);
  const { additionAdverbs, additionVerbs } = getLexicon().programs;
  let at = timeLead(input, next);
  at += additionAdverbs.find((adverb) => opening.startsWith(adverb, at))?.length ?? 0;
  const verb = additionVerbs.find((v) => opening.startsWith(v, at));
  if (verb === undefined) return new Set();
  const listed = within(input.freeRegions, next);
  const first = listed.find((r) => r.start === next.start + at + verb.length);
  return first === undefined ? new Set() : listedFrom(input, listed, first);
}

/** Whether a clause is a frame (在…支持下, 在…框架下): it ends with 下. */
const framed = (input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause): boolean => input.text[clause.end - input.start - 1] === '下';

/** The closing quotation marks (”, 」, 』). */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(QUOTES.values());

/** Whether a program is its clause's label: the clause ends with it (and its closing quotation mark) at a colon. */
export function labels(input: Pick<PlacementInput, 'text' | 'start'>, program: SpannedId, clause: Clause): boolean {
  const rest = input.text.slice(program.end - input.start, clause.end - input.start + 1);
  const colon = rest.at(-1) === ':' || rest.at(-1) === '：';
  return colon && (rest.length === 1 || (rest.length === 2 && CLOSING_QUOTES.has(rest[0])));
}

/**
 * Whether a clause opens by taking people somewhere (安排120名学生到…, 组织学生赴…): its locative may stand anywhere. A
 * clause that adds an action of its own first (并组织…, 同时安排…) is about that action.
 */
function escorts(input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause): boolean {
  const opening = input.text.slice(clause.start - input.start, clause.end - input.start);
  // Note: a starting point (由2025/26学年起) may stand before the time word (每年安排…).
  const from = STARTING_POINT.exec(opening)?.[0].length ?? 0;
  const rest = opening.slice(from);
  const { escortVerbs, escortModals } = getLexicon().programs;
  let at = from + openingTime(rest).length;
  // Note: what is to come may stand before the verb (将 + 组织本澳画家前往…).
  at += escortModals.reduce((n, modal) => (modal.length > n && opening.startsWith(modal, at) ? modal.length : n), 0);
  return escortVerbs.some((verb) => opening.startsWith(verb, at));
}

/**
 * Whether a statement takes people somewhere without saying where yet: it opens with an escort verb (组织初中及高中学生
 * 218团…) or counts people going in batches (首批97名台湾青年…). The statement after it may then say where (，赴广州、深圳…).
 */
export function takesPeople(input: Pick<PlacementInput, 'text' | 'start'>): boolean {
  const whole = { start: input.start, end: input.start + input.text.length };
  return escorts(input, whole) || countsPeopleGoing(input, whole.start, whole.end);
}

let peopleCount: RegExp | undefined;

/**
 * Whether the text from `from` to `to` (a clause up to its first placed place) counts the people going (62名特级教师…分四批赴 +
 * 独山县…, 招募本县民众100人赴 + 泉州市): the clause takes them there, like one opening with an escort verb.
 */
function countsPeopleGoing(input: Pick<PlacementInput, 'text' | 'start'>, from: number, to: number): boolean {
  if (!peopleCount) {
    const { peopleCounters, batchWords } = getLexicon().programs;
    // Note: 人次 counts visits, not people going.
    peopleCount = new RegExp(`[0-9０-９一二两三四五六七八九十百千万]+(?:${alternation(peopleCounters)})(?!次)|${alternation(batchWords)}`);
  }
  return peopleCount.test(input.text.slice(from - input.start, to - input.start));
}

/** The date, span of time or time word a clause opens with (2024年, 三年内, 每年, 本学年), or ''. */
function openingTime(opening: string): string {
  return OPENING_DATE.exec(opening)?.[0] ?? MONTH_DAYS.exec(opening)?.[0] ?? TIME_SPAN.exec(opening)?.[0] ?? timeOpening(opening) ?? '';
}

/** Days of a month a clause may open with, perhaps a range of them (10月15日至17日, 7月2日至8月6日). */
const MONTH_DAYS = /^\d{1,2}月\d{1,2}日(?:[至到—–-](?:\d{1,2}月)?\d{1,2}日)?/;

/**
 * How many characters a clause opens with that say when, after a preposition at most (于 + 2024年, 每年, 自…起): the window for
 * its locative starts after them (于2024年 + 暑假分别到 + 上海市…).
 */
function timeLead(input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause): number {
  const opening = input.text.slice(clause.start - input.start, clause.end - input.start);
  // Note: so does a starting point (自2025年10月3日起 + 在鹿港镇…登场).
  const from = STARTING_POINT.exec(opening)?.[0].length;
  if (from !== undefined) return from;
  const at = getLexicon().names.prepositions.has(opening.slice(0, 1)) ? 1 : 0;
  const time = openingTime(opening.slice(at));
  return time === '' ? 0 : at + time.length;
}

/** Words looked for at the start of a clause, with the longest one's length. */
interface OpeningWords {
  words: ReadonlySet<string>;
  longest: number;
}

const openingWords = (words: Iterable<string>): OpeningWords => {
  const set = new Set(words);
  return { words: set, longest: maxWordLength(set) };
};

/** The longest of `table`'s words that `opening` starts with, or undefined. */
function openingWord(opening: string, table: OpeningWords): string | undefined {
  for (let length = Math.min(table.longest, opening.length); length >= 1; length--) {
    const word = opening.slice(0, length);
    if (table.words.has(word)) return word;
  }
  return undefined;
}

let openingTimes: OpeningWords | undefined;

/** The time word a clause opens with, longest first: a recurrence (每年) or a time of writing (今年, 本学年); or undefined. */
function timeOpening(opening: string): string | undefined {
  openingTimes ??= openingWords([...getLexicon().programs.escortTimes, ...getLexicon().names.deicticTime]);
  return openingWord(opening, openingTimes);
}

/** A span of time opening a clause (三年内, 6个月内). */
const TIME_SPAN = /^[\d一二两三四五六七八九十]+(?:年|个月|周)内/;
/** A starting point opening a clause (由2025/26学年起, 自2024年起, 从明年起). */
const STARTING_POINT = /^[由自从][^,，;；。]{1,12}?起/;

let openingActions: OpeningWords | undefined;

/** Whether a clause opens with an action of its own: an action word, a word of sequence, or 并 (新增…, 同时…, 并争取…). */
function addsAction(input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause): boolean {
  const opening = input.text.slice(clause.start - input.start, clause.end - input.start);
  openingActions ??= openingWords([...getLexicon().names.actionWords, ...getLexicon().names.sequenceWords]);
  return opening.startsWith('并') || openingWord(opening, openingActions) !== undefined;
}

/** What reading the clauses after a program needs. */
type OnwardInput = Pick<PlacementInput, 'text' | 'start' | 'clauses' | 'programs' | 'freeRegions'>;

/** How far into the clause after a program's a locative may stand to send the program on (并于同年扩展至 + 北京市). */
const ONWARD_WINDOW = 8;
/** How many clauses naming no place may stand between a program and the clause that places it. */
const SKIPPED_CLAUSES = 1;

/**
 * The regions the clause right after the program's places it in, when that clause names no program of its own and
 * opens with a locative, after at most a few words of time or sequence (「…夏令营」，8月在 + 番禺区举行; …，并延伸至 +
 * 佛山市、东莞市). Another place before the locative is that clause's own subject, and ends the reading.
 */
export function onwardRegions(input: OnwardInput, clause: Clause, labelled = false): Set<SpannedId> {
  const out = new Set<SpannedId>();
  let skipped = 0;
  // Note: the clauses after it go on where it went, each opening with a place of its own (首站在深圳，其后到上海、新加坡).
  // Note: the tests below are functions of their own, not closures over the clause (V8 allocated this function's scope
  // and the loop body's at every call and clause).
  for (const next of input.clauses) {
    if (next.start < clause.end) continue;
    if (startsWithin(input.programs, next)) break;
    const listed = within(input.freeRegions, next);
    // Note: after a label (「…計劃」：本機構4名教師赴深圳…) the clause is all about the program: its locative may stand anywhere;
    // so it may in a clause taking people somewhere, after the places they come from (安排澳門學生到橫琴…).
    const adjacent = next.start === clause.end + 1;
    const placed = adjacent ? firstPlace(input, listed, true) : null;
    // Note: a clause counting the people it takes there escorts them too, unless it adds an action of its own first
    // (并组织澳门青年20名赴…).
    const escorting = adjacent && (escorts(input, next)
      || (!labelled && placed !== null && !addsAction(input, next) && countsPeopleGoing(input, next.start, placed.start)));
    const first = escorting ? placed : firstPlace(input, listed, false);
    const window = adjacent && (labelled || escorting) ? Infinity : ONWARD_WINDOW;
    // Note: a clause naming no place in between (…交流营」，与…学生混合组队，先后在深圳…) goes on about the program, unless
    // it adds an action of its own (，新增…服务站，覆盖…; ，并争取…).
    // Note: nor does one taking people somewhere without saying where yet (，组织学生218团 + ，赴广州…): that is the program's own.
    if (first === null && listed.length === 0 && (escorting || !addsAction(input, next)) && skipped++ < SKIPPED_CLAUSES) continue;
    // Note: 在…支持下 frames help, it places nothing.
    if (first === null || !withinReach(input, next, first, window) || !located(input, first) || framed(input, next)) break;
    for (const r of listedFrom(input, listed, first)) out.add(r);
  }
  return out;
}

/**
 * Whether a clause's first place stands near enough its start to be where the programme goes: within `window` characters,
 * not counting a date it opens with (于2024年 + 暑假分别到 + 上海市…), or anywhere after an itinerary noun. The date and the
 * itinerary are read only for a place past the window (seldom).
 */
function withinReach(input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause, first: SpannedId, window: number): boolean {
  const distance = first.start - clause.start;
  return distance <= window || distance - timeLead(input, clause) <= window || routed(input, clause, first);
}

/**
 * Whether the clause speaks of where the programme goes before its first place (并把实习地点 + 扩展至 + 江门市及肇庆市):
 * an itinerary noun stands between the clause's start and the place, so the place is the programme's however far in.
 */
function routed(input: Pick<PlacementInput, 'text' | 'start'>, clause: Clause, first: SpannedId): boolean {
  const before = input.text.slice(clause.start - input.start, first.start - input.start);
  return getLexicon().programs.itineraryNouns.some((noun) => before.includes(noun));
}

/** Whether a mention starts inside the clause. */
function startsWithin(mentions: readonly SpannedId[], clause: Clause): boolean {
  for (const m of mentions) if (m.start >= clause.start && m.start < clause.end) return true;
  return false;
}

/** The mentions that lie wholly inside the clause, in order. */
function within(mentions: readonly SpannedId[], clause: Clause): SpannedId[] {
  const out: SpannedId[] = [];
  for (const m of mentions) if (m.start >= clause.start && m.end <= clause.end) out.push(m);
  return out;
}

/** The earliest of the places (of those after a locative, when `locatedOnly`), or null. */
function firstPlace(input: OnwardInput, places: readonly SpannedId[], locatedOnly: boolean): SpannedId | null {
  let first: SpannedId | null = null;
  for (const r of places) if ((!locatedOnly || located(input, r)) && (first === null || r.start < first.start)) first = r;
  return first;
}

/** The places `first` opens a list of (placedLists): a function of its own, so that only this call makes the closure. */
function listedFrom(input: Pick<PlacementInput, 'text' | 'start'>, places: readonly SpannedId[], first: SpannedId): Set<SpannedId> {
  return placedLists(input, places, (r) => r === first);
}

/**
 * The regions a statement that names no program opens by placing (在 + 番禺区举行…, 主要在 + 廣州市南沙區…就業), clause
 * after clause as `onwardRegions` reads them: the statement goes on about the program the statement before it ended with.
 */
export function openingPlacements(input: OnwardInput, continues = false): Set<SpannedId> {
  // Note: a statement that goes on with the sentence after a comma (…举办“…交流周”，组织港澳青年赴…) is the clause right
  // after the program's.
  const before = continues ? input.start - 1 : input.start;
  return onwardRegions(input, { start: before, end: before });
}
