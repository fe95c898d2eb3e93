/** The gold annotations (test/fixtures/gold and gold-heldout): their shape as the scorer reads it, and loading by split. */
import fs from 'node:fs';
import path from 'node:path';

/** A gold entity: its canonical name, or its acceptable variants with the preferred one first. */
export type GoldName = string | string[];

/** A gold target (a quantity written with Arabic digits). */
export interface GoldTarget {
  text: string;
  value: number;
  unit: string | null;
  unitAlt?: (string | null)[] | string | null;
  comparator: string;
  comparatorAlt?: string;
  year: number | null;
  yearAlt?: number | number[] | null;
  status: string;
  statusAlt?: string;
  optional?: boolean;
}

/** A gold relation between two listed entities. */
export interface GoldRelation {
  type: string;
  from: string;
  to: string;
  fromAlt?: string[];
  toAlt?: string[];
  optional?: boolean;
}

/** The parts of a gold file the scorer reads. */
export interface Gold {
  file: string;
  issuer: string | null;
  issuerAlt?: string[];
  documentProgram: string | null;
  regions: { required: GoldName[]; optional: GoldName[] };
  institutions: { required: GoldName[]; optional: GoldName[] };
  programs: { required: GoldName[]; optional: GoldName[] };
  targets: GoldTarget[];
  relations: GoldRelation[];
}

/**
 * The splits: tune and held-out are the real documents, split once before tuning (test/fixtures/split.json);
 * synthetic holds development texts written here, in other words and genres, which are tuned on like `tune`;
 * synthetic-check holds more such texts, by another annotator, that are scored only, like `heldout`.
 */
export type Split = 'tune' | 'synthetic' | 'synthetic-check' | 'heldout';

/** The gold folder of each split, relative to the project root. */
export const GOLD_DIRS: Readonly<Record<Split, string>> = {
  tune: 'test/fixtures/gold',
  synthetic: 'test/fixtures/gold-synthetic',
  'synthetic-check': 'test/fixtures/gold-synthetic-check',
  heldout: 'test/fixtures/gold-heldout',
};

/** Reads every gold file of a split (none when its folder does not exist). */
export function loadGold(root: string, split: Split): Gold[] {
  const dir = path.join(root, GOLD_DIRS[split]);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold);
}

/** Normalises a name for comparison: drops quotes and book-title marks, unifies brackets, width and spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[“”"《》‘’「」『』]/g, '')
    .replace(/\s+/g, '');
}

/** The normalised variants of a gold entity. */
export const variants = (g: GoldName): string[] => (Array.isArray(g) ? g : [g]).map(normaliseName);
