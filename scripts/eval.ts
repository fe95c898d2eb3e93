/**
 * `npm run eval`: precision, recall and F1 of the extraction per measure on the tune and held-out gold splits, per
 * script (Simplified / Traditional), and the held-out floors; exits 1 when a held-out figure is below its floor.
 * Flags: -v lists misses and spurious items per document; --split tune|synthetic|synthetic-check|heldout limits the run; --json prints JSON.
 */
import { pooledScores, evaluateSplit, MEASURES, type DocumentScore, type Pooled } from '../eval/evaluate.js';
import { belowFloors, loadFloors } from '../eval/floors.js';
import type { Split } from '../eval/gold.js';
import { projectRoot } from '../src/project-root.js';

const root = projectRoot();
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const json = args.includes('--json');
const TITLES: Record<Split, string> = { tune: 'Tuning split', synthetic: 'Synthetic development split (written here)', 'synthetic-check': 'Synthetic check split (written here, not tuned on)', heldout: 'Held-out split' };
const ALL_SPLITS = Object.keys(TITLES) as Split[];
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] ?? '' : undefined;
if (only !== undefined && !(ALL_SPLITS as string[]).includes(only)) {
  console.error(`eval: --split ${only || '(nothing)'}: not a split; use one of ${ALL_SPLITS.join(', ')}`);
  process.exit(2);
}
const splits: Split[] = only !== undefined ? [only as Split] : ALL_SPLITS;

const pct = (x: number): string => x.toFixed(2);
function table(title: string, scores: Record<string, Pooled>, docs: number): string {
  const lines = [`\n${title} (${docs} documents)`, `${'measure'.padEnd(40)} ${'recall'.padStart(14)} ${'precision'.padStart(14)}   F1`];
  for (const m of MEASURES) {
    const s = scores[m.key];
    const recall = `${pct(s.recall)} ${`${s.found}/${s.required}`.padStart(8)}`;
    const precision = `${pct(s.precision)} ${`${s.correct}/${s.extracted}`.padStart(8)}`;
    lines.push(`${m.label.padEnd(40)} ${recall.padStart(14)} ${precision.padStart(14)}   ${pct(s.f1)}`);
  }
  return lines.join('\n');
}

function details(documents: DocumentScore[]): string {
  const lines: string[] = [];
  for (const d of documents) {
    lines.push(`\n== ${d.file}`);
    for (const m of MEASURES) {
      const s = d.scores[m.key];
      if (s.missed.length) lines.push(`  ${m.key} missed: ${s.missed.join(' | ')}`);
      if (s.spurious.length) lines.push(`  ${m.key} spurious: ${s.spurious.join(' | ')}`);
    }
  }
  return lines.join('\n');
}

const results: Record<string, Record<string, Pooled>> = {};
let failed: string[] = [];
for (const split of splits) {
  const documents = await evaluateSplit(root, split);
  if (documents.length === 0) continue;
  const scores = pooledScores(documents);
  results[split] = scores;
  if (split === 'heldout') failed = belowFloors(scores, loadFloors(root));
  if (json) continue;
  if (verbose) console.log(details(documents));
  console.log(table(TITLES[split], scores, documents.length));
  for (const script of ['SIMPLIFIED', 'TRADITIONAL'] as const) {
    const subset = documents.filter((d) => d.script === script);
    if (subset.length && subset.length < documents.length) console.log(table(`  ${split}, ${script.toLowerCase()} only`, pooledScores(subset), subset.length));
  }
}
if (json) console.log(JSON.stringify(results, (k: string, v: unknown) => (k === 'missed' || k === 'spurious' ? undefined : v), 2));
if (failed.length) {
  console.error(`\nHeld-out figures below their floors (eval/floors.json):\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
} else if (!json && splits.includes('heldout')) console.log('\nHeld-out floors (eval/floors.json): all hold.');
