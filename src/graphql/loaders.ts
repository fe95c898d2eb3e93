/** Per-request DataLoaders: statements, documents, entities, names and nested lists are batched into few queries. */
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { loadChildSections, loadDocuments, type DocumentRecord, type SectionRecord } from '../graph/documents.js';
import { loadEntities, loadIdsByNames, type EntityRecord } from '../graph/entities.js';
import { loadMentions, type MentionRecord } from '../graph/mentions.js';
import { loadNeighbours, type NeighbourFilter, type NeighbourRecord } from '../graph/neighbours.js';
import type { Page, PageArgs } from '../graph/page.js';
import { loadRelated, type RelatedKind, type RelatedRecord } from '../graph/related.js';
import { loadSectionPaths, loadStatements, type StatementRecord } from '../graph/statements.js';

/** A key of a batched list: the entity id and the arguments shared by a batch. */
type ListKey<A> = { id: string; args: A };

/** A loader over keys whose arguments may differ: keys are grouped by arguments and each group is one query. */
function groupedLoader<A, V>(run: (ids: string[], args: A) => Promise<V[]>): DataLoader<ListKey<A>, V, string> {
  return new DataLoader<ListKey<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; indexes: number[] }>();
      keys.forEach((key, index) => {
        const group = JSON.stringify(key.args);
        const entry = groups.get(group) ?? { args: key.args, indexes: [] };
        entry.indexes.push(index);
        groups.set(group, entry);
      });
      const out = new Array<V>(keys.length);
      await Promise.all(
        [...groups.values()].map(async ({ args, indexes }) => {
          const values = await run(indexes.map((i) => keys[i].id), args);
          indexes.forEach((keyIndex, i) => (out[keyIndex] = values[i]));
        }),
      );
      return out;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.args]) },
  );
}

/** The loaders of one request. */
export interface Loaders {
  entities: DataLoader<string, EntityRecord | null>;
  statements: DataLoader<string, StatementRecord | null>;
  documents: DataLoader<string, DocumentRecord | null>;
  sectionPaths: DataLoader<string, string[]>;
  childSections: DataLoader<string, SectionRecord[]>;
  idsByName: DataLoader<string, string[]>;
  mentions: DataLoader<ListKey<PageArgs>, Page<MentionRecord>, string>;
  neighbours: DataLoader<ListKey<PageArgs & NeighbourFilter>, Page<NeighbourRecord>, string>;
  related: (kind: RelatedKind) => DataLoader<string, RelatedRecord[]>;
}

/** Creates fresh loaders over an executor (one set per request, so nothing is cached across requests). */
export function createLoaders(executor: Executor): Loaders {
  const related = new Map<RelatedKind, DataLoader<string, RelatedRecord[]>>();
  return {
    entities: new DataLoader((ids) => loadEntities(executor, ids)),
    statements: new DataLoader((ids) => loadStatements(executor, ids)),
    documents: new DataLoader((ids) => loadDocuments(executor, ids)),
    sectionPaths: new DataLoader((ids) => loadSectionPaths(executor, ids)),
    childSections: new DataLoader((ids) => loadChildSections(executor, ids)),
    idsByName: new DataLoader((names) => loadIdsByNames(executor, names)),
    mentions: groupedLoader((ids, args: PageArgs) => loadMentions(executor, ids, args)),
    neighbours: groupedLoader((ids, args: PageArgs & NeighbourFilter) =>
      loadNeighbours(executor, ids, { types: args.types, relations: args.relations }, { skip: args.skip, limit: args.limit }),
    ),
    related: (kind) => {
      let loader = related.get(kind);
      if (!loader) {
        loader = new DataLoader((ids) => loadRelated(executor, kind, ids));
        related.set(kind, loader);
      }
      return loader;
    },
  };
}
