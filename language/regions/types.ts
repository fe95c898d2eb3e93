/** A region mention found in text. */
export interface RegionMention {
  type: 'REGION';
  /** Canonical name (the gazetteer's), or the surface of a compound or a zone. */
  name: string;
  /** The level (CITY, DISTRICT …), COMPOUND for 港澳台-like abbreviations, ZONE for zones. */
  kind: string;
  start: number;
  end: number;
  surface: string;
  /** Gazetteer region ids (a compound yields several; a zone its zone id). */
  regionIds?: string[];
  /** Zones only: the region the zone lies in. */
  parentRegionId?: string;
}
