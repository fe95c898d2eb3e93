/**
 * China, its SARs and Taiwan, and the world's countries from i18n-iso-countries (Chinese names, English names, ISO codes),
 * with the names Taiwan and Hong Kong give them from the runtime's CLDR data (紐西蘭 and 義大利 for 新西兰 and 意大利).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LocaleData } from 'i18n-iso-countries';
import { getLexicon } from '../lexicon/index.js';
import { toSimplified } from '../script/traditional.js';
import type { RegionDraft } from './types.js';

type IsoCountries = typeof import('i18n-iso-countries');

/** The id of the country China. */
export const CHINA_ID = 'region:CN';

/** The locales whose country names Traditional texts use: Taiwan's (紐西蘭, 寮國) and Hong Kong's (沙地阿拉伯). */
const TRADITIONAL_LOCALES = ['zh-Hant', 'zh-Hant-HK'] as const;

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

/** The package's name with half-width brackets (it writes 刚果（金）; the text reader turns brackets half-width). */
const halfWidthBrackets = (name: string): string => name.replace(/（/g, '(').replace(/）/g, ')');

/**
 * The runtime's region namers for those locales: `of` gives undefined for a code they do not name, and English (which
 * the caller skips) when the runtime carries no Chinese region names.
 */
function regionNamers(): Intl.DisplayNames[] {
  return TRADITIONAL_LOCALES.map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
}

/**
 * A country's names in Taiwan's and Hong Kong's usage, in Simplified characters as extraction reads them (寮國 → 寮国,
 * 紐西蘭 → 纽西兰), other than the names it already has; none when the runtime carries no Chinese region names.
 */
function traditionalUsageNames(alpha2: string, namers: readonly Intl.DisplayNames[], known: readonly string[]): string[] {
  const out: string[] = [];
  for (const namer of namers) {
    const written = namer.of(alpha2);
    if (written === undefined || !/^[\u3400-\u9fff（）()]+$/.test(written)) continue;
    const name = halfWidthBrackets(toSimplified(written));
    if (!known.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Drafts for every ISO 3166 country except China, Hong Kong, Macao and Taiwan: Chinese name, English names and ISO codes
 * as aliases, and the names Taiwan and Hong Kong use (a name that is an ordinary word part, 哈萨克 of 哈萨克族, is
 * matched only before a separator and is no word of the segmenter).
 */
export function foreignCountryDrafts(): RegionDraft[] {
  const lib = loadIsoCountries();
  const zh = lib.getNames('zh');
  const en = lib.getNames('en', { select: 'all' });
  const { extraCountryNames, ambiguousCountryNames } = getLexicon().regions;
  const namers = regionNamers();
  const drafts: RegionDraft[] = [];
  for (const [alpha2, chineseName] of Object.entries(zh)) {
    if (HANDLED_ELSEWHERE.has(alpha2)) continue;
    const name = halfWidthBrackets(chineseName);
    const extra = extraCountryNames.get(alpha2) ?? [];
    const usage = traditionalUsageNames(alpha2, namers, [name, ...extra]);
    const free = usage.filter((n) => !ambiguousCountryNames.has(n));
    const english = en[alpha2] ?? [];
    const alpha3 = lib.alpha2ToAlpha3(alpha2);
    drafts.push({
      record: {
        id: `region:${alpha2}`,
        name,
        aliases: [...new Set([...extra, ...free, ...english, alpha2, ...(alpha3 ? [alpha3] : [])])],
        nameEn: english[0] ?? null,
        level: 'COUNTRY',
        code: alpha2,
        parentId: null,
      },
      shortForms: [],
      fullNames: [...extra, ...free],
      strictName: ambiguousCountryNames.has(name),
      separatorNames: usage.filter((n) => ambiguousCountryNames.has(n)),
    });
  }
  return drafts;
}
