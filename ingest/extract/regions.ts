/** The region extractor of the registry: places and zones of a statement, from the language layer's region matching. */
import { getGazetteer } from '../../language/gazetteer/index.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { allHan, lastStartingBy } from '../../language/match/tokens.js';
import { addKnownZonesAfterCity, extractRegions, extractTownships, extractVillages, extractZones } from '../../language/regions/index.js';
import { tagText, type Token } from '../../language/segment/index.js';
import type { Candidate } from '../model.js';
import type { DocumentContext, Extractor } from './registry.js';
import { selfReferencesIn } from './selfReferences.js';

/**
 * Whether a short place name is the tail of another word: it starts inside a token that is not a place name and ends
 * with it (范县 in 示范县/n), or opens on that token's last character and runs into the next (台中 in 平台/n + 中/f).
 */
function wordTail(mention: Placed, tokens: readonly Token[]): boolean {
  if (mention.end - mention.start > 2) return false;
  const token = tokenAround(tokens, mention.start);
  // Note: an unknown run the segmenter glued together (到德国/x) is no word of its own.
  if (token === undefined || token.tag === 'ns' || token.tag === 'x') return false;
  // Note: nor is a verb of going or staying that the dictionary glued to a place named in full (赴美国/i, 访日/vn + 本,
  // 驻法/n + 国): the place is its object. A short form keeps the test (在建/v + 水库 is no 建水县).
  if (token.start === mention.start - 1 && mention.surface === mention.name && movementVerb(token.word)) return false;
  return token.end === mention.end || (token.end === mention.start + 1 && token.word.length >= 2);
}

/** Whether a word opens with a verb of coming, going or staying (赴美, 访日, 驻法). */
function movementVerb(word: string): boolean {
  return getLexicon().regions.movementVerbs.has(word[0]);
}

/** The token that holds position `at` after its first character, or undefined. */
function tokenAround(tokens: readonly Token[], at: number): Token | undefined {
  const k = lastStartingBy(tokens, at - 1);
  return k >= 0 && at < tokens[k].end ? tokens[k] : undefined;
}

/**
 * Whether a short place name begins at the last of a run of initials and ends inside the next word: the segmenter cut
 * 港汉中学生 as 港/j 汉/j 中学生/n, so it is no 汉中 (an initial after another is a pairing's, 港汉 of 香港 and 武汉). Cut as a
 * place after an initial (港/j 汉中/ns 学生/n), it is none either when its second character and the next word are one word
 * the segmenter knows (中学生).
 */
function afterInitials(mention: { start: number; end: number }, tokens: readonly Token[]): boolean {
  if (mention.end - mention.start !== 2) return false;
  const i = lastStartingBy(tokens, mention.start);
  if (i < 1 || tokens[i].start !== mention.start) return false;
  const [before, first, last] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (before.tag !== 'j' || before.word.length !== 1 || last === undefined) return false;
  if (first.tag === 'j' && first.word.length === 1) return last.end > mention.end;
  if (first.end !== mention.end || last.start !== mention.end || !allHan(last.word)) return false;
  // Note: the segmenter asked again only here (an initial right before a place), never per statement.
  return tagText(first.word.slice(1) + last.word, 0).length === 1;
}

/** No mentions (shared: never changed). */
const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * The document's place where the text refers to it as its own (我市, 本县, 我区): the place the document is about at that
 * level, or the county-level city itself (我市 in a 灵宝市 report). Not before a character that makes it another word (本区域).
 */
function selfReferences(text: string, offset: number, document: DocumentContext): readonly Candidate[] {
  const pairs = selfReferencesIn(text);
  const sar = document.places['SAR'];
  // Note: most statements refer to no place of their own, in a document of no SAR: no list nor look-up for them.
  if (pairs.length === 0 && sar === undefined) return NO_CANDIDATES;
  const out: Candidate[] = [];
  const gazetteer = getGazetteer();
  // Note: most statements refer to no place of their own: the document's place is looked up only for one that does.
  const home = pairs.length > 0 && document.regionId ? gazetteer.byId(document.regionId) : undefined;
  for (const i of pairs) {
    const level = text[i + 1];
    // Note: only an administrative level the document's place has (本港 is no level).
    if (document.places[level] === undefined) continue;
    const name = home && home.name.endsWith(level) ? home.name : document.places[level];
    if (!name) continue;
    const record = gazetteer.lookup(name);
    if (!record || record.name !== name) continue;
    const surface = text.slice(i, i + 2);
    out.push({ type: 'REGION', name: record.name, kind: record.level, start: offset + i, end: offset + i + 2, surface, regionIds: [record.id], deictic: true });
  }
  // Note: a SAR's text calls it its own place as a city's says 我市 (本港学校 are Hong Kong's).
  const self = sar === undefined ? undefined : getLexicon().regions.sarSelfNames.get(sar);
  if (sar === undefined || self === undefined || !text.includes(self)) return out;
  const record = gazetteer.lookup(sar);
  for (let i = text.indexOf(self); record && i >= 0; i = text.indexOf(self, i + 1)) {
    out.push({ type: 'REGION', name: record.name, kind: record.level, start: offset + i, end: offset + i + self.length, surface: self, regionIds: [record.id], deictic: true });
  }
  return out;
}

/** A place mention: where it is written, as what, the name it stands for and that place's level. */
type Placed = { start: number; end: number; surface: string; name: string; kind: string };

/** Tags of the set phrases a short place name may open: idioms (同心 of 同心协力/i) and fixed phrases (长治 of 长治久安/l). */
const SET_PHRASE_TAGS: ReadonlySet<string> = new Set(['i', 'l']);

/**
 * Whether a place's short form opens a four-character set phrase the segmenter knows (同心 of 同心协力, 长治 of 长治久安),
 * or a county's short form opens a proper noun of four (安居 of 安居乐业/nz). A full name does not (香港 of 香港旅游/nz +
 * 发展局), nor a city's or province's short form opening a proper noun: that is mostly named after the place (广州日报,
 * 遵义会议).
 */
function setPhraseHead(mention: Placed, tokens: readonly Token[]): boolean {
  if (mention.end - mention.start !== 2 || mention.surface === mention.name) return false;
  const k = lastStartingBy(tokens, mention.start);
  const t = k >= 0 && tokens[k].start === mention.start ? tokens[k] : undefined;
  return t !== undefined && t.word.length === 4 && (SET_PHRASE_TAGS.has(t.tag) || (t.tag === 'nz' && mention.kind === 'DISTRICT'));
}

/**
 * Whether a place mention is part of another word: the tail of a word, the head of a set phrase, or a pair begun at the
 * last of a run of initials.
 */
function insideWord(mention: Placed, tokens: readonly Token[]): boolean {
  return wordTail(mention, tokens) || setPhraseHead(mention, tokens) || afterInitials(mention, tokens);
}

/** The mentions that are no part of another word; `mentions` itself when all are kept (most statements). */
function ownWords<M extends Placed>(mentions: M[], tokens: readonly Token[]): M[] {
  // Note: a new array only when a mention is dropped, not one per statement; no closure over the tokens (V8 allocated
  // this function's scope for it at every call).
  let kept: M[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const inside = insideWord(mentions[k], tokens);
    if (inside && kept === null) kept = mentions.slice(0, k);
    else if (!inside && kept !== null) kept.push(mentions[k]);
  }
  return kept ?? mentions;
}

/**
 * The places not inside a zone's name after its start (安新 in 雄安新区) nor overlapping a township's or a village's
 * (临安 of 临安镇, 长春 of 长春村).
 */
function outsideZonesAndTownships(regions: Candidate[], zones: readonly Candidate[], townships: readonly Candidate[]): Candidate[] {
  return regions.filter((r) => !zones.some((z) => r.start > z.start && r.start < z.end) && !townships.some((t) => r.start < t.end && t.start < r.end));
}

/** The mentions overlapping none of `others`. */
function clearOf(mentions: readonly Candidate[], others: readonly Candidate[]): Candidate[] {
  return mentions.filter((r) => !others.some((x) => x.start < r.end && r.start < x.end));
}

let currencies: readonly string[] | undefined;

/** The names of currencies (澳门元, 港币, 新台币): units and currencies written before an amount that end in 元 or 币. */
function currencyNames(): readonly string[] {
  if (!currencies) {
    const { specs, currenciesBefore } = getLexicon().units;
    const names = [...specs.map((s) => s.unit), ...currenciesBefore.map(([word]) => word)].filter((w) => w.length > 1 && /[元币]$/.test(w));
    currencies = [...new Set(names)];
  }
  return currencies;
}

/** Whether a place mention opens the name of a currency (澳门 of 185万澳门元): money, not a place the statement names. */
function opensCurrency(mention: Placed, text: string, offset: number): boolean {
  const next = text[mention.end - offset];
  if (next !== '元' && next !== '币') return false;
  const from = mention.start - offset;
  return currencyNames().some((c) => text.startsWith(c, from));
}

/** The mentions that open no currency's name; `mentions` itself when all do not (most statements). */
function notCurrencies<M extends Placed>(mentions: M[], text: string, offset: number): M[] {
  for (const m of mentions) if (opensCurrency(m, text, offset)) return mentions.filter((r) => !opensCurrency(r, text, offset));
  return mentions;
}

export const regionExtractor: Extractor<'regions'> = {
  key: 'regions',
  extract: ({ statement, document, tokens }) => {
    // Note: a place that is the tail of another word opens no zone either (太湖 in 南太湖 + 新区 is no 太湖县's zone).
    const context = { regionId: document.regionId, named: document.namedRegions };
    // Note: nor is a place that opens a currency's name (185万澳门元) a mention of it.
    const regions = notCurrencies(ownWords(extractRegions(statement.text, statement.start, context), tokens), statement.text, statement.start);
    for (const r of regions) if (r.regionIds?.length === 1) document.namedRegions?.add(r.regionIds[0]);
    const zones = extractZones(statement.text, statement.start, tokens, regions, document.regionId);
    // Note: a Bay Area platform may be named by its opening word after its city (深圳 + 前海, 珠海 + 横琴).
    addKnownZonesAfterCity(zones, statement.text, statement.start, regions);
    const townships = extractTownships(statement.text, statement.start, regions, document.regionId, document.namedRegions);
    // Note: a village is read after its township or county (枫树岭镇 + 下姜村, 安吉县 + 余村); most statements name none.
    const villages = statement.text.includes('村', 1) ? extractVillages(statement.text, statement.start, townships.length === 0 ? regions : [...regions, ...townships], document.regionId) : [];
    if (villages.length > 0) townships.push(...villages);
    // Note: a place inside a zone's name that does not open it is part of another word (安新 in 雄安新区), and a place
    // inside a township's name is the township's (临安 of 临安镇).
    // Note: the filters are functions of their own: closures here made V8 allocate this function's scope per statement.
    const kept = zones.length === 0 && townships.length === 0 ? regions : outsideZonesAndTownships(regions, zones, townships);
    const selfs = selfReferences(statement.text, statement.start, document);
    const own = selfs.length === 0 ? selfs : clearOf(selfs, regions);
    // Note: the places alone are in text order already (most statements have nothing else).
    if (zones.length === 0 && townships.length === 0 && own.length === 0) return kept;
    return [...kept, ...zones, ...townships, ...own].sort((a, b) => a.start - b.start);
  },
};
