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

/** What the extractor reads of an issuer: its kind, whether it is a school, and the school it is a unit of. */
interface IssuerReading {
  issuer: string;
  kind: InstitutionKind;
  school: boolean;
  /** The university or college whose unit the issuer is, named at the start of its name (國立中興大學 + 國際事務處), or null. */
  parentSchool: string | null;
}

/** The issuer last asked about (every statement of a document asks with the same). */
let lastIssuer: IssuerReading | undefined;

/** Whether a name ends in a university's or college's head. */
function schoolName(name: string): boolean {
  const head = vocab().headLexicon.matchEnd(name, name.length)?.kind;
  return head === 'UNIVERSITY' || head === 'COLLEGE';
}

/** The longest start of a unit's name that names a university or college (某某大学 of 某某大学国际事务处), or null. */
function schoolOpening(name: string): string | null {
  for (let end = name.length - 1; end >= 3; end--) if (schoolName(name.slice(0, end))) return name.slice(0, end);
  return null;
}

/** The issuer's kind, whether it is a university or college, and the school it is a unit of; read once per issuer. */
function issuerKind(issuer: string): IssuerReading {
  // Note: the statements and candidates of a document all ask: the last answer is kept, not read again per call.
  if (lastIssuer?.issuer !== issuer) {
    const school = schoolName(issuer);
    lastIssuer = { issuer, kind: kindOfName(issuer), school, parentSchool: school ? null : schoolOpening(issuer) };
  }
  return lastIssuer;
}

/**
 * The issuer when it is a university or college (its name ends in such a head), or the school the issuer is a unit of
 * (國立中興大學 of 國立中興大學國際事務處: its report names the school's other units without the school too), else null.
 */
export function ownSchool(issuer: string | null | undefined): string | null {
  if (!issuer) return null;
  const reading = issuerKind(issuer);
  return reading.school ? issuer : reading.parentSchool;
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
  const { kind, parentSchool } = issuerKind(issuer);
  const own = issuer[issuer.length - 1];
  const out: InstitutionCandidate[] = [];
  for (const i of pairs) {
    const head = text[i + 1];
    // Note: a school's unit issuing (某某大学国际事务处) calls the school by the school character (本校与…签署): the school.
    const ofParent = head !== own && head === schoolSelfReference && !SCHOOL_KINDS.has(kind) && parentSchool !== null;
    if (head !== own && !(head === schoolSelfReference && SCHOOL_KINDS.has(kind)) && !ofParent) continue;
    if (vocab().partHeads.has(head + (text[i + 2] ?? ''))) continue;
    const name = ofParent && parentSchool !== null ? parentSchool : issuer;
    out.push({ type: 'INSTITUTION', name, kind: ofParent ? kindOfName(name) : kind, start: offset + i, end: offset + i + 2, surface: text.slice(i, i + 2), deictic: true });
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

/**
 * The issuer where the text writes its name out (a header line, a signature, 无锡市对口支援和东西部协作办公室关于…): a mention
 * of the issuer, whatever the name's words would make of it read on their own.
 */
export function issuerWrittenOut(text: string, offset: number, issuer: string | null): readonly InstitutionCandidate[] {
  if (!issuer) return NO_CANDIDATES;
  let at = text.indexOf(issuer);
  if (at < 0) return NO_CANDIDATES;
  const { kind } = issuerKind(issuer);
  const out: InstitutionCandidate[] = [];
  for (; at >= 0; at = text.indexOf(issuer, at + issuer.length)) {
    out.push({ type: 'INSTITUTION', name: issuer, kind, start: offset + at, end: offset + at + issuer.length, surface: issuer });
  }
  return out;
}

/** No candidates (shared: never changed). */
const NO_CANDIDATES: readonly InstitutionCandidate[] = [];
