/**
 * Reads while an ingest writes. Neo4j reads are read-committed, not snapshots: a request that runs while a document
 * is replaced can read a page of ids before the write commits and those nodes after it, find some of them gone, and
 * then a non-null field comes back null. Such a request saw two versions of the graph; it is answered again, from the
 * graph as it is after the write, rather than failing with INTERNAL_SERVER_ERROR.
 */
import type { ApolloServerPlugin } from '@apollo/server';

/** How graphql-js words a non-null field that resolved to null: here, a node deleted under the request. */
const VANISHED = /^Cannot return null for non-nullable field /;

/** How many times one request is run at most. */
export const READ_ATTEMPTS = 5;

/** The pause before the second run; each later run waits that much longer (100 + 200 + 300 + 400 ms at most). */
const RETRY_PAUSE_MS = 100;

/** Where a request notes that it lost a node: Apollo copies the context shallowly, so a shared object is kept. */
const MARK = Symbol('changingGraph');
type Marked = { [MARK]?: { changed: boolean } };

/** Marks a request's context when its answer lost a node to a concurrent write. */
export const changingGraphPlugin: ApolloServerPlugin<object> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        const mark = (contextValue as Marked)[MARK];
        if (mark && errors.some((e) => VANISHED.test(e.message))) mark.changed = true;
        return Promise.resolve();
      },
    });
  },
};

/**
 * Runs `execute` with a fresh context (and so fresh loaders) until its answer lost nothing to a concurrent write, at
 * most READ_ATTEMPTS times, pausing between runs; the last answer is returned either way.
 */
export async function answerConsistently<C extends object, R>(newContext: () => C, execute: (context: C) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const mark = { changed: false };
    const response = await execute(Object.assign(newContext(), { [MARK]: mark }));
    if (!mark.changed || attempt >= READ_ATTEMPTS) return response;
    // Note: a large commit reaches readers record by record; a short pause lets it finish before the next run.
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS * attempt));
  }
}
