import { beforeAll, describe, expect, it } from 'vitest';
import { prepareSegmenter } from '../../ingest/pipeline.js';
import { readQuestion } from '../../language/question/index.js';
import { comparable, loadQuestions, normalised } from '../helpers/questions.js';

beforeAll(() => prepareSegmenter());

const questions = loadQuestions();

describe('the question set', () => {
  it('has at least 40 questions, Chinese and English, of every user and every intent', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(questions.filter((q) => /[\u4e00-\u9fff]/.test(q.question)).length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => !/[\u4e00-\u9fff]/.test(q.question)).length).toBeGreaterThanOrEqual(15);
    expect(new Set(questions.map((q) => q.user))).toEqual(new Set(['researcher', 'policy', 'explorer', 'analyst']));
    const intents = new Set(questions.map((q) => q.reading.intent));
    for (const intent of ['PROGRAMS', 'INSTITUTIONS', 'PARTNERS', 'TARGETS', 'HOW_MANY', 'WHO', 'WHERE', 'CONNECTIONS', 'COMPARE_YEARS', 'STATEMENTS', 'SEARCH']) {
      expect(intents, intent).toContain(intent);
    }
  });
});

describe('reading the question set', () => {
  it.each(questions.map((q) => [q.id, q.question, q] as const))('%s %s', (_id, question, q) => {
    const reading = readQuestion(question);
    expect(comparable(reading, q.reading), reading.interpretation).toEqual(normalised(q.reading));
    expect(reading.interpretation).toMatch(/^[a-z]+\(.*\)$/);
  });
});
