/**
 * Per-request DataLoaders for what the one query of a field did not fetch: the `documents` and `ask` paths and
 * fallbacks load statements, documents, entities and outlines by id here, batched into few queries.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { loadChildSections, loadDocuments, type DocumentRecord, type SectionRecord } from '../graph/documents.js';
import { loadEntities, type EntityRecord } from '../graph/entities.js';
import { loadSectionPaths, loadStatements, type StatementRecord } from '../graph/statements.js';

/** The loaders of one request. */
export interface Loaders {
  entities: DataLoader<string, EntityRecord | null>;
  statements: DataLoader<string, StatementRecord | null>;
  documents: DataLoader<string, DocumentRecord | null>;
  sectionPaths: DataLoader<string, string[]>;
  childSections: DataLoader<string, SectionRecord[]>;
}

/** Creates fresh loaders over an executor (one set per request, so nothing is cached across requests). */
export function createLoaders(executor: Executor): Loaders {
  return {
    entities: new DataLoader((ids) => loadEntities(executor, ids)),
    statements: new DataLoader((ids) => loadStatements(executor, ids)),
    documents: new DataLoader((ids) => loadDocuments(executor, ids)),
    sectionPaths: new DataLoader((ids) => loadSectionPaths(executor, ids)),
    childSections: new DataLoader((ids) => loadChildSections(executor, ids)),
  };
}
