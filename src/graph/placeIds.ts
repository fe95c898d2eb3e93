/**
 * The places of the regions a query asks for: each region and every place under it (PART_OF, at most eight levels
 * down), read once at the start of the query, so that testing whether something lies in the regions is a look-up in
 * `placeIds` rather than a walk up the PART_OF chain of every place it names.
 */

/** A subquery giving `placeIds`, the ids of the places at or under the regions of `$regionIds`. */
export const PLACE_IDS = `CALL () {
  MATCH (place:Region)-[:PART_OF*0..8]->(x:Region) WHERE x.id IN $regionIds
  RETURN collect(DISTINCT place.id) AS placeIds
}`;

/** Whether the statement `s` names one of the places of PLACE_IDS. */
export const NAMES_A_PLACE = 'EXISTS { MATCH (s)-[:MENTIONS]->(r:Region) WHERE r.id IN placeIds }';
