import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../language/lexicon/index.js';
import { selfReferencePairs, selfReferenceTables } from '../../language/match/tokens.js';

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
