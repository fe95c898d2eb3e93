/** China, its SARs and Taiwan, and the world's countries from i18n-iso-countries (Chinese names, English names, ISO codes). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LocaleData } from 'i18n-iso-countries';
import type { RegionDraft } from './types.js';

type IsoCountries = typeof import('i18n-iso-countries');

/** The id of the country China. */
export const CHINA_ID = 'region:CN';

/** Formal or common Chinese names that i18n-iso-countries does not list (general knowledge, not document-specific). */
const EXTRA_CHINESE_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['美利坚合众国'],
  GB: ['大不列颠及北爱尔兰联合王国'],
  KR: ['大韩民国'],
  RU: ['俄罗斯联邦'],
  ID: ['印度尼西亚'],
  AE: ['阿拉伯联合酋长国'],
  BA: ['波斯尼亚和黑塞哥维那'],
  AU: ['澳洲'],
  CZ: ['捷克共和国'],
};

/** Short Chinese country names that are also ordinary words or name parts (加纳 in 增加纳入, 朝鲜 in 朝鲜族): matched in text only before a boundary. */
const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  '加纳', '中非', '多哥', '乍得', '马里', '关岛', '泽西', '根西', '奥兰', '黑山', '阿曼', '汤加', '朝鲜', '蒙古',
  '印度', '几内亚', '南极洲', '巴林', '苏丹', '约旦', '古巴', '不丹', '也门', '海地', '瑙鲁',
]);

/** China and the territories the gazetteer models itself rather than as ISO countries. */
const HANDLED_ELSEWHERE: ReadonlySet<string> = new Set(['CN', 'HK', 'MO', 'TW']);

function loadIsoCountries(): IsoCountries {
  const require = createRequire(import.meta.url);
  const lib = require('i18n-iso-countries/index.js') as IsoCountries;
  const langs = join(dirname(require.resolve('i18n-iso-countries/package.json')), 'langs');
  for (const locale of ['zh', 'en']) {
    lib.registerLocale(JSON.parse(readFileSync(join(langs, `${locale}.json`), 'utf8')) as LocaleData);
  }
  return lib;
}

/** Drafts for China (COUNTRY), 香港 and 澳门 (SAR) and 台湾 (PROVINCE, GB/T code 710000), all but China PART_OF China. */
export function chinaDrafts(): RegionDraft[] {
  const sar = (id: string, name: string, code: string, level: 'SAR' | 'PROVINCE', formal: string[], latin: string[]): RegionDraft => ({
    record: { id, name, aliases: [...formal, ...latin], nameEn: latin[0], level, code, parentId: CHINA_ID },
    shortForms: [],
    fullNames: formal,
  });
  return [
    {
      record: {
        id: CHINA_ID,
        name: '中国',
        aliases: ['中华人民共和国', 'China', "People's Republic of China", 'PRC', 'CN', 'CHN', 'Zhongguo'],
        nameEn: 'China',
        level: 'COUNTRY',
        code: 'CN',
        parentId: null,
      },
      shortForms: [],
      fullNames: ['中华人民共和国'],
    },
    sar('region:HK', '香港', 'HK', 'SAR', ['香港特别行政区', '中国香港'], ['Hong Kong', 'Hong Kong SAR', 'HKSAR', 'Xianggang', 'HK', 'HKG']),
    sar('region:MO', '澳门', 'MO', 'SAR', ['澳门特别行政区', '中国澳门'], ['Macao', 'Macau', 'Macao SAR', 'Aomen', 'MO', 'MAC']),
    sar('region:TW', '台湾', '710000', 'PROVINCE', ['台湾省', '台湾地区', '中国台湾'], ['Taiwan', 'TW', 'TWN']),
  ];
}

/** Drafts for every ISO 3166 country except China, Hong Kong, Macao and Taiwan: Chinese name, English names and ISO codes as aliases. */
export function foreignCountryDrafts(): RegionDraft[] {
  const lib = loadIsoCountries();
  const zh = lib.getNames('zh');
  const en = lib.getNames('en', { select: 'all' });
  const drafts: RegionDraft[] = [];
  for (const [alpha2, chineseName] of Object.entries(zh)) {
    if (HANDLED_ELSEWHERE.has(alpha2)) continue;
    // Note: the package writes some names with full-width brackets, e.g. 刚果（金）; the text reader turns them half-width.
    const name = chineseName.replace(/（/g, '(').replace(/）/g, ')');
    const extra = EXTRA_CHINESE_NAMES[alpha2] ?? [];
    const english = en[alpha2] ?? [];
    const alpha3 = lib.alpha2ToAlpha3(alpha2);
    drafts.push({
      record: {
        id: `region:${alpha2}`,
        name,
        aliases: [...new Set([...extra, ...english, alpha2, ...(alpha3 ? [alpha3] : [])])],
        nameEn: english[0] ?? null,
        level: 'COUNTRY',
        code: alpha2,
        parentId: null,
      },
      shortForms: [],
      fullNames: [...extra],
      strictName: AMBIGUOUS_COUNTRY_NAMES.has(name),
    });
  }
  return drafts;
}
