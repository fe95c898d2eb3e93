/**
 * The bodies a clause names as those who run what the sentence spoke of just before (「…專項」，+ 由 + 甲 + 負責執行; 由甲與乙共同
 * 運營): after the agent mark, joined by list marks or connectives, right before a verb of running or organising
 * (cooperation.organiseVerbs, coOrganiseVerbs, runVerbs), perhaps after 共同.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { SpannedId } from '../resolve.js';
import type { Clause } from './clauses.js';

/** Notes in brackets after a body (（以下簡稱「生產力中心」）): no words between it and what follows. */
const NOTE = /^[(（][^()（）]{0,16}[)）]/;

/** What a gap between two bodies or after the last holds once its note is left out. */
function withoutNote(gap: string): string {
  return gap.replace(NOTE, '');
}

/** Whether the gap between two bodies joins them into one party (、, 和, 与 …), a note in brackets after the first aside. */
export function joinsParties(gap: string): boolean {
  const { connectives, listMarks } = getLexicon().partnering;
  const bare = withoutNote(gap);
  return connectives.has(bare) || listMarks.includes(bare);
}

let runningVerbs: readonly string[] | undefined;

/** Whether the words after the agents are a verb of running what was spoken of (负责执行, 共同运营, 协办). */
function runs(after: string): boolean {
  const { organiseVerbs, coOrganiseVerbs, runVerbs, jointActions } = getLexicon().partnering;
  const joint = jointActions.find((w) => after.startsWith(w));
  const verbs = (runningVerbs ??= [...organiseVerbs, ...coOrganiseVerbs, ...runVerbs]);
  return verbs.some((v) => after.startsWith(v)) || (joint !== undefined && verbs.some((v) => after.startsWith(v, joint.length)));
}

/**
 * The institutions a clause opens with after the agent mark (由), when a verb of running follows them; `names` are the
 * statement's free place and body mentions in text order, `institutionIds` which of them are bodies.
 */
export function clauseAgents(text: string, start: number, clause: Clause, names: readonly SpannedId[], institutionIds: ReadonlySet<string>): SpannedId[] {
  const opening = text.slice(clause.start - start, clause.end - start);
  const mark = getLexicon().partnering.agentMark;
  const at = opening.indexOf(mark);
  // Note: the mark opens the clause, after a word or two at most (并由, 现由).
  if (at < 0 || at > 2) return [];
  const from = clause.start + at + mark.length;
  const inClause = names.filter((m) => m.start >= from && m.end <= clause.end);
  if (inClause.length === 0 || inClause[0].start !== from) return [];
  const out = [inClause[0]];
  let end = inClause[0].end;
  for (let k = 1; k < inClause.length; k++) {
    if (inClause[k].start < end) continue;
    if (!joinsParties(text.slice(end - start, inClause[k].start - start))) break;
    out.push(inClause[k]);
    end = inClause[k].end;
  }
  const after = withoutNote(text.slice(end - start, clause.end - start));
  return runs(after) && out.every((m) => institutionIds.has(m.id)) ? out : [];
}
