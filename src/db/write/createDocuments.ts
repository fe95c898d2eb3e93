/**
 * The Cypher statements that create a batch of new documents (run in one transaction): nodes, sections, statements,
 * entities with their mentions, targets and relationships, each an UNWIND over one parameter. Evidence is written
 * twice: every statement links to the relationship it supports (`SUPPORTS {edge}` to the relationship's start node,
 * the full record), and each relationship keeps its newest statements (`evidence`, `evidenceRanks`, at most `$keep`)
 * and their number (`evidenceCount`), so reading "the newest k and how many" never touches the rest. Entities keep
 * their newest mentions the same way (`recentMentions`). The texts are fixed (labels from a whitelist).
 */
import type { EntityType, RelationType } from '../../../ingest/model.js';
import { RELATION_SHAPES, shapeKey } from './batchParams.js';
import { STATEMENT_RANK_PREFIX } from './ranks.js';

const LABEL: Record<EntityType, string> = { PROGRAM: 'Program', INSTITUTION: 'Institution', REGION: 'Region' };

/** A Cypher expression: the newest `$keep` of two rank lists, newest first. */
export function mergeNewest(current: string, added: string): string {
  return `COLLECT { UNWIND coalesce(${current}, []) + ${added} AS x WITH DISTINCT x RETURN x ORDER BY x DESC LIMIT toInteger($keep) }`;
}

function entityPart(type: EntityType): string {
  const regionProps = type === 'REGION' ? ', n.nameEn = e.nameEn, n.level = e.level, n.code = e.code' : '';
  return `UNWIND $${type} AS e
  MERGE (n:${LABEL[type]} {id: e.id})
  ON CREATE SET n.name = e.name, n.kind = e.kind, n.aliases = e.aliases${regionProps}
  WITH n, e, [a IN e.aliases WHERE NOT a IN n.aliases] AS added
  // Note: writing only real changes keeps shared nodes (a city every document names) free of needless writes.
  FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET n.aliases = n.aliases + added)
  WITH n, e
  CALL (n, e) {
    UNWIND e.mentions AS m
    MATCH (s:Statement {id: m.statementId})
    CREATE (s)-[:MENTIONS {start: m.start, end: m.end, surface: m.surface}]->(n)
  }
  WITH n, e WHERE size(e.recent) > 0
  SET n.recentMentions = ${mergeNewest('n.recentMentions', 'e.recent')}`;
}

function relationPart([type, from, to]: readonly [RelationType, EntityType, EntityType]): string {
  const kindSet = type === 'PARTNERS_WITH' ? '\n  SET r.kind = coalesce(r.kind, row.kind)' : '';
  return `UNWIND $${shapeKey(type, from, to)} AS row
  MATCH (a:${LABEL[from]} {id: row.from}), (b:${LABEL[to]} {id: row.to})
  MERGE (a)-[r:${type}]->(b)${kindSet}
  WITH a, r, row
  CALL (a, row) {
    UNWIND row.ids AS sid
    MATCH (s:Statement {id: sid})
    CREATE (s)-[:SUPPORTS {edge: row.key}]->(a)
  }
  WITH r, row WHERE size(row.ids) > 0 OR r.evidenceCount IS NULL
  WITH r, row, ${mergeNewest('r.evidenceRanks', 'row.ranks')} AS top
  SET r.evidenceRanks = top, r.evidence = [x IN top | substring(x, ${STATEMENT_RANK_PREFIX})],
    r.evidenceCount = coalesce(r.evidenceCount, 0) + size(row.ids)`;
}

/** The statement that bumps the graph's version, so that processes caching names know to refresh. */
export const BUMP_VERSION = `MERGE (g:GraphState {id: 'graph'}) SET g.version = coalesce(g.version, 0) + 1 RETURN g.version AS version`;

/** One statement of the batch write: its text and the parameter holding its rows (skipped when that list is empty). */
export interface BatchPart {
  rows: string;
  cypher: string;
}

const part = (rows: string, cypher: string): BatchPart => ({ rows, cypher });

/**
 * The statements that write a batch, in order, each over one parameter of batchParams (plus `$ingestedAt`, `$keep`).
 * Note: one statement for everything would save round trips, but Neo4j plans a statement of a dozen subqueries for
 * seconds, once per combination of parameter types; small statements plan in milliseconds and stay cached.
 */
export const BATCH_PARTS: readonly BatchPart[] = [
  part('documents', `UNWIND $documents AS doc
CREATE (d:Document) SET d = doc, d.ingestedAt = datetime($ingestedAt)`),
  part('sections', `UNWIND $sections AS s
CREATE (n:Section {id: s.id}) SET n.path = s.path, n.heading = s.heading, n.level = s.level, n.ordinal = s.ordinal,
  n.start = s.start, n.end = s.end, n.documentId = s.documentId`),
  part('sectionLinks', `UNWIND $sectionLinks AS l
MATCH (n:Section {id: l.child})
OPTIONAL MATCH (p:Section {id: l.parent})
OPTIONAL MATCH (d:Document {id: l.documentId})
WITH n, coalesce(p, d) AS parent
CREATE (parent)-[:HAS_SECTION]->(n)`),
  part('statements', `UNWIND $statements AS s
CREATE (n:Statement {id: s.id}) SET n.text = s.text, n.start = s.start, n.end = s.end, n.year = s.year,
  n.status = s.status, n.page = s.page, n.documentId = s.documentId, n.rank = s.rank, n.words = s.words
WITH n, s
OPTIONAL MATCH (p:Section {id: s.sectionId})
OPTIONAL MATCH (d:Document {id: s.documentId})
WITH n, coalesce(p, d) AS parent
CREATE (parent)-[:HAS_STATEMENT]->(n)`),
  // Topics of each statement (Topic nodes come from the taxonomy at migrate; MERGE keeps a newer tagger's topic).
  part('about', `UNWIND $about AS a
MATCH (s:Statement {id: a.statementId})
MERGE (t:Topic {id: a.topicId})
CREATE (s)-[:ABOUT {score: a.score}]->(t)`),
  ...(['REGION', 'INSTITUTION', 'PROGRAM'] as const).map((type) => part(type, entityPart(type))),
  // A document that is the text of a policy instrument: its Program links to it.
  part('documents', `UNWIND $documents AS doc
WITH doc WHERE doc.programId IS NOT NULL
MATCH (p:Program {id: doc.programId}), (d:Document {id: doc.id})
MERGE (p)-[:HAS_TEXT]->(d)`),
  part('targets', `UNWIND $targets AS t
MATCH (s:Statement {id: t.statementId})
CREATE (n:Target {id: t.id}) SET n.text = t.text, n.subject = t.subject, n.value = t.value, n.unit = t.unit,
  n.comparator = t.comparator, n.year = t.year, n.status = t.status, n.documentId = t.documentId, n.rank = t.rank
CREATE (s)-[:STATES]->(n)
WITH n, t
OPTIONAL MATCH (p:Program {id: t.forProgram})
OPTIONAL MATCH (r:Region {id: t.forRegion})
WITH n, coalesce(p, r) AS f WHERE f IS NOT NULL
CREATE (n)-[:FOR]->(f)`),
  ...RELATION_SHAPES.map((shape) => part(shapeKey(...shape), relationPart(shape))),
];
