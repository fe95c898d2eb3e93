/**
 * The subject of a where-question: the words right before 在哪里 / 位于 name one thing (西湖区特殊教育学校在哪里), even
 * when they hold a class word (学校) that elsewhere asks for a class of institutions.
 */
import type { Draft } from './draft.js';
import type { TextSpan } from './types.js';
import { headKind } from './heads.js';

/** Makes the words before a where-cue one name, when no name ends there already. */
export function nameBeforeWhere(draft: Draft): void {
  const cue = draft.cues.find((c) => c.roles.some((r) => r.kind === 'INTENT' && r.intent === 'where'));
  if (!cue || draft.names.some((n) => draft.text.slice(n.end, cue.start).trim() === '')) return;
  const pieces: (TextSpan & { content: boolean })[] = [
    ...draft.regions.map((r) => ({ start: r.start, end: r.end, content: true })),
    ...draft.terms.map((t) => ({ start: t.start, end: t.end, content: true })),
    ...draft.cues.map((c) => ({ start: c.start, end: c.end, content: c.roles.every((r) => r.kind === 'INTENT' || r.kind === 'PARTNER_KIND') })),
    ...draft.years.map((y) => ({ start: y.start, end: y.end, content: false })),
  ]
    .filter((p) => p.end <= cue.start)
    .sort((a, b) => b.start - a.start);
  let start = cue.start;
  let count = 0;
  for (const p of pieces) {
    if (!p.content || draft.text.slice(p.end, start).trim() !== '') break;
    start = p.start;
    count++;
  }
  if (count < 2) return;
  const span = { start, end: cue.start };
  const inside = (s: TextSpan): boolean => s.start >= span.start && s.end <= span.end;
  draft.regionsInNames.push(...draft.regions.filter(inside));
  draft.regions = draft.regions.filter((r) => !inside(r));
  draft.terms = draft.terms.filter((t) => !inside(t));
  draft.cues = draft.cues.filter((c) => !inside(c));
  const surface = draft.text.slice(span.start, span.end).trim();
  draft.names.push({ surface, ...span, kind: headKind(surface), source: 'HEAD', chinese: [] });
}
