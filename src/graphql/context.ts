/** The per-request context: the database handle reaches resolvers here, never through a global. */
import type { Executor } from '../db/executor.js';

/** What every resolver receives as its third argument. */
export interface ApiContext {
  executor: Executor;
}
