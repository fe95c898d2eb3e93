/**
 * Putting the original text back after extraction on a converted copy (Traditional → Simplified, same offsets):
 * statements, headings, targets and mentions read as written; each entity keeps its Simplified canonical name and
 * gains the written (Traditional) forms as aliases.
 */
import { withoutNameMarks } from './extract/quoteMarks.js';
import type { Extraction } from './model.js';

/** The text of `original` where `converted` has `text` (searched from `from`), else `text` itself. */
function asWritten(original: string, converted: string, text: string, from: number): string {
  const at = converted.indexOf(text, from);
  if (at >= 0) return original.slice(at, at + text.length);
  // Note: a title joined from lines (發展局 / 北部都會區…報告) is found with the line breaks between its parts skipped.
  const lineBreak = (c: string): boolean => c === '\n' || c === '\r';
  for (let start = converted.indexOf(text[0], from); start >= 0 && text.length > 0; start = converted.indexOf(text[0], start + 1)) {
    let written = '';
    let k = start;
    for (let i = 0; i < text.length; i++) {
      while (k < converted.length && lineBreak(converted[k]) && !lineBreak(text[i])) k++;
      if (converted[k] !== text[i]) break;
      written += original[k++];
    }
    if (written.length === text.length) return written;
  }
  return text;
}

/**
 * The extraction with every text field taken from `original` at the same offsets; `converted` is the text extraction
 * ran on and `targetSpans` the offsets of each target's text.
 */
export function restoreSurfaces(extraction: Extraction, original: string, converted: string,
  targetSpans: ReadonlyMap<string, { start: number; end: number }>): Extraction {
  const slice = (start: number, end: number): string => original.slice(start, end);
  const document = { ...extraction.document, title: asWritten(original, converted, extraction.document.title, 0) };
  const sections = extraction.sections.map((s) => ({ ...s, heading: asWritten(original, converted, s.heading, s.start) }));
  const statements = extraction.statements.map((s) => ({ ...s, text: slice(s.start, s.end) }));
  const entities = extraction.entities.map((entity) => {
    const aliases = [...entity.aliases];
    const names = new Set([entity.name, ...entity.aliases]);
    const mentions = entity.mentions.map((m) => {
      const surface = slice(m.start, m.end);
      const alias = withoutNameMarks(surface);
      // Note: only a name's written form is an alias; a self-reference (我市) is a mention under no name.
      const named = names.has(withoutNameMarks(converted.slice(m.start, m.end)));
      if (named && alias !== entity.name && !aliases.includes(alias)) aliases.push(alias);
      return { ...m, surface };
    });
    return { ...entity, aliases, mentions };
  });
  const targets = extraction.targets.map((t) => {
    const span = targetSpans.get(t.id);
    return span ? { ...t, text: slice(span.start, span.end) } : t;
  });
  return { ...extraction, document, sections, statements, entities, targets };
}
