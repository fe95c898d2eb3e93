/** Tells the parts of this process that cache what they read (names → ids) that a write changed the graph. */

let generation = 0;

/** A number that grows with every committed write in this process that changed the graph. */
export function graphGeneration(): number {
  return generation;
}

/** Announces a committed change (the writer calls it). */
export function graphChanged(): void {
  generation++;
}
