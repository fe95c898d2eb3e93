/**
 * Projection of an entity (Program, Institution, Region) with every field the API offers on it: scalars, mentions and
 * neighbours as pages, the related entities of each type, partnerships and a program's targets. Lists read the
 * newest-first evidence kept on each relationship and the newest mentions kept on each entity, so their cost does not
 * grow with the number of documents.
 */
import { EVIDENCE_KEEP } from '../../db/write/graphWriter.js';
import { MENTION_RANK_PREFIX, STATEMENT_RANK_PREFIX } from '../../db/write/ranks.js';
import { under, type SelectedField, type Selection } from '../selection.js';
import { key, mapOf, projectEach, type CypherBuilder } from './builder.js';
import { pageArgs, pageMap } from './page.js';
import { documentMap, evidenceList, statementMap } from './statement.js';
import { relatedEntities } from './related.js';
import { targetMap } from './target.js';
import { entityTopics } from './topic.js';

const SCALARS: Record<string, (v: string) => string> = {
  name: (v) => `${v}.name`,
  aliases: (v) => `coalesce(${v}.aliases, [])`,
  kind: (v) => `coalesce(${v}.kind, ${v}.level)`,
  nameEn: (v) => `${v}.nameEn`,
  level: (v) => `${v}.level`,
  code: (v) => `${v}.code`,
};

/** The entity type of node `v`. */
export const typeOf = (v: string): string => `CASE WHEN ${v}:Program THEN 'PROGRAM' WHEN ${v}:Institution THEN 'INSTITUTION' ELSE 'REGION' END`;

/** One fixed step from an entity to related entities (never built from input). */
const RELATED: Record<string, { pattern: (v: string, r: string, x: string) => string; single?: boolean }> = {
  regions: { pattern: (v, r, x) => `(${v})-[${r}:TOUCHES]->(${x}:Region)` },
  institutions: { pattern: (v, r, x) => `(${v})-[${r}:INVOLVES]->(${x}:Institution)` },
  locatedIn: { pattern: (v, r, x) => `(${v})-[${r}:LOCATED_IN]->(${x}:Region)` },
  partOf: { pattern: (v, r, x) => `(${v})-[${r}:PART_OF]->(${x}:Institution)`, single: true },
  parent: { pattern: (v, r, x) => `(${v})-[${r}:PART_OF]->(${x}:Region)`, single: true },
  children: { pattern: (v, r, x) => `(${v})<-[${r}:PART_OF]-(${x}:Region)` },
};

const RELATED_LIMIT = 100;

function related(b: CypherBuilder, v: string, field: SelectedField): string {
  const { pattern, single } = RELATED[field.name];
  const r = b.variable('r');
  const x = b.variable('x');
  const list = `COLLECT { MATCH ${pattern(v, r, x)} WITH ${x}, ${r} ORDER BY coalesce(${r}.evidenceCount, 0) DESC, ${x}.name LIMIT ${RELATED_LIMIT} RETURN ${entityMap(b, x, field.selection)} }`;
  return single ? `${list}[0]` : list;
}

function partners(b: CypherBuilder, v: string, field: SelectedField): string {
  const r = b.variable('r');
  const x = b.variable('x');
  const entries = [`entityId: ${x}.id`, `evidenceIds: ${r}.evidence`];
  for (const f of field.selection.fields) {
    if (f.name === 'partner') entries.push(`${key(f.key)}: ${entityMap(b, x, f.selection)}`);
    else if (f.name === 'kind') entries.push(`${key(f.key)}: ${r}.kind`);
    else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, `coalesce(${r}.evidence, [])`, f)}`);
  }
  return `COLLECT { MATCH (${v})-[${r}:PARTNERS_WITH]-(${x}) WITH ${x}, ${r} ORDER BY coalesce(${r}.evidenceCount, 0) DESC, ${x}.name LIMIT ${RELATED_LIMIT} RETURN ${mapOf(entries)} }`;
}

function mentionMap(b: CypherBuilder, s: string, m: string, node: Selection): string {
  const entries = [`statementId: ${s}.id`];
  for (const f of node.fields) {
    if (f.name === 'surface' || f.name === 'start' || f.name === 'end') entries.push(`${key(f.key)}: ${m}.${f.name}`);
    else if (f.name === 'statement') entries.push(`${key(f.key)}: ${statementMap(b, s, f.selection)}`);
  }
  return mapOf(entries);
}

function mentions(b: CypherBuilder, v: string, field: SelectedField): string {
  const { skip, limit } = pageArgs(field.args);
  const node = under(field.selection, 'edges', 'node');
  const s = b.variable('s');
  const m = b.variable('m');
  const [from, to] = [b.param(skip), b.param(skip + limit)];
  // The newest mentions are kept on the entity; only a page beyond them sorts all of its mentions.
  const rows =
    skip + limit <= EVIDENCE_KEEP
      ? projectEach(b, `coalesce(${v}.recentMentions, [])[${from}..${to}]`, (entry) => ({
          // Note: the hint makes Neo4j find the statement first and step to the entity, never the other way round.
          match: `MATCH (${s}:Statement {id: substring(${entry}, ${MENTION_RANK_PREFIX})}) USING INDEX ${s}:Statement(id)
MATCH (${s})-[${m}:MENTIONS]->(${v}) WHERE ${m}.start = 99999999 - toInteger(substring(${entry}, ${STATEMENT_RANK_PREFIX}, 8))`,
          map: mentionMap(b, s, m, node),
        }))
      : `COLLECT { MATCH (${s}:Statement)-[${m}:MENTIONS]->(${v}) WITH ${s}, ${m} ORDER BY ${s}.rank DESC, ${m}.start SKIP ${from} LIMIT ${b.param(limit)} RETURN ${mentionMap(b, s, m, node)} }`;
  return pageMap(field.selection, `COUNT { ()-[:MENTIONS]->(${v}) }`, rows);
}

function neighbours(b: CypherBuilder, v: string, field: SelectedField): string {
  const { skip, limit } = pageArgs(field.args);
  const labels = b.param(field.args.types ? (field.args.types as string[]).map((t) => t.charAt(0) + t.slice(1).toLowerCase()) : null);
  const relations = b.param(field.args.relations ?? null);
  const node = under(field.selection, 'edges', 'node');
  const r = b.variable('r');
  const x = b.variable('x');
  const direction = b.variable('direction');
  const match = `MATCH (${v})-[${r}:TOUCHES|INVOLVES|LOCATED_IN|PARTNERS_WITH|PART_OF]-(${x})
    WHERE (${labels} IS NULL OR any(l IN labels(${x}) WHERE l IN ${labels})) AND (${relations} IS NULL OR type(${r}) IN ${relations})`;
  const entries = [`entityId: ${x}.id`, `relation: type(${r})`, `direction: ${direction}`, `kind: ${r}.kind`, `evidenceIds: ${r}.evidence`];
  for (const f of node.fields) {
    if (f.name === 'entity') entries.push(`${key(f.key)}: ${entityMap(b, x, f.selection)}`);
    else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, `coalesce(${r}.evidence, [])`, f)}`);
    else if (f.key !== f.name && ['relation', 'direction', 'kind'].includes(f.name)) entries.push(`${key(f.key)}: ${f.name === 'relation' ? `type(${r})` : f.name === 'kind' ? `${r}.kind` : direction}`);
  }
  const rows = `COLLECT { ${match}
    WITH ${r}, ${x}, CASE WHEN startNode(${r}) = ${v} THEN 'OUT' ELSE 'IN' END AS ${direction}
    ORDER BY type(${r}), ${direction}, coalesce(${r}.evidenceCount, 0) DESC, ${x}.name SKIP ${b.param(skip)} LIMIT ${b.param(limit)}
    RETURN ${mapOf(entries)} }`;
  return pageMap(field.selection, `COUNT { ${match} }`, rows);
}

function programTargets(b: CypherBuilder, v: string, field: SelectedField): string {
  const { skip, limit } = pageArgs(field.args);
  const t = b.variable('t');
  const node = under(field.selection, 'edges', 'node');
  const rows = `COLLECT { MATCH (${t}:Target)-[:FOR]->(${v}) WITH ${t} ORDER BY ${t}.rank DESC SKIP ${b.param(skip)} LIMIT ${b.param(limit)} RETURN ${targetMap(b, t, node)} }`;
  return pageMap(field.selection, `COUNT { (:Target)-[:FOR]->(${v}) }`, rows);
}

/** An entity node `v` as a map of the selected fields (always with `id` and `type`, which resolvers rely on). */
export function entityMap(b: CypherBuilder, v: string, selection: Selection): string {
  const entries = [`id: ${v}.id`, `type: ${typeOf(v)}`];
  for (const field of selection.fields) {
    const k = key(field.key);
    if (field.name in SCALARS) entries.push(`${k}: ${SCALARS[field.name](v)}`);
    else if ((field.name === 'id' || field.name === 'type') && field.key !== field.name) entries.push(`${k}: ${field.name === 'id' ? `${v}.id` : typeOf(v)}`);
    else if (field.name in RELATED) entries.push(`${k}: ${related(b, v, field)}`);
    else if (field.name === 'partners') entries.push(`${k}: ${partners(b, v, field)}`);
    else if (field.name === 'mentions') entries.push(`${k}: ${mentions(b, v, field)}`);
    else if (field.name === 'neighbours') entries.push(`${k}: ${neighbours(b, v, field)}`);
    else if (field.name === 'targets') entries.push(`${k}: ${programTargets(b, v, field)}`);
    else if (field.name === 'topics') entries.push(`${k}: ${entityTopics(b, v, field, MENTION_RANK_PREFIX)}`);
    else if (field.name === 'related') entries.push(`${k}: ${relatedEntities(b, v, field)}`);
    else if (field.name === 'text') {
      const d = b.variable('d');
      entries.push(`${k}: COLLECT { MATCH (${v})-[:HAS_TEXT]->(${d}:Document) RETURN ${documentMap(b, d, field.selection)} }[0]`);
    }
  }
  return mapOf(entries);
}
