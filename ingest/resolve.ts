/**
 * Resolve: merges the candidates of every statement into one entity per real-world thing,
 * with stable ids so that a corpus merges into one graph.
 */
import type { AnnotatedStatement } from './annotated.js';
import { getGazetteer, townshipNameOf } from '../language/gazetteer/index.js';
import { isZoneId, zoneId, zoneName } from '../language/regions/index.js';
import { kindOfName } from './extract/institutions/heads.js';
import { withoutNameMarks } from './extract/quoteMarks.js';
import type { Candidate, Entity, EntityType } from './model.js';

/** The stable id of a named institution or program (the name is already canonical). */
export function entityId(type: Exclude<EntityType, 'REGION'>, name: string): string {
  return type === 'PROGRAM' ? `program:${programKey(name)}` : `institution:${name}`;
}

/**
 * The key a program is known by across documents: its name without quotation marks, spaces and a trailing period in
 * brackets (深圳教育先行示范规划纲要(2021-2035年) = 深圳教育先行示范规划纲要), so that a policy cited in 《》 and the
 * document that is its text meet (ANNOTATION.md).
 */
export function programKey(name: string): string {
  const key = (normalInNfkc(name) ? name : name.normalize('NFKC')).replace(/[“”"‘’'「」『』《》〈〉\s]/g, '');
  // Note: the period closes the key: only a key ending in a bracket is searched for it.
  return key.endsWith(')') ? key.replace(/\((?:(?:19|20)\d{2}[-—–~至]?(?:(?:19|20)\d{2})?年?|试行|征求意见稿|修订)\)$/, '') : key;
}

/**
 * Whether NFKC leaves a name as it is, told by its code units: ASCII, CJK unified ideographs (U+4E00–U+9FFF) and the
 * quotation marks and angle brackets of names (‘’“”, 〈〉《》「」『』) decompose to nothing else and compose with nothing.
 * Note: most programme names are written in these alone: NFKC (a call into ICU per name) is asked of the others only.
 */
function normalInNfkc(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3008 && c <= 0x300f) || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) continue;
    return false;
  }
  return true;
}

/** What makes a new entity: all but its id and mentions, with the aliases it starts with, if any. */
type EntityFields = Omit<Entity, 'id' | 'mentions' | 'aliases'> & { aliases?: string[] };

/** A growing index of entities by id. */
export class EntityIndex {
  private readonly byId = new Map<string, Entity>();

  /** The entity for this id, created from `init` on first use. */
  ensure(id: string, init: () => EntityFields): Entity {
    return this.byId.get(id) ?? this.adopt(id, init());
  }

  /**
   * A new entity for this id made of `base` (completed in place), which the index must not hold yet.
   * Note: callers in hot loops test `get` first and build the fields only for a new entity, with no `init` closure (a
   * closure over a loop's candidate made V8 allocate the loop body's scope for every candidate).
   */
  adopt(id: string, base: EntityFields): Entity {
    // Note: `base` is a fresh object each time; completing it in place keeps the keys' order of a spread and saves
    // copying objects of many shapes (a spread here was 3% of the extraction's time).
    const entity = base as EntityFields & Partial<Entity>;
    entity.id = id;
    entity.aliases = entity.aliases ? [...entity.aliases] : [];
    entity.mentions = [];
    this.byId.set(id, entity as Entity);
    return entity as Entity;
  }

  /** Records a mention (and its surface as an alias when it differs from the name and is not a self-reference such as 我市). */
  mention(entity: Entity, statementId: string, candidate: Pick<Candidate, 'start' | 'end' | 'surface' | 'deictic'>): void {
    entity.mentions.push({ statementId, start: candidate.start, end: candidate.end, surface: candidate.surface });
    if (candidate.deictic) return;
    const surface = withoutNameMarks(candidate.surface);
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Makes entity `fromId` one with `intoId`: its mentions and names become the other's, and it is gone. */
  merge(fromId: string, intoId: string): void {
    const from = this.byId.get(fromId);
    const into = this.byId.get(intoId);
    if (!from || !into || from === into) return;
    into.mentions.push(...from.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    for (const name of [from.name, ...from.aliases]) if (name !== into.name && !into.aliases.includes(name)) into.aliases.push(name);
    this.byId.delete(fromId);
  }

  /** Removes an entity that no mention names any more (its mentions moved to another). */
  remove(id: string): void {
    this.byId.delete(id);
  }

  all(): Entity[] {
    return [...this.byId.values()];
  }
}

/** The region entity for a gazetteer id, with the gazetteer's aliases, English name, level and code. */
export function ensureRegion(index: EntityIndex, regionId: string): Entity | undefined {
  const record = getGazetteer().byId(regionId);
  if (!record) return undefined;
  return index.get(record.id) ?? index.adopt(record.id, {
    type: 'REGION',
    name: record.name,
    aliases: record.aliases,
    kind: record.level,
    nameEn: record.nameEn,
    level: record.level,
    code: record.code,
  });
}

/** The region entity of the township of a nine-digit code (a village's parent), or undefined when the table names none. */
export function ensureTownship(index: EntityIndex, code: string): Entity | undefined {
  const id = `region:${code}`;
  const name = index.get(id) ? undefined : townshipNameOf(code);
  if (name === undefined) return index.get(id);
  return index.adopt(id, { type: 'REGION', name, kind: 'TOWNSHIP', nameEn: null, level: 'TOWNSHIP', code });
}

/** Kinds of regions the gazetteer holds no record of: zones, and townships and villages (read from their own tables). */
const UNLISTED_KINDS = new Set(['ZONE', 'TOWNSHIP', 'VILLAGE']);

/**
 * The region entity of a zone (南沙经开区: named as written, no code), a township (兴隆镇: its GB/T 2260 code) or a
 * village (下姜村: its twelve-digit code), of that kind and level.
 */
function ensureUnlisted(index: EntityIndex, candidate: Candidate): Entity {
  const kind = candidate.kind ?? 'ZONE';
  const id = candidate.regionIds?.[0] ?? zoneId(candidate.name);
  const code = kind === 'TOWNSHIP' || kind === 'VILLAGE' ? id.slice('region:'.length) : null;
  return index.get(id) ?? index.adopt(id, { type: 'REGION', name: candidate.name, kind, nameEn: null, level: kind, code });
}

/** Maps every candidate of every statement to its entity; returns the index and, per statement, the entity ids found. */
export function resolveEntities(annotated: AnnotatedStatement[]): { index: EntityIndex; idsByStatement: Map<string, ResolvedIds> } {
  const index = new EntityIndex();
  const idsByStatement = new Map<string, ResolvedIds>();
  for (const item of annotated) {
    const statementId = item.statement.id;
    const ids: ResolvedIds = { regions: [], institutions: [], programs: [], partOf: [] };
    for (const candidate of item.regions) {
      if (UNLISTED_KINDS.has(candidate.kind ?? '')) {
        const zone = ensureUnlisted(index, candidate);
        index.mention(zone, statementId, candidate);
        ids.regions.push({ id: zone.id, start: candidate.start, end: candidate.end });
        // Note: a zone's part lies in its zone (河套…合作区深圳园区), read before it in the same statement.
        const parent = candidate.parentRegionId ? ensureRegion(index, candidate.parentRegionId) ?? (isZoneId(candidate.parentRegionId) ? index.get(candidate.parentRegionId) : undefined) : undefined;
        if (parent) ids.partOf.push({ from: zone.id, to: parent.id });
        continue;
      }
      for (const regionId of candidate.regionIds ?? []) {
        // Note: a compound's member may be a zone (琴 of 琴澳: 横琴粤澳深度合作区), which no gazetteer holds.
        const region = ensureRegion(index, regionId) ?? (isZoneId(regionId) ? ensureUnlisted(index, { ...candidate, kind: 'ZONE', name: zoneName(regionId), regionIds: [regionId] }) : undefined);
        if (!region) continue;
        index.mention(region, statementId, candidate);
        ids.regions.push({ id: region.id, start: candidate.start, end: candidate.end });
      }
    }
    for (const candidate of item.institutions) {
      const id = entityId('INSTITUTION', candidate.name);
      const entity = index.get(id) ?? index.adopt(id, { type: 'INSTITUTION', name: candidate.name, kind: candidate.kind });
      index.mention(entity, statementId, candidate);
      ids.institutions.push({ id, start: candidate.start, end: candidate.end });
      let child = id;
      for (const { name: parentName, span } of candidate.parents ?? []) {
        const parentId = entityId('INSTITUTION', parentName);
        const parent = index.get(parentId) ?? index.adopt(parentId, { type: 'INSTITUTION', name: parentName, kind: kindOfName(parentName) });
        if (span !== null && span.end > span.start) {
          const surface = candidate.surface.slice(span.start - candidate.start, span.end - candidate.start);
          index.mention(parent, statementId, { start: span.start, end: span.end, surface });
        }
        ids.partOf.push({ from: child, to: parentId });
        child = parentId;
      }
    }
    for (const candidate of item.programs) {
      const id = entityId('PROGRAM', candidate.name);
      const entity = index.get(id) ?? index.adopt(id, { type: 'PROGRAM', name: candidate.name, kind: candidate.kind });
      index.mention(entity, statementId, candidate);
      for (const alias of candidate.aliases ?? []) if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
      // Note: the optional fields are added one by one, not spread from a literal made for them (two objects and a copy per
      // programme): the same fields in the same order.
      const mention: ResolvedIds['programs'][number] = { id, start: candidate.start, end: candidate.end };
      if (candidate.places) mention.places = candidate.places;
      if (candidate.bare) mention.bare = true;
      ids.programs.push(mention);
    }
    idsByStatement.set(statementId, ids);
  }
  return { index, idsByStatement };
}

/** Points every resolved id `fromId` of the document at `intoId` instead (an entity merged into another). */
export function repointIds(idsByStatement: ReadonlyMap<string, ResolvedIds>, fromId: string, intoId: string): void {
  for (const ids of idsByStatement.values()) {
    for (const list of [ids.regions, ids.institutions, ids.programs]) for (const m of list) if (m.id === fromId) m.id = intoId;
    for (const link of ids.partOf) {
      if (link.from === fromId) link.from = intoId;
      if (link.to === fromId) link.to = intoId;
    }
    if (ids.partOf.some((link) => link.from === link.to)) ids.partOf = ids.partOf.filter((link) => link.from !== link.to);
  }
}

/** An entity id with the span of its mention in a statement. */
export interface SpannedId {
  id: string;
  start: number;
  end: number;
}

/** The entities resolved in one statement. */
export interface ResolvedIds {
  regions: SpannedId[];
  institutions: SpannedId[];
  programs: (SpannedId & { places?: { start: number; end: number }[]; bare?: boolean })[];
  partOf: { from: string; to: string }[];
}

/**
 * A program stays bare (placed by nothing) only where the document never names it otherwise: once one mention says what it
 * is, every mention of it may be placed.
 */
export function settleBarePrograms(idsByStatement: ReadonlyMap<string, ResolvedIds>): void {
  const named = new Set<string>();
  for (const ids of idsByStatement.values()) for (const p of ids.programs) if (!p.bare) named.add(p.id);
  for (const ids of idsByStatement.values()) for (const p of ids.programs) if (p.bare && named.has(p.id)) delete p.bare;
}
