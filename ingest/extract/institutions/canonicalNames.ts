/**
 * Canonical names: a body's name as read, rewritten to the one name it goes by: without a foreign country before it, a
 * mainland government as its 人民政府, a SAR government written out and a SAR bureau by its own name, a place's body
 * without the party's name, and the issuer where the name is how the issuer's own name ends.
 */
import { getGazetteer, isHkMoTwDivision, type RegionLevel } from '../../../language/gazetteer/index.js';
import type { Candidate } from '../../model.js';
import { kindOfName } from './heads.js';
import type { InstitutionCandidate, ParentBody } from './index.js';
import { distinctive, vocab } from './vocabulary.js';

/**
 * A foreign body's name without the country written before it (英国 + 剑桥大学 → 剑桥大学; the surface stays an alias and
 * the country its place), or null when the country opens no such name: 中国 is part of Chinese bodies' names
 * (中国人民大学), a name whose rest is generic (新加坡 + 国立大学) keeps its country, and so does the country's post in another
 * place (美国 + 驻广州总领事馆, 法国 + 在台协会: the rest opens with a posted mark).
 */
export function withoutForeignCountry(name: string, start: number, regionSpans: readonly Candidate[] | undefined): string | null {
  const country = regionSpans?.find((r) => r.start === start && r.kind === 'COUNTRY' && r.name !== '中国');
  if (!country) return null;
  const rest = name.slice(country.end - country.start);
  if (vocab().postedMarks.has(rest.charAt(0))) return null;
  // The owner of the name is the first body it names (剑桥 + 大学 in 剑桥大学植物科学系): its modifier must name something.
  for (let end = 2; end <= rest.length; end++) {
    const head = vocab().headLexicon.matchEnd(rest, end);
    if (head) return distinctive(rest.slice(0, end - head.word.length)) >= 2 ? rest : null;
  }
  return null;
}

/**
 * A body's name without the address written before it, where the name itself opens with a place of the address
 * (日本 + 京都府 + 京都市 + 京都大学, 江苏省 + 南京市 + 南京大学, 南京市 + 江宁区 + 南京医科大学 → 京都大学, 南京大学, 南京医科大学;
 * the surface stays an alias and the address its places), or null.
 */
export function withoutAddressBeforeOwnName(name: string, start: number, regionSpans: readonly Candidate[] | undefined): string | null {
  if (!regionSpans) return null;
  let at = start;
  let own: string | null = null;
  const shorts: string[] = [];
  for (let span = regionSpans.find((r) => r.start === at); span !== undefined && span.end > at; span = regionSpans.find((r) => r.start === at)) {
    at = span.end;
    // Note: the place's name without its level's character (南京 of 南京市) opens the body's own name.
    const place = span.surface ?? span.name;
    if (place.length >= 3) shorts.push(place.slice(0, -1));
    const rest = name.slice(at - start);
    // Note: the last such end of the address is the name's start (京都府 + 京都市 + 京都大学: both places open with 京都); a
    // place read inside the name itself (南京 of 南京医科大学) leaves a rest that opens with none.
    if (shorts.some((short) => rest.length > short.length + 1 && rest.startsWith(short))) own = rest;
  }
  return own;
}

/**
 * A place's own body without the smaller place written before its owner as its address (北屯区 + 台中市 + 立 + 东山高级中学
 * → 台中市立东山高级中学, 竹北市 + 新竹县政府文化局 → 新竹县政府文化局; the surface stays an alias and the address its place),
 * or null: an address goes from the largest place down, a name never from a place up to the place that owns it.
 */
export function withoutAddressBeforeOwner(name: string, start: number, regionSpans: readonly Candidate[] | undefined): string | null {
  const address = regionSpans?.find((r) => r.start === start && r.regionIds?.length === 1);
  const owner = address && regionSpans?.find((r) => r.start === address.end && r.regionIds?.length === 1);
  if (!address || !owner || !name.startsWith(address.surface ?? address.name)) return null;
  const rest = name.slice(address.end - address.start);
  const ownerLength = owner.end - owner.start;
  // Note: the owner's mark (立) or the owner's government (政府, 人民政府) after it: the rest is the owner's own body.
  const owned = vocab().ownershipMarks.has(rest.charAt(ownerLength)) || ownGovernment(rest.slice(ownerLength));
  if (!owned || !getGazetteer().liesIn(address.regionIds![0], owner.regionIds![0])) return null;
  return rest;
}

/** Whether a text opens with a place's government (政府 of 新竹县 + 政府文化局): the place's own body. */
function ownGovernment(text: string): boolean {
  for (const government of vocab().placeGovernments) if (text.startsWith(government)) return true;
  return false;
}

/**
 * The issuer where a body is named as the issuer's name ends, after a place or a SAR's government (海珠区教育局 or 区教育局
 * resolved so under 广州市海珠区教育局; 文化局 under 澳门特别行政区政府文化局, 教育局 under 香港特别行政区政府教育局): one body,
 * not a second one; else the name. Both the name as resolved and the surface as written are tried.
 */
export function issuerNamedShort(name: string, surface: string, issuer: string | null | undefined): string {
  if (!issuer) return name;
  for (const short of [name, surface]) {
    if (issuer.length > short.length && issuer.endsWith(short) && placeOrSarGovernment(issuer.slice(0, issuer.length - short.length))) return issuer;
  }
  return name;
}

/** Levels of the places an issuer's name may open with before a body's own (广州市 + 海珠区教育局). */
const ADMINISTRATIVE_LEVELS: ReadonlySet<RegionLevel> = new Set(['PROVINCE', 'CITY', 'DISTRICT']);

/** Whether a text is one place by its full name (广州市), a SAR by any of its names, or a SAR's government (澳门特别行政区政府). */
function placeOrSarGovernment(text: string): boolean {
  const place = getGazetteer().lookup(text.endsWith(SAR_FULL) ? text.slice(0, -SAR_FULL.length) : text);
  if (place?.level === 'SAR') return true;
  return place !== null && ADMINISTRATIVE_LEVELS.has(place.level) && place.name === text;
}

/** Kinds of a place's party and government bodies (and its party school) that the party's name may open. */
const PARTY_OPENED_KINDS = new Set(['GOVERNMENT', 'PARTY', 'COLLEGE']);

/** Whether a name opens with a place the gazetteer knows (广州市委, 广西大学委员会). */
function opensWithPlace(name: string): boolean {
  for (let end = 2; end <= Math.min(name.length, 8); end++) if (getGazetteer().lookup(name.slice(0, end))) return true;
  return false;
}

/**
 * The party's name before a place's party or government body (中共 + 大庆市委组织部, 中共北京市委 read as one word): the
 * mention holds it, the canonical name and its parents do not, so that 中共广州市委 and 广州市委 are one body. A national
 * body keeps it (中共中央).
 */
export function partyOpened(c: InstitutionCandidate, text: string, offset: number): void {
  if (!PARTY_OPENED_KINDS.has(c.kind ?? '')) return;
  for (const prefix of vocab().partyPrefixList) {
    const at = c.start - offset - prefix.length;
    if (at >= 0 && text.slice(at, c.start - offset) === prefix && opensWithPlace(c.name)) {
      // Note: a party or government parent is written with the party's name too (中共 + 大庆市委), a university not.
      if (c.parents) {
        c.parents = c.parents.map((p) => (p.span && PARTY_OPENED_KINDS.has(kindOfName(p.name)) && p.span.start === c.start
          ? { ...p, span: { start: p.span.start - prefix.length, end: p.span.end } } : p));
      }
      c.start -= prefix.length;
      c.surface = prefix + c.surface;
      return;
    }
    if (c.name.startsWith(prefix) && opensWithPlace(c.name.slice(prefix.length))) {
      c.name = c.name.slice(prefix.length);
      if (c.parents) c.parents = c.parents.map((p) => (p.name.startsWith(prefix) ? { ...p, name: p.name.slice(prefix.length) } : p));
      return;
    }
  }
}

/** Characters from which a SAR bureau's own name is unique without its government's (创新科技及工业局; not 教育局). */
const SAR_BUREAU_OWN_NAME = 5;

/**
 * A SAR bureau named after its government (香港特区政府 + 创新科技及工业局, 澳门特别行政区政府 + 经济及科技发展局) goes by
 * its own name, as the SAR's texts name it; the government stays its parent and the surface its mention.
 */
export function sarBureauName(name: string, kind: string, parents: readonly ParentBody[]): string {
  if (kind !== 'GOVERNMENT') return name;
  // Note: the parents themselves, not a list of their names made for every candidate (most are no government's).
  const government = parents.find((p) => p.name.endsWith('政府') && name.startsWith(p.name)
    && getGazetteer().lookup(p.name.slice(0, -2).replace(/特区$/, ''))?.level === 'SAR');
  const own = government === undefined ? '' : name.slice(government.name.length);
  return own.length >= SAR_BUREAU_OWN_NAME ? own : name;
}

/** A SAR government as its texts shorten it, and written out. */
export const SAR_SHORT = '特区政府';
const SAR_FULL = '特别行政区政府';

/** A SAR government's short form in a name written out (香港特区政府保安局 → 香港特别行政区政府保安局), or the name as it is. */
export function fullSarGovernment(name: string): string {
  const at = name.indexOf(SAR_SHORT);
  if (at <= 0 || getGazetteer().lookup(name.slice(0, at))?.level !== 'SAR') return name;
  return `${name.slice(0, at)}${SAR_FULL}${name.slice(at + SAR_SHORT.length)}`;
}

/**
 * A mainland place's government by its full name: 广州市政府 and 州政府 (read as 海北藏族自治州政府) are that place's
 * 人民政府; the surface stays the mention. A SAR's government (香港特别行政区政府), a country's and those of Taiwan's cities
 * and counties (台北市政府) keep their names.
 */
export function peoplesGovernment(name: string, rocDated = false): string {
  if (!name.endsWith('政府') || name.endsWith('人民政府')) return name;
  const place = getGazetteer().lookup(name.slice(0, -2));
  // Note: Taiwan's cities and counties (台北市政府) have no 人民政府; nor, in a text dated in the Republic of China's
  // calendar, the counties GB/T 2260 lists under Fujian that Taiwan governs (金门县政府, 连江县政府).
  const taiwanCounty = rocDated && place?.level === 'DISTRICT' && place.name.endsWith(COUNTY);
  return place && place.name === name.slice(0, -2) && PEOPLES_GOVERNMENT_LEVELS.has(place.level) && !isHkMoTwDivision(place.id) && !taiwanCounty
    ? `${place.name}人民政府` : name;
}

/** The level word of a county's name (金门县). */
const COUNTY = '县';

const PEOPLES_GOVERNMENT_LEVELS: ReadonlySet<RegionLevel> = new Set(['PROVINCE', 'CITY', 'DISTRICT']);
