/**
 * Short forms a document defines for a name it has just written: X(以下简称“Y”), X(简称Y), and for a body X(Y) where Y
 * is X's own characters, fewer and in order (社会福利署（社署）). Y becomes an alias of the entity named X, and every later
 * Y in the document a mention of it (ANNOTATION.md: aliases from 以下简称 and parentheses).
 */
import type { AnnotatedStatement } from './annotated.js';
import { getLexicon } from '../language/lexicon/index.js';
import { repointIds, type ResolvedIds, type SpannedId, type EntityIndex } from './resolve.js';
import type { Entity, Statement } from './model.js';
import { QUOTES, withoutNameMarks } from './extract/quoteMarks.js';
import { allHan, classify } from '../language/match/tokens.js';
import { extractRegions, zoneId } from '../language/regions/index.js';
import { getGazetteer } from '../language/gazetteer/index.js';
import { tagText } from '../language/segment/index.js';

/**
 * A definition right after a name: (以下简称“Y”), (简称Y), (以下称Y), in half- or full-width brackets, and a short form
 * quoted alone in them, as Hong Kong and Macao texts write it: 香港理工大學（「理大」）.
 */
let definition: RegExp | undefined;
/** The definition pattern, built once from the lexicon's short-form cues. */
function definitionPattern(): RegExp {
  return (definition ??= new RegExp(`[(（](?:(?:${getLexicon().names.shortFormCues.join('|')})[“"「]?([^”"」()（）,，。;；]{1,20})[”"」]?|[“「]([^”」()（）,，。;；]{1,20})[”」])[)）]`, 'y'));
}

type Kind = 'regions' | 'institutions' | 'programs';
const KINDS: readonly Kind[] = ['institutions', 'programs', 'regions'];

/**
 * The short form a definition starting at `text[at]` gives, or null (after 香港理工大學: （「理大」） → 理大). Read in place,
 * without copying the rest of the text (the extractors ask after every name they find).
 */
export function definedShortForm(text: string, at = 0): string | null {
  if (at >= text.length || (text[at] !== '(' && text[at] !== '（')) return null;
  const pattern = definitionPattern();
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  const alias = match?.[1] ?? match?.[2];
  return alias !== undefined && alias.length >= 2 ? alias : null;
}

/**
 * The short form a plain bracket right after a name holds (社会福利署（社署）, 雇员再培训局（再培训局）): Han characters of the
 * name itself, in order and fewer, so that a place or a note in brackets (（广州）, （试行）) is none.
 */
function bracketedAbbreviation(text: string, at: number, name: string): string | null {
  const open = text[at];
  if (open !== '(' && open !== '（') return null;
  const close = text.indexOf(open === '（' ? '）' : ')', at + 1);
  const inner = close < 0 ? '' : text.slice(at + 1, close);
  if (inner.length < 2 || inner.length >= name.length || !allHan(inner)) return null;
  let k = 0;
  for (let i = 0; i < name.length && k < inner.length; i++) if (name[i] === inner[k]) k++;
  return k === inner.length ? inner : null;
}

/**
 * The short form defined right after a name ending at `text[at]`: a definition (（以下简称“Y”）, （「Y」）), or for a body
 * (`body` its name as written) also a plain bracket of its own characters (社会福利署（社署）).
 */
export function shortFormAfter(text: string, at: number, body: string | null): string | null {
  return definedShortForm(text, at) ?? (body === null ? null : bracketedAbbreviation(text, at, body));
}

/** Ids of zones: a zone has an administration, so a plain bracket of its own characters after its name is its short form. */
const ZONE_ID_PREFIX = zoneId('');

/**
 * Whether a name may be followed by its short form in a plain bracket: a body's (社会福利署（社署）) or a zone's
 * (前海深港现代服务业合作区（前海合作区）).
 */
const bodyLike = (kind: Kind, id: string): boolean => kind === 'institutions' || (kind === 'regions' && id.startsWith(ZONE_ID_PREFIX));

/** Whether the name at [start, end) of a text stands inside a pair of quotation marks of its own (「…」, “…”). */
function quotedWhole(text: string, start: number, end: number): boolean {
  const close = start > 0 ? QUOTES.get(text[start - 1]) : undefined;
  return close !== undefined && text[end] === close;
}

/** The aliases defined in the document: alias → the entity id and kind it stands for. */
function definitions(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>): Map<string, { id: string; kind: Kind }> {
  const out = new Map<string, { id: string; kind: Kind }>();
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (!ids) continue;
    for (const kind of KINDS) {
      for (const m of ids[kind]) {
        const end = m.end - statement.start;
        // Note: a name quoted whole has its definition after the closing mark (「粵港澳大灣區青年就業計劃」（「大灣區計劃」）).
        const at = quotedWhole(statement.text, m.start - statement.start, end) ? end + 1 : end;
        const alias = shortFormAfter(statement.text, at, bodyLike(kind, m.id) ? statement.text.slice(m.start - statement.start, end) : null);
        if (alias !== null && !out.has(alias)) out.set(alias, { id: m.id, kind });
      }
    }
  }
  return out;
}

/** A written form the document established for an entity, read as a mention of it wherever it stands again. */
interface Established {
  id: string;
  kind: Kind;
  /** Characters of the written form around the name itself (the quotation marks of 「跨境理財通」), 0 for an alias. */
  margin: number;
  /** Whether the text just before an occurrence makes it no mention (the definition of the alias itself). */
  skip?: (before: string) => boolean;
  /** Programs: every quotation of the name read so far was bare (nothing around it said what it is). */
  bare?: boolean;
  /** A short form that is an ordinary word (「計劃」, “项目”): a mention only where the segmenter reads that word alone. */
  word?: boolean;
}

/** Whether a span [start, end) overlaps one of the spans. */
function overlapsAny(spans: readonly SpannedId[], start: number, end: number): boolean {
  for (const t of spans) if (t.start < end && start < t.end) return true;
  return false;
}

/**
 * The indexes (ascending, the order the forms were established in) of the forms written in the text: one pass over it,
 * a look-up per length of the forms opening with each character (`formLengthsByFirst`), not a search for every form (a
 * document quoting thousands of names, a list of projects, made that search grow with the square of its length).
 */
function formsIn(text: string, order: ReadonlyMap<string, number>, lengths: ReadonlyMap<number, readonly number[]>): number[] {
  const found: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const opening = lengths.get(text.charCodeAt(p));
    if (opening === undefined) continue;
    for (const length of opening) {
      const k = p + length <= text.length ? order.get(text.slice(p, p + length)) : undefined;
      if (k !== undefined && !found.includes(k)) found.push(k);
    }
  }
  return found.length > 1 ? found.sort((x, y) => x - y) : found;
}

/**
 * The lengths of the forms opening with each character code, longest first (as wordLengthsByFirst gives them for a set).
 * Note: made here for each call's forms, not by wordLengthsByFirst over a new Set of them: that caches its table per set in
 * a WeakMap, a copy of the forms and an entry that no later call could find (three calls per document).
 */
function formLengthsByFirst(forms: readonly (readonly [string, Established])[]): ReadonlyMap<number, readonly number[]> {
  const out = new Map<number, number[]>();
  for (const [written] of forms) {
    if (written.length === 0) continue;
    const first = written.charCodeAt(0);
    const lengths = out.get(first);
    if (lengths === undefined) out.set(first, [written.length]);
    else if (!lengths.includes(written.length)) lengths.push(written.length);
  }
  for (const lengths of out.values()) if (lengths.length > 1) lengths.sort((a, b) => b - a);
  return out;
}

/**
 * Whether a text holds one of the forms' first characters.
 * Note: an indexed loop, not holdsAnyWord, whose for-of (over lists and sets alike) made an iterator and a result object
 * per character here, for every statement of each of the three calls.
 */
function holdsFirst(text: string, firsts: readonly string[]): boolean {
  for (let i = 0; i < firsts.length; i++) if (text.includes(firsts[i])) return true;
  return false;
}

/**
 * Adds every occurrence of the established forms as a mention, where no name was read already.
 * Note: the forms are walked as a list made once per call and the tests are functions of their own, not closures over
 * the statement or the span (V8 allocated a scope per statement and per occurrence) nor the map's entry iterator.
 */
function mentionEverywhere(annotated: readonly AnnotatedStatement[], index: EntityIndex, idsByStatement: Map<string, ResolvedIds>,
  established: ReadonlyMap<string, Established>): void {
  if (established.size === 0) return;
  // Note: most statements hold no form's first character (the opening quotation mark of every quoted name): one search
  // per distinct first character rules a statement out, where one per form did (an empty form rules none out).
  // Note: a loop over the keys, not a Set of an Array.from with a mapping closure (that line was half of this function's
  // time, measured 0.6 → 0.35 ms per pass of the fixtures).
  const firsts: string[] = [];
  for (const written of established.keys()) {
    const first = written.charAt(0);
    if (!firsts.includes(first)) firsts.push(first);
  }
  const forms = [...established];
  const order = new Map<string, number>();
  for (let k = 0; k < forms.length; k++) order.set(forms[k][0], k);
  const lengths = formLengthsByFirst(forms);
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (!ids || !holdsFirst(statement.text, firsts)) continue;
    // Note: a place inside the alias (中国 in 中国教科院) is inside a name as in any other name; names are not overlapped.
    // The list is made at the first occurrence: most statements hold none of the forms.
    let taken: SpannedId[] | null = null;
    // Note: the forms the statement holds, in the order they were established (the order decides which of two overlapping
    // forms is mentioned).
    for (const k of formsIn(statement.text, order, lengths)) {
      const [written, form] = forms[k];
      let at = statement.text.indexOf(written);
      const { id, kind, margin, skip, bare, word } = form;
      const entity = index.get(id);
      if (!entity) continue;
      taken ??= [...ids.institutions, ...ids.programs];
      for (; at >= 0; at = statement.text.indexOf(written, at + written.length)) {
        const span = { id, start: statement.start + at + margin, end: statement.start + at + written.length - margin };
        // Note: the definition itself and any name already read there (新区 inside 浙江舟山群岛新区) stay as they are; a place
        // may stand inside a body's or programme's name as gazetteer places do (横琴 in 澳门学生横琴实践教育基地).
        if (kind !== 'regions' && overlapsAny(taken, span.start, span.end)) continue;
        // Note: nor is a place read again where one was read already (the alias 合作区 inside 横琴粤澳深度合作区 itself, or a
        // bare head the alias took before).
        if (kind === 'regions' && overlapsAny(ids.regions, span.start, span.end)) continue;
        if (skip?.(statement.text.slice(Math.max(0, at - 6), at))) continue;
        if (word === true && !segmentedAlone(statement.text, at, written.length)) continue;
        index.mention(entity, statement.id, { start: span.start, end: span.end, surface: written.slice(margin, written.length - margin) });
        ids[kind].push(bare ? { ...span, bare } : span);
        if (kind !== 'regions') taken.push(span);
      }
    }
  }
}

/**
 * Whether a programme's short form is one of the heads programmes end in (「計劃」 of 「大專學生…資助計劃」): an ordinary
 * word, which elsewhere opens or ends other words (工作計劃, 計劃書).
 */
function ordinaryWord(alias: string, kind: Kind): boolean {
  return kind === 'programs' && getLexicon().programs.heads.has(alias);
}

/**
 * Whether the segmenter reads the characters [at, at + length) of a text as a word of their own that no noun before it
 * qualifies: 延續計劃, 計劃的, not 工作計劃 (工作/vn 计划/n) nor 計劃書.
 */
function segmentedAlone(text: string, at: number, length: number): boolean {
  const tokens = tagText(text, 0);
  const k = tokens.findIndex((t) => t.start === at && t.end === at + length);
  return k === 0 || (k > 0 && classify(tokens[k - 1]) !== 'NOMINAL');
}

/** Whether an entity is the short form itself: named so, or mentioned only as written so (教育局 read as the SAR's 香港教育局). */
function namedOnlyAs(entity: Entity, alias: string): boolean {
  return entity.name === alias || (entity.mentions.length > 0 && entity.mentions.every((m) => withoutNameMarks(m.surface) === alias));
}

/**
 * Before a short form's entity is merged into the one it is defined for: the short form's PART_OF links go when the full
 * name has its own (前海合作区 read alone lies in the document's place; 前海深港现代服务业合作区 names where it lies).
 */
function keepOwnParents(idsByStatement: Map<string, ResolvedIds>, shortId: string, fullId: string): void {
  const all = [...idsByStatement.values()];
  if (!all.some((ids) => ids.partOf.some((link) => link.from === fullId))) return;
  for (const ids of all) ids.partOf = ids.partOf.filter((link) => link.from !== shortId);
}

/** Where a short form is defined rather than used (…简称“, …（「). */
const DEFINING = /简称[“"「]?$|下称[“"「]?$|[(（][“「]$/;

/**
 * The entities by each name `namedOnlyAs` may find them by: their name, and the one surface all their mentions have.
 * Note: read once per document; a pass over every entity for each defined alias grew with the square of a document that
 * defines thousands (8,000: 5.5 s, a third of it in that pass).
 */
function entitiesByOnlyName(index: EntityIndex): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const entity of index.all()) {
    const surface = entity.mentions.length > 0 ? withoutNameMarks(entity.mentions[0].surface) : entity.name;
    for (const name of surface === entity.name ? [entity.name] : [entity.name, surface]) {
      const same = out.get(name);
      if (same) same.push(entity);
      else out.set(name, [entity]);
    }
  }
  return out;
}

/** Adds the defined aliases to their entities and their later occurrences as mentions. */
export function applyDefinedAliases(annotated: readonly AnnotatedStatement[], index: EntityIndex, idsByStatement: Map<string, ResolvedIds>): void {
  const established = new Map<string, Established>();
  let byOnlyName: Map<string, Entity[]> | undefined;
  for (const [alias, { id, kind }] of definitions(annotated, idsByStatement)) {
    const entity = index.get(id);
    if (!entity) continue;
    if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
    established.set(alias, { id, kind, margin: 0, skip: (before) => DEFINING.test(before), word: ordinaryWord(alias, kind) });
    // Note: where an extractor read the short form as a name of its own (財庫局推行…), that entity is the defined one.
    // The entities named so are found by name; those merged away for an alias before are gone from the index.
    byOnlyName ??= entitiesByOnlyName(index);
    for (const other of byOnlyName.get(alias) ?? []) {
      if (index.get(other.id) !== other) continue;
      if (other !== entity && other.type === entity.type && namedOnlyAs(other, alias)) {
        keepOwnParents(idsByStatement, other.id, id);
        index.merge(other.id, id);
        repointIds(idsByStatement, other.id, id);
      }
    }
  }
  mentionEverywhere(annotated, index, idsByStatement, established);
}

/**
 * A program the document names in quotation marks (「跨境理財通」) is that program wherever the document quotes the same
 * name again, whatever stands around it there (爭取把「跨境理財通」擴展至…): each later quotation becomes a mention.
 */
export function applyQuotedRementions(annotated: readonly AnnotatedStatement[], index: EntityIndex, idsByStatement: Map<string, ResolvedIds>): void {
  const established = new Map<string, Established>();
  for (const { statement } of annotated) {
    for (const m of idsByStatement.get(statement.id)?.programs ?? []) {
      const before = statement.text[m.start - statement.start - 1];
      const close = before === undefined ? undefined : QUOTES.get(before);
      const name = statement.text.slice(m.start - statement.start, m.end - statement.start);
      if (close !== undefined && statement.text[m.end - statement.start] === close && name.length >= 2) {
        const written = `${before}${name}${close}`;
        const bare = m.bare === true && established.get(written)?.bare !== false;
        established.set(written, { id: m.id, kind: 'programs', margin: 1, bare });
      }
    }
  }
  mentionEverywhere(annotated, index, idsByStatement, established);
}

/** The programmes the document quotes whole, by their name as written, with their ids (the first quotation of each name). */
function quotedPrograms(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>): Map<string, string> {
  const quoted = new Map<string, string>();
  for (const { statement } of annotated) {
    for (const m of idsByStatement.get(statement.id)?.programs ?? []) {
      const start = m.start - statement.start;
      const end = m.end - statement.start;
      const name = statement.text.slice(start, end);
      if (quotedWhole(statement.text, start, end) && !quoted.has(name)) quoted.set(name, m.id);
    }
  }
  return quoted;
}

/** The quoted name a mention at text[start, end) is the end of, written whole there, with its id; else undefined. */
function quotedNameEndingAt(text: string, start: number, end: number, quoted: ReadonlyMap<string, string>): { name: string; id: string } | undefined {
  const name = text.slice(start, end);
  for (const [full, id] of quoted) {
    const from = start - (full.length - name.length);
    if (full.length > name.length && from >= 0 && full.endsWith(name) && text.startsWith(full, from)) return { name: full, id };
  }
  return undefined;
}

/**
 * A programme read unquoted, every mention of it the end of a name the document quotes, written whole there (a heading
 * 二、青年內地實習資助計劃 under 「青年內地實習資助計劃」: the reader stopped before 青年), is the quoted programme: its
 * mentions become the quoted one's, grown to the whole name, and it is gone.
 */
export function extendToQuotedNames(annotated: readonly AnnotatedStatement[], index: EntityIndex, idsByStatement: Map<string, ResolvedIds>): void {
  const quoted = quotedPrograms(annotated, idsByStatement);
  if (quoted.size === 0) return;
  // Note: the unquoted mentions that grow, by the entity they name; an entity with one that does not keeps them all.
  const grown = new Map<string, { statement: Statement; span: SpannedId; name: string; id: string }[]>();
  const kept = new Set<string>();
  for (const { statement } of annotated) {
    for (const span of idsByStatement.get(statement.id)?.programs ?? []) {
      const start = span.start - statement.start;
      const end = span.end - statement.start;
      if (quotedWhole(statement.text, start, end)) {
        kept.add(span.id);
        continue;
      }
      const full = quotedNameEndingAt(statement.text, start, end, quoted);
      if (full === undefined || full.id === span.id) kept.add(span.id);
      else grown.set(span.id, [...(grown.get(span.id) ?? []), { statement, span, ...full }]);
    }
  }
  for (const [id, spans] of grown) {
    if (kept.has(id) || index.get(id) === undefined || new Set(spans.map((s) => s.id)).size > 1) continue;
    const into = index.get(spans[0].id);
    if (into === undefined) continue;
    for (const { statement, span, name } of spans) {
      span.start = span.end - name.length;
      index.mention(into, statement.id, { start: span.start, end: span.end, surface: name });
    }
    into.mentions.sort((a, b) => a.start - b.start);
    index.remove(id);
    repointIds(idsByStatement, id, into.id);
  }
}

/**
 * Whether the words before a zone's bare head leave it standing for the zone: nothing or punctuation, a locative (在合作区内),
 * a list mark or conjunction (与合作区); after other words (深度合作区, 各合作区, 国家级新区) the head is part of another name.
 */
function bareHead(before: string): boolean {
  const last = before.at(-1);
  if (last === undefined || !allHan(last) || getLexicon().programs.locatives.has(last)) return true;
  for (const w of getLexicon().names.conjunctions) if (before.endsWith(w)) return true;
  return false;
}

/**
 * The bare form of a zone's name: the shortest head the name ends in (合作区 of 横琴粤澳深度合作区), the last of the lexicon's
 * heads it ends in. Note: a loop of a function of its own, not a closure over each entity of the index (V8 allocated the
 * loop body's scope for every entity).
 */
function bareZoneHead(name: string): string | undefined {
  const heads = getLexicon().regions.zoneHeads;
  for (let k = heads.length - 1; k >= 0; k--) if (name.endsWith(heads[k]) && name.length > heads[k].length) return heads[k];
  return undefined;
}

/**
 * A zone the document names in full (横琴粤澳深度合作区) is what its bare head stands for afterwards (在合作區內建設…), when
 * it is the document's only zone with that head: each bare head becomes a mention of it.
 */
export function applyZoneRementions(annotated: readonly AnnotatedStatement[], index: EntityIndex, idsByStatement: Map<string, ResolvedIds>): void {
  const byHead = new Map<string, string[]>();
  for (const entity of index.all()) {
    if (entity.kind !== 'ZONE') continue;
    const head = bareZoneHead(entity.name);
    if (head !== undefined) byHead.set(head, [...(byHead.get(head) ?? []), entity.id]);
  }
  const established = new Map<string, Established>();
  for (const [head, ids] of byHead) {
    if (ids.length === 1) established.set(head, { id: ids[0], kind: 'regions', margin: 0, skip: (before) => DEFINING.test(before) || !bareHead(before) });
  }
  // Note: a zone named by a place no gazetteer holds and then the places it joins (横琴 + 粤澳 + 深度合作区, 前海 + 深港 + …)
  // goes by that opening word alone in the same document.
  const byOpening = new Map<string, string[]>();
  for (const entity of index.all()) {
    const opening = entity.kind === 'ZONE' ? zoneOpening(entity.name) : null;
    if (opening) byOpening.set(opening, [...(byOpening.get(opening) ?? []), entity.id]);
  }
  for (const [opening, ids] of byOpening) if (ids.length === 1 && !established.has(opening)) established.set(opening, { id: ids[0], kind: 'regions', margin: 0 });
  mentionEverywhere(annotated, index, idsByStatement, established);
}

/** The word a zone's name opens with before the places it joins (横琴 of 横琴粤澳深度合作区), when no gazetteer names it. */
function zoneOpening(name: string): string | null {
  const inner = extractRegions(name, 0, {}).find((r) => r.start >= 2);
  if (!inner || inner.start > 3) return null;
  const opening = name.slice(0, inner.start);
  return allHan(opening) && !getGazetteer().lookup(opening) && extractRegions(opening, 0, {}).length === 0 ? opening : null;
}
