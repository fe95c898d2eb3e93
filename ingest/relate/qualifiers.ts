/**
 * The places written at a program's name: right before it, qualifying the name (四川省 + 「…」試點, 广州的…, 宁波—衢州 +
 * “…”), and listed alone in a bracket right after it (…实验区(北京市海淀区、…等)).
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { SpannedId } from '../resolve.js';
import { PLACE_DASHES } from '../extract/regionTokens.js';
import { bracketAfter, textBetween } from './clauses.js';
import { addressLevel } from './locatives.js';
import type { PlacementInput } from './touches.js';

/** What may stand between a place and the program it qualifies: nothing, 的, 之间的 (甲与乙之间的…), or the opening quotation mark. */
const QUALIFYING_GAP = /^(?:之间)?的?[“「『]?$/;
const BETWEEN = '之间';
/** A connective between the two sides of 之间, perhaps with a word of scope after it (与 + 大陆地区). */
const BETWEEN_JOIN = /^[与和同跟][^，,。；;、：:]{0,4}$/;

/** Whether a gap joins two places of one list: a list mark or a dash (、, 及, —). */
function joins(gap: string): boolean {
  return getLexicon().partnering.listMarks.includes(gap) || PLACE_DASHES.has(gap);
}

/**
 * The first place written right before a program, qualifying its name; else the first place its name opens with (a quoted
 * name may have taken the last place into its own: 雲南省「…」試點 is one name).
 */
function qualifierOf(input: Pick<PlacementInput, 'text' | 'start'>, regions: readonly SpannedId[], program: SpannedId): SpannedId | undefined {
  for (const r of regions) if (r.end <= program.start && QUALIFYING_GAP.test(textBetween(input, r.end, program.start))) return r;
  for (const r of regions) if (r.start === program.start) return r;
  return undefined;
}

/**
 * The first place, not yet listed, written before `at` with only a list mark or a dash between; or, for places between
 * which something lies (`between`), a connective.
 */
function placeListedBefore(input: Pick<PlacementInput, 'text' | 'start'>, regions: readonly SpannedId[], at: number, listed: ReadonlySet<SpannedId>,
  between: boolean): SpannedId | undefined {
  for (const r of regions) {
    if (r.end >= at || listed.has(r)) continue;
    const gap = textBetween(input, r.end, at);
    if (joins(gap) || (between && BETWEEN_JOIN.test(gap))) return r;
  }
  return undefined;
}

/**
 * The places written right before a program (四川省 + 「…」試點, 广州的…, 衢州 + “山海协作工程”), and those listed or paired
 * before that one with only a list mark or a dash between (四川省、雲南省 + 「…」試點, 宁波—衢州 + “…”): each qualifies
 * the program's name.
 * Note: loops of functions of their own, not `find` over closures on the text (under tsx each closure is also named by
 * esbuild's __name helper as it is made: four per program, 0.4% of a profiled run).
 */
export function qualifyingList(input: Pick<PlacementInput, 'text' | 'start'>, regions: readonly SpannedId[], program: SpannedId): Set<SpannedId> {
  const out = new Set<SpannedId>();
  let next = qualifierOf(input, regions, program);
  // Note: what lies between places (甲、乙与大陆地区丙、丁之间的「…」) lies at both sides of the connective.
  const between = next !== undefined && textBetween(input, next.end, program.start).startsWith(BETWEEN);
  while (next !== undefined) {
    out.add(next);
    next = placeListedBefore(input, regions, next.start, out, between);
  }
  return out;
}

/** A letter or digit of any script: what a list's separators never are. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whether what a bracket listing places holds besides them only separates them: the lexicon's separators (、和及等), punctuation. */
function separatesOnly(rest: string): boolean {
  const { separatorChars } = getLexicon().regions;
  return Array.from(rest).every((c) => separatorChars.has(c) || !WORDLIKE.test(c));
}

/** The places of a bracket right after a program's name that holds nothing else (国家…实验区(北京市海淀区、…等)). */
export function bracketedPlaces(input: PlacementInput, program: SpannedId): SpannedId[] {
  const at = program.end - input.start;
  const close = bracketAfter(input.text, at);
  if (close === at) return [];
  const inside = input.freeRegions.filter((r) => r.start - input.start > at && r.end - input.start < close);
  if (inside.length === 0) return [];
  const rest = Array.from(input.text.slice(at + 1, close - 1));
  for (const r of inside) for (let k = r.start - input.start - at - 1; k < r.end - input.start - at - 1; k++) rest[k] = '';
  // Note: a place written right before another is its address (北京市 + 海淀区): the last, most specific one holds it.
  return separatesOnly(rest.join('')) ? inside.filter((r) => !addressLevel(r, inside)) : [];
}
