/** A question as `ask` runs it: the reading, the named things by type, topics expanded, years, status and words. */
import { readQuestion, type Intent, type QuestionReading } from '../../../language/question/index.js';
import { resolveTopic } from '../../../language/topics/index.js';
import type { ApiContext } from '../context.js';
import { namedThings, type Named } from './named.js';

/** What the answering functions read. */
export interface Plan {
  reading: QuestionReading;
  intent: Intent;
  named: Named[];
  regions: Named[];
  institutions: Named[];
  programs: Named[];
  /** The topic ids asked (each with its topics when it is a field), or null. */
  topicIds: string[] | null;
  years: number[];
  status: 'PLANNED' | 'ACHIEVED' | 'PROBLEM' | null;
  includeSubregions: boolean;
  /** Words of the question other than names, topics and question words. */
  terms: string[];
}

/** Reads the question to find names, then again with the names the graph knows (when it knows any). */
export async function planQuestion(context: ApiContext, question: string): Promise<Plan> {
  const first = readQuestion(question);
  const named = await namedThings(context, question, first);
  const knownNames = named.filter((n) => n.type !== 'REGION').map((n) => n.text);
  // Note: with no names known the second reading is the first; it is not run again.
  const reading = knownNames.length > 0 ? readQuestion(question, { knownNames }) : first;
  const topics = reading.slots.topics.flatMap((t) => resolveTopic(t.topicId) ?? [t.topicId]);
  return {
    reading,
    intent: reading.intent,
    named,
    regions: named.filter((n) => n.type === 'REGION'),
    institutions: named.filter((n) => n.type === 'INSTITUTION'),
    programs: named.filter((n) => n.type === 'PROGRAM'),
    topicIds: topics.length > 0 ? [...new Set(topics)] : null,
    years: [...reading.slots.years],
    status: reading.slots.status,
    includeSubregions: reading.slots.includeSubregions,
    terms: [...reading.slots.terms],
  };
}

/** The ids of several named things as one name argument (null when there are none). */
export function idsOf(named: readonly Named[]): { ids: string[] } | null {
  return named.length > 0 ? { ids: named.flatMap((n) => n.ids) } : null;
}

/** The named things' names for an interpretation: "南沙区、从化区". */
export const labelOf = (named: readonly Named[]): string => named.map((n) => n.surface).join('、');
