/**
 * The parameters of the batch write statement (createDocuments.ts) for several extractions: rows per part, entities
 * and relations merged across the batch (so each appears once), and the ranks that keep evidence newest first.
 */
import type { Entity, EntityType, Extraction, RelationType } from '../../../ingest/model.js';
import { documentRank, mentionRank, statementRank, targetRank } from './ranks.js';

/** Endpoint types of each relationship the graph model allows (fixed, so the statement text never varies). */
export const RELATION_SHAPES: readonly (readonly [RelationType, EntityType, EntityType])[] = [
  ['TOUCHES', 'PROGRAM', 'REGION'],
  ['INVOLVES', 'PROGRAM', 'INSTITUTION'],
  ['LOCATED_IN', 'INSTITUTION', 'REGION'],
  ['PARTNERS_WITH', 'INSTITUTION', 'INSTITUTION'],
  ['PARTNERS_WITH', 'INSTITUTION', 'REGION'],
  // A place partners with a place (aid between places, 广州市 → 毕节市; compounds, 穗港澳 → 广州–香港) or a body.
  ['PARTNERS_WITH', 'REGION', 'REGION'],
  ['PARTNERS_WITH', 'REGION', 'INSTITUTION'],
  ['PART_OF', 'REGION', 'REGION'],
  ['PART_OF', 'INSTITUTION', 'INSTITUTION'],
];

/** The parameter name of one relationship shape. */
export const shapeKey = (type: string, from: string, to: string): string => `${type}_${from}_${to}`;

/** The key that names one derived relationship (stored on its SUPPORTS links). */
export const edgeKey = (type: string, from: string, to: string): string => `${type}|${from}|${to}`;

const ENTITY_TYPES = ['REGION', 'INSTITUTION', 'PROGRAM'] as const;

interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  nameEn: string | null;
  level: string | null;
  code: string | null;
  mentions: Entity['mentions'];
  recent: string[];
}

interface RelationRow {
  from: string;
  to: string;
  key: string;
  kind: string | null;
  ids: string[];
  ranks: string[];
}

/**
 * Most mentions (or supporting statements) one row carries. Note: Neo4j holds what one row's subquery creates in the
 * query's memory until the row is done, and counts it against the transaction's limit: a city a long document names
 * 1,390 times, written as one row, took more than 150 MiB (dbms.memory.transaction.total.max is 70% of the heap); the
 * same links written 250 at a time take a few MiB.
 */
export const LINKS_PER_ROW = 250;

/**
 * A row whose `list` is longer than LINKS_PER_ROW, as several rows of the same entity or edge, numbered by `piece`, each
 * with a part of the list; the newest-first list (`newest`) rides on the first only. Pieces of one row go to separate
 * statements (see `rounds`): within one statement, every row reads the node or edge before any row writes it.
 */
function pieces<R extends Record<K | N, unknown[]>, K extends string, N extends string>(row: R, list: K, newest: N): (R & { piece: number })[] {
  const all = row[list];
  if (all.length <= LINKS_PER_ROW) return [{ ...row, piece: 0 }];
  const out: (R & { piece: number })[] = [];
  for (let i = 0; i < all.length; i += LINKS_PER_ROW) {
    out.push({ ...row, [list]: all.slice(i, i + LINKS_PER_ROW), [newest]: i === 0 ? row[newest] : [], piece: i / LINKS_PER_ROW });
  }
  return out;
}

/** A part's rows as the statements that write them: rows of each piece number together, first pieces first. */
export function rounds(rows: readonly unknown[]): unknown[][] {
  const byPiece: unknown[][] = [];
  for (const row of rows) {
    const piece = (row as { piece?: number }).piece ?? 0;
    (byPiece[piece] ??= []).push(row);
  }
  return byPiece.filter((r) => r.length > 0);
}

function newestFirst(ranks: string[], keep: number): string[] {
  return [...new Set(ranks)].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, keep);
}

/** An entity's row while the batch is read: its type, and the ranks of all its mentions (newest first only at the end). */
type MergedEntity = EntityRow & { type: EntityType; allRanks: string[] };

/** A relation's row while the batch is read: its shape's parameter name, and the ranks of all its evidence. */
type MergedRelation = RelationRow & { shape: string; allRanks: string[] };

/** The rows of a batch, gathered document by document; entities and relations merged by id and by key. */
interface BatchRows {
  documents: unknown[];
  sections: unknown[];
  sectionLinks: unknown[];
  statements: unknown[];
  targets: unknown[];
  about: unknown[];
  entities: Map<string, MergedEntity>;
  relations: Map<string, MergedRelation>;
}

/** Adds one extraction's document, sections, statements (with their ranks) and targets, and merges its entities and relations. */
function addExtraction(rows: BatchRows, extraction: Extraction, ingestedAt: string): void {
  const { document } = extraction;
  const docRank = documentRank(document.issuedOn, ingestedAt);
  const rankOf = new Map<string, string>();
  const startOf = new Map<string, number>();
  rows.documents.push(document);
  for (const s of extraction.sections) {
    rows.sections.push({ id: s.id, path: s.path, heading: s.heading, level: s.level, ordinal: s.ordinal, start: s.start, end: s.end, documentId: document.id });
    rows.sectionLinks.push({ child: s.id, parent: s.parentId ?? '', documentId: document.id });
  }
  for (const s of extraction.statements) {
    const rank = statementRank(docRank, s.start, s.id);
    rankOf.set(s.id, rank);
    startOf.set(s.id, s.start);
    const { topics, ...stored } = s;
    rows.statements.push({ ...stored, sectionId: s.sectionId ?? '', page: s.page ?? null, words: s.words ?? null, documentId: document.id, rank });
    for (const t of topics ?? []) rows.about.push({ statementId: s.id, topicId: t.topicId, score: t.score });
  }
  const typeOf = new Map(extraction.entities.map((e) => [e.id, e.type]));
  for (const { for: forId, ...t } of extraction.targets) {
    rows.targets.push({
      ...t,
      documentId: document.id,
      rank: targetRank(docRank, startOf.get(t.statementId) ?? 0, t.id),
      forProgram: forId && typeOf.get(forId) === 'PROGRAM' ? forId : '',
      forRegion: forId && typeOf.get(forId) === 'REGION' ? forId : '',
    });
  }
  mergeEntities(rows.entities, extraction, docRank, startOf);
  mergeRelations(rows.relations, extraction, rankOf, typeOf);
}

/** Merges one extraction's entities into the batch's: aliases once each, every mention with its rank. */
function mergeEntities(entities: Map<string, MergedEntity>, extraction: Extraction, docRank: string, startOf: ReadonlyMap<string, number>): void {
  for (const e of extraction.entities) {
    const row = entities.get(e.id) ?? {
      id: e.id, type: e.type, name: e.name, aliases: [], kind: e.kind, nameEn: e.nameEn ?? null, level: e.level ?? null, code: e.code ?? null,
      mentions: [], recent: [], allRanks: [],
    };
    for (const alias of e.aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
    for (const m of e.mentions) {
      row.mentions.push(m);
      row.allRanks.push(mentionRank(docRank, startOf.get(m.statementId) ?? 0, m.start, m.statementId));
    }
    entities.set(e.id, row);
  }
}

/** Merges one extraction's relations into the batch's by key: the first kind given, each supporting statement once with its rank. */
function mergeRelations(relations: Map<string, MergedRelation>, extraction: Extraction, rankOf: ReadonlyMap<string, string>,
  typeOf: ReadonlyMap<string, EntityType>): void {
  for (const r of extraction.relations) {
    const key = edgeKey(r.type, r.from, r.to);
    const row = relations.get(key) ?? {
      from: r.from, to: r.to, key, kind: r.kind ?? null, ids: [], ranks: [], allRanks: [],
      shape: shapeKey(r.type, typeOf.get(r.from) ?? '', typeOf.get(r.to) ?? ''),
    };
    row.kind ??= r.kind ?? null;
    for (const id of r.evidence) {
      const rank = rankOf.get(id);
      if (rank === undefined || row.ids.includes(id)) continue;
      row.ids.push(id);
      row.allRanks.push(rank);
    }
    relations.set(key, row);
  }
}

/** Parameters for writing `extractions` (none of them stored yet) in one statement; `keep` caps the newest-first lists. */
export function batchParams(extractions: readonly Extraction[], ingestedAt: string, keep: number): Record<string, unknown> {
  const params: Record<string, unknown> = { ingestedAt, keep };
  const batch: BatchRows = {
    documents: [], sections: [], sectionLinks: [], statements: [], targets: [], about: [], entities: new Map(), relations: new Map(),
  };
  for (const extraction of extractions) addExtraction(batch, extraction, ingestedAt);

  const { documents, sections, sectionLinks, statements, targets, about, entities, relations } = batch;
  Object.assign(params, { documents, sections, sectionLinks, statements, targets, about });
  for (const type of ENTITY_TYPES) params[type] = [];
  for (const { type, allRanks, ...row } of entities.values()) {
    (params[type] as EntityRow[]).push(...pieces({ ...row, recent: newestFirst(allRanks, keep) }, 'mentions', 'recent'));
  }
  for (const [type, from, to] of RELATION_SHAPES) params[shapeKey(type, from, to)] = [];
  for (const { shape, allRanks, ...row } of relations.values()) {
    const rows = params[shape] as RelationRow[] | undefined;
    // Note: an edge the graph model has no shape for is a programming error, never dropped in silence.
    if (!rows) throw new Error(`policy-kg: the graph model has no relationship of shape ${shape} (${row.key})`);
    rows.push(...pieces({ ...row, ranks: newestFirst(allRanks, keep) }, 'ids', 'ranks'));
  }
  return params;
}
