/**
 * A programme named by its quoted brand and its head alone (「千年文脈」研學團, a heading's short name) is the one the document
 * names with the same brand and head and words between (「千年文脈」中學生文化研學團), when it names one such programme only.
 */
import { getLexicon } from '../language/lexicon/index.js';
import type { Entity } from './model.js';
import { repointIds, type EntityIndex, type ResolvedIds } from './resolve.js';

/** The programmes by each brand an alias gives them: an alias their name opens with and goes on after (千年文脉 of 千年文脉研学团). */
function programsByBrand(index: EntityIndex): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const entity of index.all()) {
    if (entity.type !== 'PROGRAM' || entity.mentions.length === 0) continue;
    for (const alias of entity.aliases) {
      if (alias.length < 2 || alias.length >= entity.name.length || !entity.name.startsWith(alias)) continue;
      const same = out.get(alias);
      if (same) same.push(entity);
      else out.set(alias, [entity]);
    }
  }
  return out;
}

/** Merges each programme named by a brand and a head alone into the one programme named by the brand, more words and that head. */
export function mergeBrandShortNames(index: EntityIndex, idsByStatement: Map<string, ResolvedIds>): void {
  const { heads, quotedOnlyHeads } = getLexicon().programs;
  for (const [brand, named] of programsByBrand(index)) {
    if (named.length < 2) continue;
    for (const short of named) {
      const head = short.name.slice(brand.length);
      if (!heads.has(head) && !quotedOnlyHeads.has(head)) continue;
      const full = named.filter((e) => e !== short && e.name.length > short.name.length && e.name.endsWith(head) && index.get(e.id) === e);
      if (full.length !== 1 || index.get(short.id) !== short) continue;
      index.merge(short.id, full[0].id);
      repointIds(idsByStatement, short.id, full[0].id);
    }
  }
}
