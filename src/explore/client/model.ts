/** The explorer's data: entities and relationships as the API returns them, merged into one graph as the user expands it. */

/** The entity types and the relationships the API knows. */
export const ENTITY_TYPES = ['PROGRAM', 'INSTITUTION', 'REGION'] as const;
export const RELATIONS = ['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF'] as const;
export const STATUSES = ['ACHIEVED', 'PLANNED', 'PROBLEM', 'CONTEXT'] as const;

/** An entity as the explorer shows it. */
export interface EntityInfo {
  id: string;
  name: string;
  type: string;
  kind?: string | null;
  aliases?: string[];
}

/** An evidence statement: the sentence, where it stands, and its document. */
export interface Evidence {
  id: string;
  text: string;
  year: number | null;
  status: string;
  page: number | null;
  document: { id: string; title: string };
  sectionPath: string[];
}

/** One relationship, oriented as stored (source → target). */
export interface Relationship {
  id: string;
  source: string;
  target: string;
  relation: string;
  kind: string | null;
  evidence: Evidence[];
}

/** A neighbour as `Entity.neighbours` returns it. */
export interface NeighbourPayload {
  relation: string;
  direction: string;
  kind: string | null;
  entity: EntityInfo;
  evidence: Evidence[];
}

/** The graph on screen. */
export class ExploreGraph {
  readonly entities = new Map<string, EntityInfo>();
  readonly relationships = new Map<string, Relationship>();
  readonly expanded = new Set<string>();

  /** Adds an entity (keeping what is already known of it); true when it is new. */
  addEntity(entity: EntityInfo): boolean {
    const known = this.entities.get(entity.id);
    this.entities.set(entity.id, { ...known, ...entity, aliases: entity.aliases ?? known?.aliases });
    return !known;
  }

  /** Adds the neighbours of `centre`; returns the ids of new entities and new relationships. */
  addNeighbours(centre: string, neighbours: readonly NeighbourPayload[]): { entities: string[]; relationships: string[] } {
    const added = { entities: [] as string[], relationships: [] as string[] };
    for (const n of neighbours) {
      if (this.addEntity(n.entity)) added.entities.push(n.entity.id);
      const [source, target] = n.direction === 'OUT' ? [centre, n.entity.id] : [n.entity.id, centre];
      const id = `${source}|${n.relation}|${target}|${n.kind ?? ''}`;
      if (!this.relationships.has(id)) {
        this.relationships.set(id, { id, source, target, relation: n.relation, kind: n.kind, evidence: n.evidence });
        added.relationships.push(id);
      }
    }
    this.expanded.add(centre);
    return added;
  }

  /** The relationships touching an entity. */
  relationshipsOf(id: string): Relationship[] {
    return [...this.relationships.values()].filter((r) => r.source === id || r.target === id);
  }

  /** The years the loaded evidence speaks of, newest first. */
  years(): number[] {
    const years = new Set<number>();
    for (const r of this.relationships.values()) for (const e of r.evidence) if (e.year !== null) years.add(e.year);
    return [...years].sort((a, b) => b - a);
  }

  clear(): void {
    this.entities.clear();
    this.relationships.clear();
    this.expanded.clear();
  }
}
