/**
 * PARTNERS_WITH between the bodies that organise something and those that help them (由甲主办、乙协办; 由丙协办 in a
 * document of the body that organises it): the co-organisers are the bodies written right after 由 and right before a
 * co-organising verb (cooperation.coOrganiseVerbs); the organisers, those right before an organising verb in the sentence
 * (由乙与丙合办, 由丁主办), else the document's issuer.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import type { SpannedId } from '../resolve.js';
import { COMMAS } from './clauses.js';

/** A statement's text and the bodies it names outside other names, in order. */
export interface OrganisedInput {
  text: string;
  start: number;
  institutions: readonly SpannedId[];
}

/** The organisers a statement names and the pairs of organiser and co-organiser it gives. */
export interface Organised {
  organisers: string[];
  pairs: [string, string][];
}

export const NONE: Organised = { organisers: [], pairs: [] };

/** Whether a statement names organising or helping to organise at all: the test before its bodies are gathered (most do not). */
export function speaksOfOrganising(text: string): boolean {
  const { coOrganiseVerbs, organiseVerbs } = getLexicon().partnering;
  return holdsListedWord(text, coOrganiseVerbs) || holdsListedWord(text, organiseVerbs);
}

/**
 * Whether a text holds one of a list's words.
 * Note: an indexed loop, not holdsAnyWord: its for-of serves lists and sets alike, and here (every statement naming an
 * entity asks it twice) made an iterator and a result object per word: 2.5% of the extraction's allocation, sampled.
 */
function holdsListedWord(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

/**
 * Whether the text before a list of bodies says they are who does what follows: 由 right before them (the lexicon's
 * agentMark), or (`helping`) an organising verb and a list mark or comma (由甲主办、 + 乙 + 协办; 由甲承办，乙协办).
 */
function opensAgents(before: string, helping: boolean): boolean {
  const { agentMark, listMarks, organiseVerbs } = getLexicon().partnering;
  if (before.endsWith(agentMark)) return true;
  if (!helping) return false;
  const mark = [...listMarks, ...COMMAS].find((m) => before.endsWith(m));
  if (mark === undefined) return false;
  const verbEnd = before.slice(0, -mark.length);
  return organiseVerbs.some((verb) => verbEnd.endsWith(verb));
}

/**
 * The bodies listed right before the offset `at` of the text (甲、乙及丙 + 协办), joined only by list marks or connectives,
 * when the text before them says they are the agents (opensAgents); [] otherwise.
 */
function agentsBefore(input: OrganisedInput, at: number, helping: boolean): SpannedId[] {
  const { listMarks, connectives } = getLexicon().partnering;
  const list: SpannedId[] = [];
  let end = at;
  for (let k = input.institutions.length - 1; k >= 0; k--) {
    const body = input.institutions[k];
    if (body.end - input.start > end) continue;
    const gap = input.text.slice(body.end - input.start, end);
    if (list.length === 0 ? gap !== '' : !listMarks.includes(gap) && !connectives.has(gap)) break;
    list.unshift(body);
    end = body.start - input.start;
  }
  return list.length > 0 && opensAgents(input.text.slice(0, end), helping) ? list : [];
}

/** The bodies before each of the verbs in the text, in order and each once. */
function agentsOfVerbs(input: OrganisedInput, verbs: readonly string[], helping: boolean): SpannedId[] {
  const out: SpannedId[] = [];
  for (const verb of verbs) {
    for (let at = input.text.indexOf(verb); at >= 0; at = input.text.indexOf(verb, at + verb.length)) {
      for (const body of agentsBefore(input, at, helping)) if (!out.some((b) => b.id === body.id)) out.push(body);
    }
  }
  return out;
}

/**
 * The organisers and co-organisers a statement names, paired: each co-organiser with each organiser of its sentence
 * (`earlier`: those the statements before it in the sentence named), else with the issuer.
 */
export function coOrganised(input: OrganisedInput, earlier: readonly string[], issuerId: string | null): Organised {
  const { coOrganiseVerbs, organiseVerbs } = getLexicon().partnering;
  if (input.institutions.length === 0) return NONE;
  const organisers = agentsOfVerbs(input, organiseVerbs, false).map((b) => b.id);
  const helpers = agentsOfVerbs(input, coOrganiseVerbs, true).map((b) => b.id);
  const leads = organisers.length > 0 ? organisers : earlier.length > 0 ? earlier : issuerId !== null ? [issuerId] : [];
  const pairs: [string, string][] = [];
  for (const lead of leads) for (const helper of helpers) if (lead !== helper && !organisers.includes(helper)) pairs.push([lead, helper]);
  return { organisers, pairs };
}
