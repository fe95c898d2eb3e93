/**
 * The question as the current `ask` answers it: the reader of language/question mapped onto the fields `ask` runs
 * today (programs, partners, institutions, targets, else search). The reader's other intents (how many, who, where,
 * connections, comparison, statements) are answered by a search until `ask` runs their fields. Pure: no database.
 */
import { readQuestion as readFully, type Intent as ReaderIntent } from '../../language/question/index.js';

/** Which question is asked. */
export type Intent = 'PROGRAMS' | 'PARTNERS' | 'INSTITUTIONS' | 'TARGETS' | 'SEARCH';

/** How a question was read. */
export interface ReadQuestion {
  intent: Intent;
  year: number | null;
  status: 'PLANNED' | 'ACHIEVED' | null;
  includeSubregions: boolean;
  /** Regions named in the question (gazetteer ids; a compound such as 港澳 gives several), with their surface. */
  regions: { surface: string; ids: string[] }[];
}

const FIELD_OF: Record<ReaderIntent, Intent> = {
  PROGRAMS: 'PROGRAMS',
  PARTNERS: 'PARTNERS',
  INSTITUTIONS: 'INSTITUTIONS',
  TARGETS: 'TARGETS',
  // Note: a count is answered by the targets that state it.
  HOW_MANY: 'TARGETS',
  WHO: 'SEARCH',
  WHERE: 'SEARCH',
  CONNECTIONS: 'SEARCH',
  COMPARE_YEARS: 'SEARCH',
  STATEMENTS: 'SEARCH',
  SEARCH: 'SEARCH',
};

/** Reads a question; `entitySurfaces` (names the graph knows in it) are read as names. */
export function readQuestion(question: string, entitySurfaces: string[] = []): ReadQuestion {
  const reading = readFully(question, { knownNames: entitySurfaces });
  const { slots } = reading;
  return {
    intent: FIELD_OF[reading.intent],
    year: slots.years[0] ?? null,
    status: slots.status === 'PROBLEM' ? null : slots.status,
    includeSubregions: slots.includeSubregions,
    regions: slots.regions.map((r) => ({ surface: r.surface, ids: [...r.ids] })),
  };
}

/** The words a question is about once question words and punctuation are dropped (the text of a fallback search). */
export function searchTextOf(question: string): string {
  return readFully(question).slots.words.join(' ');
}
