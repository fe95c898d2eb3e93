/**
 * Relate: derives PART_OF, TOUCHES, INVOLVES, PARTNERS_WITH and LOCATED_IN edges from the resolved statements; every
 * edge derived from text carries the ids of its evidence statements. Region hierarchy edges come from the gazetteer.
 */
import { abbreviations, getGazetteer, ordinaryAbbreviationBigrams, townshipCounty } from '../../language/gazetteer/index.js';
import { abbreviationIds, isZoneId } from '../../language/regions/index.js';
import { selfReferencesIn } from '../extract/selfReferences.js';
import { QUOTE_PAIRS } from '../extract/quoteMarks.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { holdsAnyWord } from '../../language/match/words.js';
import { alternation } from '../../language/match/alternation.js';
import type { AnnotatedStatement } from '../annotated.js';
import type { Relation, Target } from '../model.js';
import { ensureRegion, ensureTownship, type EntityIndex, type ResolvedIds, type SpannedId } from '../resolve.js';
import { clauseAgents } from './agents.js';
import { carriedSubjects } from './carriedSubjects.js';
import { clauseAt, clausesOf, commaBetween } from './clauses.js';
import { openingBody } from './subjects.js';
import { opensWithOwnHead } from './ownHead.js';
import { addedHolderPlacements } from './addedHolders.js';
import { coOrganised, NONE as NOT_ORGANISED, speaksOfOrganising } from './coOrganisers.js';
import { itineraryItemPlacements } from './itineraryItems.js';
import { initialPlacements, writtenName } from './initials.js';
import { endsAtColon, labelPlacements } from './labels.js';
import { listPlacements } from './lists.js';
import { institutionPlaces, regionsOfName } from './located.js';
import { addressLevel, locatedRegions } from './locatives.js';
import { openingPlacements, takesPeople } from './onward.js';
import { holdsConnective, outsideNotes, partnerPairs, withoutOwners, partnersJoinedByVerb, receivedAidPairs, receivesAid } from './partners.js';
import { policyNamePlacements } from './policyNames.js';
import { labelledPartnerships, tablePartnerships, tablePlacePairings } from './tablePartners.js';
import { tablePlacements } from './tablePlaces.js';
import { venuePlacements } from './venues.js';
import { precedingPlacements } from './precedingPlaces.js';
import { RelationSet } from './relationSet.js';
import { rowCells } from '../extract/tableRows.js';
import { addressOfBody, jointPlacements, placements, programMention, placesOutsideBodies, qualifiedPlacements, type ProgramMention } from './touches.js';

export { regionsOfName } from './located.js';

/** Everything `relate` needs to know about the document. */
export interface RelateContext {
  /** The issuing body's institution id, when the issuer is a named body. */
  issuerInstitutionId: string | null;
  /** The issuer's region and its ancestors: not partners of the issuer's own institutions. */
  homeRegionIds: Set<string>;
  issuerRegionId: string | null;
  /** Whether the issuer's region is the party of clauses without a subject when no issuing body is (not in a release). */
  placeSpeaks?: boolean;
  /** The statements that are their section's heading ((一)“湾区少年行”研学计划). */
  headingIds?: ReadonlySet<string>;
  /** The document's text as the statements' offsets read it. */
  text?: string;
  /** The document's title: the programme it names alone is what 本计划 refers back to in any section. */
  title?: string | null;
}

const inside = (inner: SpannedId, outer: SpannedId): boolean => inner.start >= outer.start && inner.end <= outer.end
  && (inner.start !== outer.start || inner.end !== outer.end);

let anyCue: RegExp | undefined;

/** The partnership kind named by a statement's wording, or null when it names none. */
export function cooperationKind(text: string): string | null {
  // Note: one pass finds whether any cue is there (most statements hold none); the cues' order decides which kind.
  anyCue ??= new RegExp(getLexicon().cooperation.map(([cue]) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  if (!anyCue.test(text)) return null;
  // Note: a 合作区 (cooperation zone) is a place, not partnership wording.
  const wording = text.includes('合作区') ? text.replaceAll('合作区', '') : text;
  for (const [cue, kind] of getLexicon().cooperation) if (wording.includes(cue)) return kind;
  return null;
}

/**
 * The partnership kind a statement's own wording names: a cue inside a body's name is none (澳門廠商聯合會 holds 联合, a
 * 合作社 合作) unless a connective outside the names joins parties (甲与乙青年联合会推行…): a list of bodies attending
 * (甲、乙聯合會及丙的代表應邀出席) is no partnership.
 */
function ownCooperationKind(statement: { text: string; start: number }, ids: ResolvedIds | undefined): string | null {
  const kind = cooperationKind(statement.text);
  if (kind === null || !ids || ids.institutions.length === 0) return kind;
  let text = statement.text;
  for (const body of ids.institutions) {
    const from = body.start - statement.start;
    const to = body.end - statement.start;
    if (from >= 0 && to <= text.length) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return cooperationKind(text) ?? (holdsConnective(text) ? kind : null);
}

/** Whether a statement holds a connective and a verb of doing together at all (a cheap test before the parties are read). */
function mayJoinByVerb(text: string): boolean {
  // Note: a loop, not a closure over the text (V8 allocated this function's scope for every statement).
  for (const v of getLexicon().partnering.partnerVerbs) if (text.includes(v)) return holdsConnective(text);
  return false;
}

/** Notes in brackets (a short form, a date) between a subject and its verb. */
const BRACKETED_NOTES = /[(（][^()（）]{0,12}[)）]/g;
/** When a subject acted, between it and its verb (於2024年3月, 2023/24學年, 113年, 11月25日至27日). */
const ACTING_TIME = /[于在]?(?:(?:\d{4}(?:\/\d{2,4})?|\d{2,3})(?:学年度|学年|年度|年)(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}日)?(?:[至到-]\d{1,2}[日月])?(?:起|内|间)?/g;

/** The text of a statement between two absolute offsets, less the spans of the mentions there (in text order). */
function uncovered(statement: { text: string; start: number }, spans: readonly SpannedId[], start: number, end: number): string {
  let out = '';
  let at = start;
  for (const s of spans) {
    if (s.end <= at || s.start >= end) continue;
    if (s.start > at) out += statement.text.slice(at - statement.start, s.start - statement.start);
    at = Math.max(at, Math.min(s.end, end));
  }
  return at < end ? out + statement.text.slice(at - statement.start, end - statement.start) : out;
}

/** How far before a programme the issuer may stand as the subject acting on it (民青局 + 推出 + 「…計劃」). */
const ISSUER_GAP = 12;

/**
 * The bodies a statement opening with 由 names as running the programme an earlier statement of its sentence named last
 * (「…專項」， + 由甲負責執行), when it names none before them itself.
 */
function agentsOfSpoken(item: AnnotatedStatement, ids: ResolvedIds, programId: string, relations: RelationSet): void {
  const { statement } = item;
  if (!statement.text.includes(getLexicon().partnering.agentMark)) return;
  const [first] = clausesOf(statement.text, statement.start);
  if (first === undefined || ids.programs.some((p) => p.start < first.end)) return;
  // Note: the bodies alone: a place written inside a body's name (深圳市 of 深圳市南山区人民政府) starts where the body does.
  const free = freeInstitutionsOf(ids).sort((a, b) => a.start - b.start);
  for (const body of clauseAgents(statement.text, statement.start, first, free, new Set(free.map((i) => i.id)))) {
    relations.add('INVOLVES', programId, body.id, statement.id);
  }
}

/** The programme mention ending last before an offset, if any (not inside a later one's name). */
function lastProgramBefore(programs: readonly SpannedId[], at: number): SpannedId | undefined {
  let last: SpannedId | undefined;
  for (const p of programs) if (p.end <= at && (last === undefined || p.end > last.end)) last = p;
  return last;
}

/** A statement's place and body mentions in the order of the text. */
function namesOf(ids: ResolvedIds): SpannedId[] {
  return [...ids.regions, ...ids.institutions].sort((a, b) => a.start - b.start);
}

/**
 * Whether the issuer, named in the clause, is its subject acting on the programme: it stands shortly before it with an
 * action word between (民青局推出「…計劃」). Named anywhere else near a programme, the issuer is only writing about it.
 * The names of the places and bodies written between count for nothing: where it acts is no distance
 * (教育局 + 在 + 台北市立大学博爱校区 + 举办「…论坛」); nor, where more, the notes in brackets.
 */
function issuerActsOn(statement: { text: string; start: number }, institution: SpannedId, program: SpannedId, named: readonly SpannedId[]): boolean {
  if (institution.end > program.start) return false;
  const between = statement.text.slice(institution.end - statement.start, program.start - statement.start);
  // Note: nor do notes in brackets, its short form or the day (勞工及福利局 + （勞福局）今日（十二月五日） + 公布「…計劃」), nor
  // the time it acted (教育局 + 於2023/24學年 + 推出「…」), after the names: a partner's name and its short form's note
  // (勞工局 + 聯同 + 珠海市人力資源和社會保障局 + （下稱「…」） + 舉辦「…」) are both no distance.
  const rest = uncovered(statement, named, institution.end, program.start).replace(BRACKETED_NOTES, '').replace(ACTING_TIME, '');
  if (rest.length > ISSUER_GAP) return false;
  // Note: a body announcing a programme (公布「…計劃」) runs it, as one launching it does.
  return holdsAnyWord(between, getLexicon().names.actionWords) || holdsAnyWord(between, getLexicon().structure.announceVerbs);
}

/** Whether an institution's own name places it in the issuer's home regions (宁波大学 for a Ningbo issuer). */
function homeInstitution(index: EntityIndex, id: string, context: RelateContext): boolean {
  const entity = index.get(id);
  return entity !== undefined && entity.type === 'INSTITUTION'
    && regionsOfName(entity.name, context.issuerRegionId).some((r) => context.homeRegionIds.has(r));
}

/** Whether a party is at home: one of the issuer's home regions, the issuer, or a body its name places there. */
function atHome(index: EntityIndex, id: string, context: RelateContext): boolean {
  return context.homeRegionIds.has(id) || id === context.issuerInstitutionId || homeInstitution(index, id, context);
}

/**
 * Whether a partnership is the issuer's place with itself (the issuer and its own city or province, 广州–广东).
 * Note: the test of each party is a function of the module, not an arrow made at each call (under tsx each named arrow is
 * also named by esbuild's __name helper as it is made).
 */
function selfPartnership(index: EntityIndex, from: string, to: string, context: RelateContext): boolean {
  return (context.homeRegionIds.has(to) && atHome(index, from, context)) || (context.homeRegionIds.has(from) && atHome(index, to, context));
}

/** Whether institution `i` is named inside another's name. */
function nested(i: SpannedId, institutions: readonly SpannedId[]): boolean {
  // Note: a body named inside another's name (甲大学 in 甲大学-乙大学联合学院) is not a party beside it.
  return institutions.some((o) => o !== i && inside(i, o) && (o.start !== i.start || o.end !== i.end));
}


let sarAbbreviations: ReadonlyMap<string, string> | undefined;

/** Each SAR's region id with the one-character name it writes itself with in names, the first the gazetteer lists. */
function sarAbbreviationTable(): ReadonlyMap<string, string> {
  if (sarAbbreviations) return sarAbbreviations;
  const table = new Map<string, string>();
  for (const [code, id] of abbreviationIds()) if (!table.has(id) && abbreviations().get(code)?.cls === 'SAR') table.set(id, String.fromCharCode(code));
  sarAbbreviations = table;
  return table;
}

/**
 * The one-character name a SAR writes itself with in names (港 for 香港, 澳 for 澳门), or null for other places.
 * Note: a table built once, not a walk over every abbreviation for each statement that names a programme.
 */
function sarAbbreviation(regionId: string | null): string | null {
  return regionId === null ? null : sarAbbreviationTable().get(regionId) ?? null;
}

/**
 * A program whose name opens with the one-character name of the SAR the document is from is that SAR's (港药通 in a
 * Hong Kong text, 澳青横琴创业支援计划 in a Macao one), unless the two characters are an ordinary word (港口).
 */
function ownSarPlacements(statement: AnnotatedStatement['statement'], ids: ResolvedIds, context: RelateContext, relations: RelationSet): void {
  const own = sarAbbreviation(context.issuerRegionId);
  if (own === null || context.issuerRegionId === null) return;
  for (const p of ids.programs) {
    const { name } = writtenName(statement, p);
    if (name[0] === own && !ordinaryAbbreviationBigrams().has(name.slice(0, 2))) relations.add('TOUCHES', p.id, context.issuerRegionId, statement.id);
  }
}

/**
 * Each statement's entities as the placing rules see them: without its bare programs (read from their quoted words alone,
 * nothing around them saying what they are): no clause places them, only places written right before them or inside
 * their names (qualifiedPlacements).
 */
function placeableIds(idsByStatement: ReadonlyMap<string, ResolvedIds>): ReadonlyMap<string, ResolvedIds> {
  // Note: most documents name no bare program: their statements' entities serve as they are, with no copy of the map.
  if (!anyBare(idsByStatement)) return idsByStatement;
  const out = new Map<string, ResolvedIds>();
  for (const [id, ids] of idsByStatement) {
    out.set(id, ids.programs.some((p) => p.bare) ? { ...ids, programs: ids.programs.filter((p) => !p.bare) } : ids);
  }
  return out;
}

/** Whether a statement names a bare program. */
function anyBare(idsByStatement: ReadonlyMap<string, ResolvedIds>): boolean {
  for (const ids of idsByStatement.values()) for (const p of ids.programs) if (p.bare) return true;
  return false;
}

/** Whether one of the regions is a zone. Note: a loop, not `some` with a closure (made for every statement). */
function namesZone(regions: readonly SpannedId[]): boolean {
  for (const r of regions) if (isZoneId(r.id)) return true;
  return false;
}

/** Whether a mention lies inside one of the others (and is not the same span). */
function insideAny(inner: SpannedId, outers: readonly SpannedId[]): boolean {
  for (const o of outers) if (inside(inner, o)) return true;
  return false;
}

/** The institutions named outside any program's name and any other body's name. */
function freeInstitutionsOf(ids: ResolvedIds): SpannedId[] {
  const out: SpannedId[] = [];
  for (const i of ids.institutions) if (!insideAny(i, ids.programs) && !nested(i, ids.institutions)) out.push(i);
  return out;
}

/** The regions named outside any body's name and any placeable program's name. */
function freeRegionsOf(ids: ResolvedIds, placed: ResolvedIds): SpannedId[] {
  const out: SpannedId[] = [];
  for (const r of ids.regions) if (!insideAny(r, ids.institutions) && !insideAny(r, placed.programs)) out.push(r);
  return out;
}

/**
 * The places a clause can put work in: the free regions, and the places written before a body's name as its address
 * (赴 + 日本 + 筑波大学), outside placeable programs' names, in the order they are written.
 */
function placeableRegions(ids: ResolvedIds, placed: ResolvedIds, statement: { text: string; start: number }, free: SpannedId[]): SpannedId[] {
  // Note: a loop that makes a list only when it finds such a place (seldom), as the placing passes ask it of every statement.
  let out: SpannedId[] | null = null;
  for (const r of ids.regions) {
    if (insideAny(r, placed.programs) || !addressOfBody(ids, r, statement)) continue;
    (out ??= [...free]).push(r);
  }
  return out === null ? free : out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The placeable programs with their kinds, as the placing rules read them. */
function programMentions(placed: ResolvedIds, index: EntityIndex): ProgramMention[] {
  const out: ProgramMention[] = [];
  for (const p of placed.programs) out.push(programMention(p, index.get(p.id)?.kind ?? ''));
  return out;
}

/**
 * The relations of one statement: TOUCHES, INVOLVES and PARTNERS_WITH; `placed` holds the programs that may be placed,
 * `cued` the partnership kind its wording names (or the list it is an item of).
 */
function relateStatement(item: AnnotatedStatement, ids: ResolvedIds, placed: ResolvedIds, index: EntityIndex, context: RelateContext, relations: RelationSet,
  cued: string | null, sentenceSubjectId: string | null): void {
  // Note: no closure here reads the arguments: V8 allocated this function's scope for every statement, also those that
  // return at once.
  const { statement } = item;
  // Note: aid received is cooperation of its own (在上海市、山东省的大力支持下, a statement once its commas split the
  // sentence), between the aiding places and the document's only.
  const aidOnly = !cued && receivesAid(statement.text);
  // Note: a verb of doing together after a connective's partners is cooperation too (与甲建立…), read once the parties are known.
  const maybeJoined = !cued && !aidOnly && mayJoinByVerb(statement.text);
  // Note: most statements name no program and no cooperation: nothing below needs their clauses.
  if (ids.programs.length === 0 && !cued && !maybeJoined && !aidOnly && !namesZone(ids.regions)) return;
  const clauses = clausesOf(statement.text, statement.start);
  const freeInstitutions = freeInstitutionsOf(ids);
  const freeRegions = freeRegionsOf(ids, placed);
  const programs = programMentions(placed, index);
  const homeRegionId = statement.status === 'CONTEXT' ? null : context.issuerRegionId;
  const input = { text: statement.text, start: statement.start, clauses, programs, regions: ids.regions, freeRegions: placeableRegions(ids, placed, statement, freeRegions), homeRegionId };
  // Note: a place is where an address ends, also in a programme's name (…对口支援新疆喀什市规划: 喀什市, not 新疆).
  const levels = addressLevels(ids.regions);
  for (const [program, region] of placements(input)) if (!levels.has(region)) relations.add('TOUCHES', program, region, statement.id);
  // Note: so is an event held at a body whose name places it (在 + 香港会议展览中心 + 闭幕).
  const venues = { text: statement.text, start: statement.start, clauses, programs: placed.programs, institutions: freeInstitutions, index, issuerRegionId: context.issuerRegionId };
  for (const [program, region] of venuePlacements(venues)) relations.add('TOUCHES', program, region, statement.id);
  // Note: a bare program is placed only by the places its name is written right after (重庆—贵阳 + “…”) or holds.
  if (placed !== ids) {
    for (const [program, region] of qualifiedPlacements(input, ids.programs.filter((p) => p.bare), ids.institutions)) relations.add('TOUCHES', program, region, statement.id);
  }
  ownSarPlacements(statement, placed, context, relations);
  // Note: the names and bodies later clauses may carry as a subject or name as a programme's agents (most statements: none).
  const several = clauses.length > 1 && ids.programs.length > 0;
  const carried = several
    ? { names: [...freeInstitutions, ...freeRegions].sort((a, b) => a.start - b.start), ids: new Set(freeInstitutions.map((i) => i.id)) }
    : NOTHING_CARRIED;
  for (const program of ids.programs) {
    const clause = clauseAt(clauses, program.start);
    for (const institution of ids.institutions) {
      const named = inside(institution, program);
      const near = !named && freeInstitutions.includes(institution) && institution.start >= clause.start && institution.end <= clause.end;
      // Note: a policy's issuer named in its title is involved in it, even when it issued this document too; so is the
      // issuer acting on a programme as its clause's subject.
      const involved = named || (near && (institution.id !== context.issuerInstitutionId || issuerActsOn(statement, institution, program, namesOf(ids))));
      if (involved) relations.add('INVOLVES', program.id, institution.id, statement.id);
    }
    // Note: a clause without a subject of its own goes on with an earlier clause's (甲与乙签署协议，共同推动「…」); a policy
    // it cites (按照《…》) is no work it does.
    if (index.get(program.id)?.kind === 'POLICY_DOCUMENT') continue;
    for (const body of carriedSubjects(statement.text, statement.start, clauses, program, carried.names, carried.ids)) {
      relations.add('INVOLVES', program.id, body.id, statement.id);
    }
  }
  // Note: a clause naming who runs what the statement named just before (「…專項」，由甲負責執行) involves them in it.
  // Note: only a statement holding the agent mark is walked (most hold none): no slice of each clause to look for it.
  const agentsNamed = ids.programs.length > 0 && statement.text.includes(getLexicon().partnering.agentMark);
  for (let k = 1; k < clauses.length && agentsNamed; k++) {
    const clause = clauses[k];
    if (ids.programs.some((p) => p.start >= clause.start && p.start < clause.end)) continue;
    const before = lastProgramBefore(ids.programs, clause.start);
    if (before === undefined) continue;
    for (const body of clauseAgents(statement.text, statement.start, clause, carried.names, carried.ids)) relations.add('INVOLVES', before.id, body.id, statement.id);
  }
  // Note: an institution named with a zone (丽水高新区科创中心) lies in that zone; the gazetteer cannot say so.
  for (const institution of ids.institutions) {
    for (const zone of ids.regions) if (isZoneId(zone.id) && inside(zone, institution)) relations.add('LOCATED_IN', institution.id, zone.id, statement.id);
  }
  if (!cued && !maybeJoined && !aidOnly) return;
  const parties = withoutOwners(statement.text, statement.start,
    outsideNotes(statement.text, statement.start, [...freeInstitutions, ...freeRegions].sort((a, b) => a.start - b.start || a.end - b.end)));
  const { partnerVerbKind, aidReceivedKind } = getLexicon().partnering;
  const kind = cued ?? (aidOnly ? aidReceivedKind : partnersJoinedByVerb(statement.text, statement.start, parties) ? partnerVerbKind : null);
  if (!kind) return;
  const pairs = (aidOnly ? receivedAidPairs : partnerPairs)({
    text: statement.text, start: statement.start, clauses, parties,
    institutionIds: new Set(freeInstitutions.map((i) => i.id)),
    issuerId: context.issuerInstitutionId ?? (context.placeSpeaks === false ? null : context.issuerRegionId),
    sentenceSubjectId,
    issuerPlaceId: context.issuerRegionId,
    homeRegionIds: context.homeRegionIds,
  });
  const partyLevels = addressLevels(freeRegions);
  for (const [from, to] of pairs) {
    if (partyLevels.has(from) || partyLevels.has(to)) continue;
    if (!selfPartnership(index, from, to, context)) relations.add('PARTNERS_WITH', from, to, statement.id, kind);
  }
  for (const [program, region] of jointPlacements(statement.text, statement.start, placed, clauses, parties, pairs)) relations.add('TOUCHES', program, region, statement.id);
}

const NO_LEVELS: ReadonlySet<string> = new Set();

/**
 * The places a statement names only as a level of an address written down the hierarchy (浙江省 + 宁波市 + 北仑区: 浙江省
 * and 宁波市), and nowhere else in it: a party is where the address ends.
 */
function addressLevels(regions: readonly SpannedId[]): ReadonlySet<string> {
  // Note: a level needs a place written right after it: a statement naming one place or none (most) has no level.
  if (regions.length < 2) return NO_LEVELS;
  const levels = regions.filter((r) => addressLevel(r, regions));
  return new Set(levels.map((r) => r.id).filter((id) => regions.every((r) => r.id !== id || levels.includes(r))));
}

/**
 * TOUCHES from an item's heading: when a section's heading names one program ((一)推進「灣區少年行」研學計劃), the places
 * its own sentences put the work in (到廣州、深圳…, 在中山市…) are where that program is. A sentence that names a program
 * of its own gives the heading's program only the clauses before that one (组织学生到廣州、深圳…参访，并在中山市設立「…」:
 * 廣州 and 深圳, not 中山市); so does a bare program (`allIds` holds them).
 */
function headingPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  allIds: Map<string, ResolvedIds>, headingIds: ReadonlySet<string>, relations: RelationSet): void {
  let program: string | null = null;
  let section: string | null = null;
  for (const item of annotated) {
    const { statement } = item;
    const ids = idsByStatement.get(statement.id);
    if (statement.sectionId !== section) {
      section = statement.sectionId;
      const named = new Set(ids?.programs.map((p) => p.id));
      program = headingIds.has(statement.id) && named.size === 1 ? [...named][0] : null;
      continue;
    }
    if (!program || !ids) continue;
    // Note: a bare program counts here (其中「…研學團」在…): the sentence is about it from where it is named.
    const firstOwn = (allIds.get(statement.id) ?? ids).programs.reduce((a, p) => Math.min(a, p.start), Infinity);
    const before = firstOwn === Infinity ? statement.end : clauseAt(clausesOf(statement.text, statement.start), firstOwn).start;
    const free = placesOutsideBodies(ids).filter((r) => r.end <= before);
    for (const region of locatedRegions(statement, free)) relations.add('TOUCHES', program, region.id, statement.id);
  }
}

/**
 * TOUCHES across statements: a statement that names no program and opens by placing what it speaks of (…推動「…基地」建設。
 * 在廣州、深圳…新增基地8個) places the last program of the statement right before it, in the same section, or of the one
 * before that when it referred back to the program (…「…實習計劃」出發儀式。本年度計劃由…主辦。學員將分批前往…). A
 * statement naming a bare program (其中「…研學團」在…) speaks of that one, which no statement after it places.
 */
function followingPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: Map<string, ResolvedIds>, relations: RelationSet, text = '',
  title: string | null = null): void {
  const titled = titleProgram(annotated, idsByStatement, title);
  let previous: SpokenOf | null = null;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    // Note: a policy the statement cites (依据《…条例》办理) is its basis, not what it and the next go on speaking of.
    const last = ids ? lastUncited(ids.programs, text) : null;
    // Note: so does one opening with the head of the programme named right before it (…「湘港少年科學營」。科學營…在長沙…舉行).
    const back = last === null && (refersBack(statement.text)
      || (previous !== null && previous.section === statement.sectionId && opensWithOwnHead(statement.text, previous.program)));
    // Note: a statement referring back (国教署说明，本计划…) where its section named no programme before it refers to the
    // one programme the title names: what the document is about.
    if (back && titled !== null && (previous === null || previous.section !== statement.sectionId)) {
      previous = { program: titled, section: statement.sectionId, end: statement.start };
    }
    const continues = previous !== null && commaBetween(text, previous.end, statement.start);
    // Note: a statement going on with the sentence after a comma may name a program of its own after its opening clause
    // (…合辦「…網絡」，+ 在深圳、廣州及東莞定期舉辦…，並安排…擔任「同行大使」): its opening clause still places the one before.
    const clauses = ids && previous !== null && (last === null || continues) ? clausesOf(statement.text, statement.start) : [];
    const openingEnd = last === null || clauses.length === 0 ? statement.end : clauses[0].end;
    const openingFree = last === null || (continues && ids !== undefined && ids.programs.every((p) => p.start >= openingEnd));
    if (ids && openingFree && previous !== null && previous.section === statement.sectionId) {
      const freeRegions = last === null ? placesOutsideBodies(ids, statement) : placesOutsideBodies(ids, statement).filter((r) => r.end <= openingEnd);
      // Note: a statement referring back to it (国教署说明，本计划…，上学年度于宜兰县、苗栗县…推动) places it wherever a
      // locative places its places, not in its opening clause alone.
      const placed = back ? locatedRegions(statement, freeRegions)
        : openingPlacements({ text: statement.text, start: statement.start, clauses, programs: [], freeRegions }, continues);
      const first = firstPlaced(placed);
      // Note: a body before the place is the statement's own subject (网易公司 + 在长春设立…); not the document's own body
      // named as itself, whose people go on with the programme (我校86名学生赴阿克苏地区…).
      if (first !== null && !ids.institutions.some((i) => i.start < first.start && !namedAsItself(statement, i))) {
        for (const region of placed) {
          relations.add('TOUCHES', previous.program, region.id, statement.id);
          if (previous.listed) for (const other of previous.listed) relations.add('TOUCHES', other, region.id, statement.id);
        }
      }
    }
    // Note: a statement going on with the sentence that names no program and no place yet hands the program on to the
    // statement that says where, when it takes people somewhere (…「…计划」，组织学生218团 + ，赴广州、深圳…) or says who does
    // it (…推动「…计划」，+ 由甲、乙及丙组成…联盟，+ 媒合学生赴雅加达…: who runs the programme is said between its name and
    // where it goes).
    const placesNothing = continues && last === null && (ids === undefined || placesOutsideBodies(ids).length === 0);
    const handsOn = placesNothing && (statement.text.startsWith(getLexicon().partnering.agentMark) || (ids !== undefined && takesPeople(statement)));
    if (last === null) previous = carried(previous, statement, continues, back || handsOn);
    else previous = last.bare ? null : { program: last.id, section: statement.sectionId, end: statement.end, listed: listedBefore(statement.text, statement.start, ids?.programs ?? [], last) };
  }
}

/**
 * The program named last in a statement that is not a policy it cites, or null.
 * Note: loops of functions of their own, not a reduce over a closure on the text (made for every statement).
 */
function lastUncited<P extends SpannedId>(programs: readonly P[], text: string): P | null {
  let last: P | null = null;
  for (const p of programs) if (!citedAt(text, p.start) && (last === null || p.start > last.start)) last = p;
  return last;
}

/** The place written first of those placed, or null. */
function firstPlaced(placed: ReadonlySet<SpannedId>): SpannedId | null {
  let first: SpannedId | null = null;
  for (const r of placed) if (first === null || r.start < first.start) first = r;
  return first;
}

/** Whether a programme named at `start` is a policy cited in 《》. */
function citedAt(text: string, start: number): boolean {
  return start > 0 && text[start - 1] === '《';
}

/** The one programme the document's title statement names (not bare), or null. */
function titleProgram(annotated: readonly AnnotatedStatement[], idsByStatement: Map<string, ResolvedIds>, title: string | null): string | null {
  if (!title) return null;
  const wanted = title.trim();
  const first = annotated.find((item) => item.statement.text.trim() === wanted);
  const programs = first ? idsByStatement.get(first.statement.id)?.programs.filter((p) => !p.bare) ?? [] : [];
  const ids = new Set(programs.map((p) => p.id));
  return ids.size === 1 ? [...ids][0] : null;
}

/** Whether a gap is only a list mark or a conjunction (、, 及, 与 …: the lexicon's). */
function joinsList(gap: string): boolean {
  const { partnering, names } = getLexicon();
  return partnering.listMarks.includes(gap) || names.conjunctions.has(gap);
}

/**
 * Every opening and closing quotation mark (「」, “”, 『』, ‘’). Note: quoteMarks.ts's withoutNameMarks strips 《》 too, which
 * would list cited policies (《甲》及《乙》) that the statement after does not place.
 */
const QUOTE_MARKS: ReadonlySet<string> = new Set(QUOTE_PAIRS.flat());

/** A text without its quotation marks. */
function withoutQuoteMarks(text: string): string {
  let out = '';
  for (const c of text) if (!QUOTE_MARKS.has(c)) out += c;
  return out;
}

/** The programs listed right before `last`, joined to it and to each other by a list mark or conjunction only (「甲」及「乙」). */
function listedBefore(text: string, start: number, programs: readonly SpannedId[], last: SpannedId): string[] | undefined {
  // Note: most statements name one programme: nothing to list, no copy made.
  if (programs.length < 2) return undefined;
  const sorted = [...programs].filter((p) => p.end <= last.start).sort((a, b) => b.start - a.start);
  const out: string[] = [];
  let next = last;
  for (const p of sorted) {
    const gap = withoutQuoteMarks(text.slice(p.end - start, next.start - start));
    if (!joinsList(gap)) break;
    if (p.id !== last.id) out.push(p.id);
    next = p;
  }
  return out.length > 0 ? out : undefined;
}

/** Whether a body's mention in a statement is the document's body naming itself (我校, 本局). */
function namedAsItself(statement: AnnotatedStatement['statement'], mention: SpannedId): boolean {
  return mention.end - mention.start === 2 && selfReferencesIn(statement.text).includes(mention.start - statement.start);
}

/** The program the statements of a section speak of, where the last that did ends, and whether one referred back to it. */
interface SpokenOf {
  program: string;
  /** The programs listed right before it (「…」及「…」): the statement after speaks of them too. */
  listed?: string[];
  section: string | null;
  end: number;
  referred?: boolean;
}

/**
 * What a statement naming no program goes on speaking of: the program before it, when it refers back to it (`back`:
 * 本年度计划由…主办) or goes on, after a comma, with the sentence of one that did (…，澳门中华学生联合总会协办，共有…参加。), so that
 * the next may place it (学员将分批前往北京…); else nothing.
 */
function carried(previous: SpokenOf | null, statement: AnnotatedStatement['statement'], continues: boolean, back: boolean): SpokenOf | null {
  if (previous === null || previous.section !== statement.sectionId) return null;
  const keeps = back || (previous.referred === true && continues);
  return keeps ? { ...previous, end: statement.end, referred: true } : null;
}

let backReference: RegExp | undefined;

/** How long a short clause saying who speaks (国教署说明，) may be before the clause that refers back. */
const SPEAKER_CLAUSE = 12;

/**
 * Whether a statement opens by referring back to a programme: a word pointing back (该, 本, 本年度 …:
 * programs.backReferences) and a programme's head (本年度计划, 该项目), perhaps after a short clause saying who speaks
 * (国教署说明，本计划…).
 */
function refersBack(text: string): boolean {
  if (!backReference) {
    const { backReferences, heads } = getLexicon().programs;
    backReference = new RegExp(`^(?:[^，,。；;]{1,${SPEAKER_CLAUSE}}[，,])?(?:${alternation(backReferences)})(?:${alternation(heads.keys())})`);
  }
  return backReference.test(text);
}

/** Sets each target's `for`: the program named before it in the statement, else the first free region. */
function assignTargets(item: AnnotatedStatement, ids: ResolvedIds, targets: readonly Target[]): void {
  for (const target of targets) {
    const span = item.targets.find((t) => t.text === target.text);
    const before = ids.programs.filter((p) => !span || p.start <= span.start);
    const program = before[before.length - 1] ?? ids.programs[0];
    const freeRegions = ids.regions.filter((r) => !ids.institutions.some((i) => inside(r, i)));
    target.for = program?.id ?? freeRegions[0]?.id ?? null;
  }
}

/** The targets of a statement that has none (shared). */
const NO_TARGETS: readonly Target[] = [];

/** The names a statement without several clauses or without a programme lets later clauses carry: none (shared). */
const NOTHING_CARRIED: { readonly names: readonly SpannedId[]; readonly ids: ReadonlySet<string> } = { names: [], ids: new Set() };

/** Whether any statement of the document is a row of a table written as text (tableRows reads rows only). */
function writesTable(annotated: readonly AnnotatedStatement[]): boolean {
  for (const { statement } of annotated) if (rowCells(statement.text) !== null) return true;
  return false;
}

/** Makes the region a relation ends at an entity, when the id is a region's and the index lacks it. */
function ensureEndRegion(index: EntityIndex, id: string): void {
  if (id.startsWith('region:') && !index.get(id)) ensureRegion(index, id);
}

/** Derives the document's relations and sets each target's `for`; adds ancestor regions to the index. */
export function relate(
  annotated: AnnotatedStatement[],
  idsByStatement: Map<string, ResolvedIds>,
  index: EntityIndex,
  targets: Target[],
  context: RelateContext,
): Relation[] {
  const relations = new RelationSet();
  const placeable = placeableIds(idsByStatement);
  const targetsByStatement = new Map<string, Target[]>();
  for (const target of targets) {
    const own = targetsByStatement.get(target.statementId);
    if (own) own.push(target);
    else targetsByStatement.set(target.statementId, [target]);
  }

  let listed: string | null = null;
  // Note: the body an earlier statement of the sentence opened with, and where that sentence's last statement ends.
  let subject: { id: string; end: number } | null = null;
  // Note: the organisers the sentence named so far (由甲与乙合办，/ 并由丙协办), and where its last statement ends.
  let organisers: { ids: string[]; end: number } = { ids: [], end: -1 };
  // Note: the programme the sentence named last, and where its last statement ends (「…專項」， / 由甲負責執行).
  let spokenOf = null as { id: string; end: number } | null;
  for (const item of annotated) {
    const ids = idsByStatement.get(item.statement.id);
    const continues: boolean = subject !== null && commaBetween(context.text, subject.end, item.statement.start);
    const carried: string | null = continues && subject !== null ? subject.id : null;
    // Note: a statement introducing a list with partnership wording (新结对的姊妹学校包括：) gives its kind to the items after
    // it that pair two parties with a connective and no wording of their own (（1）甲小学与乙小学；).
    const own = ownCooperationKind(item.statement, ids);
    listed = listed !== null && (own !== null || holdsConnective(item.statement.text)) ? listed : null;
    if (ids) {
      for (const link of ids.partOf) relations.add('PART_OF', link.from, link.to, item.statement.id);
      relateStatement(item, ids, placeable.get(item.statement.id) ?? ids, index, context, relations, own ?? listed, carried);
      assignTargets(item, ids, targetsByStatement.get(item.statement.id) ?? NO_TARGETS);
      const goesOn = commaBetween(context.text, organisers.end, item.statement.start);
      const sentence = goesOn ? organisers.ids : [];
      // Note: the statement's bodies are gathered again only where it names organising (seldom).
      const organised = speaksOfOrganising(item.statement.text)
        ? coOrganised({ text: item.statement.text, start: item.statement.start, institutions: freeInstitutionsOf(ids) }, sentence, context.issuerInstitutionId)
        : NOT_ORGANISED;
      for (const [from, to] of organised.pairs) {
        if (!selfPartnership(index, from, to, context)) relations.add('PARTNERS_WITH', from, to, item.statement.id, getLexicon().partnering.partnerVerbKind);
      }
      // Note: the sentence's list is kept as it is when the statement names no organiser (nearly all): no copy.
      organisers = { ids: organised.organisers.length > 0 ? [...sentence, ...organised.organisers] : sentence, end: item.statement.end };
      const spoken: { id: string; end: number } | null = spokenOf !== null && commaBetween(context.text, spokenOf.end, item.statement.start) ? spokenOf : null;
      if (spoken !== null) agentsOfSpoken(item, ids, spoken.id, relations);
      const last = lastProgramBefore(ids.programs, item.statement.end);
      spokenOf = last !== undefined ? { id: last.id, end: item.statement.end } : spoken !== null ? { id: spoken.id, end: item.statement.end } : null;
    }
    const opens = ids ? openingBody(item.statement.text, item.statement.start, ids.institutions) : null;
    subject = opens !== null ? { id: opens, end: item.statement.end } : carried !== null ? { id: carried, end: item.statement.end } : null;
    const colon = context.text?.[item.statement.end] ?? '';
    if (endsAtColon(item.statement.text, colon)) listed = own ?? listed;
  }
  if (context.headingIds) headingPlacements(annotated, placeable, idsByStatement, context.headingIds, relations);
  listPlacements(annotated, placeable, index, context.headingIds ?? new Set(), relations);
  followingPlacements(annotated, idsByStatement, relations, context.text, context.title ?? null);
  addedHolderPlacements(annotated, placeable, index, relations, context.text);
  itineraryItemPlacements(annotated, placeable, relations, context.text);
  labelPlacements(annotated, placeable, relations, context.text);
  precedingPlacements(annotated, placeable, relations, context.text);
  initialPlacements(annotated, placeable, index, relations);
  policyNamePlacements(annotated, placeable, index, relations);
  // Note: the table readers walk every statement for rows (three walks); most documents write no table, and a walk that
  // meets no row yields none: one walk, stopping at the first row, decides whether they run.
  const tables = writesTable(annotated);
  if (tables) tablePartnerships(annotated, idsByStatement, relations);
  if (tables) tablePlacePairings(annotated, idsByStatement, relations);
  labelledPartnerships(annotated, idsByStatement, relations, context.text);
  if (tables) tablePlacements(annotated, idsByStatement, relations);
  // Note: the issuer's place stands in for a clause without a subject and holds designations named without a place, also
  // when no statement names it (a title only the issuer rule read): every place a relation ends at is an entity.
  for (const relation of relations.all()) {
    ensureEndRegion(index, relation.from);
    ensureEndRegion(index, relation.to);
  }

  for (const entity of index.all()) {
    if (entity.type !== 'INSTITUTION') continue;
    for (const regionId of institutionPlaces(entity, context.issuerRegionId)) {
      ensureRegion(index, regionId);
      for (const mention of entity.mentions) relations.add('LOCATED_IN', entity.id, regionId, mention.statementId);
    }
  }

  const gazetteer = getGazetteer();
  for (const entity of index.all()) {
    if (entity.type !== 'REGION') continue;
    let child = entity.id;
    // Note: a village is in its township (the first nine digits of its code), which no gazetteer holds either.
    const township = entity.kind === 'VILLAGE' && entity.code ? ensureTownship(index, entity.code.slice(0, 9)) : undefined;
    if (township) {
      relations.add('PART_OF', child, township.id, null);
      child = township.id;
    }
    // Note: a township is not in the gazetteer; its county is.
    const county = (entity.kind === 'TOWNSHIP' || entity.kind === 'VILLAGE') && entity.code ? townshipCounty(entity.code) : null;
    if (county && ensureRegion(index, county)) {
      relations.add('PART_OF', child, county, null);
      child = county;
    }
    for (const parent of gazetteer.parentsOf(county ?? entity.id)) {
      ensureRegion(index, parent.id);
      relations.add('PART_OF', child, parent.id, null);
      child = parent.id;
    }
  }
  return relations.all();
}
