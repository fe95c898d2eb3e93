/**
 * TOUCHES from a name's initials (ANNOTATION.md: a name holding the region). Pairing programmes are named by the first
 * characters or one-character names of the places they pair: 杭湖数据共享走廊 (杭州, 湖州), 冀巴同心 (河北, 巴音郭楞), 沪腾名师工作坊
 * (上海, 腾冲), 厦莆名师工作室, or by a second character (港汉 of 香港 and 武汉) or a zone's (琴澳 of 横琴 and 澳门), which pair
 * only with a first. The gazetteer's compounds (粤港澳, 深港) are read as places already; these are not, since
 * any character starts some place. They are read here against the places the document itself names: each initial must
 * stand for one of them (of several, the one whose one-character name it is, or the one the others lie in). A place's
 * one-character abbreviation of the gazetteer alone opens names too (湘惠保, 甬喜鲜).
 */
import { getGazetteer, isForeignSubdivisionId } from '../../language/gazetteer/index.js';
import { abbreviationIds, isZoneId } from '../../language/regions/index.js';
import { tagText, type Token } from '../../language/segment/index.js';
import type { AnnotatedStatement } from '../annotated.js';
import type { EntityIndex, ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';
import { CHINA } from './touches.js';

/** The most initials a name opens with (呼包鄂乌). */
const MAX_INITIALS = 4;
/** Opening marks before a name. */
const OPENING = /^[“"「『《]/;
/** Tags of a segment that is a run of initials rather than a word: unknown, or an abbreviation (宁合/x, 成德绵/x, 沪/j). */
const RUN_TAGS = new Set(['x', 'j']);

/** A program's name as the statement writes it, without an opening mark, and the absolute offset it starts at. */
export function writtenName(statement: { text: string; start: number }, program: { start: number; end: number }): { name: string; at: number } {
  const written = statement.text.slice(program.start - statement.start, program.end - statement.start);
  const name = written.replace(OPENING, '');
  return { name, at: program.start + written.length - name.length };
}

/** A character that stands for one place the document names, and whether it is that place's second character. */
interface Initial {
  readonly id: string;
  readonly second: boolean;
}

let abbreviationsById: Map<string, string[]> | undefined;
const NO_ABBREVIATIONS: readonly string[] = [];

/** The one-character names of a place (abbreviationIds by place). */
function abbreviationsOf(id: string): readonly string[] {
  if (!abbreviationsById) {
    abbreviationsById = new Map();
    for (const [code, placeId] of abbreviationIds()) {
      const chars = abbreviationsById.get(placeId);
      if (chars) chars.push(String.fromCharCode(code));
      else abbreviationsById.set(placeId, [String.fromCharCode(code)]);
    }
  }
  return abbreviationsById.get(id) ?? NO_ABBREVIATIONS;
}

/**
 * Each character that stands for exactly one place the document names: its first character, its one-character name,
 * or its second character (南通 → 通, 武汉 → 汉), as chosenInitial picks among them; null when it stands for none of them.
 */
function initialsOfNamedPlaces(idsByStatement: ReadonlyMap<string, ResolvedIds>, index: EntityIndex): Map<string, Initial | null> {
  const named = new Set<string>();
  const zones = new Set<string>();
  for (const ids of idsByStatement.values()) {
    // Note: a foreign division names no pairing (哈巴罗夫斯克边疆区 leaves 哈 to 哈尔滨 in 哈长城市群).
    for (const r of ids.regions) if (!isForeignSubdivisionId(r.id)) (isZoneId(r.id) ? zones : named).add(r.id);
  }
  // Note: every place a character may stand for first, then one chosen per character (the order of the puts does not
  // matter).
  const candidates = new Map<string, Initial[]>();
  for (const id of named) {
    const name = index.get(id)?.name;
    if (name) putInitial(candidates, name[0], id, false);
  }
  // Note: each named place's one-character names from a table built once, not a walk over every abbreviation per document.
  for (const id of named) for (const ch of abbreviationsOf(id)) putInitial(candidates, ch, id, false);
  for (const id of named) {
    const name = index.get(id)?.name;
    if (name && name.length > 2) putInitial(candidates, name[1], id, true);
  }
  const byChar = new Map<string, Initial | null>();
  for (const [ch, known] of candidates) byChar.set(ch, chosenInitial(ch, known));
  // Note: a zone's name opens with its place word (横琴 of 横琴粤澳深度合作区, 琴澳 its pairing with 澳门); its characters are
  // read only where no place claims them, and like second characters never pair alone.
  const zoneCandidates = new Map<string, Initial[]>();
  for (const id of zones) {
    const name = index.get(id)?.name;
    if (name) for (const ch of name.slice(0, 2)) if (!byChar.has(ch)) putInitial(zoneCandidates, ch, id, true);
  }
  for (const [ch, known] of zoneCandidates) byChar.set(ch, known.length === 1 ? known[0] : null);
  return byChar;
}

/**
 * Records that a character may stand for a place (as its second character, `second`): once per place, a first character
 * over a second.
 * Note: a function of the module and a loop, not an arrow made per document and a findIndex closure per character (under
 * tsx each named arrow is also named by esbuild's __name helper as it is made).
 */
function putInitial(into: Map<string, Initial[]>, ch: string, id: string, second: boolean): void {
  const known = into.get(ch);
  if (known === undefined) {
    into.set(ch, [{ id, second }]);
    return;
  }
  let same = -1;
  for (let k = 0; k < known.length && same < 0; k++) if (known[k].id === id) same = k;
  if (same < 0) known.push({ id, second });
  else if (!second) known[same] = { id, second };
}

/**
 * The place a character stands for among the named places it may: the only one; else the one whose one-character name
 * it is (广 of 广州市 in a document naming 广东省 too); else the one the others all lie in (喀 of 喀什地区 and 喀什市, 甘 of
 * 甘肃省 and 甘南藏族自治州: a pairing names the larger place, 沪喀 Shanghai and Kashgar prefecture); else none.
 */
function chosenInitial(ch: string, known: readonly Initial[]): Initial | null {
  if (known.length === 1) return known[0];
  const abbreviated = abbreviationIds().get(ch.charCodeAt(0));
  const named = known.filter((x) => x.id === abbreviated);
  if (named.length === 1) return named[0];
  const gazetteer = getGazetteer();
  const outer = known.filter((x) => known.every((y) => y === x || gazetteer.liesIn(y.id, x.id)));
  return outer.length === 1 ? outer[0] : null;
}

/**
 * The places the initials a name opens with stand for, or [] (fewer than two, one of them unknown or ambiguous, all
 * second characters — 麓山 of a document naming 岳麓区 and 龙山县 is a mountain — or a place named right after them:
 * 云上 + 腾冲 qualifies the place).
 */
function initialPlaces(name: string, byChar: ReadonlyMap<string, Initial | null>, regions: readonly SpannedId[], at: number): string[] {
  // Note: most names do not open with two initials of named places; only those that do are segmented.
  if (!byChar.get(name[0]) || !byChar.get(name[1])) return [];
  const tokens: Token[] = tagText(name, 0);
  const initials: Initial[] = [];
  let length = 0;
  for (const token of tokens) {
    // Note: a place the segmenter cut across an initial and the next word, that the region reader did not take (港 +
    // 汉中/ns + 学生 of 港汉中学生), gives its first character as the run's last initial.
    if (token.tag === 'ns' && initials.length > 0 && !startsAt(regions, at + length)) {
      const last = byChar.get(token.word[0]);
      if (last && length < MAX_INITIALS) {
        initials.push(last);
        length += 1;
      }
      break;
    }
    // Note: a word of the dictionary (长江, 中华, 北大荒) is no run of initials.
    if (token.word.length > 1 && !RUN_TAGS.has(token.tag)) break;
    const found = Array.from(token.word, (ch) => byChar.get(ch));
    if (!found.every((x): x is Initial => !!x) || length + token.word.length > MAX_INITIALS) break;
    initials.push(...found);
    length += token.word.length;
  }
  const places = initials.map((x) => x.id);
  // Note: initials name a pairing only before the rest of the name (杭湖 + 数据共享走廊), each a place of its own; three or
  // more first characters may be the whole name (“哈大齐”).
  const whole = length === name.length && initials.length >= 3 && initials.every((x) => !x.second);
  const pairing = places.length >= 2 && (length < name.length || whole) && new Set(places).size === places.length && initials.some((x) => !x.second);
  return pairing && !startsAt(regions, at + length) ? places : [];
}

/**
 * The place a name's one opening abbreviation stands for (湘惠保: 湖南省, 甬喜鲜: 宁波市), when the segmenter reads it as the
 * start of a word it does not know and the document names that place and no other the character could stand for.
 */
function abbreviationPlace(name: string, byChar: ReadonlyMap<string, Initial | null>): string | null {
  const id = abbreviationIds().get(name.charCodeAt(0));
  if (id === undefined || byChar.get(name[0])?.id !== id) return null;
  const first = tagText(name, 0)[0];
  return first !== undefined && first.tag === 'x' && first.word.length >= 2 ? id : null;
}

/** Whether one of the mentions starts at an absolute offset. */
function startsAt(mentions: readonly SpannedId[], at: number): boolean {
  for (const m of mentions) if (m.start === at) return true;
  return false;
}

/**
 * Adds TOUCHES from each program to the places its opening initials stand for.
 * Note: the tests of the places at the name are functions of the module, not closures over the program made for each
 * (under tsx each named arrow is also named by esbuild's __name helper as it is made).
 */
export function initialPlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>,
  index: EntityIndex, relations: RelationSet): void {
  let byChar: Map<string, Initial | null> | undefined;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (!ids) continue;
    for (const program of ids.programs) {
      // Note: a name that opens with a place the gazetteer reads (杭州湖州…, 粤港澳…) holds it already.
      if (startsAt(ids.regions, program.start) || startsAt(ids.regions, program.start + 1)) continue;
      const { name, at } = writtenName(statement, program);
      byChar ??= initialsOfNamedPlaces(idsByStatement, index);
      const places = initialPlaces(name, byChar, ids.regions, at);
      const single = places.length === 0 ? abbreviationPlace(name, byChar) : null;
      for (const id of single ? [single] : places) if (id !== CHINA) relations.add('TOUCHES', program.id, id, statement.id);
    }
  }
}
