import { describe, expect, it } from 'vitest';
import { regionFlags, withTownships } from '../../ingest/extract/regionTokens.js';
import type { Candidate } from '../../ingest/model.js';
import type { Token } from '../../language/segment/index.js';

const token = (word: string, start: number, tag = 'n'): Token => ({ word, tag, start, end: start + word.length });
const place = (start: number, end: number): Candidate => ({ type: 'REGION', name: '深圳市', kind: 'CITY', start, end, surface: '深圳市' });

describe('region flags', () => {
  const tokens = [token('深圳', 10, 'ns'), token('市', 12), token('教育局', 13)];

  it('marks the tokens overlapping a region mention', () => {
    expect([...regionFlags(tokens, [place(10, 13)])]).toEqual([1, 1, 0]);
    expect([...regionFlags(tokens, [])]).toEqual([0, 0, 0]);
    expect([...regionFlags(tokens, undefined)]).toEqual([0, 0, 0]);
  });

  it('answers the same tokens and mentions asked again with the flags computed, and other mentions anew', () => {
    const spans = [place(10, 12)];
    const first = regionFlags(tokens, spans);
    expect(regionFlags(tokens, spans)).toBe(first);
    const others = [place(12, 16)];
    expect([...regionFlags(tokens, others)]).toEqual([0, 1, 1]);
    expect([...regionFlags(tokens, spans)]).toEqual([1, 0, 0]);
    // Note: more computations than are kept in between: the flags are computed again, alike.
    for (let k = 0; k < 8; k++) regionFlags([...tokens], spans);
    expect([...regionFlags(tokens, spans)]).toEqual([1, 0, 0]);
  });
});

describe('townships after their city', () => {
  it('marks a township written right after its city, on a copy, and returns the flags themselves when none is', () => {
    const tokens = [token('深圳市', 0, 'ns'), token('前海', 3, 'f'), token('管理局', 5)];
    const regionOnly = Uint8Array.from([1, 0, 0]);
    const marked = withTownships(tokens, regionOnly);
    expect([...marked]).toEqual([1, 1, 0]);
    expect([...regionOnly]).toEqual([1, 0, 0]);
    const plain = [token('深圳市', 0, 'ns'), token('教育局', 3)];
    const flags = Uint8Array.from([1, 0]);
    expect(withTownships(plain, flags)).toBe(flags);
  });
});

describe('region flags over many tokens and mentions', () => {
  it('marks what a test of every mention at every token marks, for tokens in text order and out of it', () => {
    const words = ['广东省', '深圳市', '、', '珠', '海市', '和', '中山', '市', '的', '学校'];
    let at = 0;
    const tokens = words.map((w) => {
      const t = token(w, at);
      at += w.length;
      return t;
    });
    const spans = [place(6, 7), place(0, 6), place(7, 10), place(12, 15), place(21, 21), place(3, 3), place(17, 19)];
    const naive = (ts: readonly Token[]): number[] => ts.map((t) => (spans.some((s) => s.start < t.end && t.start < s.end) ? 1 : 0));
    expect([...regionFlags(tokens, spans)]).toEqual(naive(tokens));
    const shuffled = [tokens[3], tokens[0], tokens[7], tokens[1], tokens[9]];
    expect([...regionFlags(shuffled, spans)]).toEqual(naive(shuffled));
  });
});
