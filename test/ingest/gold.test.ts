import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSplit, pooledScores, type DocumentScore, type Pooled } from '../../eval/evaluate.js';
import { belowFloors, loadFloors } from '../../eval/floors.js';
import { projectRoot } from '../../src/project-root.js';

// Extraction quality against hand-written gold (test/fixtures/gold*/): the held-out split, never used to tune, must
// stay above the floors of eval/floors.json; `npm run eval` prints the full tables.
const root = projectRoot();
let heldout: DocumentScore[] = [];
let scores: Record<string, Pooled> = {};

beforeAll(async () => {
  heldout = await evaluateSplit(root, 'heldout');
  scores = pooledScores(heldout);
}, 120_000);

describe('extraction quality on the held-out gold', () => {
  it('scores every held-out document, Simplified and Traditional', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(14);
    expect(heldout.some((d) => d.script === 'TRADITIONAL')).toBe(true);
  });

  it('holds every floor of eval/floors.json', () => {
    const floors = loadFloors(root);
    expect(Object.keys(floors.heldout).length).toBeGreaterThanOrEqual(5);
    expect(belowFloors(scores, floors)).toEqual([]);
  });

  it('reads Traditional documents about as well as Simplified ones', () => {
    const traditional = pooledScores(heldout.filter((d) => d.script === 'TRADITIONAL'));
    const simplified = pooledScores(heldout.filter((d) => d.script === 'SIMPLIFIED'));
    for (const key of ['regions', 'institutions', 'programs']) {
      expect({ key, f1: traditional[key].f1 }).toEqual({ key, f1: expect.any(Number) });
      expect(traditional[key].f1).toBeGreaterThanOrEqual(simplified[key].f1 - 0.2);
    }
  });
});
