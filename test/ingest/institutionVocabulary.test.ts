import { describe, expect, it } from 'vitest';
import { isAction, vocab } from '../../ingest/extract/institutions/vocabulary.js';

describe('action words and pairs of them', () => {
  it('reads every action word and every pair of them (or of one and a verb bodies are named by) as an action', () => {
    const { actionWords, actionPairs, nameVerbs } = vocab();
    for (const word of actionWords) expect(isAction(word)).toBe(true);
    for (const pair of actionPairs) expect(isAction(pair)).toBe(true);
    const [first] = actionWords;
    const [verb] = nameVerbs;
    expect(isAction(first + verb)).toBe(true);
  });

  it('reads no other word as one, whatever its first and last characters', () => {
    const [first] = vocab().actionWords;
    for (const word of ['学校', '教育局', '', first + '学校', '学校' + first]) expect(isAction(word)).toBe(vocab().actionPairs.has(word) || vocab().actionWords.has(word));
    expect(isAction('学校')).toBe(false);
  });
});
