/**
 * The question set (test/fixtures/questions/questions.yaml) asked of the real graph: the sample, the Nansha fixture
 * and the shared texts (test/fixtures/corpus*) ingested under this run's own names; each question's answer must name
 * what it must contain and none of what it must not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_QUERY } from '../../src/graphql/askQuery.js';
import { documentIdFor } from '../../ingest/pipeline.js';
import { deleteDocument } from '../../src/db/write/graphWriter.js';
import { projectRoot } from '../../src/project-root.js';
import { answerTexts } from '../helpers/answerTexts.js';
import { ingestForTest } from '../helpers/ingest.js';
import { loadQuestions } from '../helpers/questions.js';
import { runSuffix, tempDir } from '../helpers/tmp.js';
import { startApiHarness, type ApiHarness, type Data } from './harness.js';

let api: ApiHarness;
let dir: string;
const ids: string[] = [];

beforeAll(async () => {
  api = await startApiHarness();
  dir = tempDir('policy-kg-ask-');
  const suffix = runSuffix();
  for (const folder of ['test/fixtures/corpus', 'test/fixtures/corpus-more']) {
    for (const name of fs.readdirSync(path.join(projectRoot(), folder)).filter((f) => f.endsWith('.txt'))) {
      const file = path.join(dir, `${path.basename(name, '.txt')}-${suffix}.txt`);
      fs.copyFileSync(path.join(projectRoot(), folder, name), file);
      ids.push(documentIdFor(file));
    }
  }
  const outcomes = await ingestForTest(api.db.executor, [dir], 5e6);
  expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  await api.db.executor.write({ cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
}, 600_000);

afterAll(async () => {
  for (const id of ids) await deleteDocument(api.db.executor, id);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await api?.close();
}, 300_000);

const questions = loadQuestions('questions').filter((q) => q.answer.mustContain.length + q.answer.mustNotContain.length > 0);

describe('asking the question set of the real graph', () => {
  it('has answers to check for at least 40 questions, Chinese and English', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => !/[\u4e00-\u9fff]/.test(q.question)).length).toBeGreaterThanOrEqual(10);
  });

  it.each(questions.map((q) => [q.id, q.question, q] as const))('%s %s', async (_id, question, q) => {
    const result = await api.run<{ ask: Data }>(ASK_QUERY, { question });
    expect(result.errors).toBeUndefined();
    const ask = result.data!.ask;
    const texts = answerTexts(ask).join('\n');
    for (const expected of q.answer.mustContain) expect(texts, `${ask.interpretation}: must contain ${expected}`).toContain(expected);
    for (const unwanted of q.answer.mustNotContain) expect(texts, `${ask.interpretation}: must not contain ${unwanted}`).not.toContain(unwanted);
    expect(ask.answered).toBe(true);
  });
});

describe('counting the thing a question names', () => {
  it('counts it as written, in the places named, before any of its words or other places', async () => {
    const result = await api.run<{ ask: Data }>(ASK_QUERY, { question: '毕节和黔南的贫困发生率降到了多少?' });
    const ask = result.data!.ask as { interpretation: string; targets: { text: string; subject: string | null; statement: { text: string } }[] };
    expect(ask.interpretation).toBe('count(of: "贫困发生率", region: "毕节市、黔南布依族苗族自治州")');
    expect(ask.targets.length).toBeGreaterThan(0);
    // Every target holds the whole phrase (贫困村 or 贫困县 alone are other counts).
    for (const t of ask.targets) expect([t.text, t.subject ?? '', t.statement.text].join(' ')).toContain('贫困发生率');
  });
});
