/**
 * A statement that opens with the head of the programme named right before it speaks of that programme: …「湘港少年科學營」。
 * + 科學營自2023年起每年暑假輪流在長沙及香港舉行, …「大灣區姊妹學校校長論壇」。 + 首屆論壇於2026年3月在橫琴…舉行. The
 * head is read as the end of the programme's own name (科学营, 校长论坛), two characters at least and the whole of the
 * lexicon's head, so that a word another programme ends with too (论坛 of any forum) refers back only to the one named last.
 */
import { getLexicon } from '../../language/lexicon/index.js';
import { alternation } from '../../language/match/alternation.js';
import { EDITION_ORDINAL } from '../../language/match/numbers.js';
import { vocab } from '../extract/programs/vocabulary.js';

/** What may stand before the head: a word pointing back (该, 本届) or an edition (首届, 第二届). Built once from the lexicon. */
let opening: RegExp | undefined;

/** Whether `text` opens with the head of the programme `programId` (program:name), perhaps after a pointer or an edition. */
export function opensWithOwnHead(text: string, programId: string): boolean {
  const name = programId.slice(programId.indexOf(':') + 1);
  const head = vocab().quotedHeadLexicon.matchEnd(name, name.length);
  if (!head) return false;
  if (!opening) {
    const { backReferences, firstEditions } = getLexicon().programs;
    opening = new RegExp(`^(?:${alternation([...backReferences, ...firstEditions])}|${EDITION_ORDINAL})`);
  }
  const rest = text.replace(opening, '');
  for (let k = Math.max(2, head.word.length); k < name.length; k++) if (rest.startsWith(name.slice(name.length - k))) return true;
  return false;
}
