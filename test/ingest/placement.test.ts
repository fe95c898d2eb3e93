import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIdFor, ingestRoot } from '../../ingest/documentId.js';
import type { Extraction } from '../../ingest/model.js';
import { collisionId, placeByFile, placeById, type StoredDocument } from '../../ingest/placement.js';
import { withDocumentId } from '../../ingest/renameDocument.js';

const abs = (p: string): string => path.resolve('/corpus', p);
const file = (p: string, sha256: string, id = `doc:${p}`) => ({ id, source: abs(p), sha256 });
const stored = (p: string, sha256: string, id = `doc:${p}`): StoredDocument => ({ id, source: abs(p), sha256 });
/** Files that still exist, for the policy's `exists`. */
const existing = (...paths: string[]) => placeByFile((f) => paths.map(abs).includes(path.resolve(f)));

describe('document ids', () => {
  it('are the path under the ingest root, extension included, so same-named files in different folders differ', () => {
    const root = ingestRoot(['/corpus']);
    expect(documentIdFor('/corpus/a/plan.txt', root)).toBe('doc:a/plan.txt');
    expect(documentIdFor('/corpus/b/plan.txt', root)).toBe('doc:b/plan.txt');
    expect(documentIdFor('/corpus/plan.pdf', root)).not.toBe(documentIdFor('/corpus/plan.docx', root));
  });

  it('take the folder holding every path given as the root, and a lone file’s name', () => {
    expect(ingestRoot(['/data/x/a', '/data/x/b/plan.txt'])).toBe('/data/x');
    expect(ingestRoot(['/data/x/a', '/other'])).toBe('/');
    expect(documentIdFor('/data/x/a/plan.txt', ingestRoot(['/data/x/a/plan.txt']))).toBe('doc:plan.txt');
    expect(documentIdFor('/data/x/a/plan.txt')).toBe('doc:plan.txt');
    expect(documentIdFor('/data/x/a/计划 “最终”.txt', '/data/x')).toBe('doc:a/计划 “最终”.txt');
  });
});

describe('placing a file among the stored documents', () => {
  it('creates a file nothing stored shares a path, content or id with', () => {
    expect(existing().place([file('a/plan.txt', 'A')], [])).toEqual([{ outcome: 'created', id: 'doc:a/plan.txt' }]);
  });

  it('keeps a file read from the same path unchanged, or replaces it when edited, under its stored id', () => {
    const old = stored('a/plan.txt', 'A', 'doc:plan');
    expect(existing('a/plan.txt').place([file('a/plan.txt', 'A')], [old])).toEqual([{ outcome: 'unchanged', id: 'doc:plan' }]);
    expect(existing('a/plan.txt').place([file('a/plan.txt', 'B')], [old])).toEqual([{ outcome: 'replaced', id: 'doc:plan' }]);
  });

  it('never replaces a different file that happens to have the same id: the new one gets an id of its own', () => {
    const other = { ...stored('x/plan.txt', 'A'), id: 'doc:plan.txt' };
    const [placement] = existing('x/plan.txt').place([file('plan.txt', 'B')], [other]);
    expect(placement).toEqual({ outcome: 'created', id: collisionId('doc:plan.txt', abs('plan.txt')) });
    expect(placement.id).toMatch(/^doc:plan\.txt~[0-9a-f]{8}$/);
  });

  it('reports an identical file under another name as a duplicate of the stored one', () => {
    expect(existing('a/plan.txt').place([file('b/copy.txt', 'A')], [stored('a/plan.txt', 'A')])).toEqual([
      { outcome: 'duplicate', id: 'doc:a/plan.txt', duplicateOf: abs('a/plan.txt') },
    ]);
  });

  it('sees the earlier files of the same batch: the second of two identical files is the duplicate', () => {
    expect(existing('a/plan.txt', 'b/plan.txt').place([file('a/plan.txt', 'A'), file('b/plan.txt', 'A')], [])).toEqual([
      { outcome: 'created', id: 'doc:a/plan.txt' },
      { outcome: 'duplicate', id: 'doc:a/plan.txt', duplicateOf: abs('a/plan.txt') },
    ]);
  });

  it('follows a moved file (same content, old path gone) and keeps its document', () => {
    expect(existing().place([file('new/plan.txt', 'A')], [stored('old/plan.txt', 'A')])).toEqual([
      { outcome: 'unchanged', id: 'doc:old/plan.txt', movedFrom: abs('old/plan.txt') },
    ]);
  });

  it('keeps a moved and edited file apart from the document left at the old path', () => {
    const [placement] = existing().place([file('plan.txt', 'B')], [stored('gone/x.txt', 'A', 'doc:plan.txt')]);
    expect(placement.outcome).toBe('created');
    expect(placement.id).not.toBe('doc:plan.txt');
  });

  it('removes a file’s earlier version when it now holds what another stored file holds', () => {
    expect(existing('a/plan.txt', 'b/plan.txt').place([file('b/plan.txt', 'A')], [stored('a/plan.txt', 'A'), stored('b/plan.txt', 'B')])).toEqual([
      { outcome: 'duplicate', id: 'doc:a/plan.txt', duplicateOf: abs('a/plan.txt'), removed: 'doc:b/plan.txt' },
    ]);
  });

  it('recognises a document stored before sources were absolute by its path relative to the working folder', () => {
    const relative = { id: 'doc:plan', source: path.relative('.', path.resolve('seeds/plan.txt')), sha256: 'A' };
    const policy = placeByFile(() => true);
    const candidate = { id: 'doc:plan.txt', source: path.resolve('seeds/plan.txt'), sha256: 'B' };
    expect(policy.keys([candidate]).sources).toContain(relative.source);
    expect(policy.place([candidate], [relative])).toEqual([{ outcome: 'replaced', id: 'doc:plan' }]);
  });

  it('does not change the stored documents it is given', () => {
    const list = [stored('old/plan.txt', 'A')];
    existing().place([file('new/plan.txt', 'A')], list);
    expect(list[0].source).toBe(abs('old/plan.txt'));
  });

  it('places documents built in code by id alone', () => {
    expect(placeById.place([file('a.txt', 'A'), file('b.txt', 'B')], [stored('a.txt', 'A'), stored('b.txt', 'X')]).map((p) => p.outcome)).toEqual([
      'unchanged',
      'replaced',
    ]);
  });
});

describe('renaming a document', () => {
  it('moves every id inside the extraction under the new document id', () => {
    const extraction: Extraction = {
      document: { id: 'doc:a', title: 't', issuer: null, issuedOn: null, sha256: 'x', charCount: 1, source: '/a' },
      sections: [{ id: 'doc:a/sec:1', parentId: null, path: '1', heading: 'h', level: 1, ordinal: 1, start: 0, end: 1 }],
      statements: [{ id: 'doc:a/st:1', sectionId: 'doc:a/sec:1', text: 's', start: 0, end: 1, year: null, status: 'CONTEXT' }],
      entities: [{ id: 'region:1', type: 'REGION', name: 'r', aliases: [], kind: 'city', mentions: [{ statementId: 'doc:a/st:1', start: 0, end: 1, surface: 'r' }] }],
      targets: [{ id: 'doc:a/st:1/t:0', statementId: 'doc:a/st:1', text: 't', subject: 's', value: 1, unit: '', comparator: 'EQ', year: null, status: 'CONTEXT' }],
      relations: [{ type: 'TOUCHES', from: 'program:p', to: 'region:1', evidence: ['doc:a/st:1'] }],
    };
    const renamed = JSON.stringify(withDocumentId(extraction, 'doc:a~12345678'));
    expect(renamed.match(/doc:a\//g)).toBeNull();
    expect(renamed.match(/doc:a~12345678\//g)?.length).toBe(7);
  });
});
