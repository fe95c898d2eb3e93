/** Runs the extractor over a gold split and pools the scores of every measure (micro-averaged over documents). */
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../ingest/model.js';
import { extractFile } from '../ingest/pipeline.js';
import { detectScript } from '../language/script/traditional.js';
import { loadGold, type Gold, type Split } from './gold.js';
import { scoreDocumentProgram, scoreEntities, scoreIssuer, scoreRelations, scoreTargets, type Count } from './score.js';

/** A measure the evaluation reports. */
export interface Measure {
  key: string;
  label: string;
  score(extraction: Extraction, gold: Gold): Count;
}

/** The measures, in the order they are printed. */
export const MEASURES: readonly Measure[] = [
  { key: 'regions', label: 'regions', score: (x, g) => scoreEntities(x, g, 'REGION') },
  { key: 'institutions', label: 'institutions', score: (x, g) => scoreEntities(x, g, 'INSTITUTION') },
  { key: 'programs', label: 'programs', score: (x, g) => scoreEntities(x, g, 'PROGRAM') },
  { key: 'targets', label: 'targets (value + unit)', score: (x, g) => scoreTargets(x, g) },
  { key: 'targetsStrict', label: 'targets (+ year, status, comparator)', score: (x, g) => scoreTargets(x, g, true) },
  { key: 'links', label: 'partnerships and program→region links', score: (x, g) => scoreRelations(x, g, ['PARTNERS_WITH', 'TOUCHES']) },
  { key: 'partnerships', label: '  of which PARTNERS_WITH', score: (x, g) => scoreRelations(x, g, ['PARTNERS_WITH']) },
  { key: 'touches', label: '  of which TOUCHES', score: (x, g) => scoreRelations(x, g, ['TOUCHES']) },
  { key: 'structural', label: 'LOCATED_IN, PART_OF, INVOLVES', score: (x, g) => scoreRelations(x, g, ['LOCATED_IN', 'PART_OF', 'INVOLVES']) },
  { key: 'issuer', label: 'issuer', score: (x, g) => scoreIssuer(x, g) },
  { key: 'documentProgram', label: 'document is the text of a policy', score: (x, g) => scoreDocumentProgram(x, g) },
];

/** Pooled counts with recall, precision and F1. */
export interface Pooled extends Count {
  recall: number;
  precision: number;
  f1: number;
}

/** One document's scores. */
export interface DocumentScore {
  file: string;
  script: 'SIMPLIFIED' | 'TRADITIONAL';
  scores: Record<string, Count>;
}

/** Adds counts up and computes the rates (1 when nothing was asked or found). */
export function pool(counts: readonly Count[]): Pooled {
  const sum = { found: 0, required: 0, correct: 0, extracted: 0, missed: [] as string[], spurious: [] as string[] };
  for (const c of counts) {
    sum.found += c.found;
    sum.required += c.required;
    sum.correct += c.correct;
    sum.extracted += c.extracted;
    sum.missed.push(...c.missed);
    sum.spurious.push(...c.spurious);
  }
  const recall = sum.required ? sum.found / sum.required : 1;
  const precision = sum.extracted ? sum.correct / sum.extracted : 1;
  return { ...sum, recall, precision, f1: recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0 };
}

/** Extracts and scores every document of a split. */
export async function evaluateSplit(root: string, split: Split): Promise<DocumentScore[]> {
  const out: DocumentScore[] = [];
  for (const gold of loadGold(root, split)) {
    const file = path.join(root, gold.file);
    const result = await extractFile(file, { maxBytes: 5e6 });
    if (!result.ok) throw new Error(result.error.message);
    const scores = Object.fromEntries(MEASURES.map((m) => [m.key, m.score(result.extraction, gold)]));
    out.push({ file: gold.file, script: detectScript(fs.readFileSync(file, 'utf8')), scores });
  }
  return out;
}

/** The pooled scores of a set of documents, by measure key. */
export function pooledScores(documents: readonly DocumentScore[]): Record<string, Pooled> {
  return Object.fromEntries(MEASURES.map((m) => [m.key, pool(documents.map((d) => d.scores[m.key]))]));
}
