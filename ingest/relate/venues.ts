/**
 * TOUCHES from a venue: an event held at a body (在 + 香港会议展览中心 + 闭幕, 在 + 台南市国立成功大学 + 举办「…论坛」) is where
 * that body lies, as its name says (the places its name opens with, down to the last).
 */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import type { EntityIndex, SpannedId } from '../resolve.js';
import { clauseAt, type Clause } from './clauses.js';
import { institutionPlaces } from './located.js';

/** How many characters may stand between the venue and its verb (在…大学 + 礼堂 + 举行). */
const VERB_GAP = 3;

/** What reading a statement's venues needs. */
export interface VenueInput {
  text: string;
  start: number;
  clauses: readonly Clause[];
  programs: readonly SpannedId[];
  /** Bodies named outside programme names. */
  institutions: readonly SpannedId[];
  /** The document's entities, for the names a body is written with. */
  index: EntityIndex;
  /** The place the issuer is in, which a body's bare name may be read in (市一中). */
  issuerRegionId: string | null;
}

/** Whether a verb of holding follows the venue closely. */
function heldAt(input: VenueInput, venue: SpannedId): boolean {
  const after = input.text.slice(venue.end - input.start, venue.end - input.start + VERB_GAP + 2);
  return getLexicon().programs.venueVerbs.some((verb) => {
    const at = after.indexOf(verb);
    return at >= 0 && at <= VERB_GAP;
  });
}

/** The last of the places a name goes down to (广州市 → 番禺区: 番禺区); none when they are not one chain. */
function deepest(ids: readonly string[]): string[] {
  const gazetteer = getGazetteer();
  return ids.filter((id) => !ids.some((other) => other !== id && gazetteer.liesIn(other, id)));
}

/** The (program, region) pairs of the events a statement holds at a venue whose name places it. */
export function venuePlacements(input: VenueInput): [string, string][] {
  const out: [string, string][] = [];
  const { locatives } = getLexicon().programs;
  for (const venue of input.institutions) {
    if (!locatives.has(input.text[venue.start - input.start - 1] ?? '') || !heldAt(input, venue)) continue;
    const entity = input.index.get(venue.id);
    const places = entity ? deepest([...institutionPlaces(entity, input.issuerRegionId)]) : [];
    if (places.length === 0) continue;
    const clause = clauseAt(input.clauses, venue.start);
    // The event: the first programme after the verb in the clause (在…举办「…」), else the last before the venue («…»今日在…闭幕).
    const after = input.programs.filter((p) => p.start >= venue.end && p.end <= clause.end).sort((a, b) => a.start - b.start)[0];
    const before = input.programs.filter((p) => p.start >= clause.start && p.end <= venue.start).sort((a, b) => b.start - a.start)[0];
    const event = after ?? before;
    if (event) for (const place of places) out.push([event.id, place]);
  }
  return out;
}
