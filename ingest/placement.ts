/**
 * Which stored document a file is. A file is known by where it is (its absolute path, the document's `source`) and by
 * what it holds (`sha256`); its proposed id (documentId.ts) only names a document that is new. Rules, in order:
 *
 * - a stored document read from the same path is this file: `unchanged` when the content is the same, `replaced` when
 *   it was edited, and `duplicate` when the file now holds what another stored file holds (its earlier version goes);
 * - else a stored document with the same content is a `duplicate` of it, unless its file is gone: then the file was
 *   moved or renamed, the document is kept under its id and `unchanged`, and its source follows the file;
 * - else the file is `created` under its proposed id, or, when another file's document holds that id, under the id
 *   with `~` and 8 hex digits of its path. Nothing stored is ever replaced because of a name alone.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DocumentMeta } from './model.js';

/** A document already stored, as placement sees it. */
export interface StoredDocument {
  id: string;
  source: string;
  sha256: string;
}

/** What a file to be written is known by: proposed id, absolute path and content hash. */
export type Candidate = Pick<DocumentMeta, 'id' | 'source' | 'sha256'>;

/** What writing one file does, and the document id it ends up under. */
export type Placement =
  | { outcome: 'created'; id: string }
  | { outcome: 'replaced'; id: string }
  | { outcome: 'unchanged'; id: string; movedFrom?: string }
  | { outcome: 'duplicate'; id: string; duplicateOf: string; removed?: string };

/** The stored documents a placement needs to see: those with one of these ids, sources or hashes. */
export interface LookupKeys {
  ids: string[];
  sources: string[];
  sha256s: string[];
}

/** How a sink decides where each document of a batch goes, given the stored documents that share a key with it. */
export interface PlacementPolicy {
  keys(candidates: readonly Candidate[]): LookupKeys;
  place(candidates: readonly Candidate[], stored: readonly StoredDocument[]): Placement[];
}

/** The id a new file takes when another file's document holds its proposed id. */
export function collisionId(id: string, source: string): string {
  return `${id}~${createHash('sha1').update(source).digest('hex').slice(0, 8)}`;
}

/** By id alone (documents built in code, not read from files): same id and hash unchanged, else replaced or created. */
export const placeById: PlacementPolicy = {
  keys: (candidates) => ({ ids: candidates.map((c) => c.id), sources: [], sha256s: [] }),
  place: (candidates, stored) =>
    candidates.map((c): Placement => {
      const own = stored.find((s) => s.id === c.id);
      if (!own) return { outcome: 'created', id: c.id };
      return { outcome: own.sha256 === c.sha256 ? 'unchanged' : 'replaced', id: c.id };
    }),
};

/** By file, as ingest places what it reads; `exists` tells whether a stored document's file is still there. */
export function placeByFile(exists: (file: string) => boolean): PlacementPolicy {
  return {
    keys: (candidates) => ({
      ids: candidates.flatMap((c) => [c.id, collisionId(c.id, c.source)]),
      // Note: stores written before sources were absolute hold the path as typed, relative to the working folder.
      sources: candidates.flatMap((c) => [c.source, path.relative('.', c.source)]),
      sha256s: candidates.map((c) => c.sha256),
    }),
    place: (candidates, stored) => {
      const known = stored.map((s) => ({ ...s }));
      return candidates.map((c) => placeOne(c, known, exists));
    },
  };
}

/** Places one file and updates `known` to what the store holds after it, so later files of the batch see it. */
function placeOne(c: Candidate, known: StoredDocument[], exists: (file: string) => boolean): Placement {
  const own = known.find((s) => path.resolve(s.source) === c.source);
  const twins = known.filter((s) => s !== own && s.sha256 === c.sha256);
  const live = twins.find((s) => exists(s.source));
  const forget = (doc: StoredDocument): void => void known.splice(known.indexOf(doc), 1);
  if (own && own.sha256 === c.sha256) {
    own.source = c.source;
    return { outcome: 'unchanged', id: own.id };
  }
  if (live) {
    if (own) forget(own);
    return { outcome: 'duplicate', id: live.id, duplicateOf: live.source, ...(own ? { removed: own.id } : {}) };
  }
  if (own) {
    own.sha256 = c.sha256;
    own.source = c.source;
    return { outcome: 'replaced', id: own.id };
  }
  const moved = twins[0];
  if (moved) {
    const movedFrom = moved.source;
    moved.source = c.source;
    return { outcome: 'unchanged', id: moved.id, movedFrom };
  }
  let id = c.id;
  for (let n = 2; known.some((s) => s.id === id); n++) id = n === 2 ? collisionId(c.id, c.source) : `${collisionId(c.id, c.source)}-${n}`;
  known.push({ id, source: c.source, sha256: c.sha256 });
  return { outcome: 'created', id };
}
