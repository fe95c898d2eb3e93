/**
 * Draws the statements of the topic tagger's hand-labelled set (test/fixtures/topics/labelled.yaml): a fixed number of
 * statements per document, chosen by the hash of their id, split by document as in test/fixtures/split.json. Prints
 * YAML entries with empty `topics` for a person to fill in by reading; it never labels anything itself.
 */
// Usage: npx tsx scripts/sample-topic-statements.ts > /tmp/unlabelled.yaml
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractFile } from '../ingest/pipeline.js';
import { projectRoot } from '../src/project-root.js';

const PER_DOCUMENT = { seed: 24, tune: 3, heldout: 4 };
const root = projectRoot();
const split = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/split.json'), 'utf8')) as { tune: string[]; heldout: string[] };
const hash = (text: string): string => createHash('sha1').update(text).digest('hex');

for (const [set, files] of [['tune', split.tune], ['heldout', split.heldout]] as const) {
  for (const file of files) {
    const result = await extractFile(path.join(root, file), { maxBytes: 5e6 });
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    const { sections, statements } = result.extraction;
    const byId = new Map(sections.map((s) => [s.id, s]));
    const headings = (sectionId: string | null): string[] => {
      const out: string[] = [];
      for (let s = sectionId ? byId.get(sectionId) : undefined; s; s = s.parentId ? byId.get(s.parentId) : undefined) out.unshift(s.heading);
      return out;
    };
    const count = file.startsWith('seeds/') ? PER_DOCUMENT.seed : PER_DOCUMENT[set];
    const chosen = statements
      .filter((s) => (s.text.match(/[\u3400-\u9fff]/g) ?? []).length >= 10)
      .sort((a, b) => hash(a.id).localeCompare(hash(b.id)))
      .slice(0, count)
      .sort((a, b) => a.start - b.start);
    for (const s of chosen) {
      console.log(`- set: ${set}\n  id: ${s.id}\n  text: ${JSON.stringify(s.text)}\n  headings: ${JSON.stringify(headings(s.sectionId))}\n  topics: []`);
    }
  }
}
