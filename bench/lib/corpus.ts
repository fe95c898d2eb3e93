/** The bench corpus: the sample, the corpus and corpus-more texts of the repo, cycled to any number of documents. */
import fs from 'node:fs';
import path from 'node:path';
import { readSource } from '../../ingest/read/index.js';

const FOLDERS = ['seeds', 'test/fixtures/corpus', 'test/fixtures/corpus-more'];

/** The decoded texts of the bench corpus, in a fixed order. */
export async function corpusTexts(root: string): Promise<{ file: string; text: string }[]> {
  const texts: { file: string; text: string }[] = [];
  for (const folder of FOLDERS) {
    for (const name of fs.readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.txt')).sort()) {
      const read = await readSource(path.join(root, folder, name), { maxBytes: 5e6 });
      if (read.ok) texts.push({ file: name, text: read.value.text });
    }
  }
  return texts;
}

/**
 * Writes `count` documents into `dir`: the texts cycled, each file with its own name (so its own document id) and a
 * last line of its own (so its own content hash). Returns the characters written.
 */
export function writeCycledCorpus(texts: { text: string }[], dir: string, count: number): number {
  fs.mkdirSync(dir, { recursive: true });
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const { text } = texts[i % texts.length];
    const body = `${text}\n(副本${i})\n`;
    fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`), body);
    chars += body.length;
  }
  return chars;
}
