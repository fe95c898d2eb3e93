/**
 * The segmenter's user dictionary, generated from the lexicon: institution and program heads (at least the
 * lexicon's head frequency, more when jieba already knows the word better) and the segmenter's own words.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanJiebaDictionary } from '../segment/jiebaDictionary.js';
import { getLexicon } from './lexicon.js';

/** The lines of the user dictionary (`word frequency tag`), in a stable order. */
export function userDictionaryLines(): string[] {
  const { institutions, programs, segmenter } = getLexicon();
  const heads = new Set<string>();
  for (const map of [institutions.heads, programs.heads, programs.quotedOnlyHeads, programs.introducedHeads]) {
    for (const word of map.keys()) if (word.length >= 2) heads.add(word);
  }
  const known = scanJiebaDictionary(heads).entries;
  const lines = new Map<string, string>();
  for (const word of heads) {
    const frequency = segmenter.headFrequencies[word] ?? Math.max(segmenter.headFrequency, known.get(word)?.frequency ?? 0);
    lines.set(word, `${word} ${frequency} n`);
  }
  for (const [word, [frequency, tag]] of Object.entries(segmenter.words)) lines.set(word, `${word} ${frequency} ${tag}`);
  return [...lines.values()].sort();
}

/** Writes the user dictionary to a file named by its content (in the OS temp folder) and returns its path. */
export function writeUserDictionary(): string {
  const text = `${userDictionaryLines().join('\n')}\n`;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'policy-kg');
  const path = join(dir, `jieba-user-${hash}.utf8`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    // Note: written under a temporary name first, so a concurrent process never reads half a file.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  }
  return path;
}
