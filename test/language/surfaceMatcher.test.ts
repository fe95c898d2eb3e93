import { describe, expect, it } from 'vitest';
import { SurfaceMatcher, pairCheckSlot, pairSlot } from '../../language/gazetteer/surfaceMatcher.js';
import type { SurfaceEntry } from '../../language/gazetteer/surfaceIndex.js';

const entry = (id: string): SurfaceEntry => ({
  ids: [id], records: [{ id, name: id, aliases: [], nameEn: null, level: 'CITY', code: null, parentId: null }], restriction: 'FREE',
});

describe('surface matcher', () => {
  const matcher = new SurfaceMatcher(new Map([['广州', entry('gz')], ['广州市', entry('gzs')], ['南沙', entry('ns')]]));

  it('finds forms leftmost-longest past positions whose first two characters start none (广东 before 广州)', () => {
    expect(matcher.findAll('广东广州市南沙').map((m) => [m.start, m.end, m.entry.ids[0]])).toEqual([[2, 5, 'gzs'], [5, 7, 'ns']]);
    expect(matcher.startsAt('广东', 0)).toBe(false);
    expect(matcher.startsAt('广州', 0)).toBe(true);
    expect(matcher.matchAt('广', 0)).toBeNull();
  });

  it('still finds one-character forms (no second character to test)', () => {
    const single = new SurfaceMatcher(new Map([['粤', entry('gd')], ['广州', entry('gz')]]));
    expect(single.findAll('粤广州').map((m) => m.entry.ids[0])).toEqual(['gd', 'gz']);
  });

  it('gives a pair of codes a slot within the filter', () => {
    const slot = pairSlot('广'.charCodeAt(0), '州'.charCodeAt(0));
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(slot).toBeLessThan(1 << 16);
    const check = pairCheckSlot('广'.charCodeAt(0), '州'.charCodeAt(0));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(1 << 16);
    expect(pairCheckSlot(0x9fff, 0x9fff)).toBeLessThan(1 << 16);
  });
});
