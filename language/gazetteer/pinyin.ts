/** Toneless pinyin names for Chinese regions (广州市 → Guangzhou, 南沙区 → Nansha District) via pinyin-pro. */
import { createRequire } from 'node:module';
import { getLexicon } from '../lexicon/index.js';
import type { RegionLevel } from './types.js';

/** The toneless pinyin syllables of each name (one per character), computed in a single pinyin-pro call for speed. */
export function pinyinSyllables(names: readonly string[]): string[][] {
  // Note: pinyin-pro is loaded on first use; its dictionaries take longer to load than the rest of the gazetteer.
  const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  const joined = names.join('\n');
  const syllables = pinyin(joined, { toneType: 'none', type: 'array', v: true });
  const out: string[][] = [];
  let k = 0;
  for (const name of names) {
    out.push(syllables.slice(k, k + name.length));
    k += name.length + 1;
  }
  return out;
}

/** Joins syllables into a capitalised romanisation: [guang, zhou] → Guangzhou. */
export function romanise(syllables: readonly string[]): string {
  const joined = syllables.join('').replace(/[^a-zA-Z]/g, '');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}


/**
 * An English name from the romanised place part (the first `placeLength` syllables of the name) and the English of
 * the administrative head: 广州市 → Guangzhou, 南沙区 → Nansha District, 仙桃市 (county level) → Xiantao City.
 */
export function englishName(name: string, syllables: readonly string[], placeLength: number, level: RegionLevel): string {
  const base = romanise(syllables.slice(0, placeLength));
  if (level === 'PROVINCE' || (level === 'CITY' && name.endsWith('市'))) return base;
  if (name.endsWith('市')) return `${base} City`;
  for (const [head, english] of getLexicon().regions.englishHeads) if (name.endsWith(head)) return `${base} ${english}`;
  return base;
}
