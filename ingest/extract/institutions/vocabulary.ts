/** The lexicon's institution vocabulary with the look-up structures built over it (once per process). */
import { getLexicon, type InstitutionKind } from '../../../language/lexicon/index.js';
import { SuffixLexicon, distinctiveChars, maxWordLength } from '../../../language/match/tokens.js';

function build() {
  const { institutions, programs, names, partnering } = getLexicon();
  return {
    ...institutions,
    ...names,
    /** Words of pairing aid (支援, 帮扶, 协作) that may name a task force with the places it pairs. */
    aidWords: new Set([...partnering.aidVerbs, ...programs.pairingHeads]),
    headLexicon: new SuffixLexicon<InstitutionKind>(institutions.heads),
    classLexicon: new SuffixLexicon([...institutions.classWords].map((w) => [w, true] as const)),
    programHeadLexicon: new SuffixLexicon([...programs.heads].filter(([w]) => w.length >= 2)),
    postTitleLexicon: new SuffixLexicon(names.postTitles.map((w) => [w, true] as const)),
    genericMax: maxWordLength(institutions.genericModifiers),
  };
}

let vocabulary: ReturnType<typeof build> | undefined;

/** The institution vocabulary (built on first use). */
export const vocab = (): ReturnType<typeof build> => (vocabulary ??= build());

/** How many characters of `text` could name something (not covered by generic modifiers). */
export function distinctive(text: string): number {
  const v = vocab();
  return distinctiveChars(text, v.genericModifiers, v.genericMax);
}
