/**
 * TOUCHES from a policy's name: a policy named after the programme it carries out, with the programme's place before
 * it (大庆市“百湖英才”计划实施办法, 襄阳市“隆中人才”引育计划若干措施), places that programme there, wherever the document
 * names the programme alone (为深入实施“百湖英才”计划…).
 */
import type { AnnotatedStatement } from '../annotated.js';
import { QUOTES } from '../extract/quoteMarks.js';
import type { EntityIndex, ResolvedIds, SpannedId } from '../resolve.js';
import type { RelationSet } from './relationSet.js';

/** What may stand between the place and the programme's written form: nothing, or 的. */
const QUALIFYING = /^的?$/;
/** Whether a written form holds a quotation (“百湖英才”计划). */
const quoted = (form: string): boolean => Array.from(form).some((c) => QUOTES.has(c));
/** The shortest written form of a programme looked for inside a policy's name. */
const MIN_FORM = 4;

/** The written forms of the document's programmes other than policies, longest first, with their ids. */
function programForms(index: EntityIndex): [form: string, id: string][] {
  const forms: [string, string][] = [];
  for (const entity of index.all()) {
    if (entity.type !== 'PROGRAM' || entity.kind === 'POLICY_DOCUMENT') continue;
    // Note: only a name the document quotes (“百湖英才”计划): a campaign written plainly (东西部协作, 国企改革) is the
    // nation's, whichever place's plan takes it up.
    for (const surface of new Set(entity.mentions.map((m) => m.surface))) if (surface.length >= MIN_FORM && quoted(surface)) forms.push([surface, entity.id]);
  }
  return forms.sort((a, b) => b[0].length - a[0].length);
}

/** Adds TOUCHES from each programme a policy's name holds after a place to that place, with the policy's statement as evidence. */
export function policyNamePlacements(annotated: readonly AnnotatedStatement[], idsByStatement: ReadonlyMap<string, ResolvedIds>, index: EntityIndex,
  relations: RelationSet): void {
  let forms: [string, string][] | undefined;
  for (const { statement } of annotated) {
    const ids = idsByStatement.get(statement.id);
    if (!ids) continue;
    for (const policy of ids.programs) {
      if (index.get(policy.id)?.kind !== 'POLICY_DOCUMENT') continue;
      forms ??= programForms(index);
      const name = statement.text.slice(policy.start - statement.start, policy.end - statement.start);
      for (const [form, id] of forms) {
        if (id === policy.id) continue;
        const at = name.indexOf(form);
        // Note: the programme is what the policy carries out, so its name goes on after the programme's (实施办法).
        if (at <= 0 || at + form.length >= name.length) continue;
        const place = placeBefore(ids.regions, policy.start + at, statement.text, statement.start);
        if (place) relations.add('TOUCHES', id, place.id, statement.id);
        break;
      }
    }
  }
}

/** The place written right before an absolute offset (大庆市 + “百湖英才”计划), or null. */
function placeBefore(regions: readonly SpannedId[], at: number, text: string, start: number): SpannedId | null {
  return regions.find((r) => r.end <= at && QUALIFYING.test(text.slice(r.end - start, at - start))) ?? null;
}
