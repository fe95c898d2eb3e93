/**
 * Short forms around institution names: a name's left edge moved back over the short form defined right after it, a
 * short form defined earlier read whole where the segmenter cut it, the short forms a statement defines recorded for the
 * rest of the document, and a unit written after its owner's short form named with the owner's full name.
 */
import { getLexicon } from '../../../language/lexicon/index.js';
import type { Token } from '../../../language/segment/index.js';
import { definedShortForm, shortFormAfter } from '../../aliases.js';
import { selfReferencesIn } from '../selfReferences.js';
import type { Head } from './heads.js';
import type { InstitutionCandidate } from './index.js';
import type { LeftEdge } from './leftEdge.js';
import { UNIT_KINDS } from './naming.js';
import type { FoundForm, ShortForms } from './shortFormIndex.js';
import { distinctive, vocab } from './vocabulary.js';

/**
 * The left edge moved back over the short form the text defines right after the name, when the words before the edge
 * spell it (支持 + 攀钢/v + 集团有限公司（以下简称“攀钢”）): the segmenter read the body's own word as a verb, and the
 * definition says it belongs to the name.
 */
export function shortFormEdge(edge: LeftEdge, tokens: readonly Token[], text: string, offset: number, head: Head): LeftEdge {
  const alias = definedShortForm(text, head.end - offset);
  if (alias === null) return edge;
  const at = Math.min(tokens[edge.first].start, head.start) - alias.length;
  if (at < offset || text.slice(at - offset, at - offset + alias.length) !== alias) return edge;
  for (let k = edge.first - 1; k >= 0 && tokens[k].start >= at; k--) if (tokens[k].start === at) return { ...edge, first: k };
  return edge;
}

/** A short form the document defined that ends at `end` and starts before `start` (再培训局 around 培训局), with its owner. */
export function longerShortForm(text: string, offset: number, start: number, end: number, shortForms: ShortForms | undefined):
  { start: number; owner: string } | null {
  if (!shortForms || shortForms.size === 0) return null;
  for (const [alias, owner] of shortForms.endingAt(text, offset, end)) {
    const at = end - alias.length;
    if (at < start) return { start: at, owner };
  }
  return null;
}

/** Kinds of bodies a unit may be written after by their short form (理大 + 深圳研究院, 港大 + 深圳医院, 前海管理局 + …处). */
const SHORT_FORM_OWNERS = new Set(['UNIVERSITY', 'COLLEGE', 'RESEARCH', 'HOSPITAL', 'ENTERPRISE', 'GROUP', 'GOVERNMENT']);

/**
 * The short forms the statement defines right after a body's name (香港理工大學（「理大」）, 社会福利署（社署）), each read once:
 * recorded for the rest of the document (when `shortForms` is given), and the candidates inside a defining bracket left
 * out (雇员再培训局（再培训局）: no 培训局).
 */
export function settleShortForms(found: InstitutionCandidate[], text: string, offset: number, shortForms: ShortForms | undefined): InstitutionCandidate[] {
  if (found.length === 0) return found;
  const defined: { owner: InstitutionCandidate; alias: string; start: number }[] = [];
  for (const c of found) {
    const alias = shortFormAfter(text, c.end - offset, c.surface);
    const at = alias === null ? -1 : text.indexOf(alias, c.end - offset);
    if (alias !== null && at >= 0) defined.push({ owner: c, alias, start: offset + at });
  }
  if (defined.length === 0) return found;
  const kept = found.filter((c) => !defined.some((d) => c.start >= d.start && c.end <= d.start + d.alias.length));
  for (const { owner, alias } of defined) {
    // Note: a generic word defined as a short form (「學院」, 「本會」) names no body apart from the text around it.
    if (shortForms && kept.includes(owner) && !shortForms.has(alias) && owner.name !== alias && SHORT_FORM_OWNERS.has(owner.kind ?? '')
      && distinctive(alias) >= 1 && vocab().headLexicon.get(alias) === undefined) shortForms.define(alias, owner.name);
  }
  return kept;
}

/** Records a short form the statement defines right after the issuing school's name for itself (本校（以下簡稱「理大」）). */
export function noteOwnShortForm(text: string, shortForms: ShortForms, school: string | null): void {
  if (school === null) return;
  for (const i of selfReferencesIn(text)) {
    if (text[i + 1] !== getLexicon().names.schoolSelfReference) continue;
    const alias = definedShortForm(text, i + 2);
    if (alias !== null && !shortForms.has(alias) && alias !== school && distinctive(alias) >= 1 && vocab().headLexicon.get(alias) === undefined) {
      shortForms.define(alias, school);
    }
  }
}

/**
 * A unit written after a short form the document defined (理大 + 深圳研究院, 理大康復治療科學系, 理 + 大佛山…研究院 where the
 * segmenter cut across the short form) is that body's unit: named with the body's full name, its outermost parent.
 */
export function ownedByShortForm(c: InstitutionCandidate, text: string, offset: number, shortForms: ShortForms | undefined): void {
  if (!shortForms || shortForms.size === 0 || !UNIT_KINDS.has(c.kind ?? '')) return;
  const at = c.start - offset;
  // Note: how much of each short form the candidate's own text holds (all of it, part of it, or none: it stands just before).
  for (const { form, inside } of shortForms.around(text, at)) if (ownedBy(c, text, offset, form, inside)) return;
}

/**
 * Names the unit `c` after the owner of a short form written `inside` characters into it (-1: not at all), when that
 * form is where its name starts; whether it did.
 */
function ownedBy(c: InstitutionCandidate, text: string, offset: number, [alias, owner]: FoundForm, inside: number): boolean {
  if (inside < 0 || inside >= c.surface.length) return false;
  // How many characters of the name the owner's full name replaces.
  // Note: a unit named after the document's own school already carries its name (香港理工大学 + 理大酒店…学院).
  const tail = alias.slice(alias.length - inside);
  const cut = c.name.startsWith(owner + tail) ? owner.length + inside : c.name.startsWith(tail) ? inside : -1;
  if (cut < 0 || c.name.length - cut < 2 || c.name.slice(cut).startsWith(owner)) return false;
  const old = c.name;
  c.name = owner + old.slice(cut);
  c.start -= alias.length - inside;
  c.surface = text.slice(c.start - offset, c.end - offset);
  // The bodies between the unit and its owner (中科大 + 先进技术研究院 in …蜀山分院) are the owner's too, written from the
  // short form on; the owner is written as its short form.
  const between = (c.parents ?? []).filter((p) => old.startsWith(p.name) && p.name.length - cut >= 2)
    .map((p) => ({ name: owner + p.name.slice(cut), span: p.span && { start: c.start, end: p.span.end } }));
  const written = text.slice(c.start - offset, c.start - offset + alias.length) === alias;
  c.parents = [...between, { name: owner, span: written ? { start: c.start, end: c.start + alias.length } : null }];
  return true;
}
