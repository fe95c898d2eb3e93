/**
 * The pure middle of ingest: one decoded document → its extraction (structure, segment, extract,
 * resolve, relate). No I/O here; `extractFile` adds the reading.
 */
import path from 'node:path';
import type { AnnotatedStatement } from './annotated.js';
import { extractInstitutions } from './extract/institutions.js';
import { extractPrograms } from './extract/programs.js';
import { extractRegions } from './extract/regions.js';
import { extractTargets } from './extract/targets.js';
import { getGazetteer, regionForIssuer, type RegionRecord } from './gazetteer/index.js';
import { ExtractionSchema, type Extraction, type Target } from './model.js';
import { readSource, type IngestFileError } from './read/index.js';
import { relate } from './relate.js';
import { entityId, resolveEntities } from './resolve.js';
import { getSegmenter } from './segment/index.js';
import { structureDocument } from './structure/index.js';

/** The document id of a file: `doc:` + its base name without extension (stable across machines and edits). */
export function documentIdFor(file: string): string {
  return `doc:${path.basename(file, path.extname(file))}`;
}

let segmenterReady = false;

/** Loads the segmenter once per process, with the gazetteer's Chinese names as extra words. */
export function prepareSegmenter(): void {
  if (segmenterReady) return;
  const words: string[] = [];
  for (const region of getGazetteer().all()) {
    words.push(region.name);
    for (const alias of region.aliases) if (alias.length >= 2) words.push(alias);
  }
  getSegmenter(words);
  segmenterReady = true;
}

function cityOf(region: RegionRecord | null): { name: string; short: string } | null {
  if (!region) return null;
  // Note: municipalities (北京市, 上海市 …) are PROVINCE-level in GB/T 2260 but are the city a 市X body belongs to.
  const isCity = (r: RegionRecord): boolean => r.level === 'CITY' || (r.level === 'PROVINCE' && r.name.endsWith('市'));
  const city = isCity(region) ? region : getGazetteer().parentsOf(region.id).find(isCity);
  if (!city) return null;
  return { name: city.name, short: city.name.replace(/(市|地区|盟|自治州)$/, '') };
}

/** Extracts everything from one document's normalised text. */
export function extractText(text: string, meta: { source: string; sha256: string; id?: string }): Extraction {
  prepareSegmenter();
  const id = meta.id ?? documentIdFor(meta.source);
  const { document, sections, statements } = structureDocument(text, { id, source: meta.source, sha256: meta.sha256 });
  const issuerRegion = regionForIssuer(document.issuer ?? document.title);
  const issuerCity = cityOf(issuerRegion);
  const segmenter = getSegmenter();
  const regionContext = { regionId: issuerRegion?.id ?? null };

  const annotated: AnnotatedStatement[] = statements.map((statement) => {
    const tokens = segmenter.tagText(statement.text, statement.start);
    const regions = extractRegions(statement.text, statement.start, regionContext);
    return {
      statement,
      regions,
      institutions: extractInstitutions(statement.text, statement.start, tokens, {
        issuerCity,
        issuerName: document.issuer,
        regionSpans: regions,
      }),
      programs: extractPrograms(statement.text, statement.start, tokens),
      targets: extractTargets(statement.text, statement.start, tokens),
    };
  });

  const { index, idsByStatement } = resolveEntities(annotated);
  const targets: Target[] = [];
  for (const item of annotated) {
    item.targets.forEach((span) => {
      targets.push({
        id: `${item.statement.id}/t:${span.start}`,
        statementId: item.statement.id,
        text: span.text,
        subject: span.subject,
        value: span.value,
        unit: span.unit,
        comparator: span.comparator,
        year: item.statement.year,
        status: item.statement.status,
        for: null,
      });
    });
  }
  const issuerId = document.issuer ? entityId('INSTITUTION', document.issuer) : null;
  const homeRegionIds = new Set<string>();
  if (issuerRegion) {
    homeRegionIds.add(issuerRegion.id);
    for (const parent of getGazetteer().parentsOf(issuerRegion.id)) homeRegionIds.add(parent.id);
  }
  const relations = relate(annotated, idsByStatement, index, targets, {
    issuerInstitutionId: issuerId && index.get(issuerId) ? issuerId : null,
    issuerRegionId: issuerRegion?.id ?? null,
    homeRegionIds,
  });
  return { document, sections, statements, entities: index.all(), targets, relations };
}

/** The outcome of extracting one file. */
export type ExtractResult = { ok: true; extraction: Extraction; chars: number } | { ok: false; error: IngestFileError };

/** Reads, decodes and extracts one file; bad input comes back as an error naming the file. */
export async function extractFile(file: string, options: { maxBytes: number }): Promise<ExtractResult> {
  const read = await readSource(file, options);
  if (!read.ok) return read;
  const extraction = extractText(read.value.text, { source: file, sha256: read.value.sha256 });
  return { ok: true, extraction, chars: read.value.text.length };
}

/** Validates an extraction against the zod contract (used by `extract --json` and tests). */
export function validateExtraction(extraction: Extraction): Extraction {
  return ExtractionSchema.parse(extraction);
}
