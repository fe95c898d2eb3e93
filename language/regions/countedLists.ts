/**
 * A list of bare names a count and a level close (越南 + 老街、河江、莱州、奠边 + 四省; 在 + 大园、芦竹、观音 + 3区): each name
 * with the level is a place, the one under the place named right before the list when there is one, and as many names as
 * the count says. The bare names may read as other places on their own (莱州 of 莱州市 in Shandong) or as none (河江): the
 * list's reading replaces them.
 */
import { getGazetteer } from '../gazetteer/index.js';
import type { LookupContext } from '../gazetteer/types.js';
import { getLexicon } from '../lexicon/index.js';
import { parseChineseNumber } from '../match/numbers.js';
import type { RegionMention } from './types.js';

/** The list: two to twelve names of two to four Han characters joined by list marks, then the count and the level. */
let pattern: RegExp | undefined;

function listPattern(): RegExp {
  if (!pattern) {
    const levels = getLexicon().regions.countedLevelChars;
    pattern = new RegExp(`((?:[\\u4e00-\\u9fff]{2,4}[、和及与]){1,11}[\\u4e00-\\u9fff]{2,4})([0-9]{1,2}|[一二两三四五六七八九十]{1,3})个?([${levels}])`, 'g');
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The longest end of the pattern's first name (two characters at least) that is a place with the level, or null. */
function firstName(written: string, level: string, context: LookupContext): string | null {
  for (let k = 0; written.length - k >= 2; k++) if (getGazetteer().lookup(written.slice(k) + level, context)) return written.slice(k);
  return null;
}

/** The place named right before the list (越南 + 老街、…), or null. */
function placeBefore(found: readonly RegionMention[], at: number): string | null {
  const before = found.find((m) => m.end === at && m.regionIds?.length === 1);
  return before?.regionIds?.[0] ?? null;
}

/**
 * The region mentions of a statement with its counted lists read (`found` in text order; `offset` the statement's start):
 * a list whose names all resolve with its level, as many as its count, replaces the mentions inside it.
 */
export function withCountedLists(text: string, offset: number, found: RegionMention[], context: LookupContext): RegionMention[] {
  // Note: most statements hold no count before a level: one test of the text spares them the pattern.
  if (!/[0-9一二两三四五六七八九十]个?[省市区县州乡镇府道]/.test(text)) return found;
  const gazetteer = getGazetteer();
  let out = found;
  for (const m of text.matchAll(listPattern())) {
    // Note: the pattern opens the list as early as it can (云南省 + 与 + 越南老街、…): the list is its last names, as many as
    // the count says, and its first name the longest end of its word that is a place with the level (在 + 大园, 越南 + 老街).
    const count = parseChineseNumber(m[2]);
    const written = m[1].split(/[、和及与]/);
    if (count === null || count < 2 || count > written.length) continue;
    const names = written.slice(written.length - count);
    const dropped = m[1].length - names.join('、').length;
    // Note: a list mark before the kept names says the list began earlier (大园、芦竹、观音 + 2区): the count is not its own.
    if (dropped > 0 && m[1][dropped - 1] === '、') continue;
    const first = firstName(names[0], m[3], context);
    if (first === null) continue;
    const listStart = offset + m.index! + dropped + names[0].length - first.length;
    names[0] = first;
    // Note: the names lie in the place named right before the list; else the document's place only ranks their readings.
    const parent = placeBefore(out, listStart);
    const places: RegionMention[] = [];
    let at = listStart;
    for (const name of names) {
      const record = gazetteer.lookup(name + m[3], { regionId: parent ?? context.regionId ?? null });
      if (!record || (parent !== null && !gazetteer.liesIn(record.id, parent))) break;
      places.push({ type: 'REGION', name: record.name, kind: record.level, start: at, end: at + name.length, surface: name, regionIds: [record.id] });
      at += name.length + 1;
    }
    if (places.length !== names.length) continue;
    const listEnd = listStart + m[1].length;
    out = [...out.filter((r) => r.end <= listStart || r.start >= listEnd), ...places].sort((a, b) => a.start - b.start);
  }
  return out;
}
