/** The per-request context: the database handle, the process's name cache and the request's DataLoaders reach resolvers here, never through a global. */
import type { Executor } from '../db/executor.js';
import { NameCache } from '../graph/nameCache.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives as its third argument. */
export interface ApiContext {
  executor: Executor;
  /** Name → entity resolution, shared by the requests of one process (a fresh one when the caller gave none). */
  names?: NameCache;
  /** Created by createContext; resolvers create them on first use when a caller passed only the executor. */
  loaders?: Loaders;
}

/** The context of one request: the executor, the name cache (`names`, else a fresh one) and fresh loaders. */
export function createContext(executor: Executor, names: NameCache = new NameCache()): ApiContext & { loaders: Loaders; names: NameCache } {
  return { executor, names, loaders: createLoaders(executor) };
}

/** The request's loaders, created on first use when the context came without them. */
export function loadersOf(context: ApiContext): Loaders {
  context.loaders ??= createLoaders(context.executor);
  return context.loaders;
}

/** The name cache of the context, created on first use when the context came without one. */
export function namesOf(context: ApiContext): NameCache {
  context.names ??= new NameCache();
  return context.names;
}
