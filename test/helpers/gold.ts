/** Scores an extraction against a hand-written gold annotation (test/fixtures/gold/*.gold.json). */
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction, EntityType } from '../../ingest/model.js';

type GoldName = string | string[];

/** The parts of a gold file the scorer reads. */
export interface Gold {
  file: string;
  regions: { required: GoldName[]; optional: GoldName[] };
  institutions: { required: GoldName[]; optional: GoldName[] };
  programs: { required: GoldName[]; optional: GoldName[] };
  targets: { text: string; value: number; unit: string; year: number | null; status: string; optional?: boolean }[];
  relations: { type: string; from: string; to: string; fromAlt?: string[]; optional?: boolean }[];
}

/** Precision and recall counts for one entity type. */
export interface TypeScore {
  found: number;
  required: number;
  extracted: number;
  correct: number;
  missed: string[];
  spurious: string[];
}

/** Normalises a name for comparison: drops quotes and book-title marks, unifies brackets and spaces. */
export function normaliseName(name: string): string {
  return name.replace(/[“”"《》‘’「」]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
}

const variants = (g: GoldName): string[] => (Array.isArray(g) ? g : [g]).map(normaliseName);

/** Reads every gold file under the folder. */
export function loadGold(dir: string): Gold[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold);
}

const GOLD_KEY: Record<EntityType, 'regions' | 'institutions' | 'programs'> = {
  REGION: 'regions',
  INSTITUTION: 'institutions',
  PROGRAM: 'programs',
};

/** Scores one entity type: recall over required entries, precision over extracted entities that are mentioned. */
export function scoreEntities(extraction: Extraction, gold: Gold, type: EntityType): TypeScore {
  const extracted = extraction.entities.filter((e) => e.type === type && e.mentions.length > 0);
  const names = extracted.map((e) => new Set([e.name, ...e.aliases].map(normaliseName)));
  const { required, optional } = gold[GOLD_KEY[type]];
  const matches = (g: GoldName, set: Set<string>): boolean => variants(g).some((v) => set.has(v));
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

/** Matches required gold targets one-to-one by value, unit, year and status; returns found/required and the misses. */
export function scoreTargets(extraction: Extraction, gold: Gold): { found: number; required: number; missed: string[] } {
  const pool = [...extraction.targets];
  const required = gold.targets.filter((t) => !t.optional);
  const missed: string[] = [];
  for (const t of required) {
    const i = pool.findIndex((x) => Math.abs(x.value - t.value) < 1e-9 && x.unit === t.unit && x.year === t.year && x.status === t.status);
    if (i >= 0) pool.splice(i, 1);
    else missed.push(`${t.text} (${t.value}${t.unit} ${t.year} ${t.status})`);
  }
  return { found: required.length - missed.length, required: required.length, missed };
}

/** Every accepted spelling of a gold name: its own, plus the variants of the gold entity it belongs to. */
function spellings(gold: Gold, name: string): string[] {
  const own = normaliseName(name);
  const entries = [...gold.regions.required, ...gold.regions.optional, ...gold.institutions.required, ...gold.institutions.optional, ...gold.programs.required, ...gold.programs.optional];
  const entry = entries.find((g) => variants(g).includes(own));
  return entry ? variants(entry) : [own];
}

/** Recall of the required gold relations of some types (endpoints matched by any spelling of the gold entity). */
export function scoreRelations(extraction: Extraction, gold: Gold, types: string[]): { found: number; required: number; missed: string[] } {
  const byId = new Map(extraction.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(normaliseName))]));
  const required = gold.relations.filter((r) => !r.optional && types.includes(r.type));
  const missed: string[] = [];
  for (const r of required) {
    const froms = [r.from, ...(r.fromAlt ?? [])].flatMap((n) => spellings(gold, n));
    const tos = spellings(gold, r.to);
    const ok = extraction.relations.some(
      (x) => x.type === r.type && froms.some((f) => byId.get(x.from)?.has(f)) && tos.some((t) => byId.get(x.to)?.has(t)),
    );
    if (!ok) missed.push(`${r.type} ${r.from} → ${r.to}`);
  }
  return { found: required.length - missed.length, required: required.length, missed };
}
