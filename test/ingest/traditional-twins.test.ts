/**
 * Traditional Chinese at the quality of Simplified, checked on every development text: each Simplified text of the
 * tuning and synthetic development splits, converted to Hong Kong Traditional by opencc-js (a converter of its own,
 * independent of the Traditional → Simplified conversion extraction uses), must give the same graph as the original.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../ingest/model.js';
import { extractText, prepareSegmenter } from '../../ingest/pipeline.js';
import { regionForIssuer } from '../../language/gazetteer/index.js';
import { detectScript } from '../../language/script/traditional.js';
import { isNewsOutlet } from '../../ingest/structure/preamble.js';
import { projectRoot } from '../../src/project-root.js';

const root = projectRoot();
const split = JSON.parse(readFileSync(path.join(root, 'test/fixtures/split.json'), 'utf8')) as { tune: string[] };
const dev = 'test/fixtures/synthetic-dev';
const files = [...split.tune, ...readdirSync(path.join(root, dev)).filter((f) => f.endsWith('.txt')).sort().map((f) => `${dev}/${f}`)];
const toTraditional = (createRequire(import.meta.url)('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string })
  .Converter({ from: 'cn', to: 'hk' });

/** The SARs' region ids. */
const SARS: ReadonlySet<string> = new Set(['region:HK', 'region:MO']);

/** A graph as comparable lines; PARTNERS_WITH is undirected, so its ends are sorted. */
const entities = (x: Extraction) => x.entities.map((e) => `${e.id} ${e.type} ${e.kind ?? ''}`).sort();
const targets = (x: Extraction) => x.targets.map((t) => `${t.value} ${t.unit} ${t.comparator} ${t.year} ${t.status} ${t.for ?? ''}`).sort();
const relations = (x: Extraction) =>
  x.relations.map((r) => (r.type === 'PARTNERS_WITH' ? `${r.type} ${[r.from, r.to].sort().join(' ')}` : `${r.type} ${r.from} ${r.to}`)).sort();

describe('Traditional twins of the development texts', () => {
  const pairs: { file: string; converted: string; simplified: Extraction; traditional: Extraction }[] = [];
  let unconvertible = 0;

  beforeAll(() => {
    prepareSegmenter();
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      if (detectScript(text) !== 'SIMPLIFIED') continue;
      const converted = toTraditional(text);
      if (converted.length !== text.length) {
        unconvertible++;
        continue;
      }
      const read = (t: string) => extractText(t, { source: path.basename(file), sha256: 'x', id: 'doc:twin' });
      pairs.push({ file, converted, simplified: read(text), traditional: read(converted) });
    }
  });

  it('converts nearly every Simplified development text character for character, and reads it as Traditional', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(90);
    expect(unconvertible).toBeLessThanOrEqual(5);
    for (const { file, converted } of pairs) expect(detectScript(converted), file).toBe('TRADITIONAL');
  });

  it('finds the same entities and targets in each twin', () => {
    for (const { file, simplified, traditional } of pairs) {
      expect(entities(traditional), file).toEqual(entities(simplified));
      expect(targets(traditional), file).toEqual(targets(simplified));
    }
  });

  it('relates them the same way wherever the document names its issuer and its issuer or title names its place', () => {
    // Note: a Traditional text whose place neither its issuer nor its title names, and which names a SAR, is read as
    // that SAR's (the home region of 我市, of places in names), so such a twin may differ there by design: an issuer-less
    // one, one whose issuer is the news outlet that reported it (which places the text nowhere), or one whose issuer is
    // a body named without its place (a university's 国际合作与交流处 under a title that names none).
    const placed = (x: Extraction): boolean => regionForIssuer(x.document.issuer ?? '') !== null || regionForIssuer(x.document.title) !== null
      || !x.entities.some((e) => SARS.has(e.id));
    const withIssuer = pairs.filter((p) => p.simplified.document.issuer && !isNewsOutlet(p.simplified.document.issuer) && placed(p.simplified));
    expect(withIssuer.length).toBeGreaterThanOrEqual(80);
    for (const { file, simplified, traditional } of withIssuer) {
      expect(traditional.document.issuer, file).toBe(simplified.document.issuer);
      expect(relations(traditional), file).toEqual(relations(simplified));
    }
  });
});
