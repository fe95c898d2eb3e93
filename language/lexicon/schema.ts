/** The shape of each lexicon data file (language/lexicon/data/*.yaml), checked with zod when the lexicon loads. */
import { z } from 'zod';

const words = z.array(z.string().min(1));
const text = z.string();

export const InstitutionKindSchema = z.enum([
  'UNIVERSITY', 'COLLEGE', 'SCHOOL', 'KINDERGARTEN', 'RESEARCH', 'GOVERNMENT', 'PARTY', 'ALLIANCE', 'GROUP',
  'FOUNDATION', 'LIBRARY', 'MUSEUM', 'HOSPITAL', 'CENTRE', 'ENTERPRISE', 'OTHER',
]);
export type InstitutionKind = z.infer<typeof InstitutionKindSchema>;

export const ProgramKindSchema = z.enum([
  'POLICY_DOCUMENT', 'PLAN', 'PROJECT', 'CAMPAIGN', 'PILOT', 'ZONE', 'DESIGNATION', 'REFORM', 'STRATEGY',
  'TALENT', 'EVENT', 'ACTIVITY', 'OTHER',
]);
export type ProgramKind = z.infer<typeof ProgramKindSchema>;

/** Words grouped by the kind they imply: `KIND: [word, …]`. */
const institutionsByKind = z.partialRecord(InstitutionKindSchema, words);
const programsByKind = z.partialRecord(ProgramKindSchema, words);

export const InstitutionsFileSchema = z.object({
  heads: institutionsByKind,
  singleCharHeads: institutionsByKind,
  listClasses: institutionsByKind,
  studentNouns: words,
  partHeads: words,
  classWords: words,
  placeClassHeads: words,
  siteWords: words,
  uniqueBodies: words,
  nameVerbs: words,
  genericModifiers: words,
  linkWords: words,
  jointWords: words,
  underWords: words,
  bracketedStretches: words,
  bracketedScopes: words,
  partyPrefixes: words,
  charterPrefixes: words,
  headquartersHeads: words,
  addressees: words,
  councils: words,
  nationalPrefixes: words,
  ministryHeads: words,
  subBodyHeads: words,
  unitOwners: words,
  placeGovernments: words,
  functionalHeads: words,
  notHeads: words,
});

export const ProgramsFileSchema = z.object({
  heads: programsByKind,
  quotedOnlyHeads: programsByKind,
  introducedHeads: programsByKind,
  documentVerbs: words,
  launchVerbs: words,
  implementingVerbs: words,
  genericWords: words,
  workReports: words,
  genericBridge: words,
  tails: words,
  modifierFollowers: words,
  adverbialHeads: words,
  memberMeasures: words,
  aidFollowers: words,
  instrumentHeads: words,
  sloganVerbs: words,
  initiativeVerbs: words,
  schemeVerbs: words,
  awardVerbs: words,
  awardScopes: words,
  awardFollowers: words,
  projectColumns: words,
  numberColumns: words,
  placeColumnWords: words,
  columnSeparators: words,
  holderVerbs: words,
  disposalMarks: words,
  selectionVerbs: words,
  locatives: text,
  locativeVerbs: words,
  coverageVerbs: words,
  clauseOnlyVerbs: words,
  sendingVerbs: words,
  escortVerbs: words,
  venueVerbs: words,
  escortTimes: words,
  sendingMark: text,
  frameWords: words,
  inclusionWords: words,
  itineraryNouns: words,
  additionVerbs: words,
  additionAdverbs: words,
  placeDesignations: words,
  lowerLevelHolders: z.record(z.string(), z.number().int()),
  listWords: words,
  sloganFollowers: words,
  initiativeFollowers: words,
  serviceFollowers: words,
  nameFollowers: words,
  appositiveNouns: words,
  initiativePrefixes: words,
  pairingHeads: words,
  pairingSides: words,
  stewardSystems: words,
  scopedHeads: words,
  themedHeads: words,
  designationScopes: words,
  joiningVerbs: words,
  backReferences: words,
  titleNotes: words,
  sectionWords: words,
});

export const NamesFileSchema = z.object({
  postTitles: words,
  postOffices: words,
  leadingScopeWords: words,
  actionWords: words,
  foundingVerbs: words,
  deicticTime: words,
  sequenceWords: words,
  measureWords: words,
  conjunctions: words,
  barePrefixes: words,
  functionInitials: text,
  headFinals: text,
  selfReferenceMarks: text,
  schoolSelfReference: text,
  sideSuffix: text,
  shortFormCues: words,
  prepositions: words,
  namedScopes: words,
  directions: words,
  mainlandVariants: z.record(z.string().length(1), z.string().length(1)),
  ownershipMarks: words,
});

export const CooperationFileSchema = z.object({
  cues: z.record(z.string(), z.string()),
  connectives: words,
  qualifiedClasses: words,
  alongWords: words,
  partnerVerbs: words,
  partnerVerbKind: z.string(),
  aidVerbs: words,
  visitVerbs: words,
  aidObjectMarkers: words,
  aidReceivedNouns: words,
  aidReceivedKind: z.string(),
  listMarks: words,
  respectively: words,
  jointActions: words,
  originWords: words,
  coOrganiseVerbs: words,
  agentMark: z.string(),
  organiseVerbs: words,
  locationWords: words,
  tablePartnerColumns: words,
  tableLeadWords: words,
  tablePartnerWords: words,
  tableBodyNouns: words,
  tablePlaceNouns: words,
});

export const UnitsFileSchema = z.object({
  units: z.record(z.string(), z.object({ notBefore: z.string().optional(), canonical: z.string().optional() })),
  asciiUnits: words,
  perUnits: words,
  perPeriods: words,
  currenciesBefore: z.record(z.string().min(1), z.string().min(1)),
  countsBefore: z.record(z.string().min(1), z.string().min(1)),
  ratioUnits: words,
  durationUnits: words,
});

const ComparatorSchema = z.enum(['EQ', 'GTE', 'GT', 'LTE', 'LT', 'APPROX']);

export const TargetsFileSchema = z.object({
  comparators: z.object({
    before: z.record(z.string(), z.union([z.tuple([ComparatorSchema]), z.tuple([ComparatorSchema, z.string()])])),
    acrossVerb: z.record(z.string(), z.number().int().min(1).max(4)),
    weak: words,
    after: z.record(z.string(), ComparatorSchema),
  }),
  leadWords: words,
  leadGuards: z.record(z.string(), text),
  trailWords: words,
  rightStops: words,
  rightGuards: z.record(z.string(), text),
  dateWords: words,
  rankingBlockers: text,
  contextWords: words,
  baselineMarks: words,
  plannedMarks: words,
  futureMarks: words,
  deadlineMarks: words,
  relativeYears: z.record(z.string(), z.number().int()),
  countColumns: z.record(z.string(), z.string()),
  yearColumnWords: z.object({ achieved: words, planned: words }),
});

const AbbreviationClassSchema = z.enum(['SAR', 'STRONG', 'WEAK']);

export const RegionsFileSchema = z.object({
  ethnicGroups: words,
  genericStoplist: words,
  ordinaryCityShortForms: words,
  placedOnlyShortForms: words,
  abbreviations: z.record(z.string().length(1), z.tuple([z.string(), AbbreviationClassSchema])),
  knownCompounds: words,
  distinctAlone: words,
  movementVerbs: words,
  literaryNames: z.record(z.string(), z.string()),
  areas: z.record(z.string(), z.object({ name: z.string(), chinese: words, english: words, members: words.optional(), inNames: words.optional() })),
  extraCountryNames: z.record(z.string(), words),
  ambiguousCountryNames: words,
  englishOverrides: z.record(z.string(), z.string()),
  hkMoTwEnglish: z.record(z.string(), z.string()),
  islandTownships: z.record(z.string().regex(/^\d{6}$/), words),
  englishHeads: z.record(z.string(), z.string()),
  followChars: text,
  followWords: words,
  separatorChars: text,
  badFollow: z.record(z.string().length(1), text),
  fixedExpressions: words,
  shortNameBlockers: text,
  featureChars: text,
  unlistedLevelChars: text,
  knownZones: z.record(z.string(), z.tuple([z.string(), z.string()])),
  zoneHeads: words,
  compoundFollowers: words,
  townshipVariants: z.record(z.string().length(1), z.string().length(1)),
  villageWords: words,
  sarOwnWords: z.object({ either: words }).catchall(words),
  sarWholeNames: z.record(z.string().min(1), z.string().min(1)),
  sarSelfNames: z.record(z.string().min(1), z.string().min(1)),
  mainlandName: z.string().min(1),
  sarHinterland: words,
});

export const StructureFileSchema = z.object({
  summaryWords: words,
  planWords: words,
  titleDecidedPartWords: words,
  titleJoins: words,
  notAPart: words,
  problemWords: words,
  solvingVerbs: words,
  pageMetaLabels: words,
  repostMarks: words,
  socialFurniture: words,
  bylineMarks: words,
  articleEndMarkers: words,
  mastheadEndings: words,
  siteWords: words,
  newsSections: words,
  datelineWord: z.string(),
  todayWords: words,
  aboutWord: z.string(),
  releaseLabels: words,
  gazetteLabels: words,
  headerLabels: words,
  paperLabels: words,
  contactLabels: words,
  distributionLabels: words,
  organisationEndings: words,
  mediaEndings: words,
  pressOfficeEndings: words,
  continuationWords: words,
  planGenres: words,
  reportPurposeCues: words,
  priorYearReviews: words,
  budgetTitles: words,
  issuerLabels: words,
  councilSessions: words,
  titleEnds: words,
  reportPeriodLabels: words,
  announceVerbs: words,
  reportGenres: words,
  governmentReports: words,
  openingPlanCues: words,
  openingReportCues: words,
  fiveYearPlans: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])),
  achievementWords: words,
  planningWords: words,
  reviewHeadings: words,
  nextStepWords: words,
  outlookWords: words,
  asOfWords: words,
  planIntroVerbs: words,
});

export const SegmenterFileSchema = z.object({
  headFrequency: z.number().int().positive(),
  headFrequencies: z.record(z.string(), z.number().int().positive()),
  words: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.string()])),
});

const topicCues = { cues: words, weak: words.default([]), english: words.default([]), places: words.default([]), asked: words.default([]) };
const TopicSchema = z.object({ name: z.string().min(1), nameEn: z.string().min(1), ...topicCues });
const TopicIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a topic id is lower-case letters, digits and hyphens');

/** The topic taxonomy: fields, each with its topics (two levels), keyed by stable ids. */
export const TopicsFileSchema = z.record(TopicIdSchema, TopicSchema.extend({ children: z.record(TopicIdSchema, TopicSchema) }));

const bilingual = z.object({ zh: words, en: words });

/** The words of questions: intent cues, status and sub-region wishes, question words and the words around names. */
export const QuestionsFileSchema = z.object({
  intents: z.object({
    programs: bilingual,
    institutions: bilingual,
    partners: bilingual,
    targets: bilingual,
    howMany: bilingual,
    who: bilingual,
    where: bilingual,
    connections: bilingual,
    compare: bilingual,
    statements: bilingual,
  }),
  status: z.object({ planned: bilingual, achieved: bilingual, problem: bilingual }),
  subregions: bilingual,
  partnerKinds: z.object({ places: bilingual, institutions: bilingual }),
  withWords: bilingual,
  questionWords: bilingual,
  fillers: bilingual,
  classWords: words,
  classModifiers: words,
  measureWords: words,
  englishNames: z.object({ heads: z.record(z.string(), words), fields: z.record(z.string(), words) }),
});

/** Every data file with its schema; the file name is the key plus `.yaml`. */
export const LEXICON_FILES = {
  institutions: InstitutionsFileSchema,
  programs: ProgramsFileSchema,
  names: NamesFileSchema,
  cooperation: CooperationFileSchema,
  units: UnitsFileSchema,
  targets: TargetsFileSchema,
  regions: RegionsFileSchema,
  structure: StructureFileSchema,
  segmenter: SegmenterFileSchema,
  topics: TopicsFileSchema,
  questions: QuestionsFileSchema,
} as const;

/** The parsed contents of every data file. */
export type LexiconFiles = { [K in keyof typeof LEXICON_FILES]: z.infer<(typeof LEXICON_FILES)[K]> };
