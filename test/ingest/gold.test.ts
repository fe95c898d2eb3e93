import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/model.js';
import { extractFile } from '../../ingest/pipeline.js';
import { projectRoot } from '../../src/project-root.js';
import { loadGold, scoreEntities, scoreRelations, scoreTargets, type Gold } from '../helpers/gold.js';

// Precision and recall of the extraction against hand-written gold (test/fixtures/gold/): the sample on
// its own, and the corpus excerpts (other cities, districts and years) pooled.
const root = projectRoot();
const golds = loadGold(path.join(root, 'test/fixtures/gold'));
const SAMPLE = 'seeds/guangzhou-education-2019-summary-2020-plan.txt';
const extractions = new Map<string, Extraction>();

beforeAll(async () => {
  for (const gold of golds) {
    const result = await extractFile(path.join(root, gold.file), { maxBytes: 5e6 });
    if (!result.ok) throw result.error;
    extractions.set(gold.file, result.extraction);
  }
});

const groups: [string, (g: Gold) => boolean][] = [
  ['the sample document', (g) => g.file === SAMPLE],
  ['the corpus excerpts pooled', (g) => g.file !== SAMPLE],
];

describe.each(groups)('extraction quality on %s', (_label, select) => {
  it('uses gold for at least the documents the issue asks for', () => {
    expect(golds.filter(select).length).toBeGreaterThanOrEqual(select({ file: SAMPLE } as Gold) ? 1 : 4);
  });

  it.each(['REGION', 'INSTITUTION', 'PROGRAM'] as const)('finds %s entities with recall ≥ 0.90 and precision ≥ 0.85', (type) => {
    let found = 0;
    let required = 0;
    let correct = 0;
    let extracted = 0;
    const report: string[] = [];
    for (const gold of golds.filter(select)) {
      const s = scoreEntities(extractions.get(gold.file) as Extraction, gold, type);
      found += s.found;
      required += s.required;
      correct += s.correct;
      extracted += s.extracted;
      if (s.missed.length) report.push(`${gold.file} missed: ${s.missed.join(', ')}`);
      if (s.spurious.length) report.push(`${gold.file} spurious: ${s.spurious.join(', ')}`);
    }
    const recall = found / required;
    const precision = correct / extracted;
    expect({ recall: recall >= 0.9, precision: precision >= 0.85, recallValue: recall, precisionValue: precision, report }).toMatchObject({
      recall: true,
      precision: true,
    });
  });

  it('finds ≥ 90% of the numeric targets with the right value, unit, year and status', () => {
    let found = 0;
    let required = 0;
    const missed: string[] = [];
    for (const gold of golds.filter(select)) {
      const s = scoreTargets(extractions.get(gold.file) as Extraction, gold);
      found += s.found;
      required += s.required;
      missed.push(...s.missed);
    }
    expect(required).toBeGreaterThan(0);
    expect({ share: found / required >= 0.9, found, required, missed }).toMatchObject({ share: true });
  });

  it('derives ≥ 80% of the key partnership, location and part-of relations', () => {
    let found = 0;
    let required = 0;
    const missed: string[] = [];
    for (const gold of golds.filter(select)) {
      const s = scoreRelations(extractions.get(gold.file) as Extraction, gold, ['PARTNERS_WITH', 'LOCATED_IN', 'PART_OF']);
      found += s.found;
      required += s.required;
      missed.push(...s.missed);
    }
    expect({ share: found / required >= 0.8, found, required, missed }).toMatchObject({ share: true });
  });
});
