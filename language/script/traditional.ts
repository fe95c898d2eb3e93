/**
 * Traditional Chinese: detection, and conversion to Simplified for extraction with every character kept in place, so
 * that offsets found in the converted text point into the original (opencc-js, Hong Kong / Taiwan → mainland forms).
 */
import { createRequire } from 'node:module';
import { getLexicon } from '../lexicon/index.js';
import { ALWAYS, CHANGEABLE, changeableTable, IDS_FIRST, IDS_LAST, markAlwaysChanged, SHIFTING, type DictLike } from './changeable.js';

type Convert = (text: string) => string;

/** The parts of opencc-js's t2cn build used here. */
interface OpenCC {
  Converter(options: { from: string; to: string }): Convert;
  Locale: { configs?: Record<string, { normalizationChain?: DictLike[][]; conversionChain: DictLike[][] } | undefined> };
}

/** The converter's configuration for Hong Kong / Taiwan → mainland (what `Converter({from: 'hk', to: 'cn'})` runs). */
const CONFIG = 'hk2s';

let opencc: OpenCC | undefined;
let converter: Convert | undefined;
let changeable: Uint8Array | null | undefined;

/** The CommonJS build of opencc-js's t2cn subset (it carries only the Traditional → Simplified dictionaries). */
function openccModule(): OpenCC {
  opencc ??= createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC;
  return opencc;
}

/** opencc-js's Traditional → mainland Simplified converter (phrase-level), loaded on first use. */
function convert(): Convert {
  converter ??= openccModule().Converter({ from: 'hk', to: 'cn' });
  return converter;
}

/** What the converter can change, per UTF-16 code (see changeable.ts); null when opencc-js has no such configuration. */
function changeableCodes(): Uint8Array | null {
  if (changeable === undefined) {
    const config = openccModule().Locale.configs?.[CONFIG];
    if (config) {
      const stages = [...(config.normalizationChain ?? []), ...config.conversionChain];
      changeable = changeableTable(stages.flat());
      markAlwaysChanged(changeable, stages);
    } else changeable = null;
  }
  return changeable;
}

/** Whether a UTF-16 code is a Han character (CJK ideographs, extension A, compatibility ideographs). */
const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Share of Han characters that conversion changes, from which a text counts as Traditional. */
const TRADITIONAL_SHARE = 0.08;
/** Han characters sampled for detection (the start of a document is enough to tell the script). */
const SAMPLE = 300;

/** The script of a Chinese text: TRADITIONAL when at least 8% of its Han characters have a different Simplified form. */
export function detectScript(text: string): 'SIMPLIFIED' | 'TRADITIONAL' {
  const { han, surely, surelyTraditional } = sampleCounts(text, Math.min(text.length, SAMPLE * 2));
  if (han === 0 || surely) return 'SIMPLIFIED';
  if (surelyTraditional) return 'TRADITIONAL';
  const sample = text.length > SAMPLE * 2 ? text.slice(0, SAMPLE * 2) : text;
  const converted = convert()(sample);
  if (converted.length !== sample.length) return changedShare(sample, charByChar(sample)) >= TRADITIONAL_SHARE ? 'TRADITIONAL' : 'SIMPLIFIED';
  return changedShare(sample, converted) >= TRADITIONAL_SHARE ? 'TRADITIONAL' : 'SIMPLIFIED';
}

/**
 * The Han characters of the sample (the first `length` codes of the text), and whether it counts as Simplified or as
 * Traditional without converting it. It holds no character that could move others, and either too few characters that
 * conversion could change for their share of its Han characters to reach the threshold (Simplified), or enough that
 * conversion always changes (Traditional, when no ideographic description character groups others).
 * Note: an upper and a lower bound of `changedShare` after conversion, so the answer is the one conversion would give;
 * one pass over the sample counts them.
 */
function sampleCounts(text: string, length: number): { han: number; surely: boolean; surelyTraditional: boolean } {
  const table = changeableCodes();
  let han = 0;
  let changeableHan = 0;
  let alwaysHan = 0;
  let shifting = false;
  let grouping = false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const bits = table === null ? 0 : table[c];
    if ((bits & SHIFTING) !== 0) shifting = true;
    if (c >= IDS_FIRST && c <= IDS_LAST) grouping = true;
    if (isHan(c)) {
      han++;
      if ((bits & CHANGEABLE) !== 0) changeableHan++;
      if ((bits & ALWAYS) !== 0) alwaysHan++;
    }
  }
  const bounded = table !== null && !shifting;
  return {
    han,
    surely: bounded && changeableHan / han < TRADITIONAL_SHARE,
    surelyTraditional: bounded && !grouping && alwaysHan / han >= TRADITIONAL_SHARE,
  };
}

/** Whether a code point is a Han character (with the compatibility ideographs and those beyond the BMP). */
const isHanPoint = (p: number): boolean => isHan(p) || p >= 0x20000;

let onlyHan: boolean | undefined;

/** Whether every key and value of the converter's dictionaries is made of Han characters (read once). */
function convertsOnlyHan(): boolean {
  if (onlyHan === undefined) {
    const config = openccModule().Locale.configs?.[CONFIG];
    const dicts = config ? [...(config.normalizationChain ?? []), ...config.conversionChain].flat() : [];
    onlyHan = config !== undefined && dicts.every((dict) => (typeof dict === 'string' ? dict.split(/[| ]/) : dict.flat()).every(allHanPoints));
  }
  return onlyHan;
}

/** Whether a string is made of Han code points only. */
function allHanPoints(word: string): boolean {
  for (const ch of word) if (!isHanPoint(ch.codePointAt(0)!)) return false;
  return true;
}

/**
 * Whether `toSimplified` is sure to keep every character of a text other than a Han character as it is and where it
 * is: the converter's dictionaries hold Han characters only, and the text no character that could move others.
 */
export function keepsOtherCharacters(text: string): boolean {
  const table = changeableCodes();
  if (table === null || !convertsOnlyHan()) return false;
  for (let i = 0; i < text.length; i++) if ((table[text.charCodeAt(i)] & SHIFTING) !== 0) return false;
  return true;
}

/** Whether conversion leaves a text as it is: none of its characters can change or move others (see changeable.ts). */
function unchanged(text: string): boolean {
  const table = changeableCodes();
  if (!table) return false;
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 0) return false;
  return true;
}

function changedShare(original: string, converted: string): number {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    if (isHan(original.charCodeAt(i))) {
      han++;
      if (converted[i] !== original[i]) changed++;
    }
  }
  return han === 0 ? 0 : changed / han;
}

/** Converts code point by code point, keeping a character whose conversion would change the length. */
function charByChar(text: string): string {
  const c = convert();
  let out = '';
  for (const ch of text) {
    const converted = c(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

/**
 * The Simplified form of a text with the same length and every character in place: converted line by line with
 * phrase-level conversion, falling back to character-by-character conversion for a line whose length would change; a
 * line holding no character the converter could change is kept as it is, unconverted. A character the converter keeps in
 * a Hong Kong form (澂 of 澂江市) is read as the mainland one (names.mainlandVariants).
 */
export function toSimplified(text: string): string {
  const c = convert();
  return text
    .split('\n')
    .map((line) => {
      if (unchanged(line)) return line;
      const converted = c(line);
      return withMainlandVariants(converted.length === line.length ? converted : charByChar(line));
    })
    .join('\n');
}

let variants: { pattern: RegExp; map: ReadonlyMap<string, string> } | undefined;

/** A converted line with the characters the converter keeps in a Hong Kong form replaced one for one (澂江市 → 澄江市). */
function withMainlandVariants(line: string): string {
  if (variants === undefined) {
    const map = getLexicon().names.mainlandVariants;
    variants = { pattern: new RegExp(`[${[...map.keys()].join('')}]`, 'g'), map };
  }
  const { pattern, map } = variants;
  return map.size === 0 ? line : line.replace(pattern, (ch) => map.get(ch) ?? ch);
}
