/**
 * What class of thing a question asks for: the class word right after its question word (哪些学校, which programs,
 * 什么计划), or, when nothing follows, right before it (目标有哪些, 工作要点是什么).
 */
import { usedAsVerb } from './decide.js';
import type { Cue, Draft } from './draft.js';
import type { TextSpan } from './types.js';

/** The classes a question can ask for. */
export type AskedClass = 'programs' | 'institutions' | 'targets' | 'statements' | 'places';

const ASKING = /^(哪些|哪个|哪家|哪所|哪几|哪一|什么|which|what)$/i;

function classOf(cue: Cue): AskedClass | null {
  for (const role of cue.roles) {
    if (role.kind === 'INTENT' && (role.intent === 'programs' || role.intent === 'institutions' || role.intent === 'targets' || role.intent === 'statements')) return role.intent;
  }
  return cue.roles.some((r) => r.kind === 'PARTNER_KIND' && r.partnerKind === 'PLACES') ? 'places' : null;
}

/** A cue a stretch of class words may run through: it names a kind, a link or a status (学校, 合作, 要点). */
const passable = (cue: Cue): boolean => cue.roles.every((r) => r.kind === 'INTENT' || r.kind === 'PARTNER_KIND' || r.kind === 'STATUS');
const filler = (cue: Cue): boolean => cue.roles.every((r) => r.kind === 'FILLER' || r.kind === 'WITH');

type Piece = TextSpan & { cue: Cue | null };

function pieces(draft: Draft): Piece[] {
  return [...draft.cues.map((c) => ({ start: c.start, end: c.end, cue: c })), ...draft.terms.map((t) => ({ start: t.start, end: t.end, cue: null }))].sort((a, b) => a.start - b.start);
}

const adjacent = (text: string, from: number, to: number): boolean => text.slice(from, to).trim() === '';

/** The last class word of the stretch of pieces starting right at `from` (forward) or ending right at it (back). */
function classInStretch(draft: Draft, list: Piece[], from: number, forward: boolean): AskedClass | null {
  let edge = from;
  let found: AskedClass | null = null;
  for (const p of forward ? list : [...list].reverse()) {
    if (forward ? p.start < edge : p.end > edge) continue;
    if (!(forward ? adjacent(draft.text, edge, p.start) : adjacent(draft.text, p.end, edge))) break;
    if (p.cue && !passable(p.cue)) break;
    const cls = p.cue && !usedAsVerb(draft, p.cue) ? classOf(p.cue) : null;
    if (cls && (forward || found === null)) found = cls;
    edge = forward ? p.end : p.start;
  }
  return found;
}

/** The class the question asks for, or null. */
export function askedClassOf(draft: Draft): AskedClass | null {
  const list = pieces(draft);
  const asking = draft.cues.filter((c) => ASKING.test(c.word));
  for (const cue of asking) {
    // The last of a row of question words leads the stretch (show me statements).
    let lead = cue;
    for (let next = draft.cues.find((c) => c.start >= lead.end && adjacent(draft.text, lead.end, c.start)); next?.roles.some((r) => r.kind === 'QUESTION_WORD'); ) {
      lead = next;
      next = draft.cues.find((c) => c.start >= lead.end && adjacent(draft.text, lead.end, c.start));
    }
    const after = classInStretch(draft, list, lead.end, true);
    if (after) return after;
    let before = cue.start;
    for (let f = list.find((p) => p.end === before && p.cue && filler(p.cue)); f; f = list.find((p) => p.end === before && p.cue && filler(p.cue))) before = f.start;
    const back = classInStretch(draft, list, before, false);
    if (back) return back;
  }
  return null;
}
