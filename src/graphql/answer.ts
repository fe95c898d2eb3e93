/**
 * Answers a question in Chinese or English (shared by `ask` and the CLI): the question reader's intent and slots,
 * the named things found in the graph, then the intent's answer (ask/intents.ts). When the reading finds nothing, the
 * closest readings are tried in turn, then a statement search over the question's words; when nothing answers, the
 * answer says so and lists the readings it tried.
 */
import type { Intent } from '../../language/question/index.js';
import type { EntityRecord } from '../graph/entities.js';
import { NOTHING, under, type Selection } from '../graph/selection.js';
import * as answerOf from './ask/intents.js';
import { planQuestion, type Plan } from './ask/plan.js';
import type { ApiContext } from './context.js';
import { namesOf } from './context.js';
import { asConnection } from './selection.js';

/** Another reading of the question. */
export interface ReadingRecord {
  intent: Intent;
  interpretation: string;
  confidence: number;
}

/** The answer: how the question was read, whether anything answers it, and the hits. */
export interface AnswerRecord extends Required<Omit<answerOf.Found, 'interpretation'>> {
  interpretation: string;
  intent: Intent;
  confidence: number;
  answered: boolean;
  message: string | null;
  alternatives: ReadingRecord[];
  entities: EntityRecord[];
}

type Answerer = (context: ApiContext, plan: Plan, sel: answerOf.AnswerSelections) => Promise<answerOf.Found>;

const ANSWERERS: Record<Intent, Answerer> = {
  PROGRAMS: answerOf.programs,
  INSTITUTIONS: answerOf.institutions,
  PARTNERS: answerOf.partners,
  TARGETS: answerOf.targets,
  HOW_MANY: answerOf.howMany,
  WHO: answerOf.who,
  WHERE: answerOf.where,
  CONNECTIONS: answerOf.connections,
  COMPARE_YEARS: answerOf.compareYears,
  STATEMENTS: answerOf.statements,
  SEARCH: async (context, plan, sel) => {
    const found = await answerOf.statements(context, plan, sel);
    const words = [...plan.named.map((n) => n.surface), ...plan.terms];
    return { ...found, interpretation: `search(text: ${JSON.stringify(words.join(' '))})` };
  },
};

const hasHits = (found: answerOf.Found): boolean =>
  [found.programs, found.institutions, found.places, found.targets, found.statements, found.paths].some((l) => (l?.length ?? 0) > 0) ||
  (found.years ?? []).some((y) => y.targets.length + y.statements.length > 0);

function selections(answer: Selection | undefined): answerOf.AnswerSelections {
  const path = (field: string): string[] => field.split('.');
  return {
    list: (field) => (answer ? under(answer, ...path(field)) : NOTHING),
    page: (field) => (answer ? asConnection(under(answer, ...path(field))) : undefined),
  };
}

async function entitiesOf(context: ApiContext, plan: Plan): Promise<EntityRecord[]> {
  // Note: the names the graph finds in the question are among plan.named already (namedThings searched for them).
  const ids = plan.named.flatMap((n) => n.ids);
  const entities = await namesOf(context).entities(context.executor, ids.slice(0, 10));
  return entities.filter((e): e is EntityRecord => e !== null);
}

/** Reads the question and answers it; never throws for an unknown name. `answerSelection` is what the caller selected of the Answer. */
export async function answerQuestion(context: ApiContext, question: string, answerSelection?: Selection): Promise<AnswerRecord> {
  const plan = await planQuestion(context, question);
  const sel = selections(answerSelection);
  const { reading } = plan;
  const tried: ReadingRecord[] = [];
  let found = await ANSWERERS[plan.intent](context, plan, sel);
  let intent = plan.intent;
  for (const alternative of reading.alternatives) {
    if (hasHits(found)) break;
    tried.push({ intent, interpretation: found.interpretation, confidence: intent === plan.intent ? reading.confidence : alternative.confidence });
    intent = alternative.intent;
    found = await ANSWERERS[intent](context, { ...plan, intent }, sel);
  }
  if (!hasHits(found) && intent !== 'STATEMENTS' && intent !== 'SEARCH') {
    tried.push({ intent, interpretation: found.interpretation, confidence: reading.confidence });
    intent = 'STATEMENTS';
    found = await answerOf.statements(context, { ...plan, terms: [...reading.slots.words] }, sel);
  }
  const answered = hasHits(found);
  const others = reading.alternatives.filter((a) => !tried.some((t) => t.interpretation === a.interpretation) && a.interpretation !== found.interpretation);
  return {
    interpretation: found.interpretation,
    intent,
    confidence: intent === plan.intent ? reading.confidence : Math.min(reading.confidence, 0.5),
    answered,
    message: answered ? null : `Nothing in the graph answers ${JSON.stringify(question)} as read (${found.interpretation}); closest readings: ${[...tried, ...others].map((r) => r.interpretation).join('; ') || 'none'}.`,
    alternatives: [...tried, ...others.map((a) => ({ intent: a.intent, interpretation: a.interpretation, confidence: a.confidence }))],
    programs: found.programs ?? [],
    institutions: found.institutions ?? [],
    places: found.places ?? [],
    targets: found.targets ?? [],
    statements: found.statements ?? [],
    paths: found.paths ?? [],
    years: found.years ?? [],
    entities: intent === 'SEARCH' || !answered ? await entitiesOf(context, plan) : [],
  };
}
