#!/usr/bin/env node
/**
 * Writes language/gazetteer/data/foreign-subdivisions.json: the first-level divisions of every country but China (ISO
 * 3166-2: 东京都, 清迈府, 京畿道, 加利福尼亚州) with their Chinese name, English name and code, from the iso3166-2-db package
 * (MIT; names of Wikipedia's articles). The package is large (280 MB) and read only here: install it anywhere and pass its
 * folder, e.g. `npm install --prefix /tmp/iso iso3166-2-db && node scripts/generate-foreign-subdivisions.mjs
 * /tmp/iso/node_modules/iso3166-2-db`. Chinese names are kept as the package writes them (some Traditional); the
 * gazetteer converts them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const source = process.argv[2];
if (!source || !existsSync(join(source, 'regions'))) {
  console.error('usage: node scripts/generate-foreign-subdivisions.mjs <path to the iso3166-2-db package>');
  process.exit(2);
}
const EXCLUDED = new Set(['CN', 'HK', 'MO', 'TW']);
const out = [];
for (const country of readdirSync(join(source, 'regions')).sort()) {
  if (EXCLUDED.has(country)) continue;
  const read = (lang) => {
    const file = join(source, 'regions', country, `${lang}.json`);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  };
  const english = new Map(read('en').map((r) => [r.iso, r.name]));
  for (const r of read('zh')) {
    if (!r.iso || !/^[\u3400-\u9fff·・]+$/.test(r.name)) continue;
    out.push({ code: `${country}-${r.iso}`, zh: r.name, en: english.get(r.iso) ?? null });
  }
}
out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
writeFileSync(new URL('../language/gazetteer/data/foreign-subdivisions.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${out.length} subdivisions written`);
