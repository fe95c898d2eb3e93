#!/usr/bin/env node
/**
 * Writes language/gazetteer/data/foreign-cities.json: the cities outside China that the Unicode CLDR names in Chinese as
 * the exemplar cities of time zones (伦敦, 曼谷, 叶卡捷琳堡, 胡志明市), each with its country (the zone's first country in
 * the IANA table, from the countries-and-timezones package), its English name, and the other forms CLDR writes for
 * Taiwan and Hong Kong (永珍 for 万象, 雪梨 for 悉尼). Antarctic stations are left out (昭和 is a research station there).
 * The packages are read only here: install them anywhere and pass the folder holding their node_modules, e.g.
 * `npm install --prefix /tmp/cldr cldr-dates-full countries-and-timezones && node scripts/generate-foreign-cities.mjs /tmp/cldr`.
 * Chinese names are kept as CLDR writes them (the Traditional ones Traditional); the gazetteer converts them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const source = process.argv[2];
const dates = source && join(source, 'node_modules', 'cldr-dates-full', 'main');
if (!dates || !existsSync(dates) || !existsSync(join(source, 'node_modules', 'countries-and-timezones'))) {
  console.error('usage: node scripts/generate-foreign-cities.mjs <folder whose node_modules hold cldr-dates-full and countries-and-timezones>');
  process.exit(2);
}
const timezones = createRequire(join(source, 'package.json'))('countries-and-timezones');

/** Exemplar cities by zone id (Europe/London → 伦敦) in one CLDR locale. */
function exemplarCities(locale) {
  const file = join(dates, locale, 'timeZoneNames.json');
  const zones = JSON.parse(readFileSync(file, 'utf8')).main[locale].dates.timeZoneNames.zone;
  const out = new Map();
  const walk = (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (value === null || typeof value !== 'object') continue;
      if (typeof value.exemplarCity === 'string') out.set([...path, key].join('/'), value.exemplarCity);
      else walk(value, [...path, key]);
    }
  };
  walk(zones, []);
  return out;
}

const EXCLUDED = new Set(['CN', 'HK', 'MO', 'TW', 'AQ']);
const CHINESE = /^[\u3400-\u9fff·・]+$/;
const zh = exemplarCities('zh');
const others = ['zh-Hant', 'zh-Hant-HK'].map(exemplarCities);
const english = exemplarCities('en');
const out = [];
for (const [zone, name] of zh) {
  const country = timezones.getTimezone(zone)?.countries?.[0];
  if (!country || EXCLUDED.has(country) || !CHINESE.test(name)) continue;
  const variants = [...new Set(others.map((m) => m.get(zone)).filter((v) => v !== undefined && v !== name && CHINESE.test(v)))];
  const en = english.get(zone) ?? zone.split('/').pop().replace(/_/g, ' ');
  out.push({ zone, country, zh: name, variants, en });
}
out.sort((a, b) => (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
writeFileSync(new URL('../language/gazetteer/data/foreign-cities.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${out.length} cities written`);
