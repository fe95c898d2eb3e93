/** The lexicon's program vocabulary with the look-up structures built over it (once per process). */
import { getLexicon, type ProgramKind } from '../../../language/lexicon/index.js';
import { SuffixLexicon, distinctiveChars, lastCharTable, maxWordLength } from '../../../language/match/tokens.js';

function build() {
  const { programs, names } = getLexicon();
  return {
    ...programs,
    ...names,
    headLexicon: new SuffixLexicon<ProgramKind>(programs.heads),
    /** The longest programme head, in characters. */
    maxHeadLength: maxWordLength([...programs.heads.keys()]),
    quotedHeadLexicon: new SuffixLexicon<ProgramKind>([...programs.heads, ...programs.quotedOnlyHeads]),
    introducedHeadLexicon: new SuffixLexicon<ProgramKind>(programs.introducedHeads),
    /** Per UTF-16 code, 1 when a head or an introduced head ends in that character. */
    headEnds: lastCharTable([...programs.heads.keys(), ...programs.introducedHeads.keys()]),
    /** Per UTF-16 code, 1 when a generic tail after a head ends in that character. */
    tailEnds: lastCharTable(programs.tails),
    instrumentLexicon: new SuffixLexicon(programs.instrumentHeads.map((w) => [w, true] as const)),
    workReport: new RegExp(programs.workReports.join('|')),
    genericMax: maxWordLength(programs.genericWords),
    namedScopeList: [...names.namedScopes],
    serviceFollowerList: [...programs.serviceFollowers],
    sloganFollowerList: [...programs.sloganFollowers],
    awardScopeList: [...programs.awardScopes],
    sloganVerbList: [...programs.sloganVerbs],
    cooperationCues: new Set(getLexicon().cooperation.map(([cue]) => cue)),
    backReferenceSet: new Set(programs.backReferences),
    /** The words before a number that make it approximate (约, 近): a count before a quotation may open with one. */
    approximations: new Set(getLexicon().targets.before.filter(([, comparator]) => comparator === 'APPROX').map(([word]) => word)),
  };
}

let vocabulary: ReturnType<typeof build> | undefined;

/** The program vocabulary (built on first use). */
export const vocab = (): ReturnType<typeof build> => (vocabulary ??= build());

/** How many characters of `text` could name something (not covered by generic program words). */
export function distinctiveCount(text: string): number {
  return distinctiveChars(text, vocab().genericWords, vocab().genericMax);
}

/** True when two spans share a character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * True when the span [start, end) shares a character with one of `spans`.
 * Note: a loop, not a closure over the span: a closure in a loop's body made V8 allocate that body's scope at every turn.
 */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

/** A title ending in a target year (…现代化2035). */
const TARGET_YEAR = /[\u4e00-\u9fff](?:19|20)\d{2}年?$/;

/** A title ending in its count of articles (…人才服务“十条”, …新政30条): a policy issued as numbered measures. */
const ARTICLES = /[\u4e00-\u9fff“”"「」]\s*[“"「]?[一二三四五六七八九十百\d]+条[”"」]?$/;

/** A trailing period or status in brackets after a title, e.g. (2021-2035年), (试行). */
const TRAILER = /[(（][^()（）]*[)）]$/;

/** Whether a title names a policy instrument (规划, 意见, 办法 …) and not a work report, a book or a newspaper. */
export function isInstrument(title: string): boolean {
  const v = vocab();
  if (v.workReport.test(title)) return false;
  const bare = title.replace(TRAILER, '').trim();
  // Note: a plan may be named by its target year alone (…教育现代化2035).
  return v.instrumentLexicon.matchEnd(bare, bare.length) !== null || TARGET_YEAR.test(bare) || ARTICLES.test(bare);
}

/** Whether `word` opens with a scope that names (全国…, 国家级…, 首批…). */
export function startsWithNamedScope(word: string): boolean {
  return vocab().namedScopeList.some((scope) => word.startsWith(scope));
}
