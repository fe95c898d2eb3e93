import { describe, expect, it } from 'vitest';
import { distinctiveChars, isHanCode, wordLengthsByFirst } from '../../language/match/tokens.js';

/** Greedy longest match trying every length, the reading the index must agree with. */
function everyLength(text: string, generic: ReadonlySet<string>, maxLen: number): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    let step = 0;
    for (let len = Math.min(maxLen, text.length - i); len >= 1 && step === 0; len--) if (generic.has(text.slice(i, i + len))) step = len;
    if (step === 0 && isHanCode(text.charCodeAt(i))) count++;
    i += step || 1;
  }
  return count;
}

describe('distinctive characters', () => {
  const generic = new Set(['现代', '现代化', '职业', '职业教育', '教育', '中心', '']);

  it('indexes the lengths of the words by their first character, longest first', () => {
    const index = wordLengthsByFirst(generic);
    expect(index.get('现'.charCodeAt(0))).toEqual([3, 2]);
    expect(index.get('职'.charCodeAt(0))).toEqual([4, 2]);
    expect(index.get('宁'.charCodeAt(0))).toBeUndefined();
    expect(wordLengthsByFirst(generic)).toBe(index);
  });

  it('counts the Han characters no generic word covers, as trying every length does', () => {
    for (const text of ['宁波现代职业教育中心', '现代化职业教育', 'AI职业中心', '职业教', '']) {
      for (const maxLen of [1, 2, 3, 6]) expect(distinctiveChars(text, generic, maxLen)).toBe(everyLength(text, generic, maxLen));
    }
    expect(distinctiveChars('宁波现代职业教育中心', generic, 4)).toBe(2);
  });
});

describe('distinctive characters over a larger vocabulary', () => {
  const generic = new Set(['发展', '发展改革', '改革', '委员会', '委员', '会', '建设', '建设局', '局', '综合', '综合行政', '综合行政执法', '执法']);

  it('agrees with trying every length at every maximum length, on texts where words share their starts', () => {
    const texts = ['宁波市发展改革委员会', '综合行政执法局', '综合行政执法大队', '发展和改革委员会', '建设局局长', '委员委员会', 'A综合b执法'];
    for (const text of texts) {
      for (const maxLen of [0, 1, 2, 3, 4, 6, 9]) expect(distinctiveChars(text, generic, maxLen)).toBe(everyLength(text, generic, maxLen));
    }
  });
});
