import { fileURLToPath } from 'node:url';
import { userDictionaryLines, writeUserDictionary } from '../lexicon/userDictionary.js';
import type { Token } from './align.js';
import { loadJiebaBinding, type JiebaBinding } from './jiebaBinding.js';
import { jiebaDataPath } from './jiebaDictionary.js';

/** A loaded segmenter: part-of-speech tagging with absolute offsets. */
export interface Segmenter {
  /** Tags `text` (which starts at `offset` in the document); tokens re-concatenate to `text`. */
  tagText(text: string, offset: number): Token[];
}

/** Process-wide state: the segmenter's dictionaries are global to the process (to each worker thread), so is this. */
interface JiebaState {
  binding: JiebaBinding;
  inserted: Set<string>;
}
const STATE_KEY = Symbol.for('policy-kg.segment.jieba');
/** Words worth inserting: Han characters only (English aliases are segmented letter by letter anyway). */
const HAN_WORD = /^[\u3400-\u9fff]+$/;

/** A committed stand-in dictionary file next to this module. */
const localPath = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** This module instance's handle on the process-wide state (set on first use). */
let local: JiebaState | undefined;

function jiebaState(): JiebaState {
  // Note: read once per module instance: a symbol-keyed read of the global object at every tag was 2% of extraction.
  if (local) return local;
  const holder = globalThis as unknown as Record<symbol, JiebaState | undefined>;
  let state = holder[STATE_KEY];
  if (!state) {
    // Note: loading resets words inserted earlier, so it runs once per process (per thread), before any tag.
    // Note: keyword extraction is not used, so nodejieba's IDF table and stop words are one-line stand-ins (saves ~20 MB).
    const binding = loadJiebaBinding({
      dictionary: jiebaDataPath('jieba.dict.utf8') ?? 'nodejieba/jieba.dict.utf8',
      hmmModel: jiebaDataPath('hmm_model.utf8') ?? 'nodejieba/hmm_model.utf8',
      userDictionary: writeUserDictionary(),
      idf: localPath('jieba-idf.utf8'),
      stopWords: localPath('jieba-stop-words.utf8'),
    });
    // Note: a word of the user dictionary keeps its frequency and tag there: inserting it again as a place name (会同 is
    // also 会同县's short form) would give it the default weight, and 会同省… would be cut 会 + 同省.
    state = { binding, inserted: new Set(userDictionaryLines().map((line) => line.slice(0, line.indexOf(' ')))) };
    holder[STATE_KEY] = state;
  }
  local = state;
  return state;
}

/** Which native binding segments in this process: the lean one built at install, or nodejieba's own. */
export function segmenterBinding(): JiebaBinding['kind'] {
  return jiebaState().binding.kind;
}

const segmenter: Segmenter = {
  tagText(text, offset) {
    if (text.length === 0) return [];
    return jiebaState().binding.tag(text, offset);
  },
};

/** Returns the process-wide segmenter, loading the user dictionary once and inserting `extraWords` as place names. */
export function getSegmenter(extraWords?: Iterable<string>): Segmenter {
  const state = jiebaState();
  if (extraWords) {
    for (const word of extraWords) {
      if (word.length < 2 || state.inserted.has(word) || !HAN_WORD.test(word)) continue;
      state.binding.insertWord(word, 'ns');
      state.inserted.add(word);
    }
  }
  return segmenter;
}

/** Tags `text` (starting at `offset` in the document) with the process-wide segmenter. */
export function tagText(text: string, offset: number): Token[] {
  return getSegmenter().tagText(text, offset);
}
