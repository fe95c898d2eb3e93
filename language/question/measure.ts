/**
 * The thing a how-many question counts: the words right after 多少 / how many (skipping measure words and a place:
 * 多少对穗港澳姊妹学校 → 姊妹学校), or right before it (贫困发生率降到了多少 → 贫困发生率), without the verbs at its ends.
 */
import { tagText } from '../segment/index.js';
import type { Cue, Draft } from './draft.js';
import type { TextSpan } from './types.js';
import { getQuestionVocabulary } from './vocabulary.js';

type Piece = TextSpan & { kind: 'CONTENT' | 'SKIP' | 'STOP' };

const isHowMany = (c: Cue): boolean => c.roles.some((r) => r.kind === 'INTENT' && r.intent === 'howMany');
/** A cue is content when it only names what is asked for (学校, 姊妹, sister, schools). */
const isContent = (c: Cue): boolean => c.roles.every((r) => r.kind === 'PARTNER_KIND' || (r.kind === 'INTENT' && ['programs', 'institutions', 'partners'].includes(r.intent)));
/** Words passed over on the way out from the question word: fillers and target words (占比目标是多少). */
const isSkipped = (c: Cue): boolean => c.roles.every((r) => r.kind === 'FILLER' || r.kind === 'QUESTION_WORD' || (r.kind === 'INTENT' && r.intent === 'targets'));

function pieces(draft: Draft): Piece[] {
  return [
    ...draft.cues.map((c) => ({ start: c.start, end: c.end, kind: isContent(c) ? ('CONTENT' as const) : isSkipped(c) ? ('SKIP' as const) : ('STOP' as const) })),
    ...draft.terms.map((t) => ({ start: t.start, end: t.end, kind: onlyMeasureWords(t.text) ? ('SKIP' as const) : ('CONTENT' as const) })),
    ...draft.names.map((n) => ({ start: n.start, end: n.end, kind: 'CONTENT' as const })),
    ...draft.regions.map((r) => ({ start: r.start, end: r.end, kind: 'SKIP' as const })),
    ...draft.years.map((y) => ({ start: y.start, end: y.end, kind: 'STOP' as const })),
  ].sort((a, b) => a.start - b.start);
}

/** Whether a word is only measure words (个, 对): the unit of the count, not the thing counted. */
function onlyMeasureWords(word: string): boolean {
  const { measureWords } = getQuestionVocabulary();
  return [...word].every((ch) => measureWords.has(ch));
}

/** Whether only spaces and one-character fillers (有, 是) stand between `from` and `to`. */
function gapIsFiller(text: string, from: number, to: number): boolean {
  const { zh } = getQuestionVocabulary();
  return [...text.slice(from, to)].every((ch) => ch === ' ' || (zh.get(ch)?.every((r) => r.kind === 'FILLER') ?? false));
}

/** Whether only spaces and measure words stand between `from` and `to`. */
function gapIsMeasure(text: string, from: number, to: number): boolean {
  const { measureWords } = getQuestionVocabulary();
  return [...text.slice(from, to)].every((ch) => ch === ' ' || measureWords.has(ch));
}

/** The content pieces next to `from`, walking away from it: skipped pieces may lead, a stop piece ends the walk. */
function stretch(text: string, list: Piece[], from: number, forward: boolean): TextSpan | null {
  let span: TextSpan | null = null;
  let edge = from;
  for (const p of forward ? list.filter((x) => x.start >= from) : list.filter((x) => x.end <= from).reverse()) {
    const gap = forward ? gapIsMeasure(text, edge, p.start) : gapIsFiller(text, p.end, edge);
    if (!gap || p.kind === 'STOP' || (p.kind === 'SKIP' && span !== null)) break;
    if (p.kind === 'CONTENT') span = span ? { start: Math.min(span.start, p.start), end: Math.max(span.end, p.end) } : { start: p.start, end: p.end };
    edge = forward ? p.end : p.start;
  }
  return span;
}

/** The words of `span` without verbs and particles at either end (降到, 了). */
function trimVerbs(text: string): string {
  const tokens = tagText(text, 0);
  const verbal = (tag: string): boolean => tag === 'v' || tag === 'vd' || tag.startsWith('u');
  let start = 0;
  let end = tokens.length;
  while (start < end && verbal(tokens[start].tag)) start++;
  while (end > start && verbal(tokens[end - 1].tag)) end--;
  return start < end ? text.slice(tokens[start].start, tokens[end - 1].end).trim() : text.trim();
}

/** The counted thing of a how-many question, or null. */
export function measureOf(draft: Draft): string | null {
  const cue = draft.cues.find(isHowMany);
  if (!cue) return null;
  const list = pieces(draft);
  const span = stretch(draft.text, list, cue.end, true) ?? stretch(draft.text, list, cue.start, false);
  return span ? trimVerbs(draft.text.slice(span.start, span.end)) : null;
}
