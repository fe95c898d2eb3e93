/**
 * The bodies a programme's clause takes as its subject from an earlier clause of the statement: a clause that names no
 * place and no body before the programme goes on with the subject of the clause before it (國科會與德國研究基金會 +
 * 簽署新一期合作協議，+ 共同推動「…計畫」: both bodies act on it), back across clauses that name none either.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import { holdsAnyWord } from '../../language/match/words.js';
import type { SpannedId } from '../resolve.js';
import { joinsParties } from './agents.js';
import type { Clause } from './clauses.js';
import { OPENING_DATE } from './subjects.js';

/** The bodies opening a clause, with those joined to the first (甲与乙, 甲、乙和丙); none when no body opens it. */
function openingGroup(text: string, start: number, clause: Clause, names: readonly SpannedId[], institutionIds: ReadonlySet<string>): SpannedId[] {
  const inClause = names.filter((m) => m.start >= clause.start && m.end <= clause.end);
  // Note: the first body opens the clause, after a date at most: after a verb it is the verb's object (组建 + 网格党支部).
  const opening = inClause.length === 0 ? '' : text.slice(clause.start - start, inClause[0].start - start);
  if (inClause.length === 0 || opening.length - (OPENING_DATE.exec(opening)?.[0].length ?? 0) > 1) return [];
  const out = [inClause[0]];
  for (let k = 1; k < inClause.length; k++) {
    const gap = text.slice(out[out.length - 1].end - start, inClause[k].start - start);
    if (inClause[k].start < out[out.length - 1].end) continue;
    if (!joinsParties(gap)) break;
    out.push(inClause[k]);
  }
  return out.every((m) => institutionIds.has(m.id)) ? out : [];
}

/**
 * The institutions a subjectless clause holding `program` carries from the nearest earlier clause of the statement
 * that opens with bodies; `names` are the statement's free place and body mentions in text order.
 */
export function carriedSubjects(text: string, start: number, clauses: readonly Clause[], program: SpannedId, names: readonly SpannedId[],
  institutionIds: ReadonlySet<string>): SpannedId[] {
  const k = clauses.findIndex((c) => program.start >= c.start && program.start < c.end);
  // Note: an action word before the programme in its clause acts on it (共同推动「…」, 开设“…”); a clause without one says
  // something else of it (今年秋季计划招生…, 仅占全部合作项目的8%).
  const acting = k > 0 ? text.slice(clauses[k].start - start, program.start - start) : '';
  if (k <= 0 || !holdsAnyWord(acting, getLexicon().names.actionWords) || holdsAnyWord(acting, getLexicon().partnering.respectively)) return [];
  for (let j = k; j >= 1; j--) {
    const clause = clauses[j];
    const until = j === k ? program.start : clause.end;
    // Note: a clause naming anything before the programme (or anywhere, for the clauses passed over) has a subject or
    // an object of its own.
    if (names.some((m) => m.start >= clause.start && m.start < until)) return [];
    const previous = clauses[j - 1];
    // Note: a clause that says something (甲表示，…) or pairs its bodies one to one (甲与乙、丙与丁分别…) gives no subject on.
    const said = text.slice(previous.start - start, previous.end - start);
    if (holdsAnyWord(said, getLexicon().programs.speechVerbs) || holdsAnyWord(said, getLexicon().partnering.respectively)) return [];
    const group = openingGroup(text, start, previous, names, institutionIds);
    if (group.length > 0) return group;
    if (names.some((m) => m.start >= previous.start && m.start < previous.end)) return [];
  }
  return [];
}
