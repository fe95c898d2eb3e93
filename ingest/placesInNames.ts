/**
 * A county or city the document names in full (建水县, 金水区) is what its short form stands for inside the document's
 * programme names (“建水孔子文化节”, “金水颐养”): there the short form is a mention of the place, so the name places the
 * programme (ANNOTATION.md: a name holding the region). Elsewhere a bare short form stays unread unless the regions
 * extractor reads it (a county's short form alone is often an ordinary word). So is an area's short form of the lexicon
 * (湾区 in “湾区创科之旅” of a document on 粤港澳大湾区).
 */
import { areaId } from '../language/gazetteer/areas.js';
import { getLexicon } from '../language/lexicon/index.js';
import { allHan } from '../language/match/tokens.js';
import type { AnnotatedStatement } from './annotated.js';
import type { Entity } from './model.js';
import type { EntityIndex, ResolvedIds } from './resolve.js';

/** Levels whose short forms are read this way: the gazetteer's counties and cities (provinces are read everywhere). */
const LEVELS: ReadonlySet<string> = new Set(['DISTRICT', 'CITY']);
/** The shortest short form read (two characters: 金水 of 金水区). */
const MIN_SHORT_FORM = 2;

/**
 * The short forms of a place the document wrote its full name of: its Han aliases that begin its name; for an area the
 * document names at all, the lexicon's short forms of it inside names (湾区).
 */
function shortForms(entity: Entity): string[] {
  if (entity.type !== 'REGION') return [];
  if (entity.kind === 'AREA') {
    const area = getLexicon().regions.areas.find((a) => areaId(a.slug) === entity.id);
    return entity.mentions.length > 0 ? [...(area?.inNames ?? [])] : [];
  }
  if (!LEVELS.has(entity.kind) || !namedInFull(entity)) return [];
  const forms: string[] = [];
  for (const a of entity.aliases) if (a.length >= MIN_SHORT_FORM && a.length < entity.name.length && entity.name.startsWith(a) && allHan(a)) forms.push(a);
  return forms;
}

/** Whether a mention writes the entity's full name. */
function namedInFull(entity: Entity): boolean {
  for (const m of entity.mentions) if (m.surface === entity.name) return true;
  return false;
}

/** Whether a span [start, end) overlaps one of the spans. */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const r of spans) if (r.start < end && start < r.end) return true;
  return false;
}

/** Adds, inside each programme name, the short forms of the places the document names in full as mentions of them. */
export function applyPlaceShortFormsInNames(annotated: readonly AnnotatedStatement[], index: EntityIndex, idsByStatement: Map<string, ResolvedIds>): void {
  // Note: a short form two places of the document share (two 朝阳) names neither.
  const byForm = new Map<string, Entity | null>();
  for (const entity of index.all()) {
    for (const form of shortForms(entity)) byForm.set(form, byForm.has(form) && byForm.get(form) !== entity ? null : entity);
  }
  if (byForm.size === 0) return;
  const { featureChars } = getLexicon().regions;
  // Note: the forms are walked as a list made once, and spans tested by a function of their own, not the map's entry
  // iterator per programme nor a closure over each span (shortForms: none over each entity).
  const forms = [...byForm];
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (!ids || ids.programs.length === 0) continue;
    for (const program of ids.programs) {
      const name = statement.text.slice(program.start - statement.start, program.end - statement.start);
      for (const [form, entity] of forms) {
        if (entity === null) continue;
        for (let at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + form.length)) {
          const span = { id: entity.id, start: program.start + at, end: program.start + at + form.length };
          // Note: a place read there already (建水县 in 建水县…规划, or another place the characters begin) stays as it is.
          if (overlapsAny(ids.regions, span.start, span.end)) continue;
          // Note: nor is a river's or lake's name (秦淮河, 鄱阳湖) the place.
          if (featureChars.has(name[at + form.length] ?? '')) continue;
          index.mention(entity, statement.id, { start: span.start, end: span.end, surface: form });
          ids.regions.push(span);
        }
      }
    }
  }
}
