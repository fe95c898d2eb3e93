/** China, its SARs and Taiwan, and the world's countries from i18n-iso-countries (Chinese names, English names, ISO codes). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LocaleData } from 'i18n-iso-countries';
import { getLexicon } from '../lexicon/index.js';
import type { RegionDraft } from './types.js';

type IsoCountries = typeof import('i18n-iso-countries');

/** The id of the country China. */
export const CHINA_ID = 'region:CN';



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
  const { extraCountryNames, ambiguousCountryNames } = getLexicon().regions;
  const drafts: RegionDraft[] = [];
  for (const [alpha2, chineseName] of Object.entries(zh)) {
    if (HANDLED_ELSEWHERE.has(alpha2)) continue;
    // Note: the package writes some names with full-width brackets, e.g. 刚果（金）; the text reader turns them half-width.
    const name = chineseName.replace(/（/g, '(').replace(/）/g, ')');
    const extra = extraCountryNames.get(alpha2) ?? [];
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
      strictName: ambiguousCountryNames.has(name),
    });
  }
  return drafts;
}
