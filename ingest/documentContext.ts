/**
 * What the extractors and relate need to know about a document: the place it is about, the issuer's city, and the
 * issuer itself, read even when the document has no header (ANNOTATION.md: the issuer line, the title, the signature,
 * or the one place the document is about).
 */
import { getGazetteer, regionForIssuer, regionForTitle, type RegionRecord } from '../language/gazetteer/index.js';
import { splitFunctionInitials } from '../language/match/tokens.js';
import { holdsAnyWord } from '../language/match/words.js';
import { getLexicon } from '../language/lexicon/index.js';
import { alternation } from '../language/match/alternation.js';
import { isQuestionTitle } from './structure/parts.js';
import { getSegmenter, type Token } from '../language/segment/index.js';
import { extractInstitutions, type InstitutionCandidate } from './extract/institutions/index.js';
import { nationalName } from './extract/institutions/naming.js';
import { ShortForms } from './extract/institutions/shortFormIndex.js';
import { ownProgramName } from './extract/programs/index.js';
import type { DocumentContext } from './extract/index.js';
import { extractRegions } from '../language/regions/index.js';
import type { DocumentMeta, Statement } from './model.js';
import { isNewsOutlet, isPressOffice } from './structure/preamble.js';
import { kindOfName } from './extract/institutions/heads.js';
import { isBodyName } from './structure/title.js';

type City = { name: string; short: string };

const ADMINISTRATIVE = new Set(['PROVINCE', 'CITY', 'DISTRICT', 'SAR']);
const LEVEL_WEIGHT: Readonly<Record<string, number>> = { PROVINCE: 1, CITY: 1.5, SAR: 1.5, DISTRICT: 2 };
/** A place's government by its full name: a SAR's 特别行政区政府 (香港特别行政区政府), any other place's 人民政府. */
function placeGovernment(region: RegionRecord): string {
  return region.level === 'SAR' ? `${region.name}特别行政区政府` : `${region.name}人民政府`;
}

/** Whether a region is a city. Note: municipalities (北京市, 上海市 …) are PROVINCE-level in GB/T 2260 but are the city a 市X body belongs to. */
function isCity(r: RegionRecord): boolean {
  return r.level === 'CITY' || (r.level === 'PROVINCE' && r.name.endsWith('市'));
}

// Note: the predicates here are module-level functions, not closures made per call: the loader names each closure bound to
// a name (`const f = …`) with a defineProperty at its every creation, which showed in the extraction profile.
function cityOf(region: RegionRecord | null): City | null {
  if (!region) return null;
  const city = isCity(region) ? region : getGazetteer().parentsOf(region.id).find(isCity);
  if (!city) return null;
  return { name: city.name, short: city.name.replace(/(市|地区|盟|自治州)$/, '') };
}

/**
 * The ends of the names of cities whose bodies open with that end rather than with 市 (州教育局, 盟…, 地区教育局): the
 * bare prefixes (names.barePrefixes) that end a city's name and no county's (县 ends Taiwan's counties, read as counties).
 */
const CITY_LEVEL_PREFIX = /(州|盟|地区)$/;

/** The document's place at each bare administrative prefix: 市 → its city, 区/县 → its district or county, 省 or 自治区 → its province. */
function placesOf(region: RegionRecord | null, city: City | null): Partial<Record<string, string>> {
  const places: Partial<Record<string, string>> = {};
  if (!region) return places;
  // Note: in Hong Kong and Macao texts a bare 教育局 is the SAR's own (香港教育局).
  if (region.level === 'SAR') places['SAR'] = region.name;
  if (city) places['市'] = city.name;
  // Note: an autonomous prefecture's, a league's or a prefecture's own bodies are named 州…, 盟… and 地区…, a banner's 旗….
  const cityLevel = city ? CITY_LEVEL_PREFIX.exec(city.name) : null;
  if (city && cityLevel) places[cityLevel[1]] = city.name;
  for (const r of [region, ...getGazetteer().parentsOf(region.id)]) {
    if (r.level === 'DISTRICT' && /[区县旗]$/.test(r.name)) places[r.name.slice(-1)] ??= r.name;
    if (r.level === 'PROVINCE' && r.name.endsWith('省')) places['省'] ??= r.name;
    if (r.level === 'PROVINCE' && r.name.endsWith('自治区')) places['自治区'] ??= r.name;
  }
  return places;
}

/** What a SAR's naming from inside it (本港, 全港) counts for, against a naming by its name. */
const INSIDE_NAMING = 2;
let namingsById: Map<string, readonly string[]> | undefined;

/** Each SAR's region id → the words that name it from inside (the lexicon's sarNamings), resolved once. */
function sarNamingsById(): Map<string, readonly string[]> {
  if (!namingsById) {
    namingsById = new Map();
    for (const [name, words] of getLexicon().regions.sarNamings) {
      const id = getGazetteer().candidates(name)[0]?.id;
      if (id !== undefined) namingsById.set(id, words);
    }
  }
  return namingsById;
}

/** How often a text names the rest of the country as 内地 before that alone says it speaks from a SAR. */
const MAINLAND_NAMINGS = 3;

/**
 * The SAR a Traditional text's title names, wherever in it (立法會十題：支援在廣東居住的香港長者): such a title is the SAR's, the
 * mainland place its subject; null when it names none.
 */
function sarTitleRegion(title: string): RegionRecord | null {
  for (const c of extractRegions(title, 0, {})) {
    const region = c.regionIds?.length === 1 ? getGazetteer().byId(c.regionIds[0]) : undefined;
    if (region?.level === 'SAR') return region;
  }
  return null;
}

/**
 * Whether a text speaks from a SAR: it uses the words a SAR's texts use of their own place, government or money (本港,
 * 施政报告, 港元), names a body SAR papers are addressed to (立法会), or calls the rest of the country 内地 again and
 * again (a mainland text on Hong Kong says 内地 once or twice, where it sets the two side by side).
 */
function speaksFromSar(statements: readonly Statement[]): boolean {
  const lexicon = getLexicon();
  const words = [...lexicon.regions.sarOwnWords, ...lexicon.institutions.addressees];
  let mainland = 0;
  for (const { text } of statements) {
    if (words.some((word) => text.includes(word))) return true;
    for (let at = text.indexOf(lexicon.regions.mainlandName); at >= 0; at = text.indexOf(lexicon.regions.mainlandName, at + 1)) {
      if (++mainland >= MAINLAND_NAMINGS) return true;
    }
  }
  return false;
}

/** Whether a region named with its count is a SAR. */
function isSar([region]: [RegionRecord, number]): boolean {
  return region.level === 'SAR';
}

/**
 * The administrative region the document's statements name most often (at least twice), or null. A SAR counts only in
 * a text that speaks from one (Traditional Chinese, or the words of speaksFromSar): mainland texts name 香港 and 澳门
 * often without being about them; and such a text is about the SAR it names most, by its name or from inside (本港,
 * 全港), however often it names mainland partners (深圳 in a text on cross-boundary works).
 */
function dominantRegion(statements: readonly Statement[], traditional: boolean): RegionRecord | null {
  const counts = new Map<string, number>();
  const gazetteer = getGazetteer();
  // Note: the namings are walked as a list made once per document and tested by a function of their own, not a closure
  // over the statement (V8 allocated the loop body's scope for every statement) nor the map's entry iterator.
  const namings = [...sarNamingsById()];
  for (const s of statements) {
    for (const c of extractRegions(s.text, s.start, {})) {
      if (c.regionIds?.length !== 1) continue;
      counts.set(c.regionIds[0], (counts.get(c.regionIds[0]) ?? 0) + 1);
    }
    // Note: a SAR's texts name it from inside (本港, 全港, 港元) more than by its name, and such a word says the text is
    // that SAR's, where its name may be a partner's: it counts as two namings (where SARs count at all).
    for (const [id, words] of namings) {
      if (holdsAnyWord(s.text, words)) counts.set(id, (counts.get(id) ?? 0) + INSIDE_NAMING);
    }
  }
  const named: [RegionRecord, number][] = [];
  for (const [id, count] of counts) {
    const region = gazetteer.byId(id);
    if (region && ADMINISTRATIVE.has(region.level) && count >= 2) named.push([region, count]);
  }
  const fromSar = named.some(isSar) && (traditional || speaksFromSar(statements));
  let best: RegionRecord | null = null;
  let bestScore = 0;
  for (const [region, count] of named.filter((entry) => isSar(entry) === fromSar)) {
    // Note: a county report names its province often too; the more specific place is what it is about.
    const score = count * LEVEL_WEIGHT[region.level];
    if (score > bestScore) {
      best = region;
      bestScore = score;
    }
  }
  return best;
}

/** The tokens of a text starting at `start`, as the extractors read them. */
function segment(text: string, start: number): Token[] {
  return splitFunctionInitials(getSegmenter().tagText(text, start));
}

/** The institutions a text starting at `start` names, read as in the document's place before its context is known. */
function institutionsIn(text: string, start: number, city: City | null, region: RegionRecord | null,
  tokens: Token[] = segment(text, start), rocDated = false): InstitutionCandidate[] {
  const regions = extractRegions(text, start, { regionId: region?.id ?? null });
  return extractInstitutions(text, start, tokens, { issuerCity: city, places: placesOf(region, city), regionSpans: regions, rocDated });
}

/**
 * The institutions that the issuer line and the title name, read once per document for each text and place: the
 * context reads one of them up to three times (whether it is national, its leading body, the title's body).
 */
class OpeningNames {
  private readonly tokens = new Map<string, Token[]>();
  private readonly read = new Map<string, InstitutionCandidate[]>();

  /**
   * `statementTokens`: the tokens of each statement, as the pipeline segments them (none when not given); `rocDated`: the
   * document dates itself in the Republic of China's calendar.
   */
  constructor(private readonly statements: readonly Statement[], private readonly statementTokens: readonly Token[][],
    private readonly rocDated = false) {}

  /** The institutions `text` names, read as in `region` (its city `cityOf(region)`). */
  in(text: string, region: RegionRecord | null): InstitutionCandidate[] {
    const key = `${region?.id ?? ''}\n${text}`;
    let found = this.read.get(key);
    if (found === undefined) {
      found = institutionsIn(text, 0, cityOf(region), region, this.tokensOf(text), this.rocDated);
      this.read.set(key, found);
    }
    return found;
  }

  /** The tokens of `text`, segmented once. */
  tokensOf(text: string): Token[] {
    let tokens = this.tokens.get(text);
    if (tokens === undefined) this.tokens.set(text, (tokens = this.statementTokensOf(text) ?? segment(text, 0)));
    return tokens;
  }

  /**
   * The tokens of a statement whose text is `text` (the title, the issuer line, the signature are statements too), moved
   * to start at 0, or null when none is.
   * Note: the pipeline segments every statement anyway: the statement's tokens are copied, not segmented a second time
   * (segmenting a text is the same wherever it starts; a short text's call to the segmenter costs more than the copy).
   */
  private statementTokensOf(text: string): Token[] | null {
    const { statements, statementTokens } = this;
    for (let i = 0; i < statementTokens.length; i++) {
      if (statements[i].text !== text) continue;
      const at = statements[i].start;
      const moved: Token[] = [];
      for (const t of statementTokens[i]) moved.push({ word: t.word, tag: t.tag, start: t.start - at, end: t.end - at });
      return moved;
    }
    return null;
  }
}

/** Whether a name opens `text`: at its first character, or after a word that says whose a body is (國立 + 臺灣大學). */
function opensText(c: InstitutionCandidate, text: string): boolean {
  return c.start === 0 || getLexicon().institutions.genericModifiers.has(text.slice(0, c.start));
}

/**
 * The institution a text opens with (its first name, starting at the first character, whole: the unit 某局某处, not the
 * body 某局 its name opens with), resolved against the region's city.
 */
function leadingInstitution(text: string, region: RegionRecord | null, names: OpeningNames): InstitutionCandidate | null {
  let first: InstitutionCandidate | null = null;
  for (const c of names.in(text, region)) if (opensText(c, text) && (first === null || c.end > first.end)) first = c;
  return first;
}

/**
 * Whether the body a document opens with (its issuer line, else its title) is a national one with no place in its name
 * (教育部办公厅, 科学技术部): such a document is about the country, not about the place its text names most (a ministry's
 * list of pilot districts names one district twice).
 */
function nationalIssuer(text: string, names: OpeningNames): boolean {
  const first = names.in(text, null).find((c) => c.start === 0);
  if (!first || first.kind !== 'GOVERNMENT' || regionForIssuer(first.name) !== null) return false;
  return nationalName(first.name, names.tokensOf(first.name));
}

/** How many opening statements may name the body that reports in a paper addressed to a committee. */
const OPENING_STATEMENTS = 6;

/**
 * Whether a body is one papers are addressed to (立法会…委员会) or a council a government reports to (某县议会), never
 * their issuer, or the one the title labels a paper for (财务委员会 + 讨论文件).
 */
function addressed(name: string, title = ''): boolean {
  const { addressees, councils } = getLexicon().institutions;
  if (addressees.some((word) => name.includes(word)) || councils.some((word) => name.endsWith(word))) return true;
  const at = title.indexOf(name);
  return at >= 0 && getLexicon().structure.paperLabels.some((label) => title.startsWith(label, at + name.length));
}

/** The opening statements of a document and the institutions each names, read once, when first asked. */
class OpeningStatements {
  private readonly read: (InstitutionCandidate[] | undefined)[] = [];

  constructor(readonly statements: readonly Statement[], private readonly city: City | null, private readonly region: RegionRecord | null,
    private readonly tokens: readonly Token[][], private readonly rocDated = false) {}

  /** How many statements open the document (OPENING_STATEMENTS at most). */
  get count(): number {
    return Math.min(this.statements.length, OPENING_STATEMENTS);
  }

  /** The institutions opening statement `i` names. */
  bodies(i: number): InstitutionCandidate[] {
    const s = this.statements[i];
    return (this.read[i] ??= institutionsIn(s.text, s.start, this.city, this.region, this.tokens[i], this.rocDated));
  }
}

/** The first body of a government the opening statements name that is not an addressee, or null. */
function reportingBody(opening: OpeningStatements, title: string): string | null {
  for (let i = 0; i < opening.count; i++) {
    const found = opening.bodies(i);
    // Note: the government a bureau belongs to (香港特別行政區政府 + 運輸及物流局) is not the body that reports.
    const parents = new Set(found.flatMap((c) => (c.parents ?? []).map((p) => p.name)));
    const body = found.find((c) => governmental(c) && !addressed(c.name, title) && !parents.has(c.name));
    if (body) return body.name;
  }
  return null;
}

/**
 * Whether a body is a government's or one of its units (a bureau, or 高雄市政府 + 秘书处, whose own head names no
 * government): the kind of body that reports to a council.
 */
function governmental(body: InstitutionCandidate): boolean {
  if (body.kind === 'GOVERNMENT') return true;
  for (const parent of body.parents ?? []) if (kindOfName(parent.name) === 'GOVERNMENT') return true;
  return false;
}

let todayAfterName: RegExp | undefined;

/**
 * The body a release's opening paragraph names first, right before the day it acts (醫務衞生局今日（十一月二十日）宣布…,
 * 勞工及福利局（勞福局）今日公布…): the one that issues the release; or null.
 */
function announcingBody(opening: OpeningStatements): string | null {
  const { todayWords } = getLexicon().structure;
  todayAfterName ??= new RegExp(`^\\s*(?:[(（][^()（）]{1,12}[)）])?\\s*(?:${alternation(todayWords)})`);
  for (let i = 0; i < opening.count; i++) {
    const s = opening.statements[i];
    // Note: a statement naming no day (most) names no body acting on it: its bodies are not read for this.
    if (!holdsAnyWord(s.text, todayWords)) continue;
    const lead = s.text.length - s.text.trimStart().length;
    const first = opening.bodies(i).find((c) => c.start === s.start + lead);
    if (first && todayAfterName.test(s.text.slice(first.end - s.start))) return first.name;
  }
  return null;
}

/**
 * The body an office or unit belongs to (某大学 of 某大学研究及创新事务处, 某医疗集团 of its council's office), when it is no
 * government or party body: a government's bureau (某特区政府某局) acts for itself.
 */
function ownerBody(candidate: InstitutionCandidate): string | undefined {
  const nearest = candidate.parents?.[0]?.name;
  return nearest !== undefined && !['GOVERNMENT', 'PARTY'].includes(kindOfName(nearest)) ? nearest : undefined;
}

/**
 * The document's context: its region (the issuer's, else the title's, else the one place its text names most) and city,
 * its issuer normalised to one body (the first of joined issuers, 市X resolved against the city, a unit signing under
 * the title with its body's name, a title's leading institution when no issuer line names one, the place's government
 * for a government work report), and the party its clauses without a subject speak for (`issuerName`). `tokens`: the
 * statements' tokens as the pipeline segments them, when it has them (else the texts read are segmented here);
 * `rocDated`: the text dates itself in the Republic of China's calendar (its bodies are read as Taiwan names them).
 */
export function documentContext(document: DocumentMeta, statements: readonly Statement[], traditional = false, signedBy: string | null = null,
  tokens: readonly Token[][] = [], rocDated = false): DocumentContext & { region: RegionRecord | null; issuer: string | null } {
  // Note: a district's own bodies write 区 for themselves; the title or the text say which district. A news outlet that
  // reports the text (中国新闻社某某分社) is where the text came from, not what it is about.
  const outlet = document.issuer !== null && isNewsOutlet(document.issuer);
  const names = new OpeningNames(statements, tokens, rocDated);
  const titleRegion = traditional ? sarTitleRegion(document.title) ?? regionForTitle(document.title) : regionForTitle(document.title);
  const region = (document.issuer && !outlet ? regionForIssuer(document.issuer) : null) ?? titleRegion
    ?? (nationalIssuer(document.issuer ?? document.title, names) ? null : dominantRegion(statements, traditional));
  const city = cityOf(region);
  const opening = new OpeningStatements(statements, city, region, tokens, rocDated);
  const lead = document.issuer && !outlet ? leadingInstitution(document.issuer, region, names) : null;
  // Note: the title's body is read only when the issuer line names no body of its own, or there is none.
  const titleBody = lead === null && !outlet ? leadingInstitution(document.title, region, names)?.name ?? null : null;
  // Note: a unit signing under the title with its own name alone (国际合作与交流处) is the unit of the body the title names.
  const unitOf = document.issuer !== null && titleBody !== null && !document.issuer.startsWith(titleBody) && isBodyName(document.issuer)
    ? titleBody : null;
  let issuer = unitOf !== null ? `${unitOf}${document.issuer}` : lead?.name ?? document.issuer ?? titleBody;
  // Note: a government work report, and a place's policy instrument titled with the place alone (某市“十四五”教育事业发展规划),
  // are the place's government's.
  // Note: a paper to a legislature's committee (立法會交通事務委員會 above its title) is issued by the body that signs it
  // (勞工及福利局 over its date at the end), else the government body it says reports in its opening (本文件向委員匯報…運輸及
  // 物流局…).
  if (issuer && addressed(issuer, document.title)) {
    const signer = signedBy !== null && !addressed(signedBy, document.title) ? leadingInstitution(signedBy, region, names)?.name ?? signedBy : null;
    issuer = signer ?? reportingBody(opening, document.title) ?? issuer;
  }
  // Note: a legislature's question is answered by the bureau its opening names (…議員的提問和民政及青年事務局局長的書面答覆).
  if (!issuer && isQuestionTitle(document.title)) issuer = reportingBody(opening, document.title);
  // Note: a release with no issuer line is issued by the body its opening paragraph says acts today.
  if (!issuer) issuer = announcingBody(opening);
  const placeInstrument = titleRegion !== null && ownProgramName(document.title) !== null;
  const governmentReport = getLexicon().structure.governmentReports.some((w) => document.title.includes(w));
  if (!issuer && region && (governmentReport || placeInstrument)) issuer = placeGovernment(region);
  // Note: what a unit's report says its school did (学校与…签署) is its body's: the body the unit belongs to is the party
  // of clauses without a subject; a news outlet is none, nor is a press office (a release's 新闻局 reports others' acts).
  const body = unitOf ?? (issuer !== null && issuer === lead?.name ? ownerBody(lead) : undefined);
  const pressOffice = issuer !== null && isPressOffice(issuer);
  const party = outlet || pressOffice ? null : body ?? issuer;
  return { region, regionId: region?.id ?? null, issuerCity: city, places: placesOf(region, city), issuerName: party, placeSpeaks: !pressOffice,
    title: document.title || null, issuer, shortForms: new ShortForms(), projectList: { layout: null }, namedRegions: new Set(), traditional, rocDated };
}

/** The region and every region above it (the issuer's home: not partners of the issuer's own institutions). */
export function homeRegionIds(region: RegionRecord | null): Set<string> {
  const ids = new Set<string>();
  if (region) {
    ids.add(region.id);
    for (const parent of getGazetteer().parentsOf(region.id)) ids.add(parent.id);
  }
  return ids;
}
