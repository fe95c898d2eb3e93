/** Collects relations, merging the evidence of repeated edges. */
import type { Relation, RelationType } from '../model.js';

/** The relations of one document, one per (type, from, to). */
export class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  /** Adds an edge (or evidence to an existing one); an edge from an entity to itself is ignored. */
  add(type: RelationType, from: string, to: string, evidence: string | null, kind: string | null = null): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    let relation = this.byKey.get(key);
    if (!relation) {
      relation = { type, from, to, evidence: [], ...(type === 'PARTNERS_WITH' ? { kind } : {}) };
      this.byKey.set(key, relation);
    }
    if (evidence !== null && !relation.evidence.includes(evidence)) relation.evidence.push(evidence);
  }

  all(): Relation[] {
    return [...this.byKey.values()];
  }
}
