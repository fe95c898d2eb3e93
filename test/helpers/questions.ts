/** The question set (test/fixtures/questions/questions.yaml) and how a reading is compared with its expectation. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { QuestionReading } from '../../language/question/index.js';
import { projectRoot } from '../../src/project-root.js';

const IntentSchema = z.enum(['PROGRAMS', 'INSTITUTIONS', 'PARTNERS', 'TARGETS', 'HOW_MANY', 'WHO', 'WHERE', 'CONNECTIONS', 'COMPARE_YEARS', 'STATEMENTS', 'SEARCH']);

const QuestionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  user: z.enum(['researcher', 'policy', 'explorer', 'analyst']),
  reading: z.object({
    intent: IntentSchema,
    regions: z.array(z.string()).default([]),
    names: z.array(z.string()).default([]),
    topics: z.array(z.string()).default([]),
    years: z.array(z.number().int()).default([]),
    status: z.enum(['PLANNED', 'ACHIEVED', 'PROBLEM']).nullable().default(null),
    includeSubregions: z.boolean().default(false),
    partnerKind: z.enum(['PLACES', 'INSTITUTIONS']).optional(),
    counterpart: z.string().optional(),
    measure: z.string().optional(),
  }),
  answer: z.object({ mustContain: z.array(z.string()).default([]), mustNotContain: z.array(z.string()).default([]) }).default({ mustContain: [], mustNotContain: [] }),
});
export type Question = z.infer<typeof QuestionSchema>;

/** Every question of a set: `questions.yaml` (the reader was built on it) or `heldout.yaml` (written after). */
export function loadQuestions(set: 'questions' | 'heldout' = 'questions'): Question[] {
  const file = path.join(projectRoot(), `test/fixtures/questions/${set}.yaml`);
  return z.array(QuestionSchema).parse(parse(readFileSync(file, 'utf8')));
}

/** The parts of a reading a question's expectation speaks of, in the expectation's form. */
export function comparable(reading: QuestionReading, expected: Question['reading']): Question['reading'] {
  const sorted = (list: string[]): string[] => [...list].sort();
  return {
    intent: reading.intent,
    regions: sorted(reading.slots.regions.flatMap((r) => r.ids)),
    names: reading.slots.names.map((n) => n.surface),
    topics: sorted(reading.slots.topics.map((t) => t.topicId)),
    years: [...reading.slots.years],
    status: reading.slots.status,
    includeSubregions: reading.slots.includeSubregions,
    ...(expected.partnerKind !== undefined ? { partnerKind: reading.slots.partnerKind ?? undefined } : {}),
    ...(expected.counterpart !== undefined ? { counterpart: reading.slots.counterpart ?? undefined } : {}),
    ...(expected.measure !== undefined ? { measure: reading.slots.measure ?? undefined } : {}),
  };
}

/** The expectation with its lists in the order `comparable` gives. */
export function normalised(expected: Question['reading']): Question['reading'] {
  return { ...expected, regions: [...expected.regions].sort(), topics: [...expected.topics].sort() };
}
