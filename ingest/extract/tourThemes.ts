/**
 * Tours and training classes (…考察团, …交流团, …培训班): a programme when named by a theme, a delegation or no name when
 * named only by places and generic words. Read by the programme extractor (which takes the themed ones) and the
 * institution extractor (which leaves them to it).
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { Token } from '../../language/segment/index.js';
import { distinctiveCount } from './programs/vocabulary.js';

/** Whether `word` is the head of a tour or a class (the lexicon's programs.themedHeads). */
export function isTourHead(word: string): boolean {
  return getLexicon().programs.themedHeads.has(word);
}

/**
 * Whether the words from token `first` to the head at `headStart` give a tour a theme: two characters besides its places
 * that are no generic programme words (丝路文化 + 考察团, 香港 + 教师内地 + 学习团); places and generic words alone name
 * tours to a place or the body sending them (台湾 + 交流团, 珠海市珠港澳 + 教育合作 + 考察团).
 */
export function namesTheme(tokens: readonly Token[], regions: Uint8Array, first: number, headStart: number): boolean {
  let theme = '';
  for (let k = first; k < tokens.length && tokens[k].end <= headStart; k++) if (regions[k] !== 1) theme += tokens[k].word;
  return distinctiveCount(theme) >= 2;
}
