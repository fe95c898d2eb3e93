import { describe, expect, it } from 'vitest';
import { selfReferencesIn } from '../../ingest/extract/selfReferences.js';
import { selfReferencePairs } from '../../language/match/tokens.js';

describe('self-reference pairs read once per statement', () => {
  it('answers as selfReferencePairs, for the same text asked again and for another', () => {
    for (const text of ['我市教育局与本校合作', '我市教育局与本校合作', '本区域内', '', '我局方案', '我市教育局与本校合作']) {
      expect([...selfReferencesIn(text)]).toEqual(selfReferencePairs(text));
    }
  });
});
