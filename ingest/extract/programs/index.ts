/**
 * Program extractor: 《…》 policy instruments, quoted names, unquoted names ending in a program head, and the document's
 * own title when the document is a policy instrument (ANNOTATION.md: a Program of kind POLICY_DOCUMENT).
 */
import { tagText, type Token } from '../../../language/segment/index.js';
import { classify, lastCharTable } from '../../../language/match/tokens.js';
import type { Candidate } from '../../model.js';
import type { Extractor } from '../registry.js';
import { quoted } from './quoted.js';
import { titles } from './titles.js';
import { unquoted } from './unquoted.js';
import { namedByForm } from './namedByForm.js';
import { getLexicon } from '../../../language/lexicon/index.js';
import { isQuestionTitle } from '../../structure/parts.js';
import { isInstrument, overlaps, overlapsAny, vocab } from './vocabulary.js';
import { PLACE_DASHES, regionFlags } from '../regionTokens.js';
import { awardedTitles } from '../awarded.js';
import { HEADER_ROW, readListed } from './listed.js';
import { getGazetteer } from '../../../language/gazetteer/index.js';
import { isBodyName } from '../../structure/title.js';

export { isInstrument } from './vocabulary.js';

/**
 * Extracts program names from one statement; `tokens` are its tokens with absolute offsets, `regions` the region
 * mentions found in it (a place is part of a name however the segmenter cut it: 中 + 国, 合肥 + 都市 + 圈).
 */
export function extractPrograms(text: string, offset: number, tokens: Token[], regions: readonly Candidate[] = [], heading = false): Candidate[] {
  const found: Candidate[] = [];
  const inRegion = regionFlags(tokens, regions);
  titles(text, offset, found);
  const inTitles = found.length;
  const quotes: Candidate[] = [];
  quoted(text, offset, tokens, inRegion, quotes, heading);
  // Note: a bare quotation (read from its words alone) gives way to any other reading of its words.
  for (const q of quotes) if (!q.bare && !found.slice(0, inTitles).some((t) => overlaps(t, q))) found.push(q);
  const unquotedFound: Candidate[] = [];
  unquoted(text, offset, tokens, inRegion, found, unquotedFound);
  // Note: an awarded title (入选第三批全国乡村旅游重点村) is read whole, over what the head reading made of its end.
  for (const title of awardedTitles(text, offset, tokens, inRegion)) {
    if (found.some((c) => overlaps(c, title))) continue;
    for (let k = unquotedFound.length - 1; k >= 0; k--) if (overlaps(unquotedFound[k], title)) unquotedFound.splice(k, 1);
    unquotedFound.push(title);
  }
  found.push(...unquotedFound);
  for (const q of quotes) if (q.bare && !found.some((c) => overlaps(c, q))) found.push(q);
  // Note: most statements name no programme: no copy of the empty list.
  return found.length === 0 ? found : placedInOrder(found, regions, text, offset);
}

/**
 * The programs read with their sections and without their holders, in text order (longest first at one start).
 * Note: a function of its own, not a closure in extractPrograms: that made V8 allocate its scope for every statement.
 */
function placedInOrder(found: readonly Candidate[], regions: readonly Candidate[], text: string, offset: number): Candidate[] {
  return found.map((c) => withSection(withoutHolder(c, regions, text, offset), regions, text, offset))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A program read with the section a bracket right after it names by a place (黄河国家文化公园(陕西段)): the section is the
 * program there, and its name holds the place.
 */
function withSection(c: Candidate, regions: readonly Candidate[], text: string, offset: number): Candidate {
  const at = c.end - offset;
  const open = text[at];
  if ((open !== '(' && open !== '（') || c.name !== c.surface) return c;
  const close = text.slice(at + 1, at + 12).search(/[)）]/);
  if (close < 0) return c;
  const inside = text.slice(at + 1, at + 1 + close);
  const place = regions.find((r) => r.start === c.end + 1 && r.end < c.end + 1 + close);
  const rest = place ? inside.slice(place.end - place.start) : '';
  if (!place || !getLexicon().programs.sectionWords.includes(rest)) return c;
  const end = c.end + close + 2;
  const surface = text.slice(c.start - offset, end - offset);
  return { ...c, name: surface, surface, end };
}

/** The dashes that pair two places, the two-character one first. */
const DASHES_LONGEST_FIRST = [...PLACE_DASHES].sort((a, b) => b.length - a.length);

/**
 * A program read with the place that holds it before a dash (荔城区—福建省中小学劳动教育实验区, a row of a list of
 * titles) without that place, when the place after the dash contains it: a district and its own province pair nothing
 * (中国—东盟, 沿河—吴江 do, and stay one name).
 */
function withoutHolder(c: Candidate, regions: readonly Candidate[], text: string, offset: number): Candidate {
  if (c.name !== c.surface) return c;
  const holder = regions.find((r) => r.start === c.start && r.end < c.end);
  const after = holder ? text.slice(holder.end - offset, c.end - offset) : '';
  const dash = holder ? DASHES_LONGEST_FIRST.find((d) => after.startsWith(d)) : undefined;
  if (!holder || dash === undefined) return c;
  const scope = regions.find((r) => r.start === holder.end + dash.length && r.end < c.end);
  const held = holder.regionIds ?? [];
  const contains = scope?.regionIds?.some((id) => held.some((h) => getGazetteer().liesIn(h, id))) ?? false;
  if (!scope || !contains) return c;
  const cut = scope.start - c.start;
  return { ...c, name: c.name.slice(cut), surface: c.surface.slice(cut), start: scope.start };
}

/** Initiatives named by a word and a place (健康扬中, 平安广州, 数字中国): campaigns of that place. */
function placeInitiatives(text: string, offset: number, regions: readonly Candidate[], taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // Note: no closure over the text or a region here: one made V8 allocate a scope per statement and per region.
  for (const region of regions) {
    if (region.kind === 'ZONE' || region.kind === 'COMPOUND') continue;
    const prefix = initiativePrefixBefore(text, region.start - offset);
    if (prefix === undefined) continue;
    const start = region.start - prefix.length;
    if (overlapsAny(taken, start, region.end)) continue;
    const name = text.slice(start - offset, region.end - offset);
    out.push({ type: 'PROGRAM', name, kind: 'CAMPAIGN', start, end: region.end, surface: name });
  }
  return out;
}

let initiativeEnds: Uint8Array | undefined;
let longestInitiative = 0;

/** The first initiative word of the lexicon written right before `at` (健康 of 健康扬中), or undefined. */
function initiativePrefixBefore(text: string, at: number): string | undefined {
  const { initiativePrefixes } = getLexicon().programs;
  if (!initiativeEnds) {
    initiativeEnds = lastCharTable(initiativePrefixes);
    longestInitiative = Math.max(0, ...initiativePrefixes.map((p) => p.length));
  }
  // Note: most places follow no initiative word's last character: a table test settles them without a search per word
  // (where every word fits before the place; nearer the start, each is searched for as it always was).
  if (at >= longestInitiative && initiativeEnds[text.charCodeAt(at - 1)] !== 1) return undefined;
  for (const p of initiativePrefixes) if (text.startsWith(p, at - p.length)) return p;
  return undefined;
}

/** A notice issuing a policy (关于印发…X…的通知): the issued policy X is what the document is the text of. */
const ISSUING_NOTICE = /印发[《“]?(.+?)[》”]?的?通知$/;

/**
 * A title without an editorial note in brackets at its end (…规划(节选), …规划（公众咨询文本摘要）) and without the body
 * written before it apart (海事及水务局 + space + …规划): neither is part of the policy's name.
 */
function withoutNote(title: string): string {
  const note = /[(（]([^()（）]+)[)）]\s*$/.exec(title);
  const bare = note && vocab().titleNotes.some((n) => note[1].endsWith(n)) ? title.slice(0, note.index).trimEnd() : title;
  // Note: not before a title that names its bodies itself (中共某市委 + space + 某市人民政府关于…的意见): that is the name.
  const space = bare.search(/\s/);
  const rest = bare.slice(space + 1).trimStart();
  return space > 0 && isBodyName(bare.slice(0, space)) && !rest.includes(getLexicon().structure.aboutWord) ? rest : bare;
}

/** The last title asked about and its programme's name. */
let lastTitle: { written: string | null; name: string | null } = { written: null, name: null };

/**
 * The name of the policy instrument a document is the text of (ANNOTATION.md): the policy a 印发 notice issues, else
 * the title itself when it names an instrument; null for work reports and other documents.
 */
export function ownProgramName(written: string): string | null {
  // Note: every statement of a document asks for its title's programme: the last answer is kept.
  if (written !== lastTitle.written) lastTitle = { written, name: readOwnProgramName(written) };
  return lastTitle.name;
}

/**
 * A headline of three phrases or more, set apart by spaces (「…」圓滿落幕 四鄉鎮市接力登場 兩岸…簽署…備忘錄): a news item's,
 * not an instrument's title, whose spaces part the bodies issuing it before its 关于 (甲局 乙局 丙局关于…的通知).
 */
const HEADLINE_PHRASES = /[\u3400-\u9fff」”》)）]\s+[^\s]+\s+[「“《\u3400-\u9fff]/;

function readOwnProgramName(written: string): string | null {
  // Note: a legislature's question (立法会 第十七题：…的计划) names its subject, not an instrument it is.
  if (isQuestionTitle(written)) return null;
  const title = withoutNote(written);
  if (HEADLINE_PHRASES.test(title) && !title.includes(getLexicon().structure.aboutWord)) return null;
  const issued = ISSUING_NOTICE.exec(title);
  if (issued) return isInstrument(issued[1]) ? issued[1] : null;
  // Note: so does a headline's last phrase (…承接逾300个内地项目 与…伙伴签署新一轮合作协议: a signing reported).
  const phrases = title.split(/\s+/);
  const last = phrases.length > 1 ? phrases[phrases.length - 1] : null;
  return title.length >= 6 && !title.includes('《') && isInstrument(title) && !reportsIssuing(title) && !(last !== null && reportsIssuing(last)) ? title : null;
}

/**
 * Whether a title reports that someone issues, launches or signs the instrument it names (教育局推出…计划, 某市发布…规划,
 * 甲大学与乙省政府签署…协议): its first verb, after names alone (教育部等五部门, 甲与乙), is one of those. Such a title heads a news item or a
 * press release, not the instrument's text; a verb inside the instrument's name (…推进…实施方案) is none of those.
 */
function reportsIssuing(title: string): boolean {
  const v = vocab();
  const tokens = tagText(title, 0);
  const verb = tokens.findIndex((t) => t.tag.startsWith('v'));
  // Note: a title that is no official one (none of 关于) and has such a verb anywhere reports it too (学校召开…推进会 +
  // 与…院校签署…合作协议: the signing is the news, after an earlier verb).
  if (!title.includes(getLexicon().structure.aboutWord) && tokens.some((t) => v.documentVerbs.has(t.word) || v.launchVerbs.has(t.word))) return true;
  const { connectives, listMarks } = getLexicon().partnering;
  const { conjunctions } = getLexicon().names;
  return verb > 0 && (v.documentVerbs.has(tokens[verb].word) || v.launchVerbs.has(tokens[verb].word))
    && tokens.slice(0, verb).every((t) => classify(t) === 'NOMINAL' || classify(t) === 'CN_NUMERAL' || t.tag === 'u'
      || connectives.has(t.word) || conjunctions.has(t.word) || listMarks.includes(t.word));
}

/** The document's own program where the statement (its title line) names it, not already cited in 《》. */
function titleProgram(text: string, offset: number, title: string): Candidate | null {
  const name = ownProgramName(title);
  if (!name || title.includes(`《${name}》`)) return null;
  // Note: a statement without line breaks is its own joined text: one search, no copy of it character by character
  // (this runs for every statement of a document whose title names its programme).
  if (!/[\n\r]/.test(text)) {
    const at = text.indexOf(name);
    return at < 0 ? null : { type: 'PROGRAM', name, kind: 'POLICY_DOCUMENT', start: offset + at, end: offset + at + name.length, surface: name };
  }
  // Note: a title broken over lines holds line breaks the joined title does not.
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '\r') continue;
    positions.push(i);
    compact += text[i];
  }
  const at = compact.indexOf(name);
  if (at < 0) return null;
  const start = positions[at];
  const end = positions[at + name.length - 1] + 1;
  return { type: 'PROGRAM', name, kind: 'POLICY_DOCUMENT', start: offset + start, end: offset + end, surface: text.slice(start, end) };
}

/**
 * Whether a program is a body's name or work: a name the institution extractor took (某市规划和自然资源局) is not also a
 * program (某市规划), and a project named after a body (某医院迁建项目, 某中心改扩建工程) is its building work.
 */
function bodysName(p: Candidate, institutions: readonly Candidate[]): boolean {
  if (p.kind !== 'POLICY_DOCUMENT' && institutions.some((i) => i.start <= p.start && p.end <= i.end)) return true;
  // Note: nor is a name that ends with a body's whole name (在北京市海淀区参观 + 中国科学院国家空间科学中心): its head is the body's.
  if (p.kind !== 'POLICY_DOCUMENT' && p.kind !== 'PROJECT' && institutions.some((i) => p.start < i.start && i.end === p.end)) return true;
  return p.kind === 'PROJECT' && institutions.some((i) => i.start <= p.start && p.start < i.end && i.end < p.end);
}

/** The programs that are no body's name or work (the filters are functions of their own, not closures in the extractor). */
function notBodysNames(programs: Candidate[], institutions: readonly Candidate[]): Candidate[] {
  return programs.filter((p) => !bodysName(p, institutions));
}

/** The candidates sharing no character with `span`. */
function clearOfSpan(candidates: Candidate[], span: Candidate): Candidate[] {
  return candidates.filter((c) => !overlaps(c, span));
}

/** The program extractor of the registry. */
export const programExtractor: Extractor<'programs'> = {
  key: 'programs',
  extract: ({ statement, tokens, document, heading }, earlier) => {
    const institutions = earlier.institutions ?? [];
    const regions = earlier.regions ?? [];
    // Note: the lists are copied only where something is dropped or added (most statements name no programme).
    const read = extractPrograms(statement.text, statement.start, tokens, earlier.regions, heading);
    const named = read.length === 0 || institutions.length === 0 ? read : notBodysNames(read, institutions);
    const initiatives = placeInitiatives(statement.text, statement.start, regions, named);
    const formed = namedByForm(statement.text, statement.start, regions, initiatives.length === 0 ? named : [...named, ...initiatives]);
    // Note: a row of a declared list of projects names its project in the first column, over what the rules read there.
    const listed = document.projectList ? readListed(statement.text, statement.start, document.projectList, tokens) : null;
    if (listed === HEADER_ROW) return [];
    // Note: the names read are in text order already.
    const found = listed === null && initiatives.length === 0 && formed.length === 0 ? named
      : [...(listed ? [listed] : []), ...(listed ? clearOfSpan([...named, ...initiatives, ...formed], listed) : [...named, ...initiatives, ...formed])]
        .sort((a, b) => a.start - b.start);
    const own = document.title ? titleProgram(statement.text, statement.start, document.title) : null;
    if (!own) return found;
    return [own, ...clearOfSpan(found, own)];
  },
};
