/**
 * The extraction pool's bounded workers: a document too large for a pool worker's heap is extracted again in a worker
 * of its own, and the files queued behind it go to a replacement; when even that fails, only that document fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool, startExtractWorker, type ExtractOutcome } from '../../ingest/extractPool.js';
import { projectRoot } from '../../src/project-root.js';
import { tempDir } from '../helpers/tmp.js';

const root = projectRoot();
const dir = tempDir('policy-kg-pool-');
const fixtures = path.join(root, 'test/fixtures/corpus');
const texts = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'));
const small = [0, 1].map((i) => {
  const file = path.join(dir, `small-${i}.txt`);
  fs.writeFileSync(file, texts[i]);
  return file;
});
// Note: ~3 MB of policy text needs well over the pool worker's 128 MB of heap to extract (~250 MB for 5 MB).
const big = path.join(dir, 'big.txt');
fs.writeFileSync(big, Array.from({ length: Math.ceil(3_000_000 / Buffer.byteLength(texts.join('\n\n'))) }, () => texts.join('\n\n')).join('\n\n'));
const maxBytes = 10 * 1024 * 1024;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const statements = (o: ExtractOutcome): number => (o.ok ? o.extraction.statements.length : -1);

describe('extraction pool', () => {
  it('retries a document that exhausts a pool worker alone, and loses none of the files queued behind it', async () => {
    const pool = new ExtractPool(1);
    try {
      const [first, large, ...rest] = await Promise.all([small[0], big, small[1]].map((f) => pool.extract(f, maxBytes, dir)));
      expect(pool.retriedAlone).toBe(1);
      for (const o of [first, large, ...rest]) expect(o.ok, o.ok ? '' : o.error).toBe(true);
      expect(statements(large)).toBeGreaterThan(10_000);
      expect(statements(rest[0])).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('fails only that document, naming it, when it exhausts a worker of its own too', async () => {
    // Note: the retry here is given the pool's bound, so it runs out of memory again.
    const pool = new ExtractPool(1, () => startExtractWorker('pool'));
    try {
      const [large, after] = await Promise.all([big, small[1]].map((f) => pool.extract(f, maxBytes, dir)));
      expect(large.ok).toBe(false);
      if (!large.ok) expect(large.error).toMatch(/big\.txt: extraction ran out of memory even in a worker of its own/);
      expect(statements(after)).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
