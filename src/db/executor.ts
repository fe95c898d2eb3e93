/**
 * The one place that opens sessions: runs parameterised Cypher in read or write transactions
 * and maps driver failures to domain errors.
 */
import neo4j, { ManagedTransaction, isRetryableError, type Driver, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config.js';
import { TRANSACTION_RETRY_MS } from './driver.js';
import { PolicyKgError, QueryTimeoutError, ServiceUnavailableError, TransactionMemoryError } from '../errors.js';

/** A Cypher query and its parameters, built by pure functions in the graph layer. */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/** Runs queries against one database with a per-transaction timeout. */
export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly config: Config,
  ) {}

  /**
   * Runs a read query and returns its records as plain objects. A single query needs no explicit transaction:
   * an auto-commit run saves the BEGIN and COMMIT round trips (~1.5 ms a query); a retryable failure (a cluster
   * member going away) is retried once.
   */
  async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run<T>(query.cypher, query.params ?? {}, { timeout: this.config.neo4j.queryTimeoutMs });
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (attempt === 0 && (error as { retriable?: boolean }).retriable === true) continue;
        throw mapNeo4jError(error, this.config.neo4j.uri);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /** Runs a write query outside an explicit transaction (what `CALL … IN TRANSACTIONS` needs); no time limit, no retry. */
  async autoCommit(query: CypherQuery): Promise<void> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(query.cypher, query.params ?? {});
    } catch (error) {
      throw mapNeo4jError(error, this.config.neo4j.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Runs a write query and returns its records as plain objects. */
  async write<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    return this.writeTransaction((tx) => runQuery<T>(tx, query));
  }

  /**
   * Runs `work` in one write transaction (all or nothing); `timeoutMs` overrides the configured limit (e.g. for ingest
   * batches). A failure Neo4j calls transient (a deadlock, a leader change) is tried again for up to TRANSACTION_RETRY_MS, as
   * the driver would; a refusal for memory is not: the same write would need the same memory, and a document too large
   * for one transaction was told so only after 44 s of the driver's retries.
   */
  async writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const began = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        const tx = session.beginTransaction({ timeout: timeoutMs ?? this.config.neo4j.queryTimeoutMs });
        try {
          const result = await work(ManagedTransaction.fromTransaction(tx));
          await tx.commit();
          return result;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          throw error;
        }
      } catch (error) {
        const mapped = mapNeo4jError(error, this.config.neo4j.uri);
        const again = isRetryableError(error) && !(mapped instanceof TransactionMemoryError) && Date.now() - began < TRANSACTION_RETRY_MS;
        if (!again) throw mapped;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** attempt, 8000)));
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /** Runs `work` in one read transaction. */
  async readTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: this.config.neo4j.queryTimeoutMs });
    } catch (error) {
      throw mapNeo4jError(error, this.config.neo4j.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/** Runs one query inside a transaction and returns plain-object records. */
export async function runQuery<T extends RecordShape = RecordShape>(tx: ManagedTransaction, query: CypherQuery): Promise<T[]> {
  const result = await tx.run<T>(query.cypher, query.params ?? {});
  return result.records.map((record) => record.toObject());
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED']);

/** Maps a driver error to a PolicyKgError when it is one users should see; other errors pass through. */
export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (error instanceof PolicyKgError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|Could not perform discovery|Connection was closed/i.test(String(error))) {
    return new ServiceUnavailableError(`Neo4j at ${uri} is not reachable; start it with "policy-kg neo4j start" or check NEO4J_URI`, {
      cause: error,
    });
  }
  if (/TransactionTimedOut|Terminated|TransactionTimedOutClientConfiguration/i.test(code)) {
    return new QueryTimeoutError('The query ran past its time limit (NEO4J_QUERY_TIMEOUT_MS)', { cause: error });
  }
  // Note: Neo4j names the setting whose limit was reached: all transactions together (dbms.memory.transaction.total.max,
  // the local Neo4j's) or each one (db.memory.transaction.max, a server's).
  const setting = /((?:dbms|db)\.memory\.transaction\.(?:total\.)?max) threshold reached/.exec(String(error))?.[1];
  if (setting !== undefined || /MemoryPoolOutOfMemoryError/.test(code)) {
    const limit = /the limit ([\d.]+ [KMG]iB)/.exec(String(error))?.[1] ?? null;
    const allowed = limit === null ? 'refused a transaction for memory' : `allows ${limit} of memory for transactions`;
    return new TransactionMemoryError(
      `Neo4j at ${uri} ${allowed} (${setting ?? 'dbms.memory.transaction.total.max'}) and this one needed more; ` +
        'the local Neo4j gives them 70% of NEO4J_LOCAL_HEAP (default 384m): raise that, or the setting on your server',
      limit,
      { cause: error },
    );
  }
  return error;
}
