/**
 * TOUCHES from the items of an itinerary: a statement ending at a colon with an itinerary's words (主要行程包括：,
 * 实习地点包括：) opens a list whose items each say where the section's programme goes ((a)观塘区及黄大仙区青年赴陕西省
 * 西安市…; (b)…赴广东省深圳市…，并到东莞市…): the places each item puts the work in by a locative are where the last
 * programme the section named goes, whatever else the item names. The list ends at the first statement that is no item.
 */
import type { AnnotatedStatement } from '../annotated.js';
import type { ResolvedIds } from '../resolve.js';
import { findMarker } from '../structure/markers.js';
import { commaBetween } from './clauses.js';
import { endsAtColon } from './labels.js';
import { itinerary, locatedRegions } from './locatives.js';
import type { RelationSet } from './relationSet.js';
import { placesOutsideBodies } from './touches.js';

/** The text of a statement before the colon that ends it, if one does (主要行程包括：→ 主要行程包括). */
function beforeColon(text: string): string {
  return text.replace(/[:：]\s*$/, '');
}

/** The itinerary a list opens: the programme it is of, and the section of the statement opening it. */
interface Itinerary {
  program: string;
  section: string | null;
}

/**
 * Whether a statement is an item of the itinerary's list: in a section under the list's (an item the outline reads as a
 * heading: (a)…), or in its section opening with an item's mark, or going on after a comma from an item.
 */
function itemOf(list: Itinerary, statement: AnnotatedStatement['statement'], continues: boolean): boolean {
  const section = statement.sectionId ?? '';
  if (list.section !== null && section.startsWith(`${list.section}/`)) return true;
  return section === (list.section ?? '') && (continues || findMarker(statement.text) !== null);
}

/** Adds TOUCHES from each item of an itinerary to the programme its section last named. */
export function itineraryItemPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  relations: RelationSet, text = ''): void {
  let section: string | null | undefined;
  let named: string | null = null;
  let list: Itinerary | null = null;
  let end = -1;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    // Note: an item goes on after a comma (…赴广东省深圳市，参观…，并到东莞市…): the statements of its sentence are its own.
    const continues = commaBetween(text, end, statement.start);
    end = statement.end;
    if (list !== null && itemOf(list, statement, continues)) {
      if (ids) placeItem(statement, ids, list.program, relations);
      continue;
    }
    list = null;
    if (statement.sectionId !== section) {
      section = statement.sectionId;
      named = null;
    }
    const programs = ids?.programs.filter((p) => !p.bare) ?? [];
    if (programs.length > 0) named = programs[programs.length - 1].id;
    else if (named !== null && endsAtColon(statement.text, text[statement.end] ?? '') && itinerary(beforeColon(statement.text))) {
      list = { program: named, section: statement.sectionId ?? null };
    }
  }
}

/**
 * Places the programme in the places an item puts the work in by a locative (赴 + 陕西省西安市, 到 + 东莞市), and the places
 * listed after one (a list goes on only across list marks, so never into the next clause).
 */
function placeItem(statement: AnnotatedStatement['statement'], ids: ResolvedIds, program: string, relations: RelationSet): void {
  const input = { text: statement.text, start: statement.start };
  for (const region of locatedRegions(input, placesOutsideBodies(ids))) relations.add('TOUCHES', program, region.id, statement.id);
}
