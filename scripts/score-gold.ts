/** Prints precision/recall of the extractor against every gold file (a development aid; the test asserts the thresholds). */
// Usage: npx tsx scripts/score-gold.ts [-v] [--dir test/fixtures/gold-heldout]
import path from 'node:path';
import { extractFile } from '../ingest/pipeline.js';
import { projectRoot } from '../src/project-root.js';
import { loadGold, scoreEntities, scoreRelations, scoreTargets } from '../test/helpers/gold.js';

const root = projectRoot();
const verbose = process.argv.includes('-v');
const dirFlag = process.argv.indexOf('--dir');
// --dir test/fixtures/gold-heldout scores the held-out gold, which extraction was never tuned against.
const dir = dirFlag >= 0 ? process.argv[dirFlag + 1] : 'test/fixtures/gold';
for (const gold of loadGold(path.resolve(root, dir))) {
  const result = await extractFile(path.join(root, gold.file), { maxBytes: 5e6 });
  if (!result.ok) throw result.error;
  const e = result.extraction;
  console.log(`\n== ${gold.file}`);
  for (const type of ['REGION', 'INSTITUTION', 'PROGRAM'] as const) {
    const s = scoreEntities(e, gold, type);
    const p = s.extracted ? s.correct / s.extracted : 1;
    const r = s.required ? s.found / s.required : 1;
    console.log(`${type.padEnd(12)} P ${p.toFixed(2)} (${s.correct}/${s.extracted})  R ${r.toFixed(2)} (${s.found}/${s.required})`);
    if (verbose) {
      if (s.missed.length) console.log('   missed:', s.missed.join(' | '));
      if (s.spurious.length) console.log('   spurious:', s.spurious.join(' | '));
    }
  }
  const t = scoreTargets(e, gold);
  console.log(`TARGETS      ${t.found}/${t.required} (${(t.required ? t.found / t.required : 1).toFixed(2)}), extracted ${e.targets.length}`);
  if (verbose && t.missed.length) console.log('   missed:', t.missed.join(' | '));
  const rel = scoreRelations(e, gold, ['PARTNERS_WITH', 'LOCATED_IN', 'PART_OF']);
  console.log(`RELATIONS    ${rel.found}/${rel.required}`);
  if (verbose && rel.missed.length) console.log('   missed:', rel.missed.join(' | '));
}
