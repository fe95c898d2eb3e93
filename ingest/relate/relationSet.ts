/** Collects relations, merging the evidence of repeated edges. */
import type { Relation, RelationType } from '../model.js';

/** Up to this many statements of an edge's evidence are searched as a list; past it, through a set. */
const LISTED_EVIDENCE = 32;

/** The relations of one document, one per (type, from, to). */
export class RelationSet {
  private readonly byKey = new Map<string, Relation>();
  /** The evidence of the edges that have much of it, as a set (a search of the list grew with its square). */
  private readonly evidenceSets = new Map<Relation, Set<string>>();

  /** Adds an edge (or evidence to an existing one); an edge from an entity to itself is ignored. */
  add(type: RelationType, from: string, to: string, evidence: string | null, kind: string | null = null): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    let relation = this.byKey.get(key);
    if (!relation) {
      // Note: two literals, not a spread of a literal made for the kind (an object and a copy per edge); the same fields in
      // the same order.
      relation = type === 'PARTNERS_WITH' ? { type, from, to, evidence: [], kind } : { type, from, to, evidence: [] };
      this.byKey.set(key, relation);
    }
    if (evidence === null) return;
    if (relation.evidence.length < LISTED_EVIDENCE) {
      if (!relation.evidence.includes(evidence)) relation.evidence.push(evidence);
      return;
    }
    let set = this.evidenceSets.get(relation);
    if (set === undefined) {
      set = new Set(relation.evidence);
      this.evidenceSets.set(relation, set);
    }
    if (!set.has(evidence)) {
      set.add(evidence);
      relation.evidence.push(evidence);
    }
  }

  all(): Relation[] {
    return [...this.byKey.values()];
  }
}
