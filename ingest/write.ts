/**
 * Write: stores one document's extraction in Neo4j in a single transaction with batched
 * `UNWIND … MERGE` statements. Idempotent by content hash; an edited document replaces its
 * statements and evidence, and entities no longer mentioned anywhere disappear.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery, Executor } from '../src/db/executor.js';
import type { EntityType, Extraction, RelationType } from './model.js';

const LABEL: Record<EntityType, string> = { PROGRAM: 'Program', INSTITUTION: 'Institution', REGION: 'Region' };

/** What writing one document did. */
export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

/** The query that tells whether the stored document has this content hash. */
export function storedHashQuery(documentId: string): CypherQuery {
  return { cypher: 'MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256', params: { id: documentId } };
}

/** The ids of the entities a stored document's statements mention, with the regions above them (candidates for deletion). */
export function touchedEntitiesQuery(documentId: string): CypherQuery {
  return {
    cypher: `MATCH (:Statement {documentId: $id})-[:MENTIONS]->(e)
WITH DISTINCT e
OPTIONAL MATCH (e)-[:PART_OF|LOCATED_IN*1..8]->(up)
WITH collect(DISTINCT e.id) + collect(DISTINCT up.id) AS ids
UNWIND ids AS id
RETURN collect(DISTINCT id) AS ids`,
    params: { id: documentId },
  };
}

/**
 * Removes a document's sections, statements and targets, strips its statement ids from the evidence of
 * the edges around the entities it mentioned (deleting edges left without evidence), and deletes those
 * entities when nothing mentions them any more. `entityIds` comes from touchedEntitiesQuery.
 */
export function removeDocumentQueries(documentId: string, entityIds: string[]): CypherQuery[] {
  const prefix = `${documentId}/`;
  return [
    {
      cypher: `UNWIND $entityIds AS id
MATCH (e:Program|Institution|Region {id: id})-[r:TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF]-()
WITH DISTINCT r
WHERE any(x IN r.evidence WHERE x STARTS WITH $prefix)
WITH r, [x IN r.evidence WHERE NOT x STARTS WITH $prefix] AS kept
FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END | SET r.evidence = kept)`,
      params: { prefix, entityIds },
    },
    {
      cypher: `MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_SECTION*]->(s:Section)
OPTIONAL MATCH (st:Statement {documentId: $id})
OPTIONAL MATCH (st)-[:STATES]->(t:Target)
DETACH DELETE t, st, s, d`,
      params: { id: documentId },
    },
    {
      cypher: `UNWIND $entityIds AS id
MATCH (e:Program|Institution {id: id})
WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)<-[:PART_OF]-(:Institution)
DETACH DELETE e`,
      params: { entityIds },
    },
    {
      cypher: `UNWIND $entityIds AS id
MATCH (r:Region {id: id})
WHERE NOT (r)<-[:MENTIONS]-()
AND NOT EXISTS { MATCH (r)<-[:PART_OF*1..8]-(c:Region) WHERE (c)<-[:MENTIONS]-() }
AND NOT EXISTS { MATCH (r)<-[:LOCATED_IN|TOUCHES|PARTNERS_WITH]-() }
DETACH DELETE r`,
      params: { entityIds },
    },
  ];
}

/** Endpoint labels of each relationship type the graph model allows (fixed, so the write query text never varies). */
const RELATION_SHAPES: readonly (readonly [RelationType, EntityType, EntityType])[] = [
  ['TOUCHES', 'PROGRAM', 'REGION'],
  ['INVOLVES', 'PROGRAM', 'INSTITUTION'],
  ['LOCATED_IN', 'INSTITUTION', 'REGION'],
  ['PARTNERS_WITH', 'INSTITUTION', 'INSTITUTION'],
  ['PARTNERS_WITH', 'INSTITUTION', 'REGION'],
  ['PART_OF', 'REGION', 'REGION'],
  ['PART_OF', 'INSTITUTION', 'INSTITUTION'],
];

const shapeKey = (type: string, from: string, to: string): string => `${type}_${from}_${to}`;

function entityMerge(type: EntityType): string {
  const regionProps = type === 'REGION' ? ', n.nameEn = e.nameEn, n.level = e.level, n.code = e.code' : '';
  return `CALL () {
  UNWIND $${type} AS e
  MERGE (n:${LABEL[type]} {id: e.id})
  ON CREATE SET n.name = e.name, n.kind = e.kind, n.aliases = e.aliases${regionProps}
  WITH n, e, [a IN e.aliases WHERE NOT a IN n.aliases] AS added
  // Note: writing only real changes keeps shared nodes (a city every document names) free of write locks.
  FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET n.aliases = n.aliases + added)
  WITH n, e
  UNWIND e.mentions AS m
  MATCH (s:Statement {id: m.statementId})
  CREATE (s)-[:MENTIONS {start: m.start, end: m.end, surface: m.surface}]->(n)
}`;
}

function relationMerge([type, from, to]: readonly [RelationType, EntityType, EntityType]): string {
  const kindSet = type === 'PARTNERS_WITH' ? ', r.kind = coalesce(r.kind, row.kind)' : '';
  return `CALL () {
  UNWIND $${shapeKey(type, from, to)} AS row
  MATCH (a:${LABEL[from]} {id: row.from}), (b:${LABEL[to]} {id: row.to})
  MERGE (a)-[r:${type}]->(b)
  WITH r, row, [x IN row.evidence WHERE NOT x IN coalesce(r.evidence, [])] AS added
  WHERE r.evidence IS NULL OR size(added) > 0
  SET r.evidence = coalesce(r.evidence, []) + added${kindSet}
}`;
}

/**
 * The one Cypher statement that creates a document: its node, sections, statements, entities with their
 * mentions, targets and relations, each part an UNWIND over a parameter in a unit subquery. The text is
 * fixed (labels from a whitelist), so Neo4j plans it once. It creates nothing (and returns no row) when the
 * document is already stored, so a new document costs one round trip.
 */
export const CREATE_DOCUMENT_CYPHER = `CYPHER replan=skip
OPTIONAL MATCH (stored:Document {id: $document.id})
WITH stored WHERE stored IS NULL
CREATE (d:Document) SET d = $document, d.ingestedAt = datetime($ingestedAt)
WITH d
CALL (d) {
  UNWIND $sections AS s
  CREATE (n:Section {id: s.id}) SET n.path = s.path, n.heading = s.heading, n.level = s.level, n.ordinal = s.ordinal,
    n.start = s.start, n.end = s.end, n.documentId = d.id
}
CALL (d) {
  UNWIND $sectionLinks AS l
  MATCH (n:Section {id: l.child})
  OPTIONAL MATCH (p:Section {id: l.parent})
  WITH n, coalesce(p, d) AS parent
  CREATE (parent)-[:HAS_SECTION]->(n)
}
CALL (d) {
  UNWIND $statements AS s
  CREATE (n:Statement {id: s.id}) SET n.text = s.text, n.start = s.start, n.end = s.end, n.year = s.year,
    n.status = s.status, n.page = s.page, n.documentId = d.id
  WITH n, s
  OPTIONAL MATCH (p:Section {id: s.sectionId})
  WITH n, coalesce(p, d) AS parent
  CREATE (parent)-[:HAS_STATEMENT]->(n)
}
${(['REGION', 'INSTITUTION', 'PROGRAM'] as const).map(entityMerge).join('\n')}
CALL (d) {
  UNWIND $targets AS t
  MATCH (s:Statement {id: t.statementId})
  CREATE (n:Target {id: t.id}) SET n.text = t.text, n.subject = t.subject, n.value = t.value, n.unit = t.unit,
    n.comparator = t.comparator, n.year = t.year, n.status = t.status, n.documentId = d.id
  CREATE (s)-[:STATES]->(n)
  WITH n, t
  OPTIONAL MATCH (p:Program {id: t.forProgram})
  OPTIONAL MATCH (r:Region {id: t.forRegion})
  WITH n, coalesce(p, r) AS f WHERE f IS NOT NULL
  CREATE (n)-[:FOR]->(f)
}
${RELATION_SHAPES.map(relationMerge).join('\n')}
RETURN d.id AS id`;

/** The parameters of CREATE_DOCUMENT_CYPHER for one extraction. */
export function createDocumentParams(extraction: Extraction, ingestedAt: string): Record<string, unknown> {
  const { document, sections, statements, entities, targets, relations } = extraction;
  const entityType = new Map(entities.map((e) => [e.id, e.type]));
  const params: Record<string, unknown> = {
    document,
    ingestedAt,
    sections,
    sectionLinks: sections.map((s) => ({ parent: s.parentId ?? '', child: s.id })),
    statements: statements.map((s) => ({ ...s, sectionId: s.sectionId ?? '', page: s.page ?? null })),
    targets: targets.map((t) => ({
      ...t,
      forProgram: t.for && entityType.get(t.for) === 'PROGRAM' ? t.for : '',
      forRegion: t.for && entityType.get(t.for) === 'REGION' ? t.for : '',
    })),
  };
  for (const type of ['REGION', 'INSTITUTION', 'PROGRAM'] as const) {
    params[type] = entities
      .filter((e) => e.type === type)
      .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, kind: e.kind, nameEn: e.nameEn ?? null, level: e.level ?? null, code: e.code ?? null, mentions: e.mentions }));
  }
  for (const [type, from, to] of RELATION_SHAPES) params[shapeKey(type, from, to)] = [];
  for (const relation of relations) {
    const key = shapeKey(relation.type, entityType.get(relation.from) ?? '', entityType.get(relation.to) ?? '');
    const rows = params[key] as unknown[] | undefined;
    rows?.push({ from: relation.from, to: relation.to, evidence: relation.evidence, kind: relation.kind ?? null });
  }
  return params;
}

async function runAll(tx: ManagedTransaction, queries: CypherQuery[]): Promise<void> {
  for (const query of queries) await tx.run(query.cypher, query.params ?? {});
}

async function removeDocument(tx: ManagedTransaction, documentId: string): Promise<void> {
  const touched = touchedEntitiesQuery(documentId);
  const result = await tx.run(touched.cypher, touched.params);
  await runAll(tx, removeDocumentQueries(documentId, (result.records[0]?.get('ids') as string[] | undefined) ?? []));
}

/** Writes one document in one transaction; unchanged content (same sha256) writes nothing. */
export async function writeExtraction(executor: Executor, extraction: Extraction, now: Date = new Date()): Promise<WriteOutcome> {
  const params = createDocumentParams(extraction, now.toISOString());
  return executor.writeTransaction(async (tx) => {
    const created = await tx.run(CREATE_DOCUMENT_CYPHER, params);
    if (created.records.length > 0) return 'created';
    const stored = await tx.run(storedHashQuery(extraction.document.id).cypher, { id: extraction.document.id });
    if (stored.records[0]?.get('sha256') === extraction.document.sha256) return 'unchanged';
    await removeDocument(tx, extraction.document.id);
    await tx.run(CREATE_DOCUMENT_CYPHER, params);
    return 'replaced';
  });
}

/** Deletes a stored document and everything only it supported, in one transaction; false when it was not stored. */
export async function deleteDocument(executor: Executor, documentId: string): Promise<boolean> {
  return executor.writeTransaction(async (tx) => {
    const stored = await tx.run(storedHashQuery(documentId).cypher, { id: documentId });
    if (stored.records.length === 0) return false;
    await removeDocument(tx, documentId);
    return true;
  });
}
