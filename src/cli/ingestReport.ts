/** The per-file table an ingest run ends with: each file, the document it is stored as, and what happened to it. */
import path from 'node:path';
import type { FileOutcome } from '../../ingest/ingestFiles.js';
import { formatTable } from './table.js';

/** A stored source as people read it: relative to the working folder when inside it. */
export function displayPath(source: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, source);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : source;
}

/** What happened to one file, in words: new, replaced, unchanged, duplicate of X, failed. */
export function describeOutcome(outcome: FileOutcome, cwd?: string): string {
  if (!outcome.ok) return 'failed';
  switch (outcome.outcome) {
    case 'created':
      return 'new';
    case 'replaced':
      return 'replaced';
    case 'unchanged':
      return outcome.movedFrom ? `unchanged (moved from ${displayPath(outcome.movedFrom, cwd)})` : 'unchanged';
    case 'duplicate':
      return `duplicate of ${displayPath(outcome.duplicateOf, cwd)}${outcome.removed ? ` (its earlier version ${outcome.removed} removed)` : ''}`;
  }
}

/** One row per file, in file order. */
export function fileTable(outcomes: readonly FileOutcome[], cwd?: string): string[] {
  return formatTable(
    ['file', 'document', 'result'],
    outcomes.map((o) => [o.file, o.ok ? o.id : '', describeOutcome(o, cwd)]),
  );
}
