/**
 * Region matches that are not mentions of the place: a fixed expression (中国特色), a two-character full name that is
 * part of another word (上级和县委), or a county's short form far from the document's place (千人大关, 投资兴业).
 */
import { getGazetteer, getRegionMatcher, needsItsSar, type RegionRecord } from '../gazetteer/index.js';
import { getLexicon } from '../lexicon/index.js';
import { provinceOf } from './province.js';

let fixedSurfaces: Set<string> | undefined;

/** The place names the fixed expressions hold (中国 …): only matches of these need the full check. */
function placesInFixedExpressions(): Set<string> {
  if (!fixedSurfaces) {
    fixedSurfaces = new Set();
    const matcher = getRegionMatcher();
    for (const expression of getLexicon().regions.fixedExpressions) {
      for (const m of matcher.findAll(expression)) fixedSurfaces.add(expression.slice(m.start, m.end));
    }
  }
  return fixedSurfaces;
}

/** Whether a fixed expression (中国特色, 新中国 …) covers the `surface` written at text[start]. */
export function inFixedExpression(text: string, start: number, surface: string): boolean {
  if (!placesInFixedExpressions().has(surface)) return false;
  const end = start + surface.length;
  for (const expression of getLexicon().regions.fixedExpressions) {
    for (let at = Math.max(0, end - expression.length); at <= start; at++) {
      if (at + expression.length >= end && text.startsWith(expression, at)) return true;
    }
  }
  return false;
}

/** Levels whose two-character names (香港, 澳门, 日本) do not run on into a word as county names do (和县 + 委). */
const UNBLOCKED_LEVELS: ReadonlySet<string> = new Set(['SAR', 'COUNTRY']);

/**
 * Whether a match of `region` written as `surface` at text[start] stands for the place: a two-character full name must
 * not run on into a word (和县 + 委); a county's short form must lie in the document's province, or follow a list of
 * places; a division of Hong Kong, Macao or Taiwan written as a mainland word may be must lie in the document's SAR or
 * province, or be gone to or listed where the text has named that SAR or province before (`named`: the regions the
 * statements before this one named).
 */
export function standsForPlace(text: string, start: number, surface: string, region: RegionRecord, contextRegionId: string | null | undefined, listed: boolean,
  named?: ReadonlySet<string>): boolean {
  const end = start + surface.length;
  const full = surface === region.name;
  // Note: a special administrative region or a country is never the first half of such a word (澳门 + 长者, 香港 + 长者).
  if (full && surface.length === 2 && !UNBLOCKED_LEVELS.has(region.level) && blocksShortName(text, end)) return false;
  // Note: a division of Hong Kong, Macao or Taiwan written as a mainland word may be (中西 of 中西区, 九龙 in 九龙江, 桃园
  // of 桃园市 in 桃园村) needs the document to be about its SAR or province, or that written right before it.
  const sar = needsItsSar(region, surface);
  if (!sar && (full || region.level !== 'DISTRICT' || listed)) return true;
  const home = provinceOf(contextRegionId ?? null);
  return (home === null && !sar) || nearHome(text, start, region, home) || (sar && goneToInNamedSar(text, start, region, listed, named));
}

/**
 * Whether a division of Hong Kong, Macao or Taiwan written short stands where the text has named its SAR or province
 * before and puts it where one goes or whom one works with: after a verb of going (赴台中、新竹), a connective (与台北、
 * 高雄) or another place of the list (金门、澎湖). A cross-strait text of a mainland city names Taiwan's cities so.
 */
function goneToInNamedSar(text: string, start: number, region: RegionRecord, listed: boolean, named: ReadonlySet<string> | undefined): boolean {
  if (named === undefined || region.parentId === null || !named.has(region.parentId)) return false;
  if (listed) return true;
  const before = text[start - 1] ?? '';
  return getLexicon().regions.movementVerbs.has(before) || getLexicon().partnering.connectives.has(before);
}

/**
 * Whether the character at `end` makes a two-character full name part of another word (上级和县委, 示范县市): a blocker,
 * unless it opens an ordinary word itself (沛县 + 市场监督管理局: 市 + 场, regions.badFollow).
 */
function blocksShortName(text: string, end: number): boolean {
  const { shortNameBlockers, badFollow } = getLexicon().regions;
  const next = text[end] ?? '';
  return shortNameBlockers.has(next) && !(badFollow.get(next)?.has(text[end + 1] ?? '') ?? false);
}

let hinterland: readonly string[] | undefined;

/** The ids of the mainland cities of the SARs' Greater Bay Area (广州市, 深圳市 …), from the lexicon. */
function sarHinterlandIds(): readonly string[] {
  hinterland ??= getLexicon().regions.sarHinterland
    .map((name) => getGazetteer().candidates(name).find((r) => r.name === name)?.id)
    .filter((id): id is string => id !== undefined);
  return hinterland;
}

/** Whether a place lies in a mainland city of the SARs' Greater Bay Area (南沙区 in 广州市). */
const inSarHinterland = (region: RegionRecord): boolean => sarHinterlandIds().some((city) => getGazetteer().liesIn(region.id, city));

/**
 * Whether a place lies in the province (or SAR) the document is about, or in a mainland city of the Greater Bay Area when
 * the document is a SAR's (南沙 in a Hong Kong text), or one of the places it lies in is written just before it: a county
 * named after its own city or province (贵州毕节七星关) is placed by that name.
 */
function nearHome(text: string, start: number, region: RegionRecord, home: string | null): boolean {
  if (home !== null && provinceOf(region.id) === home) return true;
  if (home !== null && getGazetteer().byId(home)?.level === 'SAR' && inSarHinterland(region)) return true;
  const parents = getGazetteer().parentsOf(region.id);
  if (parents.length === 0) return false;
  // Note: the four characters before the name are cut once, not once per parent.
  const before = text.slice(Math.max(0, start - 4), start);
  for (const p of parents) if (before.includes(p.name.slice(0, 2))) return true;
  return false;
}
