/** Scores one document's extraction against its gold: entities, targets, relations, issuer. */
import type { EntityType, Extraction } from '../ingest/model.js';
import { entityId } from '../ingest/resolve.js';
import { normaliseName, variants, type Gold, type GoldName, type GoldRelation, type GoldTarget } from './gold.js';
import { toSimplified } from '../language/script/traditional.js';

/** Counts of one measure: recall over `required`, precision over `extracted`. */
export interface Count {
  found: number;
  required: number;
  correct: number;
  extracted: number;
  missed: string[];
  spurious: string[];
}

const GOLD_KEY: Record<EntityType, 'regions' | 'institutions' | 'programs'> = {
  REGION: 'regions',
  INSTITUTION: 'institutions',
  PROGRAM: 'programs',
};

const namesOf = (e: { name: string; aliases: string[] }): Set<string> => new Set([e.name, ...e.aliases].map(normaliseName));
const matches = (g: GoldName, names: Set<string>): boolean => variants(g).some((v) => names.has(v));

/** Entities of one type: recall over the required gold entities, precision over extracted entities with mentions. */
export function scoreEntities(extraction: Extraction, gold: Gold, type: EntityType): Count {
  const extracted = extraction.entities.filter((e) => e.type === type && e.mentions.length > 0);
  const names = extracted.map(namesOf);
  const { required, optional } = gold[GOLD_KEY[type]];
  const missed = required.filter((g) => !names.some((set) => matches(g, set)));
  const all = [...required, ...optional];
  const spurious = extracted.filter((_, i) => !all.some((g) => matches(g, names[i]))).map((e) => e.name);
  return {
    found: required.length - missed.length,
    required: required.length,
    extracted: extracted.length,
    correct: extracted.length - spurious.length,
    missed: missed.map((g) => variants(g)[0]),
    spurious,
  };
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
/** A gold target's units, in Simplified script as the extractor writes them (間 and 间 are one unit). */
const unitsOf = (t: GoldTarget): string[] => [t.unit, ...list(t.unitAlt)].map((u) => toSimplified(u ?? ''));
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Targets: a required gold target is found when an extracted target (each used once) has its value and one of its
 * units; `strict` further asks for its year, status and comparator (or their alternatives). Precision counts the
 * extracted targets that match any gold target, required or optional, by value and unit.
 */
export function scoreTargets(extraction: Extraction, gold: Gold, strict = false): Count {
  const pool = [...extraction.targets];
  const required = gold.targets.filter((t) => !t.optional);
  const fits = (t: GoldTarget, x: Extraction['targets'][number]): boolean =>
    sameValue(x.value, t.value) && unitsOf(t).includes(x.unit) &&
    (!strict || ([t.year, ...list(t.yearAlt)].includes(x.year) && [t.status, t.statusAlt].includes(x.status)
      && [t.comparator, t.comparatorAlt].includes(x.comparator)));
  const missed: string[] = [];
  for (const t of required) {
    const i = pool.findIndex((x) => fits(t, x));
    if (i >= 0) pool.splice(i, 1);
    else missed.push(`${t.text} (${t.value}${t.unit ?? ''}${strict ? ` ${t.year} ${t.status} ${t.comparator}` : ''})`);
  }
  const spurious = extraction.targets.filter((x) => !gold.targets.some((t) => sameValue(x.value, t.value) && unitsOf(t).includes(x.unit)));
  return {
    found: required.length - missed.length,
    required: required.length,
    extracted: extraction.targets.length,
    correct: extraction.targets.length - spurious.length,
    missed,
    spurious: spurious.map((x) => `${x.text} (${x.value}${x.unit})`),
  };
}

/** Every accepted spelling of a gold name: the variants of the gold entity it names, else its own. */
function spellings(gold: Gold, name: string): string[] {
  const own = normaliseName(name);
  const entries = [gold.regions, gold.institutions, gold.programs].flatMap((g) => [...g.required, ...g.optional]);
  const entry = entries.find((g) => variants(g).includes(own));
  return entry ? variants(entry) : [own];
}

/** Relation types whose direction does not matter. */
const UNDIRECTED = new Set(['PARTNERS_WITH']);

/** Whether an extracted relation is the gold one (endpoints by any spelling; either way round when undirected). */
function relationMatcher(extraction: Extraction, gold: Gold): (r: GoldRelation, x: Extraction['relations'][number]) => boolean {
  const byId = new Map(extraction.entities.map((e) => [e.id, namesOf(e)]));
  const has = (id: string, names: string[]): boolean => names.some((n) => byId.get(id)?.has(n) ?? false);
  return (r, x) => {
    if (x.type !== r.type) return false;
    const froms = [r.from, ...(r.fromAlt ?? [])].flatMap((n) => spellings(gold, n));
    const tos = [r.to, ...(r.toAlt ?? [])].flatMap((n) => spellings(gold, n));
    if (has(x.from, froms) && has(x.to, tos)) return true;
    return UNDIRECTED.has(r.type) && has(x.to, froms) && has(x.from, tos);
  };
}

/** Relations of some types: recall over required gold relations, precision over the extracted ones of those types. */
export function scoreRelations(extraction: Extraction, gold: Gold, types: readonly string[]): Count {
  const match = relationMatcher(extraction, gold);
  const required = gold.relations.filter((r) => !r.optional && types.includes(r.type));
  // Note: edges without evidence come from the gazetteer's hierarchy (广州市 PART_OF 广东省), not from the text.
  const extracted = extraction.relations.filter((x) => types.includes(x.type) && x.evidence.length > 0);
  const missed = required.filter((r) => !extracted.some((x) => match(r, x)));
  const spurious = extracted.filter((x) => !gold.relations.some((r) => match(r, x)));
  const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return {
    found: required.length - missed.length,
    required: required.length,
    extracted: extracted.length,
    correct: extracted.length - spurious.length,
    missed: missed.map((r) => `${r.type} ${r.from} → ${r.to}`),
    spurious: spurious.map((x) => `${x.type} ${nameOf.get(x.from) ?? x.from} → ${nameOf.get(x.to) ?? x.to}`),
  };
}

/**
 * Whether the extracted issuer is the gold issuer (or an accepted alternative) by any of its names, as entities are
 * matched (中共大庆市委… is an alias of 大庆市委…); null gold issuers are not scored.
 */
export function scoreIssuer(extraction: Extraction, gold: Gold): Count {
  if (gold.issuer === null) return { found: 0, required: 0, correct: 0, extracted: 0, missed: [], spurious: [] };
  const accepted = [gold.issuer, ...(gold.issuerAlt ?? [])].flatMap((n) => spellings(gold, n));
  const got = extraction.document.issuer;
  const entity = extraction.entities.find((e) => e.type === 'INSTITUTION' && e.name === got);
  const names = entity ? namesOf(entity) : new Set(got === null ? [] : [normaliseName(got)]);
  const ok = accepted.some((n) => names.has(n));
  return { found: ok ? 1 : 0, required: 1, correct: ok ? 1 : 0, extracted: got === null ? 0 : 1, missed: ok ? [] : [`${gold.issuer} (got ${got ?? 'none'})`], spurious: [] };
}

/** Whether the document is read as the text of the right policy (or of none), by program key. */
export function scoreDocumentProgram(extraction: Extraction, gold: Gold): Count {
  const got = extraction.document.programId ?? null;
  const want = gold.documentProgram ? entityId('PROGRAM', gold.documentProgram) : null;
  const ok = got === want;
  return {
    found: want !== null && ok ? 1 : 0,
    required: want === null ? 0 : 1,
    correct: got !== null && ok ? 1 : 0,
    extracted: got === null ? 0 : 1,
    missed: want !== null && !ok ? [`${gold.documentProgram} (got ${got ?? 'none'})`] : [],
    spurious: got !== null && !ok ? [got] : [],
  };
}
