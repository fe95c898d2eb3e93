/**
 * The extractor registry: every span extractor registers here through one interface, runs once per statement in
 * order, sees what the extractors before it found, and reports problems through a callback instead of throwing.
 */
import type { Token } from '../../language/segment/index.js';
import type { Candidate, Statement } from '../model.js';
import type { InstitutionCandidate } from './institutions/index.js';
import type { ShortForms } from './institutions/shortFormIndex.js';
import type { ListState } from './programs/listed.js';
import type { TargetSpan } from './targets/index.js';

/** What the extractors know about the document a statement stands in. */
export interface DocumentContext {
  /** The region the document is about (the issuer's), used to resolve ambiguous short forms. */
  regionId: string | null;
  /** The issuer's city, used to resolve 市教育局 → 宁波市教育局. */
  issuerCity: { name: string; short: string } | null;
  /** The document's place at each administrative prefix (市 → 宁波市, 区 → 鄞州区, 县, 省). */
  places: Readonly<Partial<Record<string, string>>>;
  /** The body the document speaks for: its issuer, or the body its issuing unit belongs to (某大学 of 某大学某处). */
  issuerName: string | null;
  /**
   * Whether the document's place acts in its clauses without a subject when no body does (a government's text); false
   * for a press office's release, which reports what others did.
   */
  placeSpeaks?: boolean;
  /** The document's title (the document itself may be a policy instrument, i.e. a Program). */
  title: string | null;
  /**
   * Short forms the document has defined so far for the bodies it names (理大 → 香港理工大学), filled in statement order
   * by the institution extractor: a unit written after one (理大 + 深圳研究院) is that body's.
   */
  shortForms?: ShortForms;
  /** The list of projects whose rows the statements being read are (declared columns), kept in statement order. */
  projectList?: ListState;
  /**
   * The regions the document has named so far, filled in statement order by the region extractor: an ambiguous name
   * (南山区) is the one lying in a place named before it (深圳), when the document's own region does not decide.
   */
  namedRegions?: Set<string>;
  /** True when the document is written in Traditional Chinese (its statements are read converted). */
  traditional?: boolean;
  /** True when the document dates itself in the Republic of China's calendar (民国114年: Taiwan's, Kinmen's). */
  rocDated?: boolean;
}

/** One statement as the extractors see it. */
export interface StatementInput {
  statement: Statement;
  /** The statement's tokens with absolute offsets. */
  tokens: Token[];
  document: DocumentContext;
  /** True when the statement is its section's heading ((一)“红色网格”全覆盖): what it names first is the item's subject. */
  heading?: boolean;
}

/** Everything found in one statement, by extractor key. */
export interface Findings {
  regions: Candidate[];
  institutions: InstitutionCandidate[];
  programs: Candidate[];
  targets: TargetSpan[];
}

/** A problem an extractor noticed but worked around (e.g. a name cut off by the end of an excerpt). */
export interface ExtractionProblem {
  statementId: string;
  extractor: keyof Findings;
  message: string;
}

/** One extractor: fills one key of the findings, given the statement and what earlier extractors found. */
export interface Extractor<K extends keyof Findings = keyof Findings> {
  readonly key: K;
  extract(input: StatementInput, found: Readonly<Partial<Findings>>, onProblem: (message: string) => void): Findings[K];
}

/** The default problem callback (made once, not per statement). */
const ignoreProblem = (): void => undefined;

/** Runs the extractors in order over one statement. */
export function runExtractors(
  extractors: readonly Extractor[],
  input: StatementInput,
  onProblem: (problem: ExtractionProblem) => void = ignoreProblem,
): Findings {
  // Note: one object per statement, made with its four keys and returned itself (no second object with the defaults).
  const found: Partial<Findings> = { regions: undefined, institutions: undefined, programs: undefined, targets: undefined };
  // Note: without a callback of the caller's, a problem goes nowhere: no reporter is made for the statement.
  if (onProblem === ignoreProblem) {
    for (const extractor of extractors) store(found, extractor.key, extractor.extract(input, found, ignoreProblem));
  } else {
    const running: { extractor: keyof Findings } = { extractor: 'regions' };
    const report = reporter(input.statement.id, running, onProblem);
    for (const extractor of extractors) {
      running.extractor = extractor.key;
      store(found, extractor.key, extractor.extract(input, found, report));
    }
  }
  found.regions ??= [];
  found.institutions ??= [];
  found.programs ??= [];
  found.targets ??= [];
  return found as Findings;
}

/**
 * Stores what one extractor found under its key.
 * Note: a named store per key, not `found[key] =`: a keyed store of four names was megamorphic in V8 (a stub-cache
 * probe per extractor and statement, KeyedStoreIC_Megamorphic in the profile).
 */
function store(found: Partial<Findings>, key: keyof Findings, value: Findings[keyof Findings]): void {
  switch (key) {
    case 'regions':
      found.regions = value as Findings['regions'];
      break;
    case 'institutions':
      found.institutions = value as Findings['institutions'];
      break;
    case 'programs':
      found.programs = value as Findings['programs'];
      break;
    case 'targets':
      found.targets = value as Findings['targets'];
      break;
  }
}

/**
 * The problem reporter of one statement, naming the extractor running when it is called.
 * Note: one reporter per statement (not per extractor): closures made per call show in the extraction profile. It is
 * returned unnamed: the loader keeps the name of a function bound to a name with a defineProperty at every creation.
 */
function reporter(statementId: string, running: { readonly extractor: keyof Findings }, onProblem: (problem: ExtractionProblem) => void): (message: string) => void {
  return (message) => onProblem({ statementId, extractor: running.extractor, message });
}
