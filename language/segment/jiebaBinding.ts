/**
 * The native side of the segmenter: the project's lean binding (native/, built at install: cppjieba's cutting over a flat
 * dictionary trie of its own), or nodejieba's own binding when the lean one was not built. Both cut and tag alike; the
 * lean one holds one compact trie instead of two of cppjieba's (~200 MB less per process), cuts about twice as fast and
 * answers with offsets instead of a string and an object per word.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { alignTokens, type Token } from './align.js';

/** The dictionaries a binding loads. */
export interface JiebaFiles {
  readonly dictionary: string;
  readonly hmmModel: string;
  readonly userDictionary: string;
  /** For nodejieba's binding only: its keyword extractor's tables (one-line stand-ins). */
  readonly idf: string;
  readonly stopWords: string;
}

/** A loaded binding. */
export interface JiebaBinding {
  /** Which binding this is (status output and tests). */
  readonly kind: 'lean' | 'nodejieba';
  insertWord(word: string, tag: string): void;
  /** Tags `text` (which starts at `offset` in the document); the tokens re-concatenate to `text`. */
  tag(text: string, offset: number): Token[];
}

/** One segmenter of the lean binding (native/tagger.cpp): each instance owns its dictionaries. */
interface LeanTagger {
  insertWord(word: string, tag: string): boolean;
  /** Cuts `text`; returns the number of words, whose (offset, length, tag id) triples are at the start of spans(). */
  tag(text: string): number;
  /** The array tag() writes into: the same one until a text has more words than it holds. */
  spans(): Uint32Array;
  tagNames(): string[];
}

/** The lean binding's exports. */
interface LeanNative {
  Tagger: new (dictionary: string, hmmModel: string, userDictionary: string) => LeanTagger;
}

/** Where `npm install` builds the lean binding. */
export const LEAN_BINDING_PATH = fileURLToPath(new URL('./native/build/Release/jieba_tagger.node', import.meta.url));

/** A surrogate code unit (half of a code point beyond the BMP). */
// Note: a module constant: a regex literal in the function built a new RegExp object at every call (every statement).
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The code unit offset of every code point of `text` (and of its end), or null when the two counts agree. `covered` is
 * the number of code points the segmenter's words cover.
 */
function codeUnitOffsets(text: string, covered: number): Uint32Array | null {
  // Note: words covering as many code points as the text has code units leave no room for a pair: no scan of the text.
  if (covered === text.length || !SURROGATE.test(text)) return null;
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    offsets.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  offsets.push(text.length);
  return Uint32Array.from(offsets);
}

/**
 * One-character words by code, made at their first use: a one-character word (a third of all words: punctuation, 的, 和)
 * is the same string every time, not a new slice of each statement. At most one string per UTF-16 code.
 */
// Note: an array of every code from the start: one filled on demand at codes past its length turns into a slow dictionary.
const singleChars: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

/** `text[start, end)`, shared when it is a single character. */
function wordOf(text: string, start: number, end: number): string {
  if (end - start !== 1) return text.slice(start, end);
  const code = text.charCodeAt(start);
  return singleChars[code] ??= text.slice(start, end);
}

/** How many code points the segmenter's words (the first `length` entries of `spans`) cover: the end of the last one. */
function coveredEnd(spans: Uint32Array, length: number): number {
  const n = length - (length % 3);
  return n === 0 ? 0 : spans[n - 3] + spans[n - 2];
}

/**
 * Tokens from the lean binding's answer: (code point offset, length, tag id) per word in the first `length` entries of
 * `spans` (all of them by default). Text the segmenter left out (none in practice: it cuts punctuation and spaces as
 * words too) becomes 'x' tokens, as with alignTokens.
 */
export function tokensFromSpans(text: string, spans: Uint32Array, tagNames: readonly string[], offset: number, length = spans.length): Token[] {
  const units = codeUnitOffsets(text, coveredEnd(spans, length));
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i + 2 < length; i += 3) {
    const start = units ? units[spans[i]] : spans[i];
    const end = units ? units[spans[i] + spans[i + 1]] : spans[i] + spans[i + 1];
    if (start === undefined || end === undefined || start < cursor || end <= start) continue;
    if (start > cursor) tokens.push({ word: text.slice(cursor, start), tag: 'x', start: offset + cursor, end: offset + start });
    tokens.push({ word: wordOf(text, start, end), tag: tagNames[spans[i + 2]] ?? 'x', start: offset + start, end: offset + end });
    cursor = end;
  }
  if (cursor < text.length) tokens.push({ word: text.slice(cursor), tag: 'x', start: offset + cursor, end: offset + text.length });
  return tokens;
}

function loadLean(native: LeanNative, files: JiebaFiles): JiebaBinding {
  const tagger = new native.Tagger(files.dictionary, files.hmmModel, files.userDictionary);
  let tagNames: string[] = [];
  let spans = tagger.spans();
  return {
    kind: 'lean',
    insertWord: (word, tag) => void tagger.insertWord(word, tag),
    tag(text, offset) {
      // Note: the tagger writes every call's words into one array (no new typed array per call); read before the next.
      const length = tagger.tag(text) * 3;
      if (length > spans.length) spans = tagger.spans();
      // Note: tag ids only grow, so the names are fetched again only when an id is new.
      for (let i = 2; i < length; i += 3) {
        if (spans[i] >= tagNames.length) {
          tagNames = tagger.tagNames();
          break;
        }
      }
      return tokensFromSpans(text, spans, tagNames, offset, length);
    },
  };
}

function loadNodejieba(files: JiebaFiles): JiebaBinding {
  nodejieba.load({ dict: files.dictionary, hmmDict: files.hmmModel, userDict: files.userDictionary, idfDict: files.idf, stopWordDict: files.stopWords });
  return {
    kind: 'nodejieba',
    insertWord: (word, tag) => void nodejieba.insertWord(word, tag),
    tag: (text, offset) => alignTokens(text, nodejieba.tag(text), offset),
  };
}

/**
 * Loads the lean binding, or nodejieba's when the lean one is missing (`preferLean` false forces nodejieba's; tests
 * compare the two). Every dictionary file must exist: cppjieba ends the process on a missing one.
 */
export function loadJiebaBinding(files: JiebaFiles, preferLean = true): JiebaBinding {
  for (const [what, path] of Object.entries(files)) {
    if (!existsSync(path)) throw new Error(`policy-kg: segmenter ${what} file not found: ${path}`);
  }
  if (preferLean && existsSync(LEAN_BINDING_PATH)) {
    return loadLean(createRequire(import.meta.url)(LEAN_BINDING_PATH) as LeanNative, files);
  }
  return loadNodejieba(files);
}
