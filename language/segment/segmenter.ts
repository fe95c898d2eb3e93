import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { writeUserDictionary } from '../lexicon/userDictionary.js';
import { alignTokens, type Token } from './align.js';

/** A loaded segmenter: part-of-speech tagging with absolute offsets. */
export interface Segmenter {
  /** Tags `text` (which starts at `offset` in the document); tokens re-concatenate to `text`. */
  tagText(text: string, offset: number): Token[];
}

/** Process-wide state: nodejieba's dictionaries are global to the process, so is this. */
interface JiebaState { inserted: Set<string> }
const STATE_KEY = Symbol.for('policy-kg.segment.jieba');
/** Words worth inserting: Han characters only (English aliases are segmented letter by letter anyway). */
const HAN_WORD = /^[\u3400-\u9fff]+$/;

/** A committed stand-in dictionary file next to this module. */
function dictPath(name: string): string {
  const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`policy-kg: segmenter dictionary not found: ${path}`);
  return path;
}

function jiebaState(): JiebaState {
  const holder = globalThis as unknown as Record<symbol, JiebaState | undefined>;
  let state = holder[STATE_KEY];
  if (!state) {
    // Note: nodejieba.load resets words inserted earlier, so it must run once per process, before any tag.
    // Note: keyword extraction is not used, so its IDF table and stop words are one-line stand-ins (saves ~20 MB).
    nodejieba.load({
      userDict: writeUserDictionary(),
      idfDict: dictPath('jieba-idf.utf8'),
      stopWordDict: dictPath('jieba-stop-words.utf8'),
    });
    state = { inserted: new Set() };
    holder[STATE_KEY] = state;
  }
  return state;
}

const segmenter: Segmenter = {
  tagText(text, offset) {
    if (text.length === 0) return [];
    return alignTokens(text, nodejieba.tag(text), offset);
  },
};

/** Returns the process-wide segmenter, loading the user dictionary once and inserting `extraWords` as place names. */
export function getSegmenter(extraWords?: Iterable<string>): Segmenter {
  const state = jiebaState();
  if (extraWords) {
    for (const word of extraWords) {
      if (word.length < 2 || state.inserted.has(word) || !HAN_WORD.test(word)) continue;
      nodejieba.insertWord(word, 'ns');
      state.inserted.add(word);
    }
  }
  return segmenter;
}

/** Tags `text` (starting at `offset` in the document) with the process-wide segmenter. */
export function tagText(text: string, offset: number): Token[] {
  return getSegmenter().tagText(text, offset);
}
