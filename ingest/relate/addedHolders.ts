/**
 * TOUCHES across a sentence's statements: a statement going on after a comma from one that ends with a place designation
 * and adding places to its holders (…为首批「青农聚落示范乡镇」，/ 今年再新增 + 鱼池乡、大湖乡…等8处) places it there too.
 * Within one statement the placing rules read the same clause (touches.ts).
 */
import type { AnnotatedStatement } from '../annotated.js';
import type { EntityIndex, ResolvedIds } from '../resolve.js';
import { clausesOf, commaBetween } from './clauses.js';
import { addedHolders } from './onward.js';
import type { RelationSet } from './relationSet.js';
import { placeDesignation, placesOutsideBodies, programMention } from './touches.js';

/** Adds TOUCHES from each statement that adds holders to the place designation the statement before it ended with. */
export function addedHolderPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  index: EntityIndex, relations: RelationSet, text = ''): void {
  let previous: { program: string; end: number } | null = null;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    const programs = ids?.programs ?? [];
    if (ids && programs.length === 0 && previous !== null && commaBetween(text, previous.end, statement.start)) {
      // Note: the clause before the statement's first is the previous statement, ending right before the comma.
      const input = { text: statement.text, start: statement.start, clauses: clausesOf(statement.text, statement.start), programs: [], freeRegions: placesOutsideBodies(ids) };
      for (const region of addedHolders(input, { start: statement.start - 1, end: statement.start - 1 })) {
        relations.add('TOUCHES', previous.program, region.id, statement.id);
      }
    }
    const last = programs.reduce<(typeof programs)[number] | null>((a, p) => (a === null || p.start > a.start ? p : a), null);
    const designation = last !== null && placeDesignation(programMention(last, index.get(last.id)?.kind ?? ''));
    previous = designation && last !== null ? { program: last.id, end: statement.end } : null;
  }
}
