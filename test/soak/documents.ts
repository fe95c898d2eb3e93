/** The documents the soak ingests while it queries. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/** What the soak's ingests do to the graph. */
export type IngestMode = 'add' | 'replace' | 'mixed';

/**
 * The documents the soak ingests each round. `add`: a new document each round, cycling through the corpus excerpts
 * under new names (the graph grows a little). `replace`: the sample and the API fixture edited each round, so each
 * ingest replaces the previous version while queries read it. `mixed`: replace and add in turn.
 */
export function documentsToIngest(dir: string, mode: IngestMode): { files: () => string[]; next: (round: number) => string[] } {
  if (mode === 'mixed') {
    const add = documentsToIngest(dir, 'add');
    const replace = documentsToIngest(dir, 'replace');
    return { files: () => [...replace.files(), ...add.files()], next: (round) => (round % 2 === 0 ? replace.next(round) : add.next(round)) };
  }
  const root = projectRoot();
  const written: string[] = [];
  if (mode === 'add') {
    const corpus = path.join(root, 'test/fixtures/corpus');
    const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
    const next = (round: number): string[] => {
      const file = path.join(dir, `soak-add-${String(round).padStart(4, '0')}.txt`);
      fs.writeFileSync(file, `${texts[round % texts.length].trimEnd()}\n(第${round}份)\n`);
      written.push(file);
      return [file];
    };
    return { files: () => written, next };
  }
  const sources = ['seeds/guangzhou-education-2019-summary-2020-plan.txt', 'test/fixtures/api/nansha-2031-plan.txt'];
  const texts = sources.map((s) => fs.readFileSync(path.join(root, s), 'utf8'));
  const files = sources.map((s, i) => path.join(dir, `soak-${i}-${path.basename(s)}`));
  const next = (round: number): string[] => {
    // One added closing sentence per round makes each re-ingest an edit, so the old statements are replaced.
    texts.forEach((text, i) => fs.writeFileSync(files[i], `${text.trimEnd()}\n第${round}轮修订:南沙区新增学位${round}个。\n`));
    return files;
  };
  return { files: () => files, next };
}
