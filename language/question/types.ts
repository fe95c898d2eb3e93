/** The shapes of a question as read: what it asks for (intent) and the slots it fills. */

/** What a question asks for. */
export type Intent =
  | 'PROGRAMS'
  | 'INSTITUTIONS'
  | 'PARTNERS'
  | 'TARGETS'
  | 'HOW_MANY'
  | 'WHO'
  | 'WHERE'
  | 'CONNECTIONS'
  | 'COMPARE_YEARS'
  | 'STATEMENTS'
  | 'SEARCH';

/** The status a question asks about. */
export type AskedStatus = 'PLANNED' | 'ACHIEVED' | 'PROBLEM';

/** A span of the normalised question text (`end` exclusive). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A place named in the question: its words there and the gazetteer regions it stands for (港澳 gives two). */
export interface RegionSlot extends TextSpan {
  readonly surface: string;
  readonly ids: readonly string[];
}

/** A name other than a place, to be looked up in the graph (only the graph knows institutions and programs). */
export interface NameSlot extends TextSpan {
  readonly surface: string;
  /** What its last word suggests it names, when it ends in an institution or program head. */
  readonly kind: 'INSTITUTION' | 'PROGRAM' | null;
  /** How it was found: between quotes, ending in a head word, or as a capitalised English name. */
  readonly source: 'QUOTED' | 'HEAD' | 'ENGLISH' | 'GIVEN';
  /** Chinese forms of an English name (Ningbo University → 宁波大学), to try in the graph as well. */
  readonly chinese: readonly string[];
}

/** A topic the question is about, with the words that named it. */
export interface TopicSlot {
  readonly topicId: string;
  readonly surface: string;
}

/** Everything the question states besides its intent. */
export interface QuestionSlots {
  readonly regions: readonly RegionSlot[];
  /** The question asks to include the sub-regions of its region (广东省下辖地区 · and its districts). */
  readonly includeSubregions: boolean;
  readonly names: readonly NameSlot[];
  readonly topics: readonly TopicSlot[];
  /** Years named, in order (2019年和2020年 → [2019, 2020]). */
  readonly years: readonly number[];
  readonly status: AskedStatus | null;
  /** The place or name right after 与 / with: the other side of a partnership (哪些学校与澳门有合作 → 澳门). */
  readonly counterpart: string | null;
  /** For partners: whether places or institutions are asked for (null: either). */
  readonly partnerKind: 'PLACES' | 'INSTITUTIONS' | null;
  /** For how many: the thing counted (学位, sister schools). */
  readonly measure: string | null;
  /** The other words the question is about, for a search of statements. */
  readonly terms: readonly string[];
  /** Every word of the question but question words and fillers, in order (places as typed): a full-text query. */
  readonly words: readonly string[];
}

/** Another way to read the question, when the reader is unsure. */
export interface AlternativeReading {
  readonly intent: Intent;
  readonly interpretation: string;
  readonly confidence: number;
}

/** A question as read: deterministic for a given question and lexicon. */
export interface QuestionReading {
  /** The question as given. */
  readonly question: string;
  /** The text read: NFKC-normalised, Traditional converted to Simplified (spans point into it). */
  readonly text: string;
  readonly language: 'zh' | 'en';
  readonly intent: Intent;
  readonly slots: QuestionSlots;
  /** How the question was read, as the call that answers it (programs(region: "南沙区", year: 2020)). */
  readonly interpretation: string;
  /** How sure the reader is, in [0, 1]: lower when a slot the intent needs is missing. */
  readonly confidence: number;
  readonly alternatives: readonly AlternativeReading[];
}
