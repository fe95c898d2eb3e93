import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/model.js';
import { extractFile } from '../../ingest/pipeline.js';
import { EVIDENCE_MODEL, backfillEvidence } from '../../src/db/backfill.js';
import { migrate } from '../../src/db/migrate.js';
import { deleteDocument, writeExtraction } from '../../src/db/write/graphWriter.js';
import { projectRoot } from '../../src/project-root.js';
import { openTestDatabase } from '../helpers/db.js';
import { runSuffix } from '../helpers/tmp.js';

const db = openTestDatabase();
const id = `doc:backfill-${runSuffix()}`;

/** What the evidence model stores for one document: statement and target ranks, its edges' lists and counts, its entities' newest mentions. */
async function snapshot(): Promise<Record<string, unknown>> {
  const [row] = await db.executor.read({
    cypher: `RETURN
      COLLECT { MATCH (s:Statement {documentId: $id}) RETURN [s.id, s.rank] AS x ORDER BY x[0] } AS statements,
      COLLECT { MATCH (t:Target {documentId: $id}) RETURN [t.id, t.rank] AS x ORDER BY x[0] } AS targets,
      COLLECT { MATCH (:Statement {documentId: $id})-[x:SUPPORTS]->(a) WITH DISTINCT x.edge AS key, a
        MATCH (a)-[r]->(b) WHERE type(r) + '|' + a.id + '|' + b.id = key
        RETURN {key: key, count: r.evidenceCount, ranks: r.evidenceRanks, evidence: r.evidence} AS x ORDER BY x.key } AS edges,
      COLLECT { MATCH (:Statement {documentId: $id})-[:MENTIONS]->(e) WITH DISTINCT e RETURN [e.id, e.recentMentions] AS x ORDER BY x[0] } AS entities`,
    params: { id },
  });
  return row;
}

beforeAll(async () => {
  await migrate(db.executor, projectRoot());
  const result = await extractFile(path.join(projectRoot(), 'test/fixtures/synthetic/xinghe-2031-plan.txt'), { maxBytes: 5e6 });
  if (!result.ok) throw result.error;
  const extraction = JSON.parse(JSON.stringify(result.extraction).replaceAll(result.extraction.document.id, id)) as Extraction;
  await writeExtraction(db.executor, { ...extraction, document: { ...extraction.document, sha256: id } });
});

afterAll(async () => {
  await deleteDocument(db.executor, id);
  await db.close();
});

describe('backfill of a store written before evidence was kept newest first', () => {
  it('restores ranks, SUPPORTS links, counts, kept lists and newest mentions exactly, then marks the store done', async () => {
    const before = await snapshot();
    expect((before.edges as unknown[]).length).toBeGreaterThan(0);
    // The store as older versions left it: evidence lists on relationships, nothing else.
    await db.executor.write({
      cypher: `MATCH (s:Statement {documentId: $id})
        OPTIONAL MATCH (s)-[x:SUPPORTS]->(a)
        WITH s, x, a, x.edge AS key
        OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) + '|' + a.id + '|' + b.id = key
        REMOVE r.evidenceCount, r.evidenceRanks
        DELETE x
        WITH DISTINCT s
        OPTIONAL MATCH (s)-[:MENTIONS]->(e)
        OPTIONAL MATCH (s)-[:STATES]->(t)
        REMOVE s.rank, e.recentMentions, t.rank`,
      params: { id },
    });
    await db.executor.write({ cypher: "MATCH (g:GraphState {id: 'graph'}) SET g.evidenceModel = 1" });
    expect(await backfillEvidence(db.executor)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await backfillEvidence(db.executor)).toBe(false);
    const [state] = await db.executor.read<{ model: number }>({ cypher: "MATCH (g:GraphState {id: 'graph'}) RETURN g.evidenceModel AS model" });
    expect(state.model).toBe(EVIDENCE_MODEL);
  });
});
