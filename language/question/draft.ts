/** The working state of the reader: everything found in a question so far, as spans of its normalised text. */
import type { Role } from './vocabulary.js';
import type { NameSlot, RegionSlot, TextSpan, TopicSlot } from './types.js';

/** A question word found in the text, with what it does. */
export interface Cue extends TextSpan {
  readonly word: string;
  roles: readonly Role[];
}

/** A year named in the text. */
export interface YearSpan extends TextSpan {
  readonly value: number;
}

/** Words left over once names, places, years and question words are found: what the question is about. */
export interface Term extends TextSpan {
  readonly text: string;
}

/** What has been found in a question. */
export interface Draft {
  readonly text: string;
  cues: Cue[];
  regions: RegionSlot[];
  names: NameSlot[];
  years: YearSpan[];
  terms: Term[];
  topics: TopicSlot[];
  /** Places inside names (浙江 in 浙江大学): not places of the question, but not topics either. */
  regionsInNames: TextSpan[];
}

/** Whether two spans overlap. */
export const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** Whether `span` overlaps any of `spans`. */
export const overlapsAny = (span: TextSpan, spans: readonly TextSpan[]): boolean => spans.some((s) => overlaps(span, s));
