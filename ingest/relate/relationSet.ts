/** Collects relations, merging the evidence of repeated edges. */
import type { Relation, RelationType } from '../model.js';

/** Up to this many statements of an edge's evidence are searched as a list; past it, through a set. */
const LISTED_EVIDENCE = 32;

/** The relations of one document, one per (type, from, to). */
export class RelationSet {
  /**
   * The relations by type, then by the ids they run from and to.
   * Note: maps keyed by the ids themselves, not by a key string joined of the three: the join made a string to flatten and
   * hash for every edge added (relate adds one for each placement it reads), where an id keeps its hash once it has one.
   */
  private readonly byType = new Map<RelationType, Map<string, Map<string, Relation>>>();
  /** The relations in the order they were first added. */
  private readonly list: Relation[] = [];
  /** The evidence of the edges that have much of it, as a set (a search of the list grew with its square). */
  private readonly evidenceSets = new Map<Relation, Set<string>>();

  /** Adds an edge (or evidence to an existing one); an edge from an entity to itself is ignored. */
  add(type: RelationType, from: string, to: string, evidence: string | null, kind: string | null = null): void {
    if (from === to) return;
    let relation = this.find(type, from, to);
    if (!relation) {
      // Note: two literals, not a spread of a literal made for the kind (an object and a copy per edge); the same fields in
      // the same order.
      relation = type === 'PARTNERS_WITH' ? { type, from, to, evidence: [], kind } : { type, from, to, evidence: [] };
      this.keep(relation);
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
    return [...this.list];
  }

  /** The relation of this type between the two ids, if added before. */
  private find(type: RelationType, from: string, to: string): Relation | undefined {
    return this.byType.get(type)?.get(from)?.get(to);
  }

  /** Files a new relation under its type and ids, after those added before it. */
  private keep(relation: Relation): void {
    const { type, from, to } = relation;
    this.list.push(relation);
    let byFrom = this.byType.get(type);
    if (byFrom === undefined) {
      byFrom = new Map();
      this.byType.set(type, byFrom);
    }
    let byTo = byFrom.get(from);
    if (byTo === undefined) {
      byTo = new Map();
      byFrom.set(from, byTo);
    }
    byTo.set(to, relation);
  }
}
