/** The ingest segmentation everywhere: the user dictionary plus the gazetteer's Chinese place names, loaded once per process. */
import { getGazetteer, ordinaryShortForms, placesWeightedByDictionary } from '../gazetteer/index.js';
import { getSegmenter, type Segmenter } from './segmenter.js';

let ready = false;

/** Loads the segmenter once per process with the gazetteer's names as extra words (ingest and query text are cut alike). */
export function prepareSegmenter(): Segmenter {
  if (ready) return getSegmenter();
  const words: string[] = [];
  // Note: a short form that is a frequent ordinary word (合作 of 合作市) stays the word the dictionary knows, not a place.
  const ordinary = ordinaryShortForms();
  for (const region of getGazetteer().all()) {
    words.push(region.name);
    for (const alias of region.aliases) if (alias.length >= 2 && !ordinary.has(alias)) words.push(alias);
  }
  // Note: a place jieba's dictionary has already as a place, more often than an inserted word would weigh (中国 129,470,
  // 成都 2,770), keeps its own weight: inserted, it fell to the median, and 以 + 中国 lost to the guess 以中国, 及 + 成都 to 及成.
  const weighted = placesWeightedByDictionary();
  ready = true;
  return getSegmenter(words.filter((word) => !weighted.has(word)));
}

const WORD = /[\p{L}\p{N}]/u;

/** The words of `text` as ingest cuts a statement (punctuation and spaces dropped): what the statement index holds. */
export function wordsOfText(text: string): string[] {
  return prepareSegmenter()
    .tagText(text, 0)
    .map((t) => t.word.trim().toLowerCase())
    .filter((w) => WORD.test(w));
}
