/**
 * The floors the held-out split must stay above (eval/floors.json): a regression that moves a held-out figure below
 * its floor fails `npm run eval` and the test suite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Pooled } from './evaluate.js';

const FloorSchema = z.object({ recall: z.number().min(0).max(1).optional(), precision: z.number().min(0).max(1).optional() });
const FloorsSchema = z.object({ heldout: z.record(z.string(), FloorSchema) });
export type Floors = z.infer<typeof FloorsSchema>;

/** Reads the floors file. */
export function loadFloors(root: string): Floors {
  return FloorsSchema.parse(JSON.parse(fs.readFileSync(path.join(root, 'eval/floors.json'), 'utf8')));
}

/** The figures below their floor, as readable lines (empty when all hold). */
export function belowFloors(scores: Record<string, Pooled>, floors: Floors): string[] {
  const out: string[] = [];
  for (const [key, floor] of Object.entries(floors.heldout)) {
    const s = scores[key];
    if (!s) {
      out.push(`${key}: no such measure`);
      continue;
    }
    if (floor.recall !== undefined && s.recall < floor.recall) out.push(`${key} recall ${s.recall.toFixed(3)} < ${floor.recall}`);
    if (floor.precision !== undefined && s.precision < floor.precision) out.push(`${key} precision ${s.precision.toFixed(3)} < ${floor.precision}`);
  }
  return out;
}
