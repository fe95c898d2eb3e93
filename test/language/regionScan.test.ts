import { describe, expect, it } from 'vitest';
import { extractRegions, resolveRegions, scanRegions } from '../../language/regions/index.js';

const TEXTS = [
  '推进粤港澳大湾区建设，深化穗港澳合作，支持郑洛新国家自主创新示范区发展',
  '鹿城、龙湾、平阳通过验收，来穗人员子女入学',
  '深圳市南山区与广州南沙开展合作，上级和县委部署',
  '中国特色社会主义，千人大关',
];
const CONTEXTS = [{}, { regionId: 'region:440100' }, { regionId: 'region:330300', named: new Set(['region:440300']) }];

describe('scanRegions and resolveRegions', () => {
  it('find the same surfaces whatever the context, and resolve to what extractRegions yields', () => {
    for (const text of TEXTS) {
      const hits = scanRegions(text);
      expect(hits.length).toBeGreaterThan(0);
      for (const context of CONTEXTS) {
        expect(resolveRegions(text, 7, hits, context)).toEqual(extractRegions(text, 7, context));
        expect(scanRegions(text)).toEqual(hits);
      }
    }
  });

  it('yield no hits for a text without places', () => {
    expect(scanRegions('加强教师队伍建设')).toEqual([]);
    expect(resolveRegions('加强教师队伍建设', 0, scanRegions('加强教师队伍建设'), {})).toEqual([]);
  });
});
