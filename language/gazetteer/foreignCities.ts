/**
 * Cities outside China (伦敦, 曼谷, 慕尼黑, 河内), from data/foreign-cities.json (written by scripts/generate-foreign-cities.mjs
 * from the Unicode CLDR's Chinese names of its time zones' cities and from GNOME libgweather's translated world locations)
 * and Japan's cities from data/japanese-cities.json (scripts/generate-japanese-cities.mjs, from the Japanese government's
 * local government codes: 金泽市, 仓敷市, named with 市 only):
 * regions of level CITY inside their country, with the forms Taiwan and Hong Kong write (永珍 for 万象, 雪梨 for 悉尼) as
 * aliases read in text too. Left out: a name another region of the gazetteer has (新加坡 the country, 东京 the prefecture's
 * short name).
 */
import { readFileSync } from 'node:fs';
import { toSimplified } from '../script/traditional.js';
import type { RegionDraft } from './types.js';

interface City {
  /** The CLDR time zone the city names, or null for a city of libgweather's. */
  zone: string | null;
  country: string;
  zh: string;
  variants: string[];
  /** The English name, where the source gives one (Japan's codes give none). */
  en: string | null;
}

/** The level word a city's name is written with. */
const CITY = '市';

const DATA = [new URL('./data/foreign-cities.json', import.meta.url), new URL('./data/japanese-cities.json', import.meta.url)];

function loadCities(): City[] {
  return DATA.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as City[]);
}

/**
 * Drafts for the cities of the countries among `countryIds`, none under a name or form in `taken` (every name and form of
 * the gazetteer's other regions; `divisionCountries` gives the country of those that are a foreign division's). Every
 * name is returned in `bareNames` too (a city's name carries no level), for the caller to match only before a separator
 * where the dictionary has it as an ordinary word (万象 of 万象更新).
 */
export function foreignCityDrafts(countryIds: ReadonlySet<string>, taken: ReadonlySet<string>,
  divisionCountries: ReadonlyMap<string, string> = new Map()): { drafts: RegionDraft[]; bareNames: Set<string> } {
  const drafts: RegionDraft[] = [];
  const bareNames = new Set<string>();
  const used = new Set<string>();
  for (const city of loadCities()) {
    const country = `region:${city.country}`;
    const name = toSimplified(city.zh);
    // Note: nor a name with 市 whose bare part is a Chinese place's (湖南市 of Shiga: 湖南 + 市场 is Hunan's market) or a city's
    // read before it (高松 of libgweather: 高松市 is its name with the level).
    // Note: but a bare part that is the short name of a division of the city's own country is the city's prefecture
    // (大阪市 of 大阪府, 京都市 of 京都府): the name with 市 is the city's alone.
    const bare = name.endsWith(CITY) ? name.slice(0, -CITY.length) : null;
    const bareTaken = bare !== null && ((taken.has(bare) && divisionCountries.get(bare) !== country) || used.has(bare));
    if (!countryIds.has(country) || name.length < 2 || taken.has(name) || used.has(name) || bareTaken) continue;
    used.add(name);
    const forms = [...new Set(city.variants.map(toSimplified))].filter((f) => f !== name && f.length >= 2 && !taken.has(f) && !used.has(f));
    for (const f of forms) used.add(f);
    for (const n of [name, ...forms]) bareNames.add(n);
    const written = [...new Set([city.zh, ...city.variants])].filter((f) => f !== name && !forms.includes(f));
    drafts.push({
      record: {
        id: `${country}:${name}`,
        name,
        aliases: city.en === null ? [...forms, ...written] : [...forms, ...written, city.en],
        nameEn: city.en,
        level: 'CITY',
        code: null,
        parentId: country,
      },
      shortForms: forms,
      // Note: and the name with 市, as Japan, Korea and Taiwan write a city (高松市, 清州市, 尔湾市), read anywhere.
      fullNames: [name, ...forms].filter((n) => !n.endsWith(CITY)).map((n) => n + CITY).filter((n) => !taken.has(n)),
      // Note: a name of two characters (曼谷, 万象) is read only before a boundary, after a verb of coming or staying, or
      // right after its country, as a foreign division's is: not inside other words.
      boundaryName: name.length === 2,
    });
  }
  return { drafts, bareNames };
}
