/** Tells the parts of this process that cache what they read (names → ids) that a write changed the graph. */

type Listener = () => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every committed write that changed the graph in this process; returns the unsubscribe. */
export function onGraphChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a committed change (the writer calls it). */
export function graphChanged(): void {
  for (const listener of listeners) listener();
}
