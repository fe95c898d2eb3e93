/**
 * The pure middle of ingest: one decoded document → its extraction (structure, segment, extract, resolve, relate).
 * No I/O here; `extractFile` adds the reading. Traditional Chinese is converted to Simplified, and years written in
 * numerals to digits, for extraction with every character kept in place; the written text is put back afterwards.
 */
import path from 'node:path';
import { withDigitYears } from '../language/script/numeralYears.js';
import { datesInEra, withCommonEraYears } from '../language/script/rocYears.js';
import { withGroupedDigits } from '../language/script/digitGroups.js';
import { detectScript, toSimplified } from '../language/script/traditional.js';
import { mergeBrandShortNames } from './quotedBrands.js';
import { splitFunctionInitials } from '../language/match/tokens.js';
import { getSegmenter, prepareSegmenter, type Token } from '../language/segment/index.js';
import type { AnnotatedStatement } from './annotated.js';
import { applyDefinedAliases, applyQuotedRementions, applyZoneRementions, extendToQuotedNames } from './aliases.js';
import { applyPlaceShortFormsInNames } from './placesInNames.js';
import { documentContext, homeRegionIds } from './documentContext.js';
import { EXTRACTORS, runExtractors, type ExtractionProblem, type Findings } from './extract/index.js';
import { ownProgramName } from './extract/programs/index.js';
import { ExtractionSchema, type DocumentMeta, type Extraction, type Section, type Statement, type Status, type Target } from './model.js';
import { pageAt, readSource, type IngestFileError, type OutlineHint } from './read/index.js';
import { relate } from './relate/index.js';
import { kindOfName } from './extract/institutions/heads.js';
import { entityId, resolveEntities, settleBarePrograms } from './resolve.js';
import { structureDocument } from './structure/index.js';
import { endsSentence } from './structure/splitStatements.js';
import { restoreSurfaces } from './surfaces.js';
import { tagStatements } from './topics.js';
import { plannedFor, relativeYear, saysWillHappen, statedYear } from './extract/targets/statedYear.js';
import { addTableAmounts } from './extract/targets/tableAmounts.js';
import { documentIdFor } from './documentId.js';

export { documentIdFor } from './documentId.js';

/** Loads the segmenter once per process, with the gazetteer's Chinese names as extra words. */
export { prepareSegmenter };

/** Options of one extraction. */
export interface ExtractOptions {
  /** Called with each problem an extractor noticed and worked around. */
  onProblem?: (problem: ExtractionProblem) => void;
}

/** The statements that are their section's heading: the section's first statement, its text the heading's start. */
function headingStatements(sections: readonly Section[], statements: readonly Statement[]): Set<string> {
  const headings = new Map(sections.map((s) => [s.id, s.heading]));
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const statement of statements) {
    if (statement.sectionId === null || seen.has(statement.sectionId)) continue;
    seen.add(statement.sectionId);
    const heading = headings.get(statement.sectionId);
    if (heading && statement.text.length > 0 && heading.startsWith(statement.text)) out.add(statement.id);
  }
  return out;
}

/**
 * A statement with what the extractors found in it.
 * Note: the fields are copied one by one, not spread: a spread per statement showed in the extraction profile.
 */
function annotate(statement: Statement, found: Findings): AnnotatedStatement {
  return { statement, regions: found.regions, institutions: found.institutions, programs: found.programs, targets: found.targets };
}


/** What the status of a statement's targets is read from besides the statement's own part. */
interface StatusReading {
  /** The year the statement states, its own or its sentence's. */
  stated: number | null;
  /** The year it names relative to now (去年, 明年). */
  relative: number | null;
  /** Whether an earlier clause of its sentence plans for the stated year. */
  sentencePlans: boolean;
  /** Whether an earlier clause of its sentence says what will happen. */
  sentenceWill: boolean;
  /** The year the text was written, when it is dated. */
  written: number | null;
}

/** The status of a statement's targets. */
function targetStatus(statement: Statement, { stated, relative, sentencePlans, sentenceWill, written }: StatusReading): Status {
  const { year, status, text } = statement;
  // Note: what a plan written in a year states for an earlier one (a 2025 plan dated 2025-02: 2024年，…结对学校达到48对) is
  // done: the plan's look back.
  if (status === 'PLANNED' && stated !== null && written !== null && stated < written) return 'ACHIEVED';
  // Note: what an achieved part says will happen (…将于春季招收120名, 预计…) is planned, in the same year; so is what a
  // clause goes on to say after one that did (…将于10月中旬举行，路线由…出发，全长约8.5公里).
  if (status === 'ACHIEVED' && stated === null && relative === null && (sentenceWill || saysWillHappen(text))) return 'PLANNED';
  if (year === null) return status;
  // Note: what a statement counts in a year before its own (去年…) is done, in a year after it (明年…将扩大到300名) planned.
  if (relative !== null) return relative > year && status === 'ACHIEVED' ? 'PLANNED' : relative < year ? 'ACHIEVED' : status;
  // Note: what a report's statement plans for a later year (a 2024 summary: 到2027年…, 力争2025年…) is planned, also when
  // the clause before it plans (到2027年，合作院校由目前的78所 + 增加到100所); a later year only dated is done.
  const plans = stated !== null && stated > year && status === 'ACHIEVED' && (sentencePlans || plannedFor(text, stated));
  return plans ? 'PLANNED' : status;
}

/**
 * The targets of the annotated statements, each with its span in the document. A statement that states no year of its
 * own takes the one an earlier clause of its sentence states (2023-24年度共资助52个项目，提供约4,300个实习名额).
 */
function collectTargets(annotated: AnnotatedStatement[], text: string, era: boolean, writtenYear: number | null): { targets: Target[]; spans: Map<string, { start: number; end: number }> } {
  const targets: Target[] = [];
  const spans = new Map<string, { start: number; end: number }>();
  let sentenceYear: number | null = null;
  // Note: whether the clause that stated the sentence's year plans for it (到2027年，…由目前的78所增加到100所).
  let sentencePlans = false;
  // Note: whether an earlier clause of the sentence says what will happen (…将于10月中旬举行).
  let sentenceWill = false;
  // Note: the statements of the sentence before `read` have had their years read; a statement's year is read only when
  // it or a later clause of its sentence holds a target (most hold none: statedYear on each was a third of this).
  let read = 0;
  for (let i = 0; i < annotated.length; i++) {
    const { statement, targets: found } = annotated[i];
    if (i === 0 || endsSentence(text, annotated[i - 1].statement.end, statement.start)) {
      sentenceYear = null;
      sentenceWill = false;
      read = i;
    }
    if (found.length === 0) continue;
    for (; read < i; read++) {
      const earlier = annotated[read].statement.text;
      sentenceWill ||= saysWillHappen(earlier);
      const year = statedYear(earlier, era);
      if (year === null) continue;
      sentenceYear = year;
      sentencePlans = plannedFor(earlier, year);
    }
    const own = statedYear(statement.text, era);
    if (own !== null) {
      sentenceYear = own;
      sentencePlans = plannedFor(statement.text, own);
    }
    read = i + 1;
    const stated = own ?? sentenceYear;
    // Note: a word of time relative to now (去年, 明年) counts from the year the text was written, when it is dated (a
    // release of 2025-02 on 2024: 去年外销值… is 2024's), else from its stretch's year.
    const relative = stated === null ? relativeYear(statement.text, writtenYear ?? statement.year) : null;
    const year = stated ?? relative ?? statement.year;
    const status = targetStatus(statement, { stated, relative, sentencePlans: own === null && sentencePlans, sentenceWill, written: writtenYear });
    sentenceWill ||= saysWillHappen(statement.text);
    for (const span of found) {
      const id = `${statement.id}/t:${span.start}`;
      spans.set(id, { start: span.start, end: span.end });
      targets.push({
        id, statementId: statement.id, text: span.text, subject: span.subject, value: span.value, unit: span.unit,
        comparator: span.comparator, year: span.year ?? year, status: span.status ?? status, for: null,
      });
    }
  }
  return { targets, spans };
}

/** Extracts everything from one document's normalised text (Simplified or Traditional Chinese). */
export function extractText(text: string, meta: { source: string; sha256: string; id?: string; outline?: OutlineHint[] }, options: ExtractOptions = {}): Extraction {
  prepareSegmenter();
  const traditional = detectScript(text) === 'TRADITIONAL';
  // Note: extraction reads a copy with every character in place: Traditional as Simplified, years in numerals as digits,
  // years of the Republic of China calendar (a Taiwan text's 113年度) in the common era, and in a Traditional text
  // thousands grouped by a space (28 600名, as Hong Kong writes them; a Simplified table's cells may be one space apart)
  // by a comma.
  const digits = withDigitYears(traditional ? toSimplified(text) : text);
  // Note: a Traditional text dated in the Republic of China's calendar writes bare years of three digits (113年) that
  // stay as written (no room for a fourth digit): the targets' reader takes them as the era's.
  const era = traditional && datesInEra(digits);
  const converted = withCommonEraYears(digits);
  const work = traditional ? withGroupedDigits(converted) : converted;
  const id = meta.id ?? documentIdFor(meta.source);
  const structured = structureDocument(work, { id, source: meta.source, sha256: meta.sha256, outline: meta.outline, era });
  const { sections, statements } = structured;
  const segmenter = getSegmenter();
  // Note: the statements' arrays are built by push, not map: Array.prototype.map gave them holey elements once
  // extractText ran optimized code, and every optimized function reading them (resolve, aliases, relate …) deopted and
  // was compiled again.
  // Note: the statements are segmented before the context is read: it reads the title, the issuer line and the opening
  // statements with their tokens, not segmenting them again.
  const tokensOf: Token[][] = [];
  for (const statement of statements) tokensOf.push(splitFunctionInitials(segmenter.tagText(statement.text, statement.start)));
  const context = documentContext(structured.document, statements, traditional, structured.signedBy, tokensOf, era);
  const ownProgram = ownProgramName(structured.document.title);
  // Note: the structure's document is completed in place, not spread: a spread plus a new field gave each document a V8
  // map of its own (a runtime call per document, and a miss of every later read of it).
  const document: DocumentMeta = structured.document;
  document.issuer = context.issuer;
  document.programId = ownProgram ? entityId('PROGRAM', ownProgram) : null;
  const headings = headingStatements(sections, statements);
  const annotated: AnnotatedStatement[] = [];
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    const input = { statement, tokens: tokensOf[i], document: context, heading: headings.has(statement.id) };
    annotated.push(annotate(statement, runExtractors(EXTRACTORS, input, options.onProblem)));
  }
  tagStatements(annotated, tokensOf, sections);
  const { index, idsByStatement } = resolveEntities(annotated);
  applyDefinedAliases(annotated, index, idsByStatement);
  applyQuotedRementions(annotated, index, idsByStatement);
  extendToQuotedNames(annotated, index, idsByStatement);
  mergeBrandShortNames(index, idsByStatement);
  applyZoneRementions(annotated, index, idsByStatement);
  applyPlaceShortFormsInNames(annotated, index, idsByStatement);
  settleBarePrograms(idsByStatement);
  addTableAmounts(annotated);
  const { targets, spans } = collectTargets(annotated, work, era, document.issuedOn ? Number(document.issuedOn.slice(0, 4)) : null);
  if (document.programId && ownProgram && !index.get(document.programId)) {
    index.ensure(document.programId, () => ({ type: 'PROGRAM', name: ownProgram, kind: 'POLICY_DOCUMENT' }));
  }
  // Note: the issuer is an entity even when the body never names it again; so is the party of clauses without a subject
  // (the issuer, or the body a unit that issues belongs to; none for a news outlet).
  for (const name of new Set([document.issuer, context.issuerName])) {
    if (name) index.ensure(entityId('INSTITUTION', name), () => ({ type: 'INSTITUTION', name, kind: kindOfName(name) }));
  }
  const relations = relate(annotated, idsByStatement, index, targets, {
    headingIds: headings,
    issuerInstitutionId: context.issuerName ? entityId('INSTITUTION', context.issuerName) : null,
    issuerRegionId: context.regionId,
    placeSpeaks: context.placeSpeaks,
    homeRegionIds: homeRegionIds(context.region),
    text: work,
    title: document.title,
  });
  const extraction: Extraction = { document, sections, statements, entities: index.all(), targets, relations };
  return work !== text ? restoreSurfaces(extraction, text, work, spans) : extraction;
}

/** The outcome of extracting one file. */
export type ExtractResult = { ok: true; extraction: Extraction; chars: number } | { ok: false; error: IngestFileError };

/**
 * Reads, decodes and extracts one file; bad input comes back as an error naming the file. The document's source is
 * the file's absolute path, its id relative to `root` (default: the file's folder).
 */
export async function extractFile(file: string, options: { maxBytes: number; root?: string } & ExtractOptions): Promise<ExtractResult> {
  const read = await readSource(file, options);
  if (!read.ok) return read;
  const { text, sha256, outline, pages } = read.value;
  const source = path.resolve(file);
  const extraction = extractText(text, { source, sha256, outline, id: documentIdFor(source, options.root) }, options);
  // Note: a PDF's statements keep the page they start on, so evidence can say "p. 3".
  if (pages) for (const statement of extraction.statements) statement.page = pageAt(pages, statement.start);
  return { ok: true, extraction, chars: read.value.text.length };
}

/** Validates an extraction against the zod contract (used by `extract --json` and tests). */
export function validateExtraction(extraction: Extraction): Extraction {
  return ExtractionSchema.parse(extraction);
}
