/**
 * TOUCHES from the clause before: a statement naming a program and no place, going on after a comma from one that names no
 * program and puts the work in places (…团队派驻光泽县崇仁乡和浦城县临江镇，开展“优质稻品种更新工程”), places that program
 * there when it opens with it, quoted (a verb and the name: 开展“…”, 实施“…”).
 */
import type { AnnotatedStatement } from '../annotated.js';
import { QUOTES } from '../extract/quoteMarks.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import { commaBetween } from './clauses.js';
import { locatedRegions } from './locatives.js';
import type { RelationSet } from './relationSet.js';
import { placesOutsideBodies } from './touches.js';

/** How far into its statement the program may start: a verb of two characters and a quotation mark (开展“). */
const PROGRAM_OPENING = 3;

/** A statement naming no program and places outside bodies: those a locative places may be where the next one's program is. */
interface Placing {
  statement: AnnotatedStatement['statement'];
  free: SpannedId[];
  section: string | null;
}

/** Adds the placements of programs named right after a clause that placed the work. */
export function precedingPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet, text = ''): void {
  // Note: the places a statement puts the work in are read only when the next one goes on with a quoted programme and no
  // place (seldom), not for every statement naming places (a list and a set each).
  let placing: Placing | null = null;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    const goesOn = placing !== null && placing.section === statement.sectionId && commaBetween(text, placing.statement.end, statement.start);
    if (goesOn && placing !== null && ids && ids.programs.length > 0 && placesOutsideBodies(ids).length === 0) {
      const first = ids.programs.reduce((a, p) => (p.start < a.start ? p : a));
      const opening = statement.text.slice(0, first.start - statement.start);
      // Note: quoted (QUOTES' opening marks): a phrase read as a programme's name does not open with one.
      if (opening.length <= PROGRAM_OPENING && QUOTES.has(opening.slice(-1))) {
        for (const region of locatedRegions(placing.statement, placing.free)) relations.add('TOUCHES', first.id, region.id, statement.id);
      }
    }
    const free = ids && ids.programs.length === 0 ? placesOutsideBodies(ids) : [];
    placing = free.length > 0 ? { statement, free, section: statement.sectionId } : null;
  }
}
