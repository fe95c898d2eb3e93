/**
 * Neo4j settings of the local Neo4j (passed to the launcher as `--setting name=value`), chosen for a store that grows
 * by batches of hundreds of documents while it is read.
 */

/** Settings the launcher applies on top of Neo4j's defaults. */
export const LOCAL_NEO4J_SETTINGS: Readonly<Record<string, string>> = {
  // Note: Neo4j plans a statement again once the counts it was planned with have changed enough, at most this often.
  // A store filling from empty changes them on every batch, so with the default 10 s each write statement was planned
  // again every few batches (planning was a quarter of Neo4j's Bolt worker samples in a profile of a 1,000-document
  // ingest); reads are replanned as well, at most a minute later.
  'dbms.cypher.min_replan_interval': '1m',
  // Transaction logs are pruned at a checkpoint (every 15 minutes), whole files at a time: smaller files than the
  // default 256 MB let each checkpoint of a long ingest prune more of them. A checkpoint every minute was tried and
  // made a 1,000-document ingest slower (89 s against 67 s: it writes the store's pages out while batches commit).
  'db.tx_log.rotation.size': '32M',
};

/** The launcher's arguments for `settings`. */
export function settingArguments(settings: Readonly<Record<string, string>> = LOCAL_NEO4J_SETTINGS): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['--setting', `${name}=${value}`]);
}
