import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../language/lexicon/index.js';
import { functionInitial, nameCharTables, selfReferencePairs, selfReferenceTables } from '../../language/match/tokens.js';

/** The pairs as read with the lexicon's sets, character by character. */
function naivePairs(text: string): number[] {
  const out: number[] = [];
  for (const mark of getLexicon().names.selfReferenceMarks) {
    for (let i = text.indexOf(mark); i >= 0 && i + 1 < text.length; i = text.indexOf(mark, i + 1)) {
      if (!getLexicon().regions.shortNameBlockers.has(text[i + 2] ?? '')) out.push(i);
    }
  }
  return out;
}

describe('selfReferenceTables', () => {
  it('marks the code of each one-character short-name blocker, and no other', () => {
    const { blockerCodes } = selfReferenceTables();
    const blockers = getLexicon().regions.shortNameBlockers;
    for (const word of blockers) if (word.length === 1) expect(blockerCodes[word.charCodeAt(0)]).toBe(1);
    let marked = 0;
    for (let code = 0; code < blockerCodes.length; code++) if (blockerCodes[code] === 1) marked++;
    expect(marked).toBe([...blockers].filter((w) => w.length === 1).length);
  });

  it('gives selfReferencePairs the pairs a look-up in the sets gives', () => {
    const blocker = [...getLexicon().regions.shortNameBlockers].find((w) => w.length === 1) ?? '属';
    for (const text of ['我市将加强本县教育', `我市${blocker}企业和本校`, '本', '我市', '请本局、我校及本市' + blocker, '']) {
      expect(selfReferencePairs(text)).toEqual(naivePairs(text));
    }
  });
});

describe('nameCharTables', () => {
  it('sets, at the code of each one-character word of the name rules, its list\'s bit, and no bit elsewhere', () => {
    const { codes } = nameCharTables();
    const { functionInitials, barePrefixes, headFinals, actionWords, conjunctions } = getLexicon().names;
    const lists: [Iterable<string>, number][] = [
      [functionInitials, 1], [barePrefixes, 2], [getLexicon().institutions.singleCharHeads.keys(), 4], [headFinals, 8], [actionWords, 16], [conjunctions, 32],
    ];
    const expected = new Map<number, number>();
    for (const [words, bit] of lists) {
      for (const word of words) if (word.length === 1) expected.set(word.charCodeAt(0), (expected.get(word.charCodeAt(0)) ?? 0) | bit);
    }
    for (let code = 0; code < codes.length; code++) expect(codes[code]).toBe(expected.get(code) ?? 0);
  });

  it('tells an unknown word that starts with a function character as the set does', () => {
    const initial = [...getLexicon().names.functionInitials].find((w) => w.length === 1) ?? '将';
    expect(functionInitial({ word: `${initial}市`, tag: 'x', start: 0, end: 2 })).toBe(true);
    expect(functionInitial({ word: `${initial}市`, tag: 'n', start: 0, end: 2 })).toBe(false);
    expect(functionInitial({ word: '', tag: 'x', start: 0, end: 0 })).toBe(false);
  });
});
