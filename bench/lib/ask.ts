/**
 * `ask` under one client: every question of the question sets (test/fixtures/questions/, both files) sent in turn to a
 * running API for a fixed time, after one warm-up pass. Latencies are per request, end to end over HTTP.
 */
import { ASK_QUERY } from '../../src/graphql/askQuery.js';
import { loadQuestions } from '../../test/helpers/questions.js';
import { postJson } from './load.js';
import { percentile } from './stats.js';

export interface AskFigures {
  questions: number;
  answered: number;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  /** p50 by the intent the reader gave the question, with the number of questions. */
  byIntent: { intent: string; questions: number; p50: number }[];
}

async function ask(url: string, question: string): Promise<boolean> {
  const response = await postJson(url, JSON.stringify({ query: ASK_QUERY, variables: { question } }));
  const body = JSON.parse(response.text) as { data?: { ask?: { answered: boolean } }; errors?: unknown };
  if (response.status !== 200 || body.errors || !body.data?.ask) throw new Error(`ask ${JSON.stringify(question)}: ${response.status} ${response.text.slice(0, 300)}`);
  return body.data.ask.answered;
}

/** Sends the question sets to `url` one at a time for `seconds` (after a warm-up pass) and returns the figures. */
export async function measureAsk(url: string, seconds: number): Promise<AskFigures> {
  const questions = [...loadQuestions('questions'), ...loadQuestions('heldout')];
  let answered = 0;
  for (const q of questions) if (await ask(url, q.question)) answered++;
  const byQuestion = new Map<string, number[]>(questions.map((q) => [q.id, []]));
  const all: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < deadline; i = (i + 1) % questions.length) {
    const start = performance.now();
    await ask(url, questions[i].question);
    const ms = performance.now() - start;
    all.push(ms);
    byQuestion.get(questions[i].id)!.push(ms);
  }
  const intents = [...new Set(questions.map((q) => q.reading.intent))];
  const sorted = (list: number[]): number[] => [...list].sort((a, b) => a - b);
  const byIntent = intents.map((intent) => {
    const ofIntent = questions.filter((q) => q.reading.intent === intent);
    return { intent, questions: ofIntent.length, p50: percentile(sorted(ofIntent.flatMap((q) => byQuestion.get(q.id)!)), 50) };
  });
  const ascending = sorted(all);
  return { questions: questions.length, answered, requests: all.length, p50: percentile(ascending, 50), p90: percentile(ascending, 90), p99: percentile(ascending, 99), byIntent };
}
