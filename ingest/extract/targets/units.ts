/** The unit pattern of a quantity, built once from the lexicon's units (units.yaml), with their canonical forms. */
import { getLexicon } from '../../../language/lexicon/index.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface Units {
  /** Source of a regex alternation of every unit (longest first), each with its guard, then an optional per-suffix. */
  source: string;
  canonical: ReadonlyMap<string, string>;
  durations: ReadonlySet<string>;
}

let units: Units | undefined;

function build(): Units {
  const { specs, ascii, perUnits, perPeriods, durations } = getLexicon().units;
  const alts = [...specs]
    .sort((a, b) => b.unit.length - a.unit.length)
    .map((s) => escape(s.unit) + (s.notBefore.length > 0 ? `(?!${s.notBefore.map(escape).join('|')})` : ''));
  const per = `(?:\\/(?:${perUnits.map(escape).join('|')})(?:[·•.](?:${perPeriods.map(escape).join('|')}))?)?`;
  const source = `(?:(?:${ascii.map(escape).join('|')})(?![A-Za-z])|${alts.join('|')})${per}`;
  const canonical = new Map(specs.filter((s) => s.canonical !== undefined).map((s) => [s.unit, s.canonical as string]));
  return { source, canonical, durations };
}

/** The unit pattern and tables (built on first use). */
export function unitTables(): Units {
  return (units ??= build());
}

/** The canonical form of a matched unit (百分点 → 个百分点, ㎡ → 平方米); others unchanged. */
export function canonicalUnit(unit: string): string {
  const slash = unit.indexOf('/');
  const base = slash < 0 ? unit : unit.slice(0, slash);
  const canonical = unitTables().canonical.get(base);
  return canonical === undefined ? unit : canonical + (slash < 0 ? '' : unit.slice(slash));
}
