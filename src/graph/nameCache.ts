/**
 * Name → entity resolution cached per process: a question names the same places again and again, and looking a name up
 * (full-text candidates, exact test) costs more than the question itself. The cache empties when this process writes
 * to the graph, and when the graph's version (bumped by every ingest, in any process) changes; that version is read
 * at most once a second, in the background, never on a request's path. The names and aliases of the entities found
 * (their scalars, by id) are cached the same way, for the question reader.
 */
import type { Executor } from '../db/executor.js';
import { graphGeneration } from '../db/graphEvents.js';
import { loadEntities, loadIdsByNames, type EntityRecord, type TypedId } from './entities.js';

/** The graph's version (0 before the first write). */
export async function readGraphVersion(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ version: number | null }>({ cypher: "OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN g.version AS version" });
  return row?.version ?? 0;
}

/** A bounded map of resolved names, emptied when the graph changes. */
export class NameCache {
  private readonly entries = new Map<string, TypedId[]>();
  private readonly records = new Map<string, EntityRecord | null>();
  private generation = graphGeneration();
  private version: number | null = null;
  private checkedAt = 0;
  private checking = false;

  constructor(
    private readonly maxEntries = 10_000,
    private readonly refreshMs = 1_000,
  ) {}

  /** The entities a name denotes (with `hints`: gazetteer region ids tried when nothing matches exactly), cached. */
  async resolve(executor: Executor, name: string, hints: () => string[]): Promise<TypedId[]> {
    this.refresh(executor);
    const cached = this.entries.get(name);
    if (cached) return cached;
    const [found] = await loadIdsByNames(executor, [{ name, hints: hints() }]);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(name, found);
    return found;
  }

  /** The scalars of the entities with these ids (null where unknown), in the order of `ids`; those not cached in one statement. */
  async entities(executor: Executor, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    this.refresh(executor);
    const known = new Map(ids.filter((id) => this.records.has(id)).map((id) => [id, this.records.get(id) ?? null]));
    const missing = [...new Set(ids.filter((id) => !known.has(id)))];
    if (missing.length > 0) {
      const loaded = await loadEntities(executor, missing);
      if (this.records.size + missing.length > this.maxEntries) this.records.clear();
      missing.forEach((id, i) => {
        known.set(id, loaded[i]);
        this.records.set(id, loaded[i]);
      });
    }
    return ids.map((id) => known.get(id) ?? null);
  }

  private clear(): void {
    this.entries.clear();
    this.records.clear();
  }

  /** Empties the cache on a local write, and starts a background check of the graph's version when one is due. */
  private refresh(executor: Executor): void {
    if (this.generation !== graphGeneration()) {
      this.generation = graphGeneration();
      this.clear();
    }
    if (this.checking || Date.now() - this.checkedAt < this.refreshMs) return;
    this.checking = true;
    readGraphVersion(executor)
      .then((version) => {
        // Note: the first reading only sets the version: the names cached while it was on its way are as fresh as any
        // other entry between two checks (which may lag a write elsewhere by one refresh interval).
        if (this.version !== null && version !== this.version) this.clear();
        this.version = version;
      })
      .catch(() => undefined)
      .finally(() => {
        this.checkedAt = Date.now();
        this.checking = false;
      });
  }
}
