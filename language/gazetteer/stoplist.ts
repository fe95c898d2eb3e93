/** Which region names are too common or ambiguous as words to be matched alone in text. */
import { scanJiebaDictionary } from '../segment/jiebaDictionary.js';

/** Part-of-speech tags of nodejieba's dictionary that mark a proper name (place, person, organisation). */
const NAME_TAG = /^(ns|nr|nt|nz)/;
/** Dictionary frequency from which a non-name word counts as common. */
const COMMON_FREQUENCY = 300;
/** Dictionary frequency from which a non-name word is so common that it is never read as a place by the segmenter (合作). */
const VERY_COMMON_FREQUENCY = 5000;
/** Dictionary frequency from which a two-character word counts as an ordinary word for compound abbreviations. */
const BIGRAM_FREQUENCY = 100;

/** What the general dictionary says about region forms. */
export interface DictionaryFacts {
  /** Words of the query set that are frequent ordinary words (not tagged as a proper name), e.g. 光明, 前进, 清新. */
  common: Set<string>;
  /** Of those, the words so frequent (合作, 13,478) that the segmenter should keep them as the words they are. */
  veryCommon: Set<string>;
  /** Frequent two-character words starting with one of the query characters, e.g. 深度, 深化, 台阶, 京剧. */
  bigrams: Set<string>;
  /**
   * Of the names asked about, those the dictionary has as places more often than a word inserted into the segmenter would
   * weigh (中国, 美国): inserted, they would lose that weight.
   */
  weightedPlaces: Set<string>;
}

/** The frequency a word inserted into the segmenter takes (the median of the dictionary's, as its weight is the median). */
const INSERTED_FREQUENCY = 3;

/**
 * Scans nodejieba's general dictionary once for the facts above about `words` (short forms) and `names` (the names given
 * to the segmenter whose own weight may be kept: places'); the sets are empty if it cannot be read.
 */
export function scanDictionary(words: ReadonlySet<string>, bigramStarts: ReadonlySet<string>, names: ReadonlySet<string>): DictionaryFacts {
  const { entries, bigrams } = scanJiebaDictionary(new Set([...words, ...names]), bigramStarts);
  const common = new Set<string>();
  const veryCommon = new Set<string>();
  const weightedPlaces = new Set<string>();
  for (const [word, e] of entries) {
    if (names.has(word) && e.tag.startsWith('ns') && e.frequency > INSERTED_FREQUENCY) weightedPlaces.add(word);
    if (!words.has(word) || e.frequency < COMMON_FREQUENCY || NAME_TAG.test(e.tag)) continue;
    common.add(word);
    if (e.frequency >= VERY_COMMON_FREQUENCY) veryCommon.add(word);
  }
  const frequent = new Set<string>();
  for (const [word, e] of bigrams) if (e.frequency >= BIGRAM_FREQUENCY) frequent.add(word);
  return { common, veryCommon, bigrams: frequent, weightedPlaces };
}
