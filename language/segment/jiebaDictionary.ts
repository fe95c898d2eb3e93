/** Reads facts from nodejieba's general dictionary (jieba.dict.utf8) without loading the native module. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A word of jieba's dictionary: its frequency and part-of-speech tag. */
export interface JiebaEntry {
  frequency: number;
  tag: string;
}

/** What a scan of the dictionary found. */
export interface JiebaFacts {
  /** The query words the dictionary holds, with their frequency and tag. */
  entries: Map<string, JiebaEntry>;
  /** Two-character words starting with one of the query characters, with their frequency and tag. */
  bigrams: Map<string, JiebaEntry>;
}

/** The path of one of the data files nodejieba ships (jieba.dict.utf8, hmm_model.utf8), or null when the package cannot be found. */
export function jiebaDataPath(name: string): string | null {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
    return join(root, 'submodules', 'cppjieba', 'dict', name);
  } catch {
    return null;
  }
}

/** The path of nodejieba's DEFAULT_DICT, or null when the package cannot be found. */
export function jiebaDictionaryPath(): string | null {
  return jiebaDataPath('jieba.dict.utf8');
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + bytes[k]) | 0;
  return h;
}

/**
 * Scans the dictionary once for `words` and for the two-character words starting with one of `bigramStarts`;
 * both maps are empty when the dictionary cannot be read.
 */
export function scanJiebaDictionary(words: ReadonlySet<string>, bigramStarts: ReadonlySet<string> = new Set()): JiebaFacts {
  const facts: JiebaFacts = { entries: new Map(), bigrams: new Map() };
  const path = jiebaDictionaryPath();
  let dict: Buffer;
  try {
    if (path === null) return facts;
    dict = readFileSync(path);
  } catch {
    return facts;
  }
  // Note: the 5 MB dictionary is scanned as bytes with a rolling hash; only hits are decoded (decoding every line is slow).
  const hashes = new Set<number>();
  let longest = 6;
  for (const word of words) {
    const bytes = Buffer.from(word, 'utf8');
    hashes.add(hashBytes(bytes, 0, bytes.length));
    longest = Math.max(longest, bytes.length);
  }
  const starts = new Set<number>();
  for (const ch of bigramStarts) starts.add(hashBytes(Buffer.from(ch, 'utf8'), 0, 3));
  const n = dict.length;
  let pos = 0;
  while (pos < n) {
    let h = 0;
    let sp = pos;
    let first = 0;
    while (sp < n && sp - pos <= longest) {
      const b = dict[sp];
      if (b === 0x20 || b === 0x0a) break;
      h = (Math.imul(h, 31) + b) | 0;
      if (sp - pos === 2) first = h;
      sp++;
    }
    let nl = -1;
    if (sp < n && dict[sp] === 0x20) {
      const isWord = hashes.has(h);
      const isBigram = sp - pos === 6 && starts.has(first);
      if (isWord || isBigram) {
        const word = dict.toString('utf8', pos, sp);
        nl = dict.indexOf(0x0a, sp);
        if (nl < 0) nl = n;
        const [freq, tag = ''] = dict.toString('utf8', sp + 1, nl).trim().split(' ');
        const entry = { frequency: Number(freq), tag };
        if (isWord && words.has(word)) facts.entries.set(word, entry);
        if (isBigram && word.length === 2 && bigramStarts.has(word[0])) facts.bigrams.set(word, entry);
      }
    }
    if (nl < 0) nl = dict.indexOf(0x0a, sp);
    pos = nl < 0 ? n : nl + 1;
  }
  return facts;
}
