/**
 * "Which institutions are linked to a place or partner, and how?": partnerships with it (either direction) or with an
 * institution located there, location in it, and campuses or branches of institutions located there. One statement
 * returns the page of hits with everything the selection asks of them.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { toPage, type Page, type PageArgs } from './page.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { evidenceKeep, idsOfRanks, ranksOfAll } from './projection/evidenceRanks.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, under, type Selection } from './selection.js';

/** How an institution is linked to the region or partner asked about. */
export type InstitutionLink = 'PARTNERS_WITH' | 'PART_OF' | 'HAS_BRANCH' | 'LOCATED_IN' | 'TOPIC';

/** One institution hit: ids always, and the selected fields under their response keys. */
export interface InstitutionHitRecord {
  institutionId: string;
  link: InstitutionLink;
  kind: string | null;
  otherId: string | null;
  evidenceIds: string[];
  [field: string]: unknown;
}

/** What to look for: partner ids (regions or institutions) and/or region ids (with their sub-regions). */
export interface InstitutionsFilter {
  partnerIds: string[] | null;
  regionIds: string[] | null;
  /** Only institutions mentioned in a statement about one of these topics. */
  topicIds?: string[] | null;
}

const ABOUT_TOPIC = 'EXISTS { MATCH (ts:Statement)-[:MENTIONS]->(i) WHERE EXISTS { MATCH (ts)-[:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds } }';

const BY_PARTNER = `UNWIND $partnerIds AS pid
CALL (pid) { MATCH (x:Region {id: pid}) RETURN x AS partner UNION MATCH (x:Institution {id: pid}) RETURN x AS partner }
CALL (partner) {
  MATCH (i:Institution)-[r:PARTNERS_WITH]-(partner)
  RETURN i, 'PARTNERS_WITH' AS link, r.kind AS kind, partner AS other, r, null AS l
  UNION ALL
  MATCH (i:Institution)-[r:PART_OF]->(partner:Institution)
  RETURN i, 'PART_OF' AS link, null AS kind, partner AS other, r, null AS l
  UNION ALL
  MATCH (partner:Institution)-[r:PART_OF]->(i:Institution)
  RETURN i, 'HAS_BRANCH' AS link, null AS kind, partner AS other, r, null AS l
  UNION ALL
  MATCH (place:Region)-[:PART_OF*0..8]->(partner:Region)
  MATCH (j:Institution)-[l:LOCATED_IN]->(place)
  MATCH (j)-[r:PARTNERS_WITH|PART_OF]-(i:Institution)
  WITH i, r, j, l, type(r) = 'PARTNERS_WITH' AS partners
  RETURN i, CASE WHEN partners THEN 'PARTNERS_WITH' WHEN startNode(r) = i THEN 'PART_OF' ELSE 'HAS_BRANCH' END AS link,
    CASE WHEN partners THEN r.kind END AS kind, j AS other, r, l
  UNION ALL
  MATCH (place:Region)-[:PART_OF*0..8]->(partner:Region)
  MATCH (i:Institution)-[r:LOCATED_IN]->(place)
  RETURN i, 'LOCATED_IN' AS link, null AS kind, place AS other, r, null AS l
}
WITH i, link, kind, other, r, l WHERE i <> partner`;

const BY_REGION = `UNWIND $regionIds AS rid
MATCH (place:Region)-[:PART_OF*0..8]->(:Region {id: rid})
MATCH (i:Institution)-[r:LOCATED_IN]->(place)
WITH i, 'LOCATED_IN' AS link, null AS kind, place AS other, r, null AS l`;

const ALSO_REGION = 'WHERE EXISTS { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds }';

function hitMap(b: CypherBuilder, hit: Selection): (row: string, index: string) => { match: string; map: string } {
  return (row, index) => {
    const [i, o, own, support, ids] = [b.variable('i'), b.variable('o'), b.variable('own'), b.variable('support'), b.variable('ids')];
    const entries = [`institutionId: ${i}.id`, `link: ${row}.link`, `kind: ${row}.kind`, `otherId: ${o}.id`, `evidenceIds: ${ids}`];
    for (const f of hit.fields) {
      if (f.name === 'institution') entries.push(`${key(f.key)}: ${entityMap(b, i, f.selection)}`);
      else if (f.name === 'other') entries.push(`${key(f.key)}: ${entityMap(b, o, f.selection)}`);
      else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, ids, f)}`);
      else if ((f.name === 'link' || f.name === 'kind') && f.key !== f.name) entries.push(`${key(f.key)}: ${row}.${f.name}`);
    }
    // Evidence lists are read and merged for the page's hits only (the other hits need just their counts to be ordered),
    // and only as far as the largest evidence(first) selected.
    const keep = b.param(evidenceKeep(hit.fields));
    const match = `WITH ${index}, ${row}, ${row}.i AS ${i}, ${row}.other AS ${o}, ${ranksOfAll(`${row}.owns`, false, keep)} AS ${own}, ${ranksOfAll(`${row}.supports`, false, keep)} AS ${support}
WITH ${index}, ${row}, ${i}, ${o}, ${idsOfRanks(`(${own} + [x IN ${support} WHERE NOT x IN ${own}])[0..${keep}]`)} AS ${ids}`;
    return { match, map: mapOf(entries) };
  };
}

/** The institutions query: one hit per institution, link and other end; partnerships first, best-evidenced first. */
export function institutionsQuery(filter: InstitutionsFilter, page: PageArgs, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const byPartner = (filter.partnerIds?.length ?? 0) > 0;
  const head = `${byPartner ? `${BY_PARTNER}${filter.regionIds ? `\nWITH i, link, kind, other, r, l ${ALSO_REGION}` : ''}` : BY_REGION}${
    filter.topicIds ? `\nWITH i, link, kind, other, r, l WHERE ${ABOUT_TOPIC}` : ''
  }`;
  const rows = projectEach(b, 'rows[$skip..($skip + $limit)]', hitMap(b, under(connection, 'edges', 'node')));
  return {
    cypher: `${head}
WITH i, link, other, head(collect(kind)) AS kind, collect(r) AS owns, collect(l) AS supports, sum(coalesce(r.evidenceCount, 0)) AS weight
ORDER BY CASE link WHEN 'PARTNERS_WITH' THEN 0 WHEN 'PART_OF' THEN 1 WHEN 'HAS_BRANCH' THEN 2 ELSE 3 END, weight DESC, i.name, other.name
WITH collect({i: i, link: link, kind: kind, other: other, owns: owns, supports: supports}) AS rows
RETURN size(rows) AS total, ${rows} AS page`,
    params: { ...b.params, partnerIds: filter.partnerIds ?? [], regionIds: filter.regionIds ?? [], topicIds: filter.topicIds ?? [], ...page },
  };
}

/** Runs institutionsQuery. */
export async function findInstitutions(executor: Executor, filter: InstitutionsFilter, page: PageArgs, connection?: Selection): Promise<Page<InstitutionHitRecord>> {
  return toPage(await executor.read<{ total: number; page: InstitutionHitRecord[] }>(institutionsQuery(filter, page, connection)));
}
