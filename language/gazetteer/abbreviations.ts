/** One-character abbreviations of provinces, SARs and major cities used in compounds such as 粤港澳, 穗港澳台, 广深. */
import { getLexicon, type AbbreviationSpec } from '../lexicon/index.js';

export type AbbreviationClass = AbbreviationSpec['cls'];
export type Abbreviation = AbbreviationSpec;

let byCode: ReadonlyMap<number, Abbreviation> | undefined;

/** The abbreviation each character (by char code) stands for, from the lexicon. */
export function abbreviations(): ReadonlyMap<number, Abbreviation> {
  byCode ??= new Map([...getLexicon().regions.abbreviations].map(([ch, spec]) => [ch.charCodeAt(0), spec]));
  return byCode;
}

/**
 * Whether a run of abbreviation characters is a compound: two or more distinct characters with ≥2 of 港澳台, or one of
 * 港澳台 with a distinctive abbreviation, or only distinctive abbreviations; runs with 广 must be a known compound.
 * Countries' abbreviations follow 中 opening the run (中日韩) or a Chinese place's (台美, 鲁日韩), never 中 and a place's
 * together (中澳 may be Australia).
 */
export function isCompound(run: string): boolean {
  if (run.length < 2 || new Set(run).size !== run.length) return false;
  if (getLexicon().regions.knownCompounds.has(run)) return true;
  const table = abbreviations();
  const first = table.get(run.charCodeAt(0))?.cls;
  // Note: a country's abbreviation opens no compound (德 + 港 of 顺德港), 中 only a compound of countries (中日韩, 中韩).
  if (first === 'COUNTRY') return false;
  let sar = 0;
  let strong = 0;
  let country = 0;
  for (let k = first === 'CHINA' ? 1 : 0; k < run.length; k++) {
    const cls = table.get(run.charCodeAt(k))?.cls;
    if (cls === 'SAR') sar++;
    else if (cls === 'STRONG') strong++;
    else if (cls === 'COUNTRY') country++;
    else return false;
  }
  if (first === 'CHINA') return country >= 1 && sar === 0 && strong === 0;
  // Note: of the SARs only Taiwan's opens one (台日, 台美); 港 and 澳 take none (维港 + 美馔, 澳 + 葡).
  if (country > 0) return sar === 0 ? strong >= 1 : sar === 1 && getLexicon().regions.countryCompoundSars.has(run[0]);
  return sar >= 2 || (sar >= 1 && strong >= 1) || (sar === 0 && strong >= 2);
}
