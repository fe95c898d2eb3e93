/** Prints the topic tagger's precision and recall on the hand-labelled set (a development aid; the test asserts them). */
// Usage: npx tsx scripts/score-topics.ts [-v] [--heldout]
import { loadLabelled, scoreTopics } from '../test/helpers/topics.js';

const verbose = process.argv.includes('-v');
const sets = process.argv.includes('--heldout') ? (['tune', 'heldout'] as const) : (['tune'] as const);
for (const set of sets) {
  const entries = loadLabelled().filter((e) => e.set === set);
  const s = await scoreTopics(entries);
  console.log(`${set.padEnd(8)} ${entries.length} statements  P ${s.precision.toFixed(2)} (${s.correct}/${s.predicted})  R ${s.recall.toFixed(2)} (${s.found}/${s.labelled})`);
  if (verbose) {
    for (const w of s.wrong) console.log(`   wrong:  ${w}`);
    for (const m of s.missed) console.log(`   missed: ${m}`);
  }
}
