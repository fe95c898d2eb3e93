/** The hand-labelled topic set (test/fixtures/topics/labelled.yaml) and how the tagger is scored against it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractFile, prepareSegmenter } from '../../ingest/pipeline.js';
import { withDocumentId } from '../../ingest/renameDocument.js';
import { toSimplified } from '../../language/script/traditional.js';
import { tagText } from '../../language/segment/index.js';
import { getTaxonomy, tagTopics, type TopicTag } from '../../language/topics/index.js';
import { projectRoot } from '../../src/project-root.js';

const LabelledSchema = z.array(
  z.object({ set: z.enum(['tune', 'heldout']), id: z.string(), text: z.string(), headings: z.array(z.string()), topics: z.array(z.string()) }),
);
export type Labelled = z.infer<typeof LabelledSchema>[number];

/** Every labelled statement. */
export function loadLabelled(): Labelled[] {
  const file = path.join(projectRoot(), 'test/fixtures/topics/labelled.yaml');
  return LabelledSchema.parse(parse(readFileSync(file, 'utf8')));
}

type Span = { start: number; end: number };
/** What extraction found in a statement: institution name spans (offsets in the statement) and region ids. */
type Found = { names: Span[]; places: (Span & { regionId: string })[] };

/** Statement id → the institution names and regions extraction finds in it, for every document of the labelled set. */
async function extracted(entries: Labelled[]): Promise<Map<string, Found>> {
  const split = JSON.parse(readFileSync(path.join(projectRoot(), 'test/fixtures/split.json'), 'utf8')) as { tune: string[]; heldout: string[] };
  const files = new Map([...split.tune, ...split.heldout].map((f) => [`doc:${path.basename(f, path.extname(f))}`, f]));
  const found = new Map<string, Found>();
  for (const docId of new Set(entries.map((e) => e.id.split('/')[0]))) {
    const file = files.get(docId);
    if (!file) throw new Error(`labelled.yaml: no file for ${docId} in split.json`);
    const read = await extractFile(path.join(projectRoot(), file), { maxBytes: 5e6 });
    if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
    // Note: the labels name statements under the document ids of the time (`doc:<base name>`); extract under those.
    const result = { ...read, extraction: withDocumentId(read.extraction, docId) };
    const statements = new Map(result.extraction.statements.map((s) => [s.id, s]));
    const byStatement = new Map<string, Found>();
    for (const entity of result.extraction.entities) {
      if (entity.type === 'PROGRAM') continue;
      for (const m of entity.mentions) {
        const statement = statements.get(m.statementId);
        if (!statement) continue;
        const entry = byStatement.get(statement.id) ?? { names: [], places: [] };
        const span = { start: m.start - statement.start, end: m.end - statement.start };
        if (entity.type === 'INSTITUTION') entry.names.push(span);
        else entry.places.push({ ...span, regionId: entity.id });
        byStatement.set(statement.id, entry);
      }
    }
    // Note: labelled statements are found by their text (ids shift when the structure stage changes); one the stage
    // no longer yields as a statement is tagged without names and places.
    const byText = new Map<string, string>();
    for (const s of result.extraction.statements) if (!byText.has(s.text)) byText.set(s.text, s.id);
    for (const entry of entries) {
      if (!entry.id.startsWith(`${docId}/`)) continue;
      const id = byText.get(entry.text);
      if (id) found.set(entry.id, byStatement.get(id) ?? { names: [], places: [] });
    }
  }
  return found;
}

/** Tags a labelled statement as ingest would: Simplified text, the ingest segmentation, names, places, headings. */
export function tagLabelled(entry: Labelled, found: Found = { names: [], places: [] }): TopicTag[] {
  prepareSegmenter();
  const text = toSimplified(entry.text);
  return tagTopics({ text, tokens: tagText(text, 0), ...found, headings: entry.headings.map(toSimplified) });
}

/** Precision and recall over a set, with each wrong or missed topic named. */
export interface TopicScore {
  predicted: number;
  correct: number;
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  wrong: string[];
  missed: string[];
}

/**
 * A tagged topic is correct when it is labelled, or when it is a field one of whose topics is labelled (less specific,
 * not wrong). A labelled topic is found when it is tagged; a labelled field is found by the field or any of its topics.
 */
export async function scoreTopics(entries: Labelled[]): Promise<TopicScore> {
  const taxonomy = getTaxonomy();
  const found = await extracted(entries);
  const score: TopicScore = { predicted: 0, correct: 0, labelled: 0, found: 0, precision: 1, recall: 1, wrong: [], missed: [] };
  for (const entry of entries) {
    const tagged = tagLabelled(entry, found.get(entry.id)).map((t) => t.topicId);
    const gold = new Set(entry.topics);
    for (const id of tagged) {
      score.predicted++;
      if (gold.has(id) || taxonomy.childrenOf(id).some((c) => gold.has(c.id))) score.correct++;
      else score.wrong.push(`${id} ← ${entry.text.slice(0, 40)}`);
    }
    for (const id of gold) {
      score.labelled++;
      if (tagged.includes(id) || tagged.some((t) => taxonomy.byId(t)?.parentId === id)) score.found++;
      else score.missed.push(`${id} ← ${entry.text.slice(0, 40)}`);
    }
  }
  score.precision = score.predicted ? score.correct / score.predicted : 1;
  score.recall = score.labelled ? score.found / score.labelled : 1;
  return score;
}
