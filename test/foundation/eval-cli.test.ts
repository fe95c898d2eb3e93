import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('npm run eval', () => {
  it('names a split it does not know, and the splits it does, instead of failing on a missing path', () => {
    for (const args of [['--split', 'tuning'], ['--split']]) {
      const run = spawnSync(tsx, ['scripts/eval.ts', ...args], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^eval: --split (tuning|\(nothing\)): not a split; use one of tune, synthetic, synthetic-check, heldout/);
      expect(run.stdout).toBe('');
    }
  });
});
