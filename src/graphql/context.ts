/** The per-request context: the database handle and the request's DataLoaders reach resolvers here, never through a global. */
import type { Executor } from '../db/executor.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives as its third argument. */
export interface ApiContext {
  executor: Executor;
  /** Created by createContext; resolvers create them on first use when a caller passed only the executor. */
  loaders?: Loaders;
}

/** The context of one request: the executor and fresh loaders. */
export function createContext(executor: Executor): ApiContext & { loaders: Loaders } {
  return { executor, loaders: createLoaders(executor) };
}

/** The request's loaders, created on first use when the context came without them. */
export function loadersOf(context: ApiContext): Loaders {
  context.loaders ??= createLoaders(context.executor);
  return context.loaders;
}
