/**
 * TOUCHES from an item labelled by its places (1. 花地瑪堂區：擴建…，並…開設「…」; 2. 聖安多尼堂區及大堂區：推行「…」): the
 * programmes the item names after its label are carried out there.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { AnnotatedStatement } from '../annotated.js';
import type { ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';
import { placesOutsideBodies } from './touches.js';

/** A label, or a statement opening a list, ends at a colon: in its text or right after it. */
export const LABEL_COLON = /[:：]\s*$/;

/** One character of whitespace, as the patterns' \s reads it. */
const SPACE = /\s/;

/**
 * Whether a statement ends at a colon, in its text or in `next` (the character right after it, or ''): what LABEL_COLON
 * finds in the two joined.
 * Note: without joining them: the joined copy was flattened and scanned whole by the pattern, for every statement.
 */
export function endsAtColon(text: string, next: string): boolean {
  let last = next;
  if (last === '' || SPACE.test(last)) {
    let i = text.length - 1;
    while (i >= 0 && SPACE.test(text[i])) i--;
    last = i >= 0 ? text[i] : '';
  }
  return last === ':' || last === '：';
}

/** The places a statement consists of when it is a label (花地瑪堂區, 聖安多尼堂區及大堂區), else []. */
function labelPlaces(text: string, start: number, colon: string, ids: ResolvedIds): SpannedId[] {
  if (!endsAtColon(text, colon)) return [];
  const places = placesOutsideBodies(ids);
  const rest = Array.from(text.replace(LABEL_COLON, ''));
  for (const r of places) for (let k = r.start - start; k < r.end - start; k++) rest[k] = '';
  const { listMarks } = getLexicon().partnering;
  return places.length > 0 && rest.join('').trim().split('').every((c) => listMarks.includes(c)) ? places : [];
}

/** Places the programmes of the statements after a label, in the label's section, in the label's places. */
export function labelPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>, relations: RelationSet,
  text = ''): void {
  let section: string | null | undefined;
  let label: SpannedId[] = [];
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (statement.sectionId !== section) {
      section = statement.sectionId;
      label = ids ? labelPlaces(statement.text, statement.start, text[statement.end] ?? '', ids) : [];
      continue;
    }
    for (const program of ids?.programs ?? []) for (const place of label) relations.add('TOUCHES', program.id, place.id, statement.id);
  }
}
