/** The lexicon's institution vocabulary with the look-up structures built over it (once per process). */
import { getLexicon, type InstitutionKind } from '../../../language/lexicon/index.js';
import { codeTable } from '../../../language/match/codeTable.js';
import { SuffixLexicon, distinctiveChars, lastCharTable, maxWordLength } from '../../../language/match/tokens.js';

function build() {
  const { institutions, programs, names, partnering, cooperation, targets, regions } = getLexicon();
  const heads = new SuffixLexicon<InstitutionKind>(institutions.heads);
  const actionPairs = new Set([...names.actionWords].flatMap((a) => [...names.actionWords, ...institutions.nameVerbs].map((b) => a + b)));
  return {
    ...institutions,
    ...names,
    /** Cooperation cues that end like a body (姊妹学校, 友好学校: …学校): they name a pairing of such bodies, never one. */
    pairingWords: new Set(cooperation.map(([cue]) => cue).filter((cue) => heads.matchEnd(cue, cue.length) !== null)),
    /** Words of pairing aid (支援, 帮扶, 协作) that may name a task force with the places it pairs. */
    aidWords: new Set([...partnering.aidVerbs, ...programs.pairingHeads]),
    aidPlacePrefix: partnering.aidPlacePrefix,
    headLexicon: heads,
    /** Words after a number that make it a date (月, 日, 号 …): after a number they end a name's walk. */
    dateWords: new Set(targets.dateWords),
    /** The link words (附属), ministry heads (部) and party prefixes (中共) as lists, for the tests that try each in turn. */
    linkWordList: [...institutions.linkWords],
    partyPrefixList: [...institutions.partyPrefixes],
    ministryHeadList: [...institutions.ministryHeads],
    /** The last characters of the heads of two or more characters (所 of 研究所, 交易所). */
    headEndChars: new Set([...institutions.heads.keys()].filter((w) => w.length > 1).map((w) => w[w.length - 1])),
    classLexicon: new SuffixLexicon([...institutions.classWords].map((w) => [w, true] as const)),
    programHeadLexicon: new SuffixLexicon([...programs.heads].filter(([w]) => w.length >= 2)),
    postTitleLexicon: new SuffixLexicon(names.postTitles.map((w) => [w, true] as const)),
    genericMax: maxWordLength(institutions.genericModifiers),
    /**
     * The levels a place that owns a body ends in before its mark (宿州市 + 立, 京都府 + 立): a Chinese place's bare prefix or
     * a foreign division's one-character level.
     */
    ownerLevels: new Set([...names.barePrefixes, ...regions.foreignDivisionLevels.filter((level) => level.length === 1)]),
    /** The characters direction words open with (东, 西, 中 …): 中 + 西部 is a compound of directions. */
    directionChars: new Set([...names.directions].map((w) => w[0])),
    /**
     * Two action words written as one (全力 + 支持), or an action word and the work it does (负责 + 管理: the segmenter's
     * dictionary has 负责管理 as a noun), built once: the walk asks of every word it crosses.
     */
    actionPairs,
    /** Per UTF-16 code, 1 at the first (and at the last) character of some pair: most words are settled by the tables. */
    actionPairFirsts: codeTable([[[...actionPairs].map((w) => w[0]), 1]]),
    actionPairLasts: lastCharTable(actionPairs),
  };
}

let vocabulary: ReturnType<typeof build> | undefined;

/** The institution vocabulary (built on first use). */
export const vocab = (): ReturnType<typeof build> => (vocabulary ??= build());

/**
 * True for an action word, or two written as one (全力 + 支持: the segmenter's dictionary has 全力支持 as a rare noun):
 * never part of a name.
 */
export function isAction(word: string): boolean {
  const { actionWords, actionPairs, actionPairFirsts, actionPairLasts } = vocab();
  if (actionWords.has(word)) return true;
  // Note: the pairs are some twenty thousand words: two table tests spare most words the look-up in their set.
  return actionPairFirsts[word.charCodeAt(0)] === 1 && actionPairLasts[word.charCodeAt(word.length - 1)] === 1 && actionPairs.has(word);
}

/** How many characters of `text` could name something (not covered by generic modifiers). */
export function distinctive(text: string): number {
  const v = vocab();
  return distinctiveChars(text, v.genericModifiers, v.genericMax);
}
