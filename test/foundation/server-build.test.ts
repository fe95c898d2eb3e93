import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, validateExtraction } from '../../ingest/pipeline.js';
import { buildServer } from '../../scripts/build-server.js';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/project-root.js';

const root = projectRoot();
const sample = path.join(root, 'seeds', 'guangzhou-education-2019-summary-2020-plan.txt');
const traditional = path.join(root, 'test/fixtures/traditional/hk-twin-traditional.txt');

describe('npm run build:server', () => {
  it('compiles a server that runs without tsx and extracts exactly what the TypeScript sources extract', async () => {
    const out = await buildServer(path.join(root, '.cache', 'test-server-build'));
    const cli = path.join(out, 'src', 'cli', 'main.js');
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help).toContain('policy-kg serve');
    for (const file of [sample, traditional]) {
      // Lexicon data, segmenter dictionaries and the native binding are all read by the compiled modules.
      const compiled = JSON.parse(execFileSync(process.execPath, [cli, 'extract', file, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
      const result = await extractFile(file, { maxBytes: loadConfig().ingest.maxFileBytes });
      if (!result.ok) throw result.error;
      expect(compiled).toEqual(JSON.parse(JSON.stringify(validateExtraction(result.extraction))));
    }
    fs.rmSync(out, { recursive: true, force: true });
  }, 120_000);
});
