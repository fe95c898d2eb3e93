/**
 * TOUCHES from the clause before: a statement naming a program and no place, going on after a comma from one that names no
 * program and puts the work in places (…团队派驻光泽县崇仁乡和浦城县临江镇，开展“优质稻品种更新工程”), places that program
 * there when it opens with it, quoted (a verb and the name: 开展“…”, 实施“…”).
 */
import type { AnnotatedStatement } from '../annotated.js';
import { QUOTES } from '../extract/quoteMarks.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import { COMMAS } from './clauses.js';
import { locatedRegions } from './locatives.js';
import type { RelationSet } from './relationSet.js';
import { placesOutsideBodies } from './touches.js';

/** How far into its statement the program may start: a verb of two characters and a quotation mark (开展“). */
const PROGRAM_OPENING = 3;

/** Adds the placements of programs named right after a clause that placed the work. */
export function precedingPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet, text = ''): void {
  let placed: { regions: SpannedId[]; end: number; section: string | null } | null = null;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    const free = ids ? placesOutsideBodies(ids) : [];
    const goesOn = placed !== null && placed.section === statement.sectionId && COMMAS.has(text.slice(placed.end, statement.start));
    if (goesOn && placed !== null && ids && ids.programs.length > 0 && free.length === 0) {
      const first = ids.programs.reduce((a, p) => (p.start < a.start ? p : a));
      const opening = statement.text.slice(0, first.start - statement.start);
      // Note: quoted (QUOTES' opening marks): a phrase read as a programme's name does not open with one.
      if (opening.length <= PROGRAM_OPENING && QUOTES.has(opening.slice(-1))) {
        for (const region of placed.regions) relations.add('TOUCHES', first.id, region.id, statement.id);
      }
    }
    const located = ids && ids.programs.length === 0 && free.length > 0 ? [...locatedRegions(statement, free)] : [];
    placed = located.length > 0 ? { regions: located, end: statement.end, section: statement.sectionId } : null;
  }
}
