/** A document's extraction under another document id: every section, statement and target id moves with it. */
import type { Extraction } from './model.js';

/** The extraction with `id` as its document id; ids inside it (`<old id>/st:4`, …) are rewritten to `<id>/st:4`. */
export function withDocumentId(extraction: Extraction, id: string): Extraction {
  const from = extraction.document.id;
  if (from === id) return extraction;
  const move = (inner: string): string => (inner.startsWith(`${from}/`) ? `${id}${inner.slice(from.length)}` : inner);
  const moveOrNull = (inner: string | null): string | null => (inner === null ? null : move(inner));
  return {
    document: { ...extraction.document, id },
    sections: extraction.sections.map((s) => ({ ...s, id: move(s.id), parentId: moveOrNull(s.parentId) })),
    statements: extraction.statements.map((s) => ({ ...s, id: move(s.id), sectionId: moveOrNull(s.sectionId) })),
    entities: extraction.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, statementId: move(m.statementId) })) })),
    targets: extraction.targets.map((t) => ({ ...t, id: move(t.id), statementId: move(t.statementId) })),
    relations: extraction.relations.map((r) => ({ ...r, evidence: r.evidence.map(move) })),
  };
}
