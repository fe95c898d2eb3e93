/** Well-known multi-region areas of China (general knowledge, not document-specific). */
import type { RegionDraft } from './types.js';

interface AreaSpec { slug: string; name: string; chinese: string[]; english: string[] }

const AREAS: readonly AreaSpec[] = [
  { slug: 'gba', name: '粤港澳大湾区', chinese: ['大湾区'], english: ['Guangdong-Hong Kong-Macao Greater Bay Area', 'Greater Bay Area', 'GBA'] },
  { slug: 'yrd', name: '长江三角洲', chinese: ['长三角', '长江三角洲区域', '长三角地区'], english: ['Yangtze River Delta', 'YRD'] },
  { slug: 'jjj', name: '京津冀', chinese: ['京津冀地区'], english: ['Beijing-Tianjin-Hebei', 'Jing-Jin-Ji'] },
  { slug: 'chengyu', name: '成渝地区双城经济圈', chinese: ['成渝地区', '成渝'], english: ['Chengdu-Chongqing Economic Circle', 'Chengyu'] },
  { slug: 'prd', name: '珠江三角洲', chinese: ['珠三角', '珠江三角洲地区', '珠三角地区'], english: ['Pearl River Delta', 'PRD'] },
  { slug: 'yreb', name: '长江经济带', chinese: [], english: ['Yangtze River Economic Belt'] },
  { slug: 'pprd', name: '泛珠江三角洲', chinese: ['泛珠三角'], english: ['Pan-Pearl River Delta'] },
];

/** Drafts for the area groups (level AREA, no code, PART_OF the country). */
export function areaDrafts(countryId: string): RegionDraft[] {
  return AREAS.map((area) => ({
    record: {
      id: `region:area:${area.slug}`,
      name: area.name,
      aliases: [...area.chinese, ...area.english],
      nameEn: area.english[0],
      level: 'AREA' as const,
      code: null,
      parentId: countryId,
    },
    shortForms: [],
    fullNames: area.chinese,
  }));
}
