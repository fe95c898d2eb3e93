import { beforeAll, describe, expect, it } from 'vitest';
import { prepareSegmenter } from '../../ingest/pipeline.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { chineseNamesOf, readQuestion } from '../../language/question/index.js';
import { comparable, loadQuestions, normalised } from '../helpers/questions.js';

beforeAll(() => prepareSegmenter());

const questions = loadQuestions('questions');
const heldout = loadQuestions('heldout');

describe('the question set', () => {
  it('has at least 40 questions, Chinese and English, of every user and every intent', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const all = [...questions, ...heldout];
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
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

// Written after the reader passed the set above; on its first run it read 17 of these 26 right.
describe('reading questions written after the reader was built', () => {
  it.each(heldout.map((q) => [q.id, q.question, q] as const))('%s %s', (_id, question, q) => {
    const reading = readQuestion(question);
    expect(comparable(reading, q.reading), reading.interpretation).toEqual(normalised(q.reading));
  });
});

describe('how a question is read', () => {
  it('states the reading as the call that answers it', () => {
    expect(readQuestion('哪些项目涉及南沙区?').interpretation).toBe('programs(region: "南沙区")');
    expect(readQuestion('Which programs touch Nansha?').interpretation).toBe('programs(region: "南沙区")');
    expect(readQuestion('2020年计划的目标有哪些?').interpretation).toBe('targets(year: 2020, status: PLANNED)');
    expect(readQuestion('2019年和2020年学前教育有什么不同?').interpretation).toBe('compare(topic: "学前教育", years: [2019, 2020])');
    expect(readQuestion('哪些学校与澳门有合作?').interpretation).toBe('partners(of: "澳门", kind: INSTITUTIONS)');
    expect(readQuestion('2020年计划新增多少学位?').interpretation).toBe('count(of: "学位", year: 2020, status: PLANNED)');
  });

  it('gives other readings with lower confidence when a slot the intent needs is missing', () => {
    const unsure = readQuestion('有哪些合作?');
    expect(unsure.confidence).toBeLessThan(0.9);
    expect(unsure.alternatives.length).toBeGreaterThan(0);
    expect(unsure.alternatives.every((a) => a.confidence <= unsure.confidence || a.intent !== unsure.intent)).toBe(true);
    const sure = readQuestion('哪些机构与香港合作?');
    expect(sure.confidence).toBe(0.9);
    for (const alternative of sure.alternatives) expect(alternative.interpretation).toMatch(/^[a-z]+\(/);
  });

  it('falls back to a search for a bare name, and to statements for a bare topic', () => {
    expect(readQuestion('香港科技大学')).toMatchObject({ intent: 'SEARCH', interpretation: 'search(text: "香港科技大学")' });
    expect(readQuestion('近视防控')).toMatchObject({ intent: 'STATEMENTS', interpretation: 'statements(topic: "体卫艺")' });
  });

  it('reads Traditional Chinese as Simplified and keeps the question as given', () => {
    const reading = readQuestion('哪些機構與香港合作?');
    expect(reading.question).toBe('哪些機構與香港合作?');
    expect(reading.text).toBe('哪些机构与香港合作?');
    expect(reading.interpretation).toBe(readQuestion('哪些机构与香港合作?').interpretation);
  });

  it('reads a year written in numerals as the year, as documents are read (二〇二五年, 二零二零年)', () => {
    const reading = readQuestion('二〇二五年有哪些目標？');
    expect(reading.question).toBe('二〇二五年有哪些目標？');
    expect(reading.slots.years).toEqual([2025]);
    expect(readQuestion('二零二零年计划了哪些目标?').interpretation).toBe(readQuestion('2020年计划了哪些目标?').interpretation);
  });

  it('reads full-width forms like half-width ones', () => {
    expect(readQuestion('２０２０年学前教育有哪些目标？').slots.years).toEqual([2020]);
  });

  it('reads a name known to the graph as one name, whatever places it holds', () => {
    const reading = readQuestion('星海科创教育工程涉及哪些学校?', { knownNames: ['星海科创教育工程'] });
    expect(reading.slots.names.map((n) => [n.surface, n.source])).toEqual([['星海科创教育工程', 'GIVEN']]);
  });

  it('gives the Chinese forms of an English institution name from the gazetteer and the English heads', () => {
    expect(chineseNamesOf('Guangzhou University')).toContain('广州大学');
    expect(chineseNamesOf('Hong Kong University of Science and Technology (Guangzhou)')).toEqual(['香港科技大学(广州)']);
    expect(chineseNamesOf('South China University of Technology')).toEqual([]);
  });

  it('finds places by English name or pinyin, and sub-places written with their city', () => {
    expect(readQuestion('Which programs touch Panyu and Conghua?').slots.regions.map((r) => r.ids[0])).toEqual(['region:440113', 'region:440117']);
    expect(readQuestion('深圳市坪山区有哪些学校?').slots.regions.map((r) => [r.surface, r.ids])).toEqual([['深圳市坪山区', ['region:440310']]]);
  });

  it('is deterministic', () => {
    for (const q of questions.slice(0, 10)) expect(readQuestion(q.question)).toEqual(readQuestion(q.question));
  });

  it('takes its question words from the lexicon', () => {
    expect(getLexicon().questions.intents.howMany.zh).toContain('多少');
    expect(getLexicon().questions.intents.howMany.en).toContain('how many');
  });
});
