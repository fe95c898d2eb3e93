/**
 * The extraction model: what `policy-kg extract FILE --json` prints and what the writer stores.
 * Defined once with zod; every stage of the pipeline produces or consumes these shapes.
 */
import { z } from 'zod';
import type { RegionMention } from '../language/regions/types.js';

export const StatusSchema = z.enum(['ACHIEVED', 'PLANNED', 'PROBLEM', 'CONTEXT']);
export type Status = z.infer<typeof StatusSchema>;

export const EntityTypeSchema = z.enum(['PROGRAM', 'INSTITUTION', 'REGION']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const ComparatorSchema = z.enum(['EQ', 'GTE', 'GT', 'LTE', 'LT', 'APPROX']);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const DocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable().describe('ISO date YYYY-MM-DD'),
  sha256: z.string(),
  charCount: z.number().int(),
  source: z.string(),
  /** The Program (a policy instrument) this document is the text of, when it is one; cited elsewhere by the same key. */
  programId: z.string().nullable().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentSchema>;

export const SectionSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  path: z.string().describe('ordinals from the root joined by "/", e.g. "2/1/3"'),
  heading: z.string(),
  level: z.number().int(),
  ordinal: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof SectionSchema>;

export const StatementTopicSchema = z.object({
  /** A topic id of the taxonomy (language/lexicon/data/topics.yaml). */
  topicId: z.string(),
  score: z.number().min(0).max(1),
});
export type StatementTopic = z.infer<typeof StatementTopicSchema>;

export const StatementSchema = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  text: z.string(),
  start: z.number().int().describe('offset of the first character in the document text'),
  end: z.number().int().describe('offset after the last character'),
  year: z.number().int().nullable(),
  status: StatusSchema,
  /** PDF only: the page (from 1) the statement starts on. */
  page: z.number().int().min(1).optional(),
  /** The topics the statement is about, best first (the topic tagger at ingest). */
  topics: z.array(StatementTopicSchema).optional(),
  /** The statement's words as the ingest segmenter cut them, space-separated (Simplified): the statement search reads them. */
  words: z.string().optional(),
});
export type Statement = z.infer<typeof StatementSchema>;

export const MentionSchema = z.object({
  statementId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  surface: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string(),
  /** Regions only: English name, level and GB/T 2260 or ISO 3166 code. */
  nameEn: z.string().nullable().optional(),
  level: z.string().nullable().optional(),
  code: z.string().nullable().optional(),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

export const TargetSchema = z.object({
  id: z.string(),
  statementId: z.string(),
  text: z.string(),
  subject: z.string(),
  value: z.number(),
  unit: z.string(),
  comparator: ComparatorSchema,
  year: z.number().int().nullable(),
  status: StatusSchema,
  /** The entity the target is for (a program or region id), when known. */
  for: z.string().nullable().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const RelationTypeSchema = z.enum(['TOUCHES', 'INVOLVES', 'LOCATED_IN', 'PARTNERS_WITH', 'PART_OF']);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const RelationSchema = z.object({
  type: RelationTypeSchema,
  from: z.string(),
  to: z.string(),
  /** PARTNERS_WITH only: the kind of cooperation (合作办学, 结对, 共建, 协议, 联盟, 交流, 合作). */
  kind: z.string().nullable().optional(),
  evidence: z.array(z.string()).describe('statement ids'),
});
export type Relation = z.infer<typeof RelationSchema>;

export const ExtractionSchema = z.object({
  document: DocumentSchema,
  sections: z.array(SectionSchema),
  statements: z.array(StatementSchema),
  entities: z.array(EntitySchema),
  targets: z.array(TargetSchema),
  relations: z.array(RelationSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/**
 * A raw span found by one extractor in one statement, before resolution merges spans into entities.
 * Offsets are absolute (into the document text).
 */
export interface Candidate extends Omit<RegionMention, 'type'> {
  /** A region mention is a candidate as found; institutions and programs share its shape (name, kind, span, surface). */
  type: EntityType;
  /** Programs: other names the text gives it where it is found (the quoted “清廉学校” read with 建设 after it). */
  aliases?: string[];
  /** The text refers to it as its own (我市, 本局): a mention whose surface is no name of it. */
  deictic?: boolean;
  /** Programs: spans of the statement that say where it is (the place column of a listed project's row). */
  places?: { start: number; end: number }[];
  /** Programs: read from its quoted words alone, nothing around it saying what it is: only places written right before it place it. */
  bare?: boolean;
}
