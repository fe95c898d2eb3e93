/**
 * The issuing body as the extractor reads it: its kind, whether it is a university or college (whose documents name its
 * units without it), and where a statement names it as itself (我局, 本校, 局方).
 */
import { getLexicon, type InstitutionKind } from '../../../language/lexicon/index.js';
import type { Token } from '../../../language/segment/index.js';
import { selfReferencesIn } from '../selfReferences.js';
import { kindOfName, sideName } from './heads.js';
import type { InstitutionCandidate } from './index.js';
import { vocab } from './vocabulary.js';

/** The issuer last asked about, with its kind and whether it is a school (every statement of a document asks with the same). */
let lastIssuer: { issuer: string; kind: InstitutionKind; school: boolean } | undefined;

/** The issuer's kind, and whether it is a university or college (its name ends in such a head); read once per issuer. */
function issuerKind(issuer: string): { kind: InstitutionKind; school: boolean } {
  // Note: the statements and candidates of a document all ask: the last answer is kept, not read again per call.
  if (lastIssuer?.issuer !== issuer) {
    const head = vocab().headLexicon.matchEnd(issuer, issuer.length)?.kind;
    lastIssuer = { issuer, kind: kindOfName(issuer), school: head === 'UNIVERSITY' || head === 'COLLEGE' };
  }
  return lastIssuer;
}

/** The issuer when it is a university or college (its name ends in such a head), else null. */
export function ownSchool(issuer: string | null | undefined): string | null {
  return issuer && issuerKind(issuer).school ? issuer : null;
}

/** Kinds of body that call themselves by the school character (我校, 本校). */
const SCHOOL_KINDS: ReadonlySet<string> = new Set(['UNIVERSITY', 'COLLEGE', 'SCHOOL', 'KINDERGARTEN']);

/**
 * The issuer where the text refers to it as itself (我局, 本厅, 我校, 局方): a mention of the issuer. Not where the pair opens
 * another word (局属, 本校区).
 */
export function issuerSelfReferences(text: string, offset: number, tokens: readonly Token[], issuer: string | null): readonly InstitutionCandidate[] {
  if (!issuer) return NO_CANDIDATES;
  const { schoolSelfReference, sideSuffix } = getLexicon().names;
  const pairs = selfReferencesIn(text);
  // Note: most statements name no body as themselves: nothing is made or read for them.
  if (pairs.length === 0 && !text.includes(sideSuffix)) return NO_CANDIDATES;
  const { kind } = issuerKind(issuer);
  const own = issuer[issuer.length - 1];
  const out: InstitutionCandidate[] = [];
  for (const i of pairs) {
    const head = text[i + 1];
    if (head !== own && !(head === schoolSelfReference && SCHOOL_KINDS.has(kind))) continue;
    if (vocab().partHeads.has(head + (text[i + 2] ?? ''))) continue;
    out.push({ type: 'INSTITUTION', name: issuer, kind, start: offset + i, end: offset + i + 2, surface: text.slice(i, i + 2), deictic: true });
  }
  // Note: so does its head's last character (or the school's) named as one side, a word of its own (局方计划…, 校方与…; not
  // 教育局 + 方面).
  if (text.includes(sideSuffix)) {
    for (const t of tokens) {
      if (sideName(t.word) && (t.word[0] === own || (t.word[0] === schoolSelfReference && SCHOOL_KINDS.has(kind)))) {
        out.push({ type: 'INSTITUTION', name: issuer, kind, start: t.start, end: t.end, surface: t.word, deictic: true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** No candidates (shared: never changed). */
const NO_CANDIDATES: readonly InstitutionCandidate[] = [];
