/**
 * PARTNERS_WITH between the parties a cooperation clause names (ANNOTATION.md): the party before 与/同 and each partner
 * after it; the party of an aid or visit verb and its object (帮扶毕节, 赴澳门大学); coordinated institutions that sign
 * together; the home member of a compound abbreviation and the others (穗港澳 → 广州–香港, 广州–澳门). The clause's or
 * statement's subject is the party; the issuer stands in only when the clause has none.
 */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { vocab } from '../extract/institutions/vocabulary.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { alternation } from '../../language/match/alternation.js';
import { allHan } from '../../language/match/tokens.js';
import type { SpannedId } from '../resolve.js';
import { bracketAfter, type Clause } from './clauses.js';
import { SUBJECT_WINDOW, withinOpening } from './subjects.js';
import { holdsPartnerField } from './tablePartners.js';

/** What the rules need to know about one statement with cooperation wording. */
export interface PartnerInput {
  text: string;
  start: number;
  clauses: readonly Clause[];
  /** Free institution and region mentions (outside program names), sorted by start. */
  parties: readonly SpannedId[];
  /** Ids of the institutions among the parties. */
  institutionIds: ReadonlySet<string>;
  /** The issuing body, else its region: the party when a clause names none. */
  issuerId: string | null;
  /** The body an earlier statement of the same sentence opened with: the party, before the issuer, when a clause names none. */
  sentenceSubjectId?: string | null;
  /** The issuer's region: the party of aid when a clause names none and the aided are all places. */
  issuerPlaceId: string | null;
  homeRegionIds: ReadonlySet<string>;
}

let connectiveList: readonly string[] | undefined;

/**
 * The lexicon's connectives as a list, built once.
 * Note: walking the set made an iterator result per word, and `[...connectives]` a copy per party.
 */
function connectiveWords(): readonly string[] {
  connectiveList ??= [...getLexicon().partnering.connectives];
  return connectiveList;
}

/** Whether a text holds a word joining a party to its partner (与, 同, 联合 …). */
export function holdsConnective(text: string): boolean {
  for (const c of connectiveWords()) if (text.includes(c)) return true;
  return false;
}

/** Notes in brackets after a name (its short form, its English name): no words of the clause. */
const BRACKETED_NOTE = /[（(][^（）()]*[）)]/g;

/** The text between two mentions without the notes in brackets after the first (甲（以下简称“乙”）、丙). */
function between(text: string): string {
  return (text.includes('（') || text.includes('(') ? text.replace(BRACKETED_NOTE, '') : text).trim();
}

/**
 * The parties outside the notes in brackets right after a party's name: what a note names (the place of 中山水务 in
 * 甲（以下简称“中山水务”）) is said of the party, not a party of its own. `parties` are sorted by start.
 */
export function outsideNotes(text: string, start: number, parties: readonly SpannedId[]): SpannedId[] {
  if (!text.includes('（') && !text.includes('(')) return [...parties];
  const out: SpannedId[] = [];
  let noteEnd = -1;
  for (const p of parties) {
    if (p.start < noteEnd) continue;
    out.push(p);
    const at = p.end - start;
    const after = bracketAfter(text, at);
    if (after === at) continue;
    // Note: a bracket that says what the party does with another (甲（与本院某系合办…）) is a clause, not a note.
    if (!holdsConnective(text.slice(at + 1, after - 1))) noteEnd = start + after - 1;
  }
  return out;
}

/**
 * The parties with those that only say whose the next one is folded into it (与 + 文化局辖下澳门演艺学院戏剧学校: the school,
 * standing where its owner's name starts): a body right before a word saying a body is under it (辖下, 旗下, 所属) is
 * no party of its own. `parties` are sorted by start.
 */
export function withoutOwners(text: string, start: number, parties: readonly SpannedId[]): SpannedId[] {
  const { underWords } = getLexicon().institutions;
  const out: SpannedId[] = [];
  for (let k = 0; k < parties.length; k++) {
    const p = parties[k];
    let j = k + 1;
    while (j < parties.length && parties[j].start < p.end) j++;
    if (j < parties.length && underWords.has(text.slice(p.end - start, parties[j].start - start))) {
      out.push({ ...parties[j], start: p.start });
      k = j;
    } else out.push(p);
  }
  return out;
}

/** Whether the text between two mentions only lists them (、 和 及). */
function listed(text: string): boolean {
  const t = between(text);
  return t === '' || getLexicon().partnering.listMarks.includes(t);
}

/** The group of mentions (all ids of each) contiguous with `from`, walking by `step` while only list marks separate them. */
function group(input: PartnerInput, inClause: readonly SpannedId[], index: number, step: 1 | -1): SpannedId[] {
  const out: SpannedId[] = [];
  for (let k = index; k >= 0 && k < inClause.length; k += step) {
    const m = inClause[k];
    if (out.length > 0) {
      const prev = out[out.length - 1];
      const [a, b] = step === 1 ? [prev, m] : [m, prev];
      if (a.start === b.start) {
        out.push(m);
        continue;
      }
      if (!listed(input.text.slice(a.end - input.start, b.start - input.start))) break;
    }
    out.push(m);
  }
  return out;
}

/** How far after an aid or visit verb its object may start (帮扶毕节, 赴澳门大学, 对口支援新疆). */
const OBJECT_WINDOW = 1;

/**
 * The mentions the clause opens with (its subject); else the institutions the statement opens with (a region opening
 * an earlier clause is usually a scope, 深化粤港澳合作, not the party).
 */
function subjectOf(input: PartnerInput, clause: Clause, inClause: readonly SpannedId[]): SpannedId[] {
  const own = openingGroup(input, clause, inClause);
  if (own.length > 0) return own;
  const first = input.clauses[0];
  if (!first || first === clause) return [];
  return openingGroup(input, first, partiesIn(input, first)).filter((m) => input.institutionIds.has(m.id));
}

/**
 * The group of mentions a clause opens with, or none. `mentions` are the clause's, in order.
 * Note: a function of the module, not an arrow made in subjectOf at each call (under tsx each such arrow is also named by
 * esbuild's __name helper as it is made).
 */
function openingGroup(input: PartnerInput, clause: Clause, mentions: readonly SpannedId[]): SpannedId[] {
  // Note: a group right after a connective is its clause's partners (学校 + 与 + 甲、乙签署…), not its subject: nor the subject
  // of a later clause without one (…，新增合作协议12项 had paired 甲 with 乙).
  return mentions.length > 0 && mentions[0].start - clause.start - numbered(input, clause) <= SUBJECT_WINDOW
    && !afterConnective(input, clause, mentions[0]) && !afterOrigin(input, clause, mentions[0]) ? group(input, mentions, 0, 1) : [];
}

/** A paragraph's number opening a statement (132. of a policy address, whose numbers no outline marker reads). */
const PARAGRAPH_NUMBER = /^\d{1,3}\.(?!\d)\s*/;

/** How many characters of a paragraph's number open the clause: no words of it. */
function numbered(input: PartnerInput, clause: Clause): number {
  return clause.start === input.start ? PARAGRAPH_NUMBER.exec(input.text)?.[0].length ?? 0 : 0;
}

/** Whether one of the words stands right before the mention in its clause. */
function afterWordOf(words: readonly string[], input: PartnerInput, clause: Clause, mention: SpannedId): boolean {
  const opening = input.text.slice(clause.start - input.start, mention.start - input.start);
  return words.some((word) => opening.endsWith(word));
}

/** Whether a word of origin stands right before the mention (共有来自 + 甲大学、乙大学…的学生): it qualifies people. */
function afterOrigin(input: PartnerInput, clause: Clause, mention: SpannedId): boolean {
  return afterWordOf(getLexicon().partnering.originWords, input, clause, mention);
}

/** Whether a connective stands right before the mention, after the clause's opening words (学校 + 与 + 剑桥大学): its partner. */
function afterConnective(input: PartnerInput, clause: Clause, mention: SpannedId): boolean {
  const opening = input.text.slice(clause.start - input.start, mention.start - input.start);
  for (const connective of connectiveWords()) if (opening.endsWith(connective)) return true;
  return false;
}

/** What may follow the last of a list at its clause's end (…及丁公司等). */
const LIST_TAIL = /^[等]?[。;；,，]?$/;

/** Whether nothing but a list's tail follows the last of the mentions in their clause. */
function listEndsClause(input: PartnerInput, clause: Clause, mentions: readonly SpannedId[]): boolean {
  let end = 0;
  for (const m of mentions) end = Math.max(end, m.end);
  return LIST_TAIL.test(input.text.slice(end - input.start, clause.end - input.start));
}

/** Whether an absolute offset lies inside one of the mentions. */
function inMention(mentions: readonly SpannedId[], at: number): boolean {
  for (const m of mentions) if (at >= m.start && at < m.end) return true;
  return false;
}

/**
 * Where in the clause the words of the list occur outside any mention, as absolute offsets, in order of position.
 * Note: a test over the mentions by a function of its own, not a closure over each match's offset (V8 made one per match).
 */
function occurrences(input: PartnerInput, clause: Clause, words: readonly string[], inClause: readonly SpannedId[]): { at: number; word: string }[] {
  const text = input.text.slice(clause.start - input.start, clause.end - input.start);
  const out: { at: number; word: string }[] = [];
  for (const word of words) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const at = clause.start + i;
      if (!inMention(inClause, at)) out.push({ at, word });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Pairs written one after another at the clause's opening (推动 + 济南市与刚察县、青岛市与祁连县…结对): each party with its
 * own partner, when there are two or more such pairs; else null.
 */
function chainedPairs(input: PartnerInput, inClause: readonly SpannedId[]): [string, string][] | null {
  const { connectives, listMarks } = getLexicon().partnering;
  // Note: a pair may open with an address (广州市 + 天河区 + 与都匀市、海珠区与荔波县…, 镇海区澥浦镇与我县紧水滩镇): its
  // party is where it ends, the words between two parties those before the next one's address.
  const groups = addressedSpans(spans(inClause));
  const pairs: [string, string][] = [];
  let links = 0;
  for (let k = 0; k + 1 < groups.length && connectives.has(wordsBetween(input, groups[k], groups[k + 1])); k += 2) {
    for (const p of groups[k].group) for (const q of groups[k + 1].group) pairs.push([p.id, q.id]);
    links++;
    if (k + 2 >= groups.length || !listMarks.includes(wordsBetween(input, groups[k + 1], groups[k + 2]))) break;
  }
  return links >= 2 ? pairs : null;
}

/**
 * The words between a party and the address of the next (notes in brackets apart).
 * Note: a function of the module, not an arrow made in chainedPairs at each call (under tsx each such arrow is also named
 * by esbuild's __name helper as it is made).
 */
function wordsBetween(input: PartnerInput, a: AddressedSpan, b: AddressedSpan): string {
  return between(input.text.slice(a.group[0].end - input.start, b.from - input.start));
}

/** A span of mentions that ends an address, and where the address starts. */
interface AddressedSpan {
  group: SpannedId[];
  from: number;
}

/** The spans less each that only opens an address (opensAddress), each with where its address starts. */
function addressedSpans(groups: readonly SpannedId[][]): AddressedSpan[] {
  const out: AddressedSpan[] = [];
  let from: number | null = null;
  groups.forEach((group, k) => {
    if (opensAddress(group, groups[k + 1])) from ??= group[0].start;
    else {
      out.push({ group, from: from ?? group[0].start });
      from = null;
    }
  });
  return out;
}

/** Whether a span only opens an address: one place, the next span right after it one place lying in it (重庆市 + 城口县). */
function opensAddress(group: readonly SpannedId[], next: readonly SpannedId[] | undefined): boolean {
  return next !== undefined && next[0].start === group[group.length - 1].end && group.length === 1 && next.length === 1 && getGazetteer().liesIn(next[0].id, group[0].id);
}

/** The pairs of one clause: party × partners around a connective, aid verb or visit verb. */
function clausePairs(input: PartnerInput, clause: Clause): [string, string][] {
  const inClause = partiesIn(input, clause);
  // Note: a clause naming no party has no partners after a hinge either (six clauses in ten here): no search of its words.
  if (inClause.length === 0) return [];
  const chained = chainedPairs(input, inClause);
  if (chained) return chained;
  const { aidVerbs, visitVerbs } = getLexicon().partnering;
  const joined = partnersAfter(input, clause, inClause, connectiveWords(), 0);
  const aided = joined ? null : partnersAfter(input, clause, inClause, aidVerbs, OBJECT_WINDOW);
  const partners = joined ?? aided ?? partnersAfter(input, clause, inClause, visitVerbs, OBJECT_WINDOW) ?? aidObjects(input, clause, inClause);
  if (!partners) return [];
  const { hinge, members } = partners;
  const aid = partners === aided || getLexicon().partnering.aidObjectMarkers.includes(hinge.word);
  const beforeIndex = inClause.findLastIndex((m) => m.end <= hinge.at);
  let parties = beforeIndex >= 0 && listed(input.text.slice(inClause[beforeIndex].end - input.start, hinge.at - input.start))
    ? group(input, inClause, beforeIndex, -1).sort((a, b) => a.start - b.start)
    : subjectOf(input, clause, inClause.slice(0, Math.max(0, beforeIndex + 1)));
  // Note: places that describe the body after them are no party (位于 + 东莞市 + 的 + 香港城市大学（东莞）则与…): the body is.
  parties = describedBody(input, inClause, parties) ?? parties;
  // Note: places listed after a word of where things lie (分布在甲、乙与丙) are joined by the connective as a list is.
  if (parties.length > 0 && afterWordOf(getLexicon().partnering.locationWords, input, clause, parties[0])) return [];
  // Note: places a venue mark sets are where the clause happens, no party (在 + 北京 + 与甲签署…, 圣大 + 在 + 里约热内卢 +
  // 与乙…): the clause's subject before them is, or the stand-in.
  if (parties.length > 0 && parties.every(isRegion) && venue(input, clause, parties[0])) {
    parties = subjectOf(input, clause, inClause.slice(0, inClause.indexOf(parties[0])));
  }
  // Note: aid between places is the places' (对口支援…县, 分别为毕节市…培训, gold README: 广州市 → 毕节市): with only places
  // as partners of aid, the issuer's place stands in; other cooperation without a subject is the issuer's.
  const standIn = aid && members.every((m) => !input.institutionIds.has(m.id)) ? input.issuerPlaceId ?? input.issuerId
    : opensWithHinge(input, clause, hinge.at) ? input.sentenceSubjectId ?? input.issuerId : input.issuerId;
  if (parties.length === 0 && standIn) parties = [{ id: standIn, start: -1, end: -1 }];
  const pairs: [string, string][] = [];
  const respective = respectively(input, clause, parties, members);
  if (respective) {
    // Note: 甲、乙分别帮扶丙、丁 pairs the lists member by member (every id of a mention: a compound names several).
    const [partySpans, memberSpans] = respective;
    partySpans.forEach((ps, k) => { for (const p of ps) for (const q of memberSpans[k]) pairs.push([p.id, q.id]); });
    return pairs;
  }
  for (const p of parties) for (const q of members) pairs.push([p.id, q.id]);
  // Note: a second connective right after those a word of going along with names (甲联同乙 + 与 + 丙合办) names whom
  // both work with.
  const second = partners === joined && getLexicon().partnering.alongWords.includes(hinge.word) ? alsoJoined(input, inClause, members) : [];
  for (const p of [...parties, ...members]) for (const q of second) pairs.push([p.id, q.id]);
  return pairs;
}

/**
 * Whether a venue mark sets the place where the clause happens (在 + 北京 + 与甲签署…), not a frame the clause closes (在 +
 * 吉林省与浙江省对口合作框架 + 下: the places are its parties).
 */
function venue(input: PartnerInput, clause: Clause, place: SpannedId): boolean {
  const { venueMarks, venueFrameEnds } = getLexicon().partnering;
  const last = input.text[clause.end - input.start - 1];
  return afterWordOf(venueMarks, input, clause, place) && !venueFrameEnds.includes(last);
}

/** Whether a mention is a place's. */
function isRegion(mention: SpannedId): boolean {
  return mention.id.startsWith('region:');
}

/** Where a group of mentions ends (its last member's end). */
function groupEnd(members: readonly SpannedId[]): number {
  let end = 0;
  for (const m of members) end = Math.max(end, m.end);
  return end;
}

/** The group right after a connective that follows the last of `members` with nothing between them, or none. */
function alsoJoined(input: PartnerInput, inClause: readonly SpannedId[], members: readonly SpannedId[]): SpannedId[] {
  const end = groupEnd(members);
  const next = firstFrom(inClause, end);
  if (next < 0) return [];
  const gap = input.text.slice(end - input.start, inClause[next].start - input.start);
  return getLexicon().partnering.connectives.has(gap) ? group(input, inClause, next, 1) : [];
}

/** The mentions grouped by span, in order (a compound abbreviation is one span of several ids). */
function spans(mentions: readonly SpannedId[]): SpannedId[][] {
  const out: SpannedId[][] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && last[0].start === m.start && last[0].end === m.end) last.push(m);
    else out.push([m]);
  }
  return out;
}

/** The spans less each that only opens an address (重庆市 + 城口县: the address names 城口县), as a list of places is read. */
function addressEnds(groups: readonly SpannedId[][]): SpannedId[][] {
  return addressedSpans(groups).map((a) => a.group);
}

/**
 * Whether the clause opens with its connective or verb, after a date at most (…，113年 + 与越南…合作): only then does it go
 * on with the subject its sentence opened with (…成为…的 + 内地 + 与香港合作办学机构 describes, it does not go on).
 */
function opensWithHinge(input: PartnerInput, clause: Clause, at: number): boolean {
  return withinOpening(input.text.slice(clause.start - input.start, at - input.start));
}

/** Whether the clause says its parties act each on their own (甲、乙分别帮扶丙、丁). */
function saysRespectively(input: PartnerInput, clause: Clause): boolean {
  const text = input.text.slice(clause.start - input.start, clause.end - input.start);
  return getLexicon().partnering.respectively.some((w) => text.includes(w));
}

/**
 * The two lists a clause pairs member by member (分别), each member a mention's span of ids and an address one member where
 * it ends (渝北区大盛镇青龙村、涪陵区江北街道二渡村 + 分别与 + …), when it says so and they are as long; else null.
 */
function respectively(input: PartnerInput, clause: Clause, parties: readonly SpannedId[], members: readonly SpannedId[]):
  [SpannedId[][], SpannedId[][]] | null {
  if (!saysRespectively(input, clause)) return null;
  const partySpans = addressEnds(spans(parties));
  const memberSpans = addressEnds(spans(members));
  return partySpans.length > 1 && partySpans.length === memberSpans.length ? [partySpans, memberSpans] : null;
}

/**
 * The partners right after a hinge word (与, 帮扶, 赴 …) of the clause, and where the hinge is: the first hinge a mention
 * follows (同时与甲: 与, not the 同 of 同时).
 */
function partnersAfter(input: PartnerInput, clause: Clause, inClause: readonly SpannedId[], words: readonly string[], window: number):
  { hinge: { at: number; word: string }; members: SpannedId[] } | null {
  for (const hinge of occurrences(input, clause, words, inClause)) {
    const end = hinge.at + hinge.word.length;
    const after = firstFrom(inClause, end);
    if (after < 0) continue;
    const members = group(input, inClause, after, 1);
    if (inClause[after].start - end <= window || pairingBetween(input, end, inClause[after].start) || legalFormBetween(input, end, inClause[after].start)
      || unlistedLevelsOf(input.text.slice(end - input.start, inClause[after].start - input.start))) {
      const described = describedBody(input, inClause, members);
      if (described) return { hinge, members: described };
      // Note: places that say where unnamed partners are from (与 + 美国、日本及捷克 + 伙伴签署…) name no party.
      if (qualifyClass(input, members)) continue;
      return { hinge, members };
    }
    // Note: a location word before the places that describe the partner (与 + 位于 + 广州市越秀区的 + 南越王博物院).
    const described = locatedBetween(input, end, inClause[after].start) ? describedBody(input, inClause, members) : null;
    if (described) return { hinge, members: described };
  }
  return null;
}

/** What may stand between places and the class they qualify: 等国, 等地, and a count (共247所). */
const CLASS_GAP = /^(?:等[国地省市]?(?:家|区)?)?(?:共?[0-9０-９,，]+[所家个间名位])?/;

/**
 * Whether a group of places qualifies a class of unnamed partners written right after them (美国、日本及捷克 + 伙伴, 德国 + 等国
 * + 企业): partnering.qualifiedClasses.
 */
function qualifyClass(input: PartnerInput, members: readonly SpannedId[]): boolean {
  if (members.length === 0 || members.some((m) => input.institutionIds.has(m.id))) return false;
  const end = groupEnd(members);
  const rest = input.text.slice(end - input.start);
  const after = rest.slice(CLASS_GAP.exec(rest)?.[0].length ?? 0);
  return getLexicon().partnering.qualifiedClasses.some((noun) => after.startsWith(noun));
}

/**
 * The bodies a group of places describes, written after them and 的 (与 + 广州市越秀区 + 的 + 南越王博物院): the places say
 * where the partner is; or null when the group is not such places.
 */
function describedBody(input: PartnerInput, inClause: readonly SpannedId[], members: readonly SpannedId[]): SpannedId[] | null {
  if (members.length === 0 || members.some((m) => input.institutionIds.has(m.id))) return null;
  const end = groupEnd(members);
  const next = firstFrom(inClause, end);
  if (next < 0 || !input.institutionIds.has(inClause[next].id)) return null;
  const gap = input.text.slice(end - input.start, inClause[next].start - input.start);
  return gap === '的' || unlistedLevelsOf(gap) ? group(input, inClause, next, 1) : null;
}

/**
 * How long the lower levels of an address abroad that no gazetteer holds may be (檳城州, 沖繩縣石垣市), or the level a listed
 * division's name was read without (槟城 + 州的).
 */
const UNLISTED_LEVELS = { min: 1, max: 8 } as const;

/**
 * Whether a gap is lower levels of an address no gazetteer holds and 的 (与 + 马来西亚 + 檳城州的 + 檳華女子獨立中學): they
 * describe the body after them as the listed place before them does.
 */
function unlistedLevelsOf(gap: string): boolean {
  if (!gap.endsWith('的')) return false;
  const levels = gap.slice(0, -1);
  return levels.length >= UNLISTED_LEVELS.min && levels.length <= UNLISTED_LEVELS.max && allHan(levels)
    && getLexicon().regions.unlistedLevelChars.has(levels[levels.length - 1]) && !getLexicon().names.actionWords.has(levels);
}

/** Whether only a word of where things lie stands between a hinge and the places after it (与 + 位于 + 广州市…). */
function locatedBetween(input: PartnerInput, from: number, to: number): boolean {
  return getLexicon().partnering.locationWords.includes(input.text.slice(from - input.start, to - input.start));
}

/**
 * Whether only a word naming a pairing stands between a hinge and the partner after it (与 + 姊妹学校 + 沙田信望书院): it
 * says what the partner is to the party.
 */
function pairingBetween(input: PartnerInput, from: number, to: number): boolean {
  return onlyWordBetween(vocab().pairingWords, input, from, to);
}

/** Whether only a body's legal form stands between a hinge and the partner after it (与 + 公益财团法人 + 大阪产业局). */
function legalFormBetween(input: PartnerInput, from: number, to: number): boolean {
  return onlyWordBetween(getLexicon().institutions.legalForms, input, from, to);
}

/** Whether the text between document offsets `from` and `to` is, spaces apart, one of `words`. */
function onlyWordBetween(words: ReadonlySet<string>, input: PartnerInput, from: number, to: number): boolean {
  return to > from && words.has(input.text.slice(from - input.start, to - input.start).trim());
}

/** The index of the first mention starting at or after `at`, or -1 (a loop, not a closure over each hinge). */
function firstFrom(mentions: readonly SpannedId[], at: number): number {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].start >= at) return k;
  return -1;
}

/** The object of aid marked before the aid verb (对毕节…开展帮扶): the mentions after 对/向 when the clause has an aid verb. */
function aidObjects(input: PartnerInput, clause: Clause, inClause: readonly SpannedId[]): { hinge: { at: number; word: string }; members: SpannedId[] } | null {
  const { aidVerbs, aidObjectMarkers } = getLexicon().partnering;
  // Note: the object is read first: most clauses have none, and they need no search of every clause for an aid verb.
  const objects = partnersAfter(input, clause, inClause, aidObjectMarkers, 0);
  // Note: the aid may be named in another clause of the statement (开展…帮扶, 分别为毕节市、黔南州培训…).
  if (objects === null || !input.clauses.some((c) => occurrences(input, c, aidVerbs, partiesIn(input, c)).length > 0)) return null;
  return objects;
}

/**
 * The parties that lie wholly inside the clause, in order.
 * Note: a function of its own, not a closure over the clause in the callers' loops (V8 allocated the loop body's scope
 * for every clause).
 */
function partiesIn(input: PartnerInput, clause: Clause): SpannedId[] {
  const out: SpannedId[] = [];
  for (const m of input.parties) if (m.start >= clause.start && m.end <= clause.end) out.push(m);
  return out;
}

/** The first of the members that is one of the home regions, if any. */
function homeMember(input: PartnerInput, members: readonly SpannedId[]): SpannedId | undefined {
  for (const m of members) if (input.homeRegionIds.has(m.id)) return m;
  return undefined;
}

/** Coordinated institutions that act together (甲大学、乙学院签署…), and compound abbreviations with a home member. */
function coordinatedPairs(input: PartnerInput): [string, string][] {
  const pairs: [string, string][] = [];
  for (const clause of input.clauses) {
    const inClause = partiesIn(input, clause);
    // Note: a group right after a connective is the partners of someone else (同甲、乙、丙合作), not a coordinated subject.
    if (inClause.length > 0 && afterConnective(input, clause, inClause[0])) continue;
    // Note: nor is a group an inclusion word lists to the clause's end (合作机构…，包括甲公司、乙公司及丙公司): examples of
    // something else; one that goes on to act is a subject (包括甲大学及乙研究院合办的…).
    if (inClause.length > 0 && afterWordOf(getLexicon().programs.inclusionWords, input, clause, inClause[0]) && listEndsClause(input, clause, inClause)) continue;
    // Note: nor are parties that act each on their own (甲、乙分别帮扶丙、丁).
    if (saysRespectively(input, clause)) continue;
    const subject = subjectOf(input, clause, inClause);
    // Note: nor are parties that together partner someone a connective names after them (华侨大学、集美大学 + 与 + 新加坡高校
    // 合作办学): each is the partner's.
    const institutions = beforeConnective(input, subject) ? [] : subject.filter((m) => input.institutionIds.has(m.id));
    for (let i = 0; i < institutions.length; i++) for (let j = i + 1; j < institutions.length; j++) pairs.push([institutions[i].id, institutions[j].id]);
    const spans = new Map<number, SpannedId[]>();
    for (const m of inClause) {
      if (input.institutionIds.has(m.id)) continue;
      const at = spans.get(m.start);
      if (at) at.push(m);
      else spans.set(m.start, [m]);
    }
    for (const members of spans.values()) {
      const home = homeMember(input, members);
      if (members.length > 1 && home) for (const m of members) if (m !== home) pairs.push([home.id, m.id]);
    }
  }
  return pairs;
}

/** Whether a connective follows the group right after its last member (甲、乙 + 与 + 丙). */
function beforeConnective(input: PartnerInput, group: readonly SpannedId[]): boolean {
  if (group.length === 0) return false;
  let end = 0;
  for (const m of group) end = Math.max(end, m.end - input.start);
  for (const c of connectiveWords()) if (input.text.startsWith(c, end)) return true;
  return false;
}

/**
 * Whether the statement joins a connective's partners to a verb of doing together (与甲、乙建立…机制, 并与丙共享…): cooperation
 * without a cue word. `parties` are sorted by start.
 */
export function partnersJoinedByVerb(text: string, start: number, parties: readonly SpannedId[]): boolean {
  const { partnerVerbs } = getLexicon().partnering;
  for (let k = 0; k < parties.length; k++) {
    const at = parties[k].start - start;
    if (!endsWithConnective(text, at)) continue;
    let end = parties[k].end;
    for (let j = k + 1; j < parties.length && (parties[j].start < end || listed(text.slice(end - start, parties[j].start - start))); j++) {
      end = Math.max(end, parties[j].end);
    }
    const after = text.slice(end - start);
    if (partnerVerbs.some((v) => after.startsWith(v))) return true;
  }
  return false;
}

/** Whether a connective ends right at `at` in the text. */
function endsWithConnective(text: string, at: number): boolean {
  for (const c of connectiveWords()) if (at >= c.length && text.startsWith(c, at - c.length)) return true;
  return false;
}

/** How many characters may qualify the aid received (大力, 倾力, 无私): 的 + these + 帮扶 + 下. */
const AID_QUALIFIER = 4;
/** The locative opening a frame of aid received (在 + 厦门市…的帮扶下). */
const AID_OPENS = '在';
/** The frame of aid received, built once from the lexicon: 的 + a qualifier + an aid noun + 下. */
let aidReceived: RegExp | undefined;

/** The frame of aid received (的倾力帮扶下, 的大力支持下). */
function aidReceivedFrame(): RegExp {
  return (aidReceived ??= new RegExp(`的[^，。；、,;]{0,${AID_QUALIFIER}}?(?:${alternation(getLexicon().partnering.aidReceivedNouns)})下`));
}

/** Whether a statement is written in the frame of aid received (…的大力支持下): cooperation wording of its own. */
export function receivesAid(text: string): boolean {
  return text.includes('下') && aidReceivedFrame().test(text);
}

/**
 * The pairs of aid received (在厦门市及思明区、海沧区的倾力帮扶下): each aiding place with the place the document is about,
 * when the places aiding are other places than it and those it lies in (在广东省的大力支持下 in a Guangzhou text is no aid).
 */
function aidReceivedPairs(input: PartnerInput, clause: Clause): [string, string][] {
  const home = input.issuerPlaceId;
  if (home === null) return [];
  const text = input.text.slice(clause.start - input.start, clause.end - input.start);
  const frame = aidReceivedFrame().exec(text);
  if (frame === null) return [];
  const inClause = partiesIn(input, clause);
  const last = inClause.findLastIndex((m) => m.end === clause.start + frame.index);
  if (last < 0) return [];
  const members = group(input, inClause, last, -1);
  const first = members[members.length - 1];
  if (input.text[first.start - input.start - 1] !== AID_OPENS) return [];
  const aiding = members.filter((m) => !input.institutionIds.has(m.id) && m.id !== home && !getGazetteer().liesIn(home, m.id));
  return aiding.length === members.length ? aiding.map((m): [string, string] => [m.id, home]) : [];
}


/** The pairs of aid received of a statement with no other cooperation wording (在上海市、山东省的大力支持下). */
export function receivedAidPairs(input: PartnerInput): [string, string][] {
  return input.clauses.flatMap((clause) => aidReceivedPairs(input, clause));
}

/** The partner pairs of a statement with cooperation wording (party first). */
export function partnerPairs(input: PartnerInput): [string, string][] {
  // Note: loops into one list, not a flatMap of spread lists (three arrays per clause); a clause holds the frame of aid
  // received only where its statement does (seldom): no clause's text is sliced for it otherwise.
  const aid = receivesAid(input.text);
  const pairs: [string, string][] = [];
  for (const clause of input.clauses) {
    for (const pair of clausePairs(input, clause)) pairs.push(pair);
    if (aid) for (const pair of aidReceivedPairs(input, clause)) pairs.push(pair);
  }
  // Note: a field labelled with the partners' role (共建单位：乙、丙) lists the partners of the lead its entry names in
  // another field (tablePartners.ts labelledPartnerships), not partners of each other.
  if (holdsPartnerField(input.text)) return pairs;
  const coordinated = coordinatedPairs(input);
  if (coordinated.length === 0) return pairs;
  const seen = new Set(pairs.map(([a, b]) => `${a}|${b}`));
  for (const [a, b] of coordinated) if (!seen.has(`${a}|${b}`) && !seen.has(`${b}|${a}`)) pairs.push([a, b]);
  return pairs;
}
