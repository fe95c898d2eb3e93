/**
 * "Which programs touch a region?": programs that TOUCH it (DIRECT), that INVOLVE an institution LOCATED_IN it
 * (INSTITUTION), and on request that touch a region PART_OF it (SUBREGION); evidence filtered by year and status.
 * One statement returns the page of hits with everything the selection asks of them.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { toPage, type Page, type PageArgs } from './page.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { countOf, evidenceKeep, idsOfRanks, ranksOfAll } from './projection/evidenceRanks.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, under, type Selection } from './selection.js';
import { topicProgramsQuery } from './topicPrograms.js';

/** How a program reaches the region asked about. */
export type ProgramVia = 'DIRECT' | 'INSTITUTION' | 'SUBREGION' | 'TOPIC';

/** One program hit: ids always, and the selected fields (program, through, evidence …) under their response keys. */
export interface ProgramHitRecord {
  programId: string;
  via: ProgramVia;
  throughId: string | null;
  evidenceIds: string[];
  [field: string]: unknown;
}

/** What to look for: region and/or institution ids (at least one list non-empty), filters. */
export interface ProgramsFilter {
  regionIds: string[] | null;
  institutionIds: string[] | null;
  year: number | null;
  status: string | null;
  includeSubregions: boolean;
  /** Only programs mentioned in a statement about one of these topics. */
  topicIds?: string[] | null;
}

const BY_REGION = `UNWIND $regionIds AS rid
MATCH (target:Region {id: rid})
CALL (target) {
  MATCH (p:Program)-[r:TOUCHES]->(target)
  RETURN p, 'DIRECT' AS via, target AS through, r, null AS l
  UNION ALL
  MATCH (p:Program)-[r:INVOLVES]->(i:Institution)-[l:LOCATED_IN]->(target)
  RETURN p, 'INSTITUTION' AS via, i AS through, r, l
  UNION ALL
  MATCH (sub:Region)-[:PART_OF*1..8]->(target) WHERE $includeSubregions
  MATCH (p:Program)-[r:TOUCHES]->(sub)
  RETURN p, 'SUBREGION' AS via, sub AS through, r, null AS l
  UNION ALL
  MATCH (sub:Region)-[:PART_OF*1..8]->(target) WHERE $includeSubregions
  MATCH (p:Program)-[r:INVOLVES]->(i:Institution)-[l:LOCATED_IN]->(sub)
  RETURN p, 'INSTITUTION' AS via, i AS through, r, l
}`;

const BY_INSTITUTION = `UNWIND $institutionIds AS iid
MATCH (p:Program)-[r:INVOLVES]->(through:Institution {id: iid})
WITH p, 'INSTITUTION' AS via, through, r, null AS l`;

const ALSO_INSTITUTION = 'EXISTS { MATCH (p)-[:INVOLVES]->(x:Institution) WHERE x.id IN $institutionIds }';

/** A program mentioned in a statement about one of the asked topics. */
export const PROGRAM_ABOUT_TOPIC = 'EXISTS { MATCH (ts:Statement)-[:MENTIONS]->(p) WHERE EXISTS { MATCH (ts)-[:ABOUT]->(tp:Topic) WHERE tp.id IN $topicIds } }';

function hitMap(b: CypherBuilder, hit: Selection, filtered: boolean): (row: string, index: string) => { match: string; map: string } {
  return (row, index) => {
    const [p, t, own, support, ids] = [b.variable('p'), b.variable('t'), b.variable('own'), b.variable('support'), b.variable('ids')];
    const entries = [`programId: ${p}.id`, `via: ${row}.via`, `throughId: ${t}.id`, `evidenceIds: ${ids}`];
    for (const f of hit.fields) {
      if (f.name === 'program') entries.push(`${key(f.key)}: ${entityMap(b, p, f.selection)}`);
      else if (f.name === 'through') entries.push(`${key(f.key)}: ${entityMap(b, t, f.selection)}`);
      else if (f.name === 'evidence') entries.push(`${key(f.key)}: ${evidenceList(b, ids, f)}`);
      else if (f.name === 'via' && f.key !== 'via') entries.push(`${key(f.key)}: ${row}.via`);
    }
    // Evidence lists are read and merged for the page's hits only (the other hits need just their counts to be ordered),
    // and only as far as the largest evidence(first) selected.
    const keep = b.param(evidenceKeep(hit.fields));
    const match = `WITH ${index}, ${row}, ${row}.p AS ${p}, ${row}.through AS ${t}, ${ranksOfAll(`${row}.owns`, filtered, keep)} AS ${own}, ${ranksOfAll(`${row}.supports`, filtered, keep)} AS ${support}
WITH ${index}, ${row}, ${p}, ${t}, ${idsOfRanks(`(${own} + [x IN ${support} WHERE NOT x IN ${own}])[0..${keep}]`)} AS ${ids}`;
    return { match, map: mapOf(entries) };
  };
}

/** The programs query: one hit per program, route and through-entity, DIRECT first, best-evidenced first. */
export function programsQuery(filter: ProgramsFilter, page: PageArgs, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const filtered = filter.year !== null || filter.status !== null;
  const byRegion = (filter.regionIds?.length ?? 0) > 0;
  const also = [byRegion && filter.institutionIds ? ALSO_INSTITUTION : '', filter.topicIds ? PROGRAM_ABOUT_TOPIC : ''].filter(Boolean);
  const head = `${byRegion ? BY_REGION : BY_INSTITUTION}${also.length > 0 ? `\nWITH p, via, through, r, l WHERE ${also.join(' AND ')}` : ''}`;
  const rows = projectEach(b, 'rows[$skip..($skip + $limit)]', hitMap(b, under(connection, 'edges', 'node'), filtered));
  return {
    cypher: `${head}
WITH p, via, through, collect(r) AS owns, collect(l) AS supports, sum(${countOf('r', filtered)}) AS weight
WHERE weight > 0
ORDER BY CASE via WHEN 'DIRECT' THEN 0 WHEN 'INSTITUTION' THEN 1 ELSE 2 END, weight DESC, p.name, through.name
WITH collect({p: p, via: via, through: through, owns: owns, supports: supports}) AS rows
RETURN size(rows) AS total, ${rows} AS page`,
    params: {
      ...b.params,
      regionIds: filter.regionIds ?? [],
      institutionIds: filter.institutionIds ?? [],
      year: filter.year,
      status: filter.status,
      includeSubregions: filter.includeSubregions,
      topicIds: filter.topicIds ?? [],
      ...page,
    },
  };
}

/** Runs programsQuery, or topicProgramsQuery when only topics are asked for (`nameWords` rank those hits). */
export async function findPrograms(executor: Executor, filter: ProgramsFilter, page: PageArgs, connection?: Selection, nameWords: string[] = []): Promise<Page<ProgramHitRecord>> {
  const byTopic = !filter.regionIds?.length && !filter.institutionIds?.length && (filter.topicIds?.length ?? 0) > 0;
  const query = byTopic
    ? topicProgramsQuery({ topicIds: filter.topicIds ?? [], year: filter.year, status: filter.status, nameWords }, page, connection)
    : programsQuery(filter, page, connection);
  return toPage(await executor.read<{ total: number; page: ProgramHitRecord[] }>(query));
}
