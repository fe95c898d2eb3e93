import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../ingest/topics.js';
import type { Token } from '../../language/segment/index.js';

/** Tokens of the words given, one after another from offset 0. */
function tokens(...words: string[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of words) {
    out.push({ word, tag: 'x', start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}

describe('wordsOf', () => {
  it('keeps Han words, letters and digits, lower case, and drops punctuation and whitespace', () => {
    expect(wordsOf(tokens('深化', '，', 'AI', '、', '2024', '年', ' ', '“', 'X', '”', '。', '〇'))).toBe('深化 ai 2024 年 x 〇');
  });

  it('judges a one-character word the same the second time it is read', () => {
    const words = tokens('Q', '，', '5', '；', '\u3000', 'é');
    expect(wordsOf(words)).toBe('q 5 é');
    expect(wordsOf(words)).toBe('q 5 é');
  });
});
