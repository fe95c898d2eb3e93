import { startBenchNeo4j } from './lib/neo4j.js';
import { corpusTexts } from './lib/corpus.js';
import { extractText } from '../ingest/pipeline.js';
import { batchParams } from '../src/db/write/batchParams.js';
import { BATCH_PARTS } from '../src/db/write/createDocuments.js';
const db = await startBenchNeo4j('/tmp/pkg-wt8-probe-data', 7803);
const texts = await corpusTexts('/work/wt-8');
const session = db.executor.driver.session();
for (let round = 0; round < 4; round++) {
  const exs = texts.map((t, i) => extractText(t.text + `\n(r${round}-${i})`, { source: `probe-${round}-${i}.txt`, sha256: `${round}-${i}` }));
  const params = batchParams(exs, new Date().toISOString(), 100);
  const tx = session.beginTransaction();
  const times: string[] = [];
  const all = performance.now();
  for (const { rows, cypher } of BATCH_PARTS) {
    if ((params[rows] as unknown[]).length === 0) continue;
    const t = performance.now();
    const res = await tx.run((round === 3 ? 'PROFILE ' : '') + cypher, { [rows]: params[rows], ingestedAt: params.ingestedAt, keep: params.keep });
    times.push(`${rows}=${(performance.now() - t).toFixed(0)}(${(params[rows] as unknown[]).length})`);
    if (round === 3) {
      const walk = (p: any, d: number) => { if (p.dbHits > 3000) console.log(`${rows} ${'  '.repeat(d)}${p.operatorType} hits=${p.dbHits} rows=${p.rows} ${String(p.arguments?.Details ?? '').slice(0, 120)}`); for (const c of p.children) walk(c, d + 1); };
      walk(res.summary.profile, 0);
    }
  }
  const t = performance.now();
  await tx.commit();
  console.log(`round ${round}: ${(performance.now() - all).toFixed(0)} ms, commit ${(performance.now() - t).toFixed(0)}: ${times.join(' ')}`);
}
await session.close();
await db.stop();
