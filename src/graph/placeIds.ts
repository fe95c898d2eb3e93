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

/**
 * What "in the regions asked" means, read once at the start of a query: the places under them (PLACE_IDS) and the
 * documents issued by an institution located in one of those places (`regionDocs`). A statement is in the regions when
 * it names one of the places or belongs to one of those documents (statementSearch.ts); a target, when its statement is
 * or it is for one of the places or for a program touching one (targets.ts). Tested per statement along the PART_OF
 * and LOCATED_IN paths instead, it cost ~10 µs a statement (165 ms against 56 ms for 17,931 statements at 10,000
 * documents).
 */
export const REGION_SCOPE = `${PLACE_IDS}
CALL (placeIds) {
  UNWIND placeIds AS placeId
  MATCH (i:Institution)-[:LOCATED_IN]->(:Region {id: placeId}) WHERE i.id STARTS WITH 'institution:'
  MATCH (d:Document {issuer: substring(i.id, size('institution:'))})
  RETURN collect(DISTINCT d.id) AS regionDocs
}`;
/** The variables REGION_SCOPE defines, which every clause after it that tests the region carries. */
export const SCOPE = 'placeIds, regionDocs';
