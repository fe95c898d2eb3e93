/**
 * Brings a store written before evidence was kept newest first (statement and target ranks, SUPPORTS links, counts
 * and kept lists on relationships, entities' newest mentions) up to date, so that upgrading loses no evidence.
 * Runs from `migrate`, in batches of its own transactions; a marker on the graph's state makes later runs free.
 */
import type { Executor } from './executor.js';
import { EVIDENCE_KEEP } from './write/graphWriter.js';
import { STATEMENT_RANK_PREFIX } from './write/ranks.js';

/** The version of the evidence model this code writes. */
export const EVIDENCE_MODEL = 2;

const two = (expr: string): string => `right('0' + toString(${expr}), 2)`;

/** The 24-character ISO time (UTC, milliseconds) of a datetime expression, as JavaScript's toISOString writes it. */
const isoTime = (at: string): string =>
  `toString(${at}.year) + '-' + ${two(`${at}.month`)} + '-' + ${two(`${at}.day`)} + 'T' + ${two(`${at}.hour`)} + ':' + ${two(`${at}.minute`)} + ':' + ${two(`${at}.second`)} + '.' + right('00' + toString(${at}.millisecond), 3) + 'Z'`;

const inverted = (expr: string): string => `right('0000000' + toString(99999999 - toInteger(${expr})), 8)`;

/** The statements of the backfill, in order; each runs as an auto-commit query with CALL … IN TRANSACTIONS. */
export const BACKFILL_STEPS: readonly string[] = [
  `MATCH (s:Statement) WHERE s.rank IS NULL
CALL (s) {
  OPTIONAL MATCH (d:Document {id: s.documentId})
  WITH s, d, datetime({datetime: coalesce(d.ingestedAt, datetime('1970-01-01T00:00:00Z')), timezone: 'UTC'}) AS at
  SET s.rank = CASE WHEN d.issuedOn =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' THEN d.issuedOn ELSE '0000-00-00' END + '|' + ${isoTime('at')} + '|' + ${inverted('s.start')} + '|' + s.id
} IN TRANSACTIONS OF 2000 ROWS`,
  `MATCH (s:Statement)-[:STATES]->(t:Target) WHERE t.rank IS NULL
CALL (s, t) {
  SET t.rank = substring(s.rank, 0, ${STATEMENT_RANK_PREFIX}) + ${inverted("CASE WHEN t.id =~ '.*/t:\\\\d+' THEN last(split(t.id, '/t:')) ELSE 0 END")} + '|' + t.id
} IN TRANSACTIONS OF 2000 ROWS`,
  `MATCH (a)-[r:TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF]->(b) WHERE r.evidenceCount IS NULL
CALL (a, r, b) {
  WITH a, r, type(r) + '|' + a.id + '|' + b.id AS key
  CALL (a, r, key) {
    UNWIND coalesce(r.evidence, []) AS sid
    MATCH (s:Statement {id: sid})
    MERGE (s)-[:SUPPORTS {edge: key}]->(a)
  }
  WITH r, COLLECT { MATCH (s:Statement)-[:SUPPORTS {edge: key}]->() RETURN s.rank AS x ORDER BY x DESC } AS ranks
  SET r.evidenceRanks = ranks[0..${EVIDENCE_KEEP}], r.evidence = [x IN ranks[0..${EVIDENCE_KEEP}] | substring(x, ${STATEMENT_RANK_PREFIX})], r.evidenceCount = size(ranks)
} IN TRANSACTIONS OF 500 ROWS`,
  `MATCH (e) WHERE (e:Program OR e:Institution OR e:Region) AND e.recentMentions IS NULL AND EXISTS { ()-[:MENTIONS]->(e) }
CALL (e) {
  SET e.recentMentions = COLLECT {
    MATCH (s:Statement)-[m:MENTIONS]->(e)
    RETURN substring(s.rank, 0, ${STATEMENT_RANK_PREFIX}) + ${inverted('m.start')} + '|' + s.id AS x ORDER BY x DESC LIMIT ${EVIDENCE_KEEP}
  }
} IN TRANSACTIONS OF 200 ROWS`,
];

/** Runs the backfill unless the graph's state says it is done; returns whether it ran. */
export async function backfillEvidence(executor: Executor): Promise<boolean> {
  const [state] = await executor.read<{ model: number | null; statements: boolean }>({
    cypher: "OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN g.evidenceModel AS model, EXISTS { MATCH (:Statement) } AS statements",
  });
  if (state?.model === EVIDENCE_MODEL) return false;
  if (state?.statements) for (const cypher of BACKFILL_STEPS) await executor.autoCommit({ cypher });
  await executor.write({ cypher: "MERGE (g:GraphState {id: 'graph'}) SET g.evidenceModel = $model", params: { model: EVIDENCE_MODEL } });
  return state?.statements === true;
}
