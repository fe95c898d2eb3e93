/**
 * A list of bare names a count and a level close (越南 + 老街、河江、莱州、奠边 + 四省; 在 + 大园、芦竹、观音 + 3区): each name
 * with the level is a place, the one under the place named right before the list when there is one, and as many names as
 * the count says. The bare names may read as other places on their own (莱州 of 莱州市 in Shandong) or as none (河江): the
 * list's reading replaces them.
 */
import { getGazetteer } from '../gazetteer/index.js';
import type { LookupContext } from '../gazetteer/types.js';
import { getLexicon } from '../lexicon/index.js';
import { codeTable } from '../match/codeTable.js';
import { DIGIT_NUMERALS, NUMERAL_CHARS, PLACE_NUMERALS, parseChineseNumber } from '../match/numbers.js';
import type { RegionMention } from './types.js';

/** The general measure word a count may take before the level (十一个县). */
const MEASURE_WORD = '个';
const MEASURE_CODE = MEASURE_WORD.charCodeAt(0);

/** Classes of a character by code for the test of a count before a level: a level, a count's digit or numeral. */
const LEVEL = 1;
const COUNT = 2;

/**
 * The patterns, built once from the lexicon: the list (two to twelve names of two to four Han characters joined by the
 * one-character list marks, then the count and the level), the marks, and the classes of the test for a count before a
 * level that spares most statements the list's pattern.
 */
let patterns: { list: RegExp; marks: RegExp; classes: Uint8Array } | undefined;

function listPatterns(): { list: RegExp; marks: RegExp; classes: Uint8Array } {
  if (!patterns) {
    const levels = getLexicon().regions.countedLevelChars;
    const marks = `[${getLexicon().partnering.listMarks.filter((m) => m.length === 1).join('')}]`;
    // Note: a count in digits or numerals, perhaps with the general measure word before the level (十一个县).
    const numeral = `(?:[0-9]{1,2}|(?:${DIGIT_NUMERALS}|${PLACE_NUMERALS}){1,3})`;
    patterns = {
      list: new RegExp(`((?:[\\u4e00-\\u9fff]{2,4}${marks}){1,11}[\\u4e00-\\u9fff]{2,4})(${numeral})${MEASURE_WORD}?([${levels}])`, 'g'),
      marks: new RegExp(marks),
      classes: codeTable([[[...levels], LEVEL], [[...'0123456789', ...NUMERAL_CHARS], COUNT]]),
    };
  }
  patterns.list.lastIndex = 0;
  return patterns;
}

/**
 * Whether the text holds a count right before a level, perhaps with the measure word between (3区, 四省, 十一个县): what
 * the list's pattern ends with, its count cut to its last character.
 * Note: a scan by char code, not the unanchored pattern of the count (`(?:[0-9]{1,2}|…{1,3})个?[省市…]`), which V8 tried
 * at every position of every statement (over the bench's 2,339 statements: 1.3–2.8 ms a pass, this scan 0.15–0.5 ms).
 */
function holdsCount(text: string, classes: Uint8Array): boolean {
  for (let i = 1; i < text.length; i++) {
    if (classes[text.charCodeAt(i)] !== LEVEL) continue;
    const before = text.charCodeAt(i - 1);
    if (classes[before] === COUNT || (before === MEASURE_CODE && i > 1 && classes[text.charCodeAt(i - 2)] === COUNT)) return true;
  }
  return false;
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
  const { list, marks, classes } = listPatterns();
  // Note: most statements hold no count before a level: one test of the text spares them the list's pattern.
  if (!holdsCount(text, classes)) return found;
  const gazetteer = getGazetteer();
  let out = found;
  for (const m of text.matchAll(list)) {
    // Note: the pattern opens the list as early as it can (…省份 + 和 + 越南老街、…): the list is its last names, as many as
    // the count says, and its first name the longest end of its word that is a place with the level (在 + 大园, 越南 + 老街).
    const count = parseChineseNumber(m[2]);
    const written = m[1].split(marks);
    if (count === null || count < 2 || count > written.length) continue;
    const names = written.slice(written.length - count);
    const dropped = m[1].length - names.reduce((n, name) => n + name.length + 1, -1);
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
    const listEnd = offset + m.index! + m[1].length;
    out = [...out.filter((r) => r.end <= listStart || r.start >= listEnd), ...places].sort((a, b) => a.start - b.start);
  }
  return out;
}
