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
 */
export function isCompound(run: string): boolean {
  if (run.length < 2 || new Set(run).size !== run.length) return false;
  if (getLexicon().regions.knownCompounds.has(run)) return true;
  const table = abbreviations();
  let sar = 0;
  let strong = 0;
  for (let k = 0; k < run.length; k++) {
    const cls = table.get(run.charCodeAt(k))?.cls;
    if (cls === 'SAR') sar++;
    else if (cls === 'STRONG') strong++;
    else return false;
  }
  return sar >= 2 || (sar >= 1 && strong >= 1) || (sar === 0 && strong >= 2);
}
