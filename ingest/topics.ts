/**
 * Topics of each statement, tagged at ingest: the statement's own tokens, the institution names and places found in
 * it, and the headings of the sections it stands in go to the topic tagger (language/topics). Also the statement's
 * words as the ingest segmenter cut them, which the statement full-text index reads.
 */
import { allHan } from '../language/match/tokens.js';
import type { Token } from '../language/segment/index.js';
import { headingCues, tagTopics, type HeadingCues } from '../language/topics/index.js';
import type { AnnotatedStatement } from './annotated.js';
import type { Section, StatementTopic } from './model.js';

/** The headings from the document root down to each section, by section id. */
function headingsBySection(sections: readonly Section[]): Map<string, string[]> {
  const byId = new Map<string, Section>();
  for (const s of sections) byId.set(s.id, s);
  const paths = new Map<string, string[]>();
  for (const section of sections) pathOf(section.id, byId, paths);
  return paths;
}

/**
 * The headings from the document root down to section `id`, memoised in `paths`.
 * Note: a module-level function, not a closure made per document (the loader names each such closure with a
 * defineProperty at its every creation, which showed in the extraction profile).
 */
function pathOf(id: string, byId: ReadonlyMap<string, Section>, paths: Map<string, string[]>): string[] {
  const known = paths.get(id);
  if (known) return known;
  const section = byId.get(id);
  const path = section ? [...(section.parentId ? pathOf(section.parentId, byId, paths) : []), section.heading] : [];
  paths.set(id, path);
  return path;
}

/** A statement's words joined by single spaces (punctuation and whitespace dropped, lower case): what the statement full-text index tokenises. */
export function wordsOf(tokens: readonly Token[]): string {
  const words: string[] = [];
  for (const { word } of tokens) {
    if (allHan(word)) words.push(word);
    else {
      const w = indexWord(word);
      if (w !== null) words.push(w);
    }
  }
  return words.join(' ');
}

/** Per UTF-16 code, what a word of that one character is to the index: 0 until first read, then KEPT or DROPPED. */
const oneCharWords = new Uint8Array(0x10000);
const KEPT = 1;
const DROPPED = 2;

/**
 * A word other than Han characters as the index keeps it (trimmed, lower case), or null when it holds no letter or digit.
 * Note: a word of one character (most are a punctuation mark) is judged once per character: trimming, lowering and the
 * Unicode-property regex for each such token were most of wordsOf.
 */
function indexWord(word: string): string | null {
  if (word.length === 1) {
    const code = word.charCodeAt(0);
    if (oneCharWords[code] === 0) oneCharWords[code] = isWord(word.trim().toLowerCase()) ? KEPT : DROPPED;
    if (oneCharWords[code] === DROPPED) return null;
  }
  const w = word.trim().toLowerCase();
  return isWord(w) ? w : null;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether a word holds a letter or a digit.
 * Note: most words start with a CJK ideograph (a letter), which settles it without the Unicode-property regex (the
 * regex was a tenth of topic tagging).
 */
function isWord(w: string): boolean {
  const first = w.charCodeAt(0);
  return (first >= 0x4e00 && first <= 0x9fff) || WORD.test(w);
}


/** A span moved from document offsets to offsets from `at`. */
function relativeTo<T extends { start: number; end: number }>(span: T, at: number): T {
  return { ...span, start: span.start - at, end: span.end - at };
}

/** A statement's place: one of a mention's region ids with the mention's span from the statement's start. */
type Place = { start: number; end: number; regionId: string };

/** What a statement with no institution or no region has of them (shared, never written). */
const NO_NAMES: readonly { start: number; end: number }[] = [];
const NO_PLACES: readonly Place[] = [];

/**
 * The regions a statement mentions, each of a mention's region ids with the mention's span from `at`.
 * Note: the list is made at the first place only: a statement naming none (most) shares one empty list.
 */
function placesOf(annotated: AnnotatedStatement, at: number): readonly Place[] {
  let places: Place[] | undefined;
  for (const c of annotated.regions) {
    const ids = c.regionIds;
    if (!ids) continue;
    for (const regionId of ids) (places ??= []).push({ start: c.start - at, end: c.end - at, regionId });
  }
  return places ?? NO_PLACES;
}

/** The spans of a statement's institution names from `at` (a shared empty list for a statement naming none). */
function namesOf(annotated: AnnotatedStatement, at: number): readonly { start: number; end: number }[] {
  const { institutions } = annotated;
  if (institutions.length === 0) return NO_NAMES;
  const names: { start: number; end: number }[] = [];
  for (const c of institutions) names.push({ start: c.start - at, end: c.end - at });
  return names;
}

/** The topics of one annotated statement, its tokens given with absolute offsets. */
export function topicsOfStatement(annotated: AnnotatedStatement, tokens: readonly Token[], headings: readonly string[],
  cues: HeadingCues = headingCues(headings)): StatementTopic[] {
  const { statement } = annotated;
  const at = statement.start;
  // Note: the tagger's tags are fresh objects of the statement topics' shape ({ topicId, score }): no copy needed.
  // Note: only inline callbacks here: the loader keeps the name of a function bound to a name (`const f = …`) with a
  // defineProperty at every creation, which showed in the extraction profile for a closure made per statement.
  return tagTopics({
    text: statement.text,
    // Note: the tagger reads token offsets from the first token on, so tokens that start where the statement starts need
    // no copy (most statements: a copy per token was a tenth of the extraction's garbage).
    tokens: tokens.length === 0 || tokens[0].start === at ? tokens : tokens.map((t) => relativeTo(t, at)),
    names: namesOf(annotated, at),
    places: placesOf(annotated, at),
    headings,
    headingCues: cues,
  });
}

/** Sets `topics` and `words` on every statement of the document (in place). */
export function tagStatements(annotated: readonly AnnotatedStatement[], tokensOf: readonly (readonly Token[])[], sections: readonly Section[]): void {
  const headings = headingsBySection(sections);
  // Note: the statements of a section share its headings' cues, read once per section (a map walk per heading and
  // statement before).
  const cuesBySection = new Map<string | null, HeadingCues>();
  annotated.forEach((a, i) => {
    const tokens = tokensOf[i];
    const { sectionId } = a.statement;
    const sectionHeadings = sectionId ? (headings.get(sectionId) ?? []) : [];
    let cues = cuesBySection.get(sectionId);
    if (cues === undefined) cuesBySection.set(sectionId, (cues = headingCues(sectionHeadings)));
    a.statement.topics = topicsOfStatement(a, tokens, sectionHeadings, cues);
    a.statement.words = wordsOf(tokens);
  });
}
