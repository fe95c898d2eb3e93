/**
 * Institution extractor: finds institution heads (大学, 学校, 教育局 …) and extends each leftwards over
 * its modifiers up to a boundary, keeping only names with a proper-name part.
 */
import { getGazetteer } from '../../../language/gazetteer/index.js';
import type { Token } from '../../../language/segment/index.js';
import type { Candidate } from '../../model.js';
import type { Extractor } from '../registry.js';
import { placeTokens, regionFlags, withTownships } from '../regionTokens.js';
import { headAt, mayEndHead, partKind, type Head } from './heads.js';
import { extendLeft, type LeftEdge } from './leftEdge.js';
import { CLOSE_BRACKETS, OPEN_BRACKETS } from './brackets.js';
import { listedBodies } from './listed.js';
import { awardedTitles } from '../awarded.js';
import { quotedBodies } from './quoted.js';
import { distinctive, vocab } from './vocabulary.js';
import { fullSarGovernment, issuerNamedShort, partyOpened, peoplesGovernment, sarBureauName, withoutAddressBeforeOwnName, withoutAddressBeforeOwner, withoutForeignCountry } from './canonicalNames.js';
import { insideProgramName, insideQuotedPhrase } from './insidePhrases.js';
import { issuerSelfReferences, issuerWrittenOut, ownSchool } from './issuer.js';
import { nameOf } from './naming.js';
import { sarNamedBodies } from './sarNamed.js';
import { longerShortForm, noteOwnShortForm, ownedByShortForm, settleShortForms, shortFormEdge } from './shortForms.js';
import type { ShortForms } from './shortFormIndex.js';

/** What the institution extractor knows about the document and statement. */
export interface InstitutionContext {
  /** The issuer's city, used to resolve 市教育局 → 宁波市教育局. */
  issuerCity: { name: string; short: string } | null;
  /** The document's place at each administrative prefix (市 → 宁波市, 区 → 鄞州区), to resolve 区教育局 and the like. */
  places?: Readonly<Partial<Record<string, string>>>;
  issuerName?: string | null;
  /** Whether the document dates itself in the Republic of China's calendar (a county's government keeps 县政府 there). */
  rocDated?: boolean;
  /** Region mentions found in the statement: a token they cover counts as a proper name. */
  regionSpans?: Candidate[];
  /** Short forms the document defined before this statement, and where the ones this statement defines are added. */
  shortForms?: ShortForms;
}

/** A body an institution belongs to, and where the candidate's text writes it (absolute offsets; null when it does not). */
export interface ParentBody {
  name: string;
  span: { start: number; end: number } | null;
}

/**
 * An institution candidate; `parents` are the bodies it belongs to, nearest first: a campus such as
 * 香港中文大学(深圳), a unit such as 香港教育大学…研究中心, a sub-body such as 宁波市教育局党组.
 */
export interface InstitutionCandidate extends Candidate {
  parents?: ParentBody[];
}


/**
 * The end of a bracketed campus suffix such as (广州) after token `i`, or -1. An address in brackets, from its province
 * down (厦门大学(福建省厦门市)), says where the body is: no campus; so does a place written with its level (国立台湾大学
 * (台北市), a list's note of each university's city: the place's full name), as a campus is named by its place's short
 * form (香港中文大学(深圳), 北京师范大学(珠海)).
 */
function campusSuffixEnd(tokens: readonly Token[], regions: Uint8Array, i: number): number {
  if (i + 2 >= tokens.length || !OPEN_BRACKETS.has(tokens[i + 1].word)) return -1;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
    if (CLOSE_BRACKETS.has(tokens[k].word)) return k > i + 2 && getGazetteer().lookup(tokens[k - 1].word)?.name !== tokens[k - 1].word ? k : -1;
    if (!(tokens[k].tag === 'ns' || regions[k] === 1) || getGazetteer().lookup(tokens[k].word)?.level === 'PROVINCE') return -1;
  }
  return -1;
}


/**
 * The bodies an institution belongs to, nearest first, each written from the start of the candidate: the core name of a
 * bracketed campus, then the prefixes closed by inner heads (resolved like the name itself, 市教育局党组 → 宁波市教育局).
 */
function parentBodies(start: number, edge: LeftEdge, name: string, surface: string, campusCore: string | null): ParentBody[] {
  const out: ParentBody[] = [];
  const resolvedPrefix = name.length - surface.length;
  if (campusCore !== null) out.push({ name: name.slice(0, resolvedPrefix + campusCore.length), span: { start, end: start + campusCore.length } });
  for (const end of edge.parentEnds) {
    const parent = name.slice(0, resolvedPrefix + (end - start));
    // Note: a ministry named by its field alone (教育部 of 教育部港澳台事务办公室) is one body, however common its words.
    const named = distinctive(parent) >= 2 || vocab().ministryHeadList.some((h) => parent.endsWith(h));
    if (parent.length >= 3 && named && !out.some((p) => p.name === parent)) out.push({ name: parent, span: { start, end } });
  }
  return out;
}

/**
 * Whether a place's name runs into the head (广 + 东院/n + 舍 of 广东院舍: 东 ends 广东).
 * Note: a function, not a closure over the head in the walk's body: that made V8 allocate the body's scope for every token.
 */
function placeRunsInto(regionSpans: readonly Candidate[] | undefined, head: Head): boolean {
  if (!regionSpans) return false;
  for (const r of regionSpans) if (r.start < head.start && head.start < r.end) return true;
  return false;
}

/** Whether one of the parents is the body named `name` (a function, not a closure over the name in the walk). */
function namesParent(parents: readonly ParentBody[], name: string): boolean {
  for (const p of parents) if (p.name === name) return true;
  return false;
}

/**
 * Whether the word ending at token `i` opens a noun of students with the word after it, which the segmenter did not know
 * (香港大学 + 生赴/x: 香港大学生赴内地实习), not a word of its own (北京大学 + 生物系).
 */
function opensStudentNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || (next.tag !== 'x' && next.word.length > 1)) return false;
  const word = tokens[i].word;
  for (const noun of vocab().studentNouns) {
    const head = noun.slice(0, -1);
    if (word.endsWith(head) && next.word.startsWith(noun.slice(-1))) return true;
  }
  return false;
}

/** The word a government's head ends in (人民政府, 政府). */
const GOVERNMENT = '政府';

/** Whether a government head is an attribute of the word after it (政府 + 间, 政府 + 奖学金), naming no body. */
function governmentAttribute(tokens: readonly Token[], i: number, head: Head): boolean {
  const next = tokens[i + 1];
  return next !== undefined && head.kind === 'GOVERNMENT' && head.word.endsWith(GOVERNMENT) && vocab().governmentAttributes.has(next.word);
}

/** Extracts named institutions from one statement; `tokens` are its tokens with absolute offsets. */
export function extractInstitutions(text: string, offset: number, tokens: Token[],
  context: InstitutionContext): InstitutionCandidate[] {
  const regions = withTownships(tokens, regionFlags(tokens, context.regionSpans));
  const school = ownSchool(context.issuerName);
  if (context.shortForms) noteOwnShortForm(text, context.shortForms, school);
  const found: InstitutionCandidate[] = [];
  let limit = Number.POSITIVE_INFINITY;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].end > limit || !mayEndHead(tokens[i])) continue;
    const head = headAt(text, offset, tokens, i);
    // Note: a word naming a pairing of bodies (广东省 + 缔结 + 姊妹学校, 西部 + 姊妹学校: cooperation cues) heads none.
    if (!head || insideQuotedPhrase(text, offset, tokens, i) || insideProgramName(tokens, i) || vocab().pairingWords.has(tokens[i].word)
      || opensStudentNoun(tokens, i) || governmentAttribute(tokens, i, head)) continue;
    // Note: a part's head that a place's name runs into is none (广 + 东院/n + 舍 of 广东院舍: 东 ends 广东).
    if (vocab().partHeads.has(head.word) && placeRunsInto(context.regionSpans, head)) continue;
    const edge = shortFormEdge(extendLeft(tokens, regions, i, head, text, offset), tokens, text, offset, head);
    const start = Math.min(tokens[edge.first].start, head.start);
    const short = longerShortForm(text, offset, start, head.end, context.shortForms);
    if (short) {
      // Note: a short form defined earlier is read whole where the segmenter cut it (再/d + 培训局 of 再培训局).
      found.push({ type: 'INSTITUTION', name: short.owner, kind: head.kind, start: short.start, end: head.end, surface: text.slice(short.start - offset, head.end - offset) });
      limit = short.start;
      continue;
    }
    const suffixEnd = campusSuffixEnd(tokens, regions, i);
    const end = suffixEnd >= 0 ? tokens[suffixEnd].end : head.end;
    const coreName = text.slice(start - offset, head.end - offset);
    const surface = text.slice(start - offset, end - offset);
    const named = nameOf(tokens, regions, i, head, edge, coreName, surface, context);
    if (named === null) continue;
    const unaddressed = withoutAddressBeforeOwnName(named, start, context.regionSpans) ?? withoutForeignCountry(named, start, context.regionSpans)
      ?? withoutAddressBeforeOwner(named, start, context.regionSpans) ?? named;
    const name = issuerNamedShort(peoplesGovernment(unaddressed, context.rocDated), surface, context.issuerName);
    const kind = vocab().partHeads.has(head.word) ? partKind(coreName, head.word) : head.kind;
    const parents = parentBodies(start, edge, name, surface, suffixEnd >= 0 ? coreName : null);
    // Note: a unit named as the issuing school's (学校 + 分析测试中心, 本校 + 海洋研究所) is part of it, unnamed there.
    if (school && name !== school && name.startsWith(school) && !surface.startsWith(school) && !namesParent(parents, school)) {
      parents.push({ name: school, span: null });
    }
    // Note: a SAR government's short form is written out in the name and its parents' (香港特区政府保安局), once the
    // government parent has been recognised by its written form.
    const own = sarBureauName(name, kind, parents);
    const candidate: InstitutionCandidate = { type: 'INSTITUTION', name: fullSarGovernment(own), kind, start, end, surface };
    if (parents.length > 0) candidate.parents = parents.map((p) => ({ ...p, name: fullSarGovernment(p.name) }));
    partyOpened(candidate, text, offset);
    ownedByShortForm(candidate, text, offset, context.shortForms);
    found.push(candidate);
    // Note: the bodies a joint body is named after are read on their own too.
    limit = edge.joint === undefined ? start : head.start;
  }
  const named = found.reverse();
  // Note: a SAR's fund named with the SAR's name (澳门特别行政区科学技术发展基金) is one of its bodies.
  const sarBodies = sarNamedBodies(text, offset, context.regionSpans, named);
  return settleShortForms(sarBodies.length === 0 ? named : [...named, ...sarBodies].sort((a, b) => a.start - b.start), text, offset, context.shortForms);
}

/**
 * The candidates inside none of `spans`.
 * Note: the filters are functions of their own, not closures in the extractor: a closure over a list there made V8
 * allocate the extractor's scope for every statement.
 */
function notInside<C extends Candidate>(candidates: readonly C[], spans: readonly Candidate[]): C[] {
  return candidates.filter((c) => !spans.some((s) => s.start <= c.start && c.end <= s.end));
}

/** The candidates overlapping none of `spans`. */
function overlappingNone<C extends Candidate>(candidates: readonly C[], spans: readonly Candidate[]): C[] {
  return candidates.filter((c) => !spans.some((s) => s.start < c.end && c.start < s.end));
}

/** Whether a place is named as the text's own (本港, 我市) among the region mentions. */
function anyDeictic(regions: readonly Candidate[]): boolean {
  for (const r of regions) if (r.deictic) return true;
  return false;
}

/** The region mentions that name a place by name, not as the text's own. */
function notDeictic(regions: readonly Candidate[]): Candidate[] {
  return regions.filter((r) => !r.deictic);
}

/** The institution extractor of the registry (after regions, whose spans count as proper names). */
export const institutionExtractor: Extractor<'institutions'> = {
  key: 'institutions',
  extract: ({ statement, tokens: cutTokens, document }, found) => {
    // Note: a place a text calls its own (本港, 我市) opens no name: 本港大学 are Hong Kong's universities.
    const regions = found.regions && anyDeictic(found.regions) ? notDeictic(found.regions) : found.regions;
    const tokens = placeTokens(cutTokens, regions);
    const named = extractInstitutions(statement.text, statement.start, tokens, {
      issuerCity: document.issuerCity,
      places: document.places,
      issuerName: document.issuerName,
      rocDated: document.rocDated,
      regionSpans: regions,
      shortForms: document.shortForms,
    });
    const flags = regionFlags(tokens, regions);
    // Note: a title awarded to a body (获批国家地方联合工程研究中心) is a designation, not a body of that name.
    const titles = awardedTitles(statement.text, statement.start, tokens, flags);
    const untitled = titles.length === 0 ? named : notInside(named, titles);
    // Note: a body quoted in full (成立「零碳制造技术联合研究中心」) is read whole, over the fragments read inside it.
    // Note: the lists are copied only where something is dropped or added (most statements name no body).
    const quotedAll = quotedBodies(statement.text, statement.start);
    const quoted = quotedAll.length === 0 || titles.length === 0 ? quotedAll : overlappingNone(quotedAll, titles);
    let bodies = quoted.length === 0 ? untitled : [...notInside(untitled, quoted), ...quoted].sort((a, b) => a.start - b.start);
    const listedAll = listedBodies(statement.text, statement.start, tokens, flags, bodies);
    // Note: the issuer's name written out is the issuer, over what its words read alone made of it (…支援和东西部协作办公室:
    // 和 parts a name), unless a body read there holds it whole (its unit: 某某局 + 办公室).
    const writtenAll = issuerWrittenOut(statement.text, statement.start, document.issuerName);
    const written = writtenAll.length === 0 ? writtenAll : notInside(writtenAll, [...bodies, ...listedAll]);
    const listed = written.length === 0 ? listedAll : [...notInside(listedAll, written), ...written];
    if (written.length > 0) bodies = notInside(bodies, written);
    const selfAll = issuerSelfReferences(statement.text, statement.start, tokens, document.issuerName);
    if (selfAll.length === 0) return listed.length === 0 ? bodies : [...bodies, ...listed].sort((a, b) => a.start - b.start);
    const all = [...bodies, ...listed];
    const self = overlappingNone(selfAll, all);
    return listed.length === 0 && self.length === 0 ? bodies : [...all, ...self].sort((a, b) => a.start - b.start);
  },
};
