/**
 * TOUCHES: a program touches a region when the statement places it there (ANNOTATION.md), not when both merely occur
 * in a long sentence: the program's name holds the region; the region stands right before it (杭州亚运会, 广州的…);
 * a locative places it (在南沙…); the region is the subject of the clause that holds or carries out the program
 * (坪山区获评…); places that carry it out together name it (甲市与乙市联合开展…); the clause right after it opens by placing
 * it (…，8月在番禺区举行); a designation named with no place is held by the place the document is about.
 */
import { getGazetteer, levelRank } from '../../language/gazetteer/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import { endsInAward } from '../extract/awarded.js';
import { clauseAt, textBetween, type Clause } from './clauses.js';
import { holdsLocative, located, locatedRegions } from './locatives.js';
import { EDITION_ORDINAL } from '../../language/match/numbers.js';
import { QUOTES, withoutNameMarks } from '../extract/quoteMarks.js';
import { alternation } from '../../language/match/alternation.js';
import { allHan, lastStartingBy } from '../../language/match/tokens.js';
import { addedHolders, includedRegions, labels, onwardRegions } from './onward.js';
import { bracketedPlaces, qualifyingList } from './qualifiers.js';
import { subjectHolds, subjectList } from './subjects.js';

/** A program mention with its kind. */
export interface ProgramMention extends SpannedId {
  kind: string;
  /** Spans that say where it is (a listed project's place column): every region in them is placed. */
  places?: readonly Span[];
}

/**
 * The program mention the placing rules read: a resolved program with its entity's kind.
 * Note: built field by field, not spread: a spread followed by a new field gave each mention a map of its own (370 maps for
 * 378 mentions), which made every property read of the rules megamorphic and a miss of V8's stub cache.
 */
export function programMention(program: SpannedId & { places?: readonly Span[] }, kind: string): ProgramMention {
  return { id: program.id, start: program.start, end: program.end, places: program.places, kind };
}

/** What the rules need to know about one statement. */
export interface PlacementInput {
  text: string;
  start: number;
  clauses: readonly Clause[];
  programs: readonly ProgramMention[];
  /** Every region mention, inside names too. */
  regions: readonly SpannedId[];
  /** Region mentions outside institution and program names. */
  freeRegions: readonly SpannedId[];
  /** The place the document is about, for designations named without a place; null in a notice's preamble. */
  homeRegionId: string | null;
}

/** The country China: a name holding 中国 (中国特色…, 宽带中国…) is not about a place. */
export const CHINA = 'region:CN';
/** The longest clause in which a place alone with a program places it. */
const SHORT_CLAUSE = 40;

/** A range of the text, absolute offsets, end exclusive. */
type Span = { readonly start: number; readonly end: number };

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Whether a place lies inside one of the bodies' names, and is not the whole of it. */
function insideBody(r: Span, institutions: readonly Span[]): boolean {
  for (const i of institutions) if (inside(r, i) && (r.start !== i.start || r.end !== i.end)) return true;
  return false;
}

/**
 * The region mentions of a statement outside institution names, China apart: the places a clause can put work in. With
 * the statement, also the places written before a body's name as its address (赴 + 日本 + 筑波大学, read 筑波大学): where
 * the body is, so where work that goes to the body goes.
 * Note: loops, not a filter over a closure per region (the placing passes ask it of most statements).
 */
export function placesOutsideBodies(ids: Pick<ResolvedIds, 'regions' | 'institutions'>, statement?: { text: string; start: number }): SpannedId[] {
  const out: SpannedId[] = [];
  for (const r of ids.regions) {
    if (r.id !== CHINA && (!insideBody(r, ids.institutions) || (statement !== undefined && addressOfBody(ids, r, statement)))) out.push(r);
  }
  return out;
}

/**
 * Whether a place inside a body's written name is only its address, right after a locative (赴 + 日本 + 筑波大学, 在 + 美国
 * + 哥伦比亚大学师范学院): it opens every body name it lies in, none of which holds it (not 北京 of 北京大学); and a locative
 * stands before it. (与 + 日本 + 筑波大学 names a partner, no place the work goes.)
 */
export function addressOfBody(ids: Pick<ResolvedIds, 'institutions'>, region: SpannedId, statement: { text: string; start: number }): boolean {
  return bodyAddress(ids, region, statement) && located(statement, region);
}

function bodyAddress(ids: Pick<ResolvedIds, 'institutions'>, region: SpannedId, statement: { text: string; start: number }): boolean {
  const written = statement.text.slice(region.start - statement.start, region.end - statement.start);
  let bodies = 0;
  for (const i of ids.institutions) {
    if (!inside(region, i)) continue;
    if (region.start !== i.start || region.end === i.end || i.id.includes(written)) return false;
    bodies++;
  }
  return bodies > 0;
}

/** A level in brackets closing a designation's name (…均衡发展县（市）): the holder may be of either level. */
const BRACKETED_LEVEL = /[(（][^()（）]{1,3}[)）]$/;

/**
 * Whether a program is a designation a place holds (…示范区, …试点城市, …均衡发展县（市）, a pilot's …应用试点区), not one
 * a school holds (…示范校).
 */
export function placeDesignation(program: ProgramMention): boolean {
  if (program.kind !== 'DESIGNATION' && program.kind !== 'PILOT') return false;
  const name = program.id.slice(program.id.indexOf(':') + 1).replace(BRACKETED_LEVEL, '');
  return getLexicon().programs.placeDesignations.some((head) => name.endsWith(head));
}

/**
 * Whether a designation is held below the place the document is about: its name ends in a county's, town's or village's
 * level word (…优质均衡发展县, …示范村) and that place is above that level (a province names the counties that hold it, a
 * county the villages).
 */
function heldBelow(program: ProgramMention, home: string): boolean {
  const name = program.id.slice(program.id.indexOf(':') + 1).replace(BRACKETED_LEVEL, '');
  const level = getGazetteer().byId(home)?.level;
  if (level === undefined) return false;
  const rank = levelRank(level);
  for (const [word, holder] of getLexicon().programs.lowerLevelHolders) if (name.endsWith(word)) return rank < holder;
  return false;
}

/** The free places of a program's clause (outside bodies and programs), other than those inside its own name. */
function clauseRegions(input: PlacementInput, clause: Clause, program: SpannedId): SpannedId[] {
  return input.freeRegions.filter((r) => !inside(r, program) && r.start >= clause.start && r.end <= clause.end);
}

/**
 * The places written right before each bare program (重庆—贵阳 + “…”), those its name holds outside a body's name
 * (“川渝快线”, not 长春 of “长春理工大学…会议”) and those a locative and 的 set before it (在广州市举办的“…”: heldAtPlaces):
 * what may place a quotation nothing introduces, as they qualify its name.
 */
export function qualifiedPlacements(input: PlacementInput, bare: readonly SpannedId[], institutions: readonly Span[]): [string, string][] {
  const pairs: [string, string][] = bare.length > 0 ? heldAtPlaces(input, bare) : [];
  for (const program of bare) {
    const clause = clauseAt(input.clauses, program.start);
    const inClause = clauseRegions(input, clause, program);
    for (const r of qualifyingList(input, inClause, program)) pairs.push([program.id, r.id]);
    for (const r of ownRegions(input.regions, program)) if (!insideBody(r, institutions)) pairs.push([program.id, r.id]);
  }
  return pairs;
}

/** The places named inside a program's name, but China and a place that is the whole name (a zone that is a designation). */
function ownRegions(regions: readonly SpannedId[], program: SpannedId): SpannedId[] {
  const out: SpannedId[] = [];
  for (const r of regions) if (inside(r, program) && r.id !== CHINA && !(r.start === program.start && r.end === program.end)) out.push(r);
  return out;
}

/** Whether a span lies inside one of the spans. */
function insideAny(r: Span, spans: readonly Span[]): boolean {
  for (const span of spans) if (inside(r, span)) return true;
  return false;
}

/** Whether the mentions are one or more at a single start (one place, perhaps of several ids). */
function oneStart(mentions: readonly SpannedId[]): boolean {
  if (mentions.length === 0) return false;
  for (const m of mentions) if (m.start !== mentions[0].start) return false;
  return true;
}

/** Whether a mention starts after `from` and before `to`. */
function startsBetween(mentions: readonly SpannedId[], from: number, to: number): boolean {
  for (const m of mentions) if (m.start > from && m.start < to) return true;
  return false;
}

/** Whether the place `home` lies in every one of the regions. */
function allHold(home: string, regions: readonly SpannedId[]): boolean {
  for (const r of regions) if (!getGazetteer().liesIn(home, r.id)) return false;
  return true;
}

/**
 * The (program, region) pairs the statement places.
 * Note: the tests in the loop are functions of their own, not closures over the program or clause (V8 allocated the loop
 * body's scope for every program, and one closure per free region).
 */
export function placements(input: PlacementInput): [string, string][] {
  const pairs: [string, string][] = [];
  const attributed = attributedPlaces(input);
  for (const program of input.programs) {
    const clause = clauseAt(input.clauses, program.start);
    // Note: a zone that is also a designation (…综合实验区) does not touch itself.
    const own = ownRegions(input.regions, program);
    for (const r of own) pairs.push([program.id, r.id]);
    if (program.places) for (const r of input.freeRegions) if (insideAny(r, program.places)) pairs.push([program.id, r.id]);
    const inClause = clauseRegions(input, clause, program);
    let placed = own.length > 0;
    // Note: one place alone in a short clause with the program is where the clause places it (在…, 实施…); a clause that
    // lists several places, or a long one, does not say which.
    const alone = oneStart(inClause) && clause.end - clause.start <= SHORT_CLAUSE;
    const placedByLocative = locatedRegions(input, inClause);
    const subjects = subjectList(input, clause, inClause, program);
    const qualifying = qualifyingList(input, [...own, ...inClause], program);
    const selected = selectedHolders(input, clause, inClause, program);
    for (const r of inClause) {
      if (attributedElsewhere(attributed, r, program)) continue;
      if (alone) {
        pairs.push([program.id, r.id]);
        placed = true;
        continue;
      }
      if (qualifying.has(r) || placedByLocative.has(r) || subjects.has(r) || selected.includes(r) || subjectHolds(input, clause, r, program)) {
        pairs.push([program.id, r.id]);
        placed = true;
      }
    }
    // Note: a clause listing where the program went follows only the clause that sends it somewhere (…至首批試點城市).
    const after = input.text.slice(program.end - input.start, clause.end - input.start);
    if (placed || holdsLocative(after)) {
      for (const r of includedRegions(input, clause)) {
        pairs.push([program.id, r.id]);
        placed = true;
      }
    }
    // Note: so does a clause right after it that opens by placing it (…，8月在番禺区举行), when it is its clause's last program.
    if (!startsBetween(input.programs, program.start, clause.end)) {
      for (const r of onwardRegions(input, clause, labels(input, program, clause))) {
        pairs.push([program.id, r.id]);
        placed = true;
      }
    }
    // Note: a place designation's holders go on in the clause after it when that one adds to them (…，今年再新增 + 鱼池乡…).
    if (placeDesignation(program) && !startsBetween(input.programs, program.start, clause.end)) {
      for (const r of addedHolders(input, clause)) {
        pairs.push([program.id, r.id]);
        placed = true;
      }
    }
    // Note: so does a clause before it of a locative and places only (…11月20日则在湖北省武汉市，与…合办“…”): the frame
    // its sentence sets.
    for (const r of framePlaces(input, clause)) {
      pairs.push([program.id, r.id]);
      placed = true;
    }
    // Note: a place designation the clause places nowhere is held by the place the document is about; so is a title a
    // province awards it (被评为首批广东省…示范区): the province in the name is the title's scope, not its holder.
    // Note: so do places listed in a bracket right after the name (…改革实验区(北京市海淀区等)).
    for (const r of bracketedPlaces(input, program)) {
      pairs.push([program.id, r.id]);
      placed = true;
    }
    const home = input.homeRegionId;
    if (home && inClause.length === 0 && placeDesignation(program) && !heldBelow(program, home)) {
      const scoped = own.length > 0 && allHold(home, own)
        && endsInAward(input.text.slice(clause.start - input.start, program.start - input.start));
      if (!placed || scoped) pairs.push([program.id, home]);
    }
  }
  return pairs;
}

/** What stands between the places a body selects and the designation: their count perhaps, then 为 (等12个县（市、区）为第二批…). */
const SELECTED_AS = /^(?:等[^，,。；;为]{0,12})?为[^，,。；;、]{0,12}$/;

/**
 * The places a clause selects as a designation's holders, its list the object of a selection verb (评选 + 台南市、高雄市及
 * 宜兰县 + 为首批「青年国际职能示范县市」, 确定 + 进贤县等12个县（市、区） + 为第二批…试点县); none otherwise. The
 * verb makes it a designation whatever the programme's head (认定 + 广州市南沙区 + 为首个「…研修基地」).
 */
function selectedHolders(input: PlacementInput, clause: Clause, inClause: readonly SpannedId[], program: ProgramMention): SpannedId[] {
  const before = inClause.filter((r) => r.end <= program.start).sort((a, b) => a.start - b.start);
  if (before.length === 0) return [];
  const first = before[0];
  const last = before[before.length - 1];
  if (!SELECTED_AS.test(textBetween(input, last.end, program.start))) return [];
  const lead = textBetween(input, clause.start, first.start).replace(/[出了]$/, '');
  if (!getLexicon().programs.selectionVerbs.some((verb) => lead.endsWith(verb))) return [];
  // Note: the places must be one list (台南市、高雄市及宜兰县): only list marks between them.
  const { listMarks } = getLexicon().partnering;
  for (let k = 1; k < before.length; k++) {
    const gap = textBetween(input, before[k - 1].end, before[k].start);
    if (![...gap].every((c) => listMarks.includes(c))) return [];
  }
  return before;
}

/** A date a clause may open with (11月20日, 3月): the day its sentence happens. */
const FRAME_DATE = /\d{1,2}月(?:\d{1,2}日)?/g;

/** The locatives a frame needs one of, and what it may hold besides its places and a date; built once from the lexicon. */
let frame: { locatives: readonly string[]; rest: RegExp } | undefined;

/** Whether what a clause holds besides its places is only a locative, a date and frame words (则, 亦) or list marks. */
function onlyFrames(rest: string): boolean {
  if (!frame) {
    const { programs, partnering } = getLexicon();
    const locatives = [...programs.locatives].filter((c) => c.length === 1);
    frame = { locatives, rest: new RegExp(`^(?:${alternation([...programs.frameWords, ...partnering.listMarks, ...locatives])})*$`) };
  }
  const { locatives, rest: allowed } = frame;
  return locatives.some((c) => rest.includes(c)) && allowed.test(rest.replace(FRAME_DATE, ''));
}

/**
 * The places of the clause right before `clause` in the statement when it only sets where the sentence happens (在成都市，
 * 与…合办…): a locative and places, perhaps a date; none otherwise.
 */
function framePlaces(input: PlacementInput, clause: Clause): SpannedId[] {
  const k = input.clauses.indexOf(clause);
  if (k <= 0) return [];
  const frame = input.clauses[k - 1];
  const places = input.freeRegions.filter((r) => r.start >= frame.start && r.end <= frame.end);
  if (places.length === 0) return [];
  let rest = '';
  let at = frame.start;
  for (const r of [...places].sort((a, b) => a.start - b.start)) {
    if (r.start > at) rest += input.text.slice(at - input.start, r.start - input.start);
    at = Math.max(at, r.end);
  }
  rest += input.text.slice(at - input.start, frame.end - input.start);
  return onlyFrames(rest.replace(/[，,\s]/g, '')) ? places : [];
}

/** How many characters may stand between a place and the 的 that makes it qualify the name after it (在上海市 + 举办 + 的). */
const ATTRIBUTE_VERB = 3;
/**
 * What may stand between that 的 and the name: the editions of an event (的 + 第137届、第138届 + …交易会), and the mark that
 * opens a quoted name (的 + “…”), outside the name's span.
 */
const EDITIONS = new RegExp(`^(?:${EDITION_ORDINAL}[、和及]?)*[${[...QUOTES.keys()].join('')}《]?$`);

/**
 * The places that qualify one programme only: a locative's place and its verb before 的 and the name (在上海市举办的 +
 * 第八届中国国际进口博览会): a place of that name's, not of the others its clause names (…交易会和在上海市举办的…); null
 * when no place does (most statements: no map is made for them).
 */
function attributedPlaces(input: PlacementInput): Map<SpannedId, string[]> | null {
  let out: Map<SpannedId, string[]> | null = null;
  let byStart: ProgramMention[] | undefined;
  for (const r of input.freeRegions) {
    const at = attributeEnd(input, r);
    if (at < 0 || !located(input, r)) continue;
    byStart ??= [...input.programs].sort((a, b) => a.start - b.start);
    const programs = namesAfter(input, byStart, at);
    if (programs.length > 0) (out ??= new Map()).set(r, programs);
  }
  return out;
}

/** Where the name a place may qualify starts: after its verb and 的 (广州市 + 举办的 + …); -1 when no 的 follows it so. */
function attributeEnd(input: Pick<PlacementInput, 'text' | 'start'>, r: SpannedId): number {
  const after = input.text.slice(r.end - input.start, r.end - input.start + ATTRIBUTE_VERB + 1);
  const de = after.indexOf('的');
  return de <= 0 || !allHan(after.slice(0, de)) ? -1 : r.end + de + 1;
}

/**
 * The programmes a 的 ending at `at` qualifies, of programmes sorted by start: the first named there (perhaps after its
 * editions) and those listed with it (在广东省举办的「甲」、「乙」等比赛); none when no name follows it so.
 */
function namesAfter(input: Pick<PlacementInput, 'text' | 'start'>, byStart: readonly SpannedId[], at: number): string[] {
  // Note: the first found by halving, not by a walk per place.
  let k = lastStartingBy(byStart, at - 1) + 1;
  const first = byStart[k];
  if (!first || !EDITIONS.test(input.text.slice(at - input.start, first.start - input.start))) return [];
  const out = [first.id];
  const { listMarks } = getLexicon().partnering;
  for (; k + 1 < byStart.length; k++) {
    // Note: without the marks around names listed together (「…」、「…」).
    const gap = withoutNameMarks(textBetween(input, byStart[k].end, byStart[k + 1].start));
    if (!listMarks.includes(gap)) break;
    out.push(byStart[k + 1].id);
  }
  return out;
}

/**
 * The places a locative puts a bare programme in by qualifying its name (在 + 广州市 + 举办的 + “岭南文化研学线”): what the
 * name is, nothing says, but the clause says where it is held. With the place, those listed before it in the locative's
 * list (在佛山市和江门市举办的“…”); of an address, its last level (在浙江省杭州市举办的: 杭州市).
 */
function heldAtPlaces(input: PlacementInput, bare: readonly SpannedId[]): [string, string][] {
  const pairs: [string, string][] = [];
  const regions = input.freeRegions;
  const { listMarks } = getLexicon().partnering;
  let placed: Set<SpannedId> | undefined;
  let byStart: SpannedId[] | undefined;
  for (let k = 0; k < regions.length; k++) {
    const r = regions[k];
    const at = attributeEnd(input, r);
    if (at < 0) continue;
    placed ??= locatedRegions(input, regions);
    if (!placed.has(r)) continue;
    byStart ??= [...bare].sort((a, b) => a.start - b.start);
    for (const program of namesAfter(input, byStart, at)) {
      pairs.push([program, r.id]);
      for (let j = k - 1; j >= 0 && placed.has(regions[j]) && listMarks.includes(textBetween(input, regions[j].end, regions[j + 1].start)); j--) {
        pairs.push([program, regions[j].id]);
      }
    }
  }
  return pairs;
}

/** Whether a place qualifies another programme than this one (see attributedPlaces). */
function attributedElsewhere(attributed: ReadonlyMap<SpannedId, readonly string[]> | null, r: SpannedId, program: SpannedId): boolean {
  const owners = attributed?.get(r);
  return owners !== undefined && !owners.includes(program.id);
}

/** How many characters may stand between the last partner and the program they carry out together (…联合开展 + “…”). */
const JOINT_GAP = 8;

/**
 * TOUCHES from partnership: a program the places of a clause carry out together right after naming each other
 * (三门峡市与运城市、渭南市联合开展“清河行动”) touches each of them. An institution's partners are not read so: the place
 * its name holds (四川省…大学 + 联合开展…) is seldom where the program is.
 */
export function jointPlacements(text: string, start: number, ids: ResolvedIds, clauses: readonly Clause[], parties: readonly SpannedId[],
  pairs: readonly [string, string][]): [string, string][] {
  const partnered = new Set(pairs.flat());
  const out: [string, string][] = [];
  for (const program of ids.programs) {
    const clause = clauseAt(clauses, program.start);
    const before = parties.filter((p) => partnered.has(p.id) && p.start >= clause.start && p.end <= program.start);
    if (before.length === 0) continue;
    // Note: only what the partners do together right after naming each other (…联合开展 + “清河行动”).
    const last = before.reduce((a, p) => (p.end > a.end ? p : a));
    const gap = text.slice(last.end - start, program.start - start);
    if (gap.length > JOINT_GAP || !getLexicon().partnering.jointActions.some((w) => gap.includes(w))) continue;
    for (const party of before) {
      if (party.id.startsWith('region:') && party.id !== CHINA) out.push([program.id, party.id]);
    }
  }
  return out;
}
