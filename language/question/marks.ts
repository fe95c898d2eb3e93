/**
 * The first pass over a question: quoted names, years, places (the ingest region extractor) and the Chinese question
 * words, each as a span of the text. What none of them covers is left for names and terms.
 */
import { extractRegions } from '../regions/index.js';
import { getGazetteer } from '../gazetteer/index.js';
import { tagText } from '../segment/index.js';
import { tokenBoundaries, type Boundaries } from '../topics/index.js';
import type { Cue, Draft, YearSpan } from './draft.js';
import { overlapsAny } from './draft.js';
import { headKind } from './heads.js';
import type { NameSlot, RegionSlot, TextSpan } from './types.js';
import { getQuestionVocabulary } from './vocabulary.js';

const QUOTED = /[“"「『《‘]([^“”"「」『』《》‘’]{1,60})[”"」』》’]/g;
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?!\d)\s*(?:年度?)?/g;
const HAN = /[\u3400-\u9fff]/;

/** Names between quotes or book-title marks (“湾区未来学校计划”, 《…》), spanning the words inside. */
export function quotedNames(text: string): NameSlot[] {
  return [...text.matchAll(QUOTED)].map((m) => {
    const start = m.index + 1;
    const surface = m[1].trim();
    return { surface, start, end: start + m[1].length, kind: headKind(surface), source: 'QUOTED', chinese: [] };
  });
}

/** Four-digit years (2019年, 2020年度, in 2019) outside the given spans. */
export function years(text: string, outside: readonly TextSpan[]): YearSpan[] {
  return [...text.matchAll(YEAR)]
    .map((m) => ({ value: Number(m[1]), start: m.index, end: m.index + m[0].trimEnd().length }))
    .filter((y) => !overlapsAny(y, outside));
}

/**
 * The regions the ingest extractor finds in the question, outside the given spans, with canonical ids; a place written
 * with the place it lies in before it (深圳市坪山区, 广东省广州市) is that one place.
 */
export function chineseRegions(text: string, outside: readonly TextSpan[]): RegionSlot[] {
  const found: RegionSlot[] = extractRegions(text, 0, {})
    .filter((c) => (c.regionIds?.length ?? 0) > 0 && !overlapsAny(c, outside))
    .map((c) => ({ surface: c.surface, start: c.start, end: c.end, ids: c.regionIds ?? [] }));
  const gazetteer = getGazetteer();
  const merged: RegionSlot[] = [];
  for (const region of found) {
    const before = merged[merged.length - 1];
    const within = before && before.end === region.start && before.ids.length === 1 && region.ids.length === 1 && gazetteer.liesIn(region.ids[0], before.ids[0]);
    if (within) merged[merged.length - 1] = { surface: text.slice(before.start, region.end), start: before.start, end: region.end, ids: region.ids };
    else merged.push(region);
  }
  return merged;
}

/** A short region form standing alone as a word of the question (南沙 → 南沙区), or null; never a question word (合作). */
export function regionOfWord(word: string, span: TextSpan): RegionSlot | null {
  if (word.length < 2 || !HAN.test(word) || getQuestionVocabulary().zh.has(word)) return null;
  const found = getGazetteer().candidates(word);
  return found.length > 0 ? { surface: word, start: span.start, end: span.end, ids: [found[0].id] } : null;
}

/**
 * Whether a question word at [start, end) stands as a word of the segmentation: a one-character word (中, 对, 上) must be
 * a whole token (not 中 in 研究中心); a longer one must not cross a token boundary (哪些 inside the token 哪些项目 is fine).
 */
function standsAsWord(boundaries: Boundaries, start: number, end: number): boolean {
  if (end - start === 1) return boundaries[start] === 1 && boundaries[end] === 1;
  if (boundaries[start] === 1 && boundaries[end] === 1) return true;
  for (let i = start + 1; i < end; i++) if (boundaries[i] === 1) return false;
  return true;
}

/** Chinese question words, leftmost-longest, standing as words, outside the given spans. */
export function chineseCues(text: string, outside: readonly TextSpan[]): Cue[] {
  const vocabulary = getQuestionVocabulary();
  const boundaries = tokenBoundaries(tagText(text, 0));
  const cues: Cue[] = [];
  for (let i = 0; i < text.length; ) {
    const word = vocabulary.zhByFirst
      .get(text[i])
      ?.find((w) => text.startsWith(w, i) && standsAsWord(boundaries, i, i + w.length) && !overlapsAny({ start: i, end: i + w.length }, outside));
    if (word && !overlapsAny({ start: i, end: i + 1 }, outside)) {
      cues.push({ word, start: i, end: i + word.length, roles: vocabulary.zh.get(word) ?? [] });
      i += word.length;
    } else i++;
  }
  return cues;
}

/** Fills the draft's quoted names, years, places and Chinese cues. */
export function markChinese(draft: Draft): void {
  draft.names.push(...quotedNames(draft.text));
  draft.years.push(...years(draft.text, draft.names));
  draft.regions.push(...chineseRegions(draft.text, [...draft.names, ...draft.years]));
  draft.cues.push(...chineseCues(draft.text, [...draft.names, ...draft.years, ...draft.regions]));
}
