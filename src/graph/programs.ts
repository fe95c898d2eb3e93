/**
 * "Which programs touch a region?": programs that TOUCH it (DIRECT), that INVOLVE an institution LOCATED_IN it
 * (INSTITUTION), and on request that touch a region PART_OF it (SUBREGION); evidence filtered by year and status.
 * One statement returns the page of hits with everything the selection asks of them.
 */
import type { CypherQuery, Executor } from '../db/executor.js';
import { toPage, type Page, type PageArgs } from './page.js';
import { CypherBuilder, key, mapOf, projectEach } from './projection/builder.js';
import { entityMap } from './projection/entity.js';
import { countOf, idsOfRanks, ranksOfAll } from './projection/evidenceRanks.js';
import { evidenceList } from './projection/statement.js';
import { NOTHING, under, type Selection } from './selection.js';

/** How a program reaches the region asked about. */
export type ProgramVia = 'DIRECT' | 'INSTITUTION' | 'SUBREGION';

/** One program hit: ids always, and the selected fields (program, through, evidence …) under their response keys. */
export interface ProgramHitRecord {
  programId: string;
  via: ProgramVia;
  throughId: string;
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

const ALSO_INSTITUTION = 'WHERE EXISTS { MATCH (p)-[:INVOLVES]->(x:Institution) WHERE x.id IN $institutionIds }';

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
    // Evidence lists are read and merged for the page's hits only: the other hits need just their counts to be ordered.
    const match = `WITH ${index}, ${row}, ${row}.p AS ${p}, ${row}.through AS ${t}, ${ranksOfAll(`${row}.owns`, filtered)} AS ${own}, ${ranksOfAll(`${row}.supports`, filtered)} AS ${support}
WITH ${index}, ${row}, ${p}, ${t}, ${idsOfRanks(`${own} + [x IN ${support} WHERE NOT x IN ${own}]`)} AS ${ids}`;
    return { match, map: mapOf(entries) };
  };
}

/** The programs query: one hit per program, route and through-entity, DIRECT first, best-evidenced first. */
export function programsQuery(filter: ProgramsFilter, page: PageArgs, connection: Selection = NOTHING): CypherQuery {
  const b = new CypherBuilder();
  const filtered = filter.year !== null || filter.status !== null;
  const byRegion = (filter.regionIds?.length ?? 0) > 0;
  const head = byRegion ? `${BY_REGION}\nWITH p, via, through, r, l${filter.institutionIds ? `\n${ALSO_INSTITUTION}` : ''}` : BY_INSTITUTION;
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
      ...page,
    },
  };
}

/** Runs programsQuery. */
export async function findPrograms(executor: Executor, filter: ProgramsFilter, page: PageArgs, connection?: Selection): Promise<Page<ProgramHitRecord>> {
  return toPage(await executor.read<{ total: number; page: ProgramHitRecord[] }>(programsQuery(filter, page, connection)));
}
