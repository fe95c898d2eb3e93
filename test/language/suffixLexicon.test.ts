import { describe, expect, it } from 'vitest';
import { SuffixLexicon } from '../../language/match/tokens.js';

/** The slice-per-length reading of matchEnd the trie must agree with (a negative `min` allows the text's start). */
function bySlices(words: ReadonlyMap<string, number>, text: string, end: number, min = 0): { word: string; kind: number } | null {
  if (end <= 0) return null;
  min = Math.max(0, min);
  const lengths = [...new Set([...words.keys()].filter((w) => w.charCodeAt(w.length - 1) === text.charCodeAt(end - 1)).map((w) => w.length))];
  for (const len of lengths.sort((a, b) => b - a)) {
    if (end - len < min) continue;
    const word = text.slice(end - len, end);
    const kind = words.get(word);
    if (kind !== undefined) return { word, kind };
  }
  return null;
}

describe('suffix lexicon', () => {
  const words = new Map([['局', 1], ['教育局', 2], ['市教育局', 3], ['方案', 4], ['实施方案', 5], ['工作实施方案', 6]]);
  const lexicon = new SuffixLexicon(words);

  it('finds the longest word ending at a position, starting at or after min', () => {
    expect(lexicon.matchEnd('深圳市教育局', 6)).toEqual({ word: '市教育局', kind: 3 });
    expect(lexicon.matchEnd('深圳市教育局', 6, 3)).toEqual({ word: '教育局', kind: 2 });
    expect(lexicon.matchEnd('深圳市教育局', 6, 6)).toBeNull();
    expect(lexicon.matchEnd('深圳市教育局', 5)).toBeNull();
    expect(lexicon.matchEnd('深圳市教育局', 0)).toBeNull();
    expect(lexicon.matchEnd('局', 2)).toBeNull();
  });

  it('reads no word starting before the text, when min allows it (工作实施方案 does not fit before the end of 实施方案)', () => {
    expect(lexicon.matchEnd('实施方案', 4, -4)).toEqual({ word: '实施方案', kind: 5 });
  });

  it('agrees with the slice reading at every position of every text, for every min', () => {
    const texts = ['关于印发工作实施方案的通知', '市教育局实施方案', '方案', '局局局', '教育局工作实施方案局'];
    for (const text of texts) {
      for (let end = -1; end <= text.length + 1; end++) {
        for (let min = -8; min <= end; min++) expect(lexicon.matchEnd(text, end, min)).toEqual(bySlices(words, text, end, min));
      }
    }
  });

  it('agrees with the slice reading over many words sharing their last characters (nodes of many sorted children)', () => {
    const chars = '市县区省局委办厅院校会部处所站';
    const many = new Map<string, number>();
    let kind = 0;
    for (const a of chars) for (const b of chars) many.set(a + b, kind++);
    for (const a of chars.slice(0, 5)) for (const b of chars) many.set(a + b + '局', kind++);
    const big = new SuffixLexicon(many);
    const text = '市局' + chars + '县局局委' + [...chars].reverse().join('');
    for (let end = 0; end <= text.length; end++) {
      for (let min = -1; min <= end; min++) expect(big.matchEnd(text, end, min)).toEqual(bySlices(many, text, end, min));
    }
  });
});
