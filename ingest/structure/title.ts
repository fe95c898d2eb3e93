/**
 * The title at the top of a document: page furniture, a document number and a bare date before it are skipped, and a
 * title broken over two or three lines is joined (中共…教育工委 / 关于印发《…》的通知; …特殊教育改革 / 實驗區名單的通知).
 */
import type { Line } from './lines.js';
import { findMarker } from './markers.js';
import { allHan } from '../../language/match/tokens.js';
import { keepsOtherCharacters, toSimplified } from '../../language/script/traditional.js';
import { vocab } from '../extract/institutions/vocabulary.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { alternation } from '../../language/match/alternation.js';
import { isDateLine, isoDate, metaDate, metaSource, preambleKind, releaseBody, siteOwner, sourceNote, withoutRepostMark, type PreambleKind } from './preamble.js';

/** What the top of a document holds. */
export interface TitleBlock {
  /** The title, its lines joined, or null when the document opens with its body. */
  title: string | null;
  /** The lines that make the title (they become one CONTEXT statement each). */
  titleLines: Line[];
  /** Index of the first line after the title and the furniture before it. */
  next: number;
  pageDate: string | null;
  pageSource: string | null;
  /** A body's name written alone on the line above the title (医务卫生局 / 2025年施政报告…): the issuer. */
  issuerLine: string | null;
}

const TITLE_MAX = 100;
/** A trailing disclosure note on a notice title, e.g. "(免予公开转主动公开)", "(主动公开)". */
const DISCLOSURE_NOTE = /\s*\([^()]{0,12}公开[^()]{0,12}\)$/;
let noticeEnd: RegExp | undefined;

/** Whether a line ends as a notice's title does (…的通知, …的意见, …的答复 …: structure.titleEnds). */
function endsAsTitle(line: string): boolean {
  noticeEnd ??= new RegExp(`(?:${alternation(getLexicon().structure.titleEnds)})$`);
  return noticeEnd.test(line);
}

function sentenceEnd(line: string): boolean {
  return /[。!?！？]/.test(line);
}

/** Whether a line can be (part of) a title: short, no sentence end, no trailing colon, no outline marker. */
function titleLike(line: string): boolean {
  return line.length >= 4 && line.length <= TITLE_MAX && !sentenceEnd(line) && !/[:：]$/.test(line) && findMarker(line) === null;
}

/** The longest note in brackets after a body's name: its short form or what it is, or what follows a short-form cue. */
const NOTE_MAX = 8;
const CUED_NOTE_MAX = 12;
/** The longest body's name (isBodyName). */
const BODY_NAME_MAX = 24;

/**
 * A note in brackets after a body's name, in Simplified script: its short form or what it is (勞工及福利局(勞福局),
 * …機構(辦學團體)), or the short form it defines (…學院(以下簡稱「匯才學院」)).
 */
let bodyNote: RegExp | undefined;
const bodyNotePattern = (): RegExp =>
  (bodyNote ??= new RegExp(`\\((?:[^()]{1,${NOTE_MAX}}|(?:${getLexicon().names.shortFormCues.join('|')})[^()]{1,${CUED_NOTE_MAX}})\\)$`));
let longestNamePart: number | undefined;

/** The longest part of a line of bodies' names: a name, and a note in brackets after it. */
function namePartMax(): number {
  longestNamePart ??= BODY_NAME_MAX + 2 + Math.max(NOTE_MAX, Math.max(0, ...getLexicon().names.shortFormCues.map((c) => c.length)) + CUED_NOTE_MAX);
  return longestNamePart;
}

/** How a government's name ends (澳門特別行政區政府, in either script). */
const GOVERNMENT = '政府';
/** Spaces between the names of several bodies on one line. */
const SPACE_RUN = /[\s\u3000]+/;
/** What stands under an issuer's name before the title: a document number, a date, page furniture (新闻稿, 2012-06-14 19:20). */
const UNDER_ISSUER: ReadonlySet<PreambleKind | null> = new Set(['docNumber', 'date', 'pageMeta']);

/** A line that is only a name in Latin letters (Vocational Training Council, Macao Health Bureau). */
const LATIN_NAME = /^[A-Za-z][A-Za-z .,&'’()-]*$/;

/** Whether a name in Simplified script is a body's (医务卫生局, 某某大学). */
export function isBodyName(simplified: string): boolean {
  if (simplified.length < 3 || simplified.length > BODY_NAME_MAX || !allHan(simplified)) return false;
  const v = vocab();
  return v.headLexicon.matchEnd(simplified, simplified.length) !== null || v.singleCharHeads.has(simplified[simplified.length - 1]);
}

/**
 * The first body's name as written (either script) when a line is only the names of bodies (one, or several spaced
 * apart: 湖北省卫生健康委员会 湖北省医疗保障局), each perhaps with a short note in brackets; else null.
 */
function bodyName(line: string): string | null {
  // Note: a line whose first part is too long for a name (a paragraph) holds none, read before conversion where that
  // keeps the spaces in place (converting paragraphs was most of the title's reading).
  if (firstPartLength(line) > namePartMax() && keepsOtherCharacters(line)) return null;
  // Note: the Simplified form keeps every character in place, so its offsets are the line's.
  const simplified = toSimplified(line);
  const names: string[] = [];
  let at = 0;
  for (const part of simplified.split(SPACE_RUN)) {
    const start = simplified.indexOf(part, at);
    at = start + part.length;
    const name = part.slice(0, bodyNotePattern().exec(part)?.index ?? part.length);
    if (!isBodyName(name)) return null;
    names.push(line.slice(start, start + name.length));
  }
  return names[0] ?? null;
}

/** The length of a line's first part, up to its first run of spaces. */
function firstPartLength(line: string): number {
  const space = line.search(SPACE_RUN);
  return space < 0 ? line.length : space;
}

/** Whether the next line continues a title broken over lines. */
function continues(title: string, next: string): boolean {
  const { aboutWord } = getLexicon().structure;
  if (!titleLike(next) || title.length + next.length > TITLE_MAX || preambleKind(next) !== null && !next.startsWith(aboutWord)) return false;
  const open = (title.match(/《/g)?.length ?? 0) > (title.match(/》/g)?.length ?? 0);
  return open || next.startsWith(aboutWord) || (endsAsTitle(next) && !endsAsTitle(title));
}

/** Reads the title block from the first lines. */
export function readTitle(lines: readonly Line[]): TitleBlock {
  let pageDate: string | null = null;
  let pageSource: string | null = null;
  // Note: a circular's number may open with the body that issues it (教育局通函第118/2024號): its issuer, failing another;
  // so may a news site's name, of the body that runs it (某某大学新闻网).
  let numbered: string | null = null;
  let k = 0;
  // Note: the kind of the line the furniture ends at is kept for readTitleFrom, not asked for again.
  let kind: PreambleKind | null = null;
  for (; k < lines.length; k++) {
    kind = preambleKind(lines[k].text);
    if (kind === 'pageMeta') {
      pageDate ??= metaDate(lines[k].text);
      pageSource ??= metaSource(lines[k].text);
      const owner = siteOwner(lines[k].text);
      if (owner !== null && isBodyName(toSimplified(owner))) numbered ??= owner;
      // Note: a release's header names the body that issues it (文化部新闻稿).
      numbered ??= releaseBody(lines[k].text);
    } else if (kind === 'docNumber') numbered ??= openingBody(lines[k].text);
    else if (kind !== 'date' && kind !== 'distribution') break;
  }
  const block = readTitleFrom(lines, k, kind, pageDate, pageSource);
  return block.issuerLine === null && numbered !== null ? { ...block, issuerLine: numbered } : block;
}

/** The body's name a line opens with (教育局 of 教育局通函第118/2024號), or null. */
function openingBody(line: string): string | null {
  const simplified = toSimplified(line);
  for (let end = Math.min(line.length - 1, 24); end >= 3; end--) if (isBodyName(simplified.slice(0, end))) return line.slice(0, end);
  return null;
}

/** The fewest characters of a body's name a title may open with to name that body again (工作局 of 社会工作局). */
const RESTATED_MIN = 3;

/**
 * Whether a line opens with the end of a body's name written on the line above (澳門特別行政區政府社會工作局 / 社會工作局
 * + 2025年度…報告): a title naming its issuer again, not the rest of a title the body's line began.
 */
function restatesBody(body: string, next: string): boolean {
  for (let n = body.length; n >= RESTATED_MIN; n--) if (next.startsWith(body.slice(body.length - n))) return true;
  return false;
}

/** Reads the title block from line `k` on (of preamble kind `firstKind`), past the furniture above it. */
function readTitleFrom(lines: readonly Line[], k: number, firstKind: PreambleKind | null, pageDate: string | null, pageSource: string | null): TitleBlock {
  const first = lines[k];
  if (!first || firstKind === 'addressee') return { title: null, titleLines: [], next: k, pageDate, pageSource, issuerLine: null };
  // Note: the names of the bodies that wrote a document, on lines of their own above its title (發展局 / 北部都會區統籌處),
  // with a document number or a date under them, are its issuer, not its title; a name may be shorter than the title.
  const second = lines[k + 1];
  const body = bodyName(first.text);
  const continued = body !== null && second !== undefined && continues(first.text, second.text) && !restatesBody(body, second.text);
  if (body !== null && !continued) {
    let j = k + 1;
    for (; j < lines.length; j++) {
      const kind = preambleKind(lines[j].text);
      // Note: so may its name in English, on a line of its own (職業訓練局 / Vocational Training Council).
      if (bodyName(lines[j].text) === null && !UNDER_ISSUER.has(kind) && !LATIN_NAME.test(lines[j].text.trim())) break;
      if (kind === 'pageMeta') pageDate ??= metaDate(lines[j].text);
    }
    // Note: a government's name over one of its bodies' (澳門特別行政區政府 / 教育及青年發展局) is that body's full name.
    const under = second !== undefined && body.endsWith(GOVERNMENT) ? bodyName(second.text) : null;
    const issuer = under !== null ? `${body}${under}` : body;
    const next = lines[j];
    if (next && titleLike(next.text) && preambleKind(next.text) === null) return readFrom(lines, j, pageDate, pageSource, issuer);
    return { title: null, titleLines: [], next: j, pageDate, pageSource, issuerLine: issuer };
  }
  if (!titleLike(first.text) && !continued) return { title: null, titleLines: [], next: k, pageDate, pageSource, issuerLine: null };
  return readFrom(lines, k, pageDate, pageSource, null);
}

/**
 * Whether the next two lines continue a title together: neither the title nor the first of them ends as a title does, the
 * second does (审核2025-26年度 / 开支预算 / 管制人员的答复).
 */
function continuesOverTwo(title: string, next: string, after: string): boolean {
  return title.length + next.length + after.length <= TITLE_MAX && !endsAsTitle(title) && !endsAsTitle(next) && endsAsTitle(after)
    && [next, after].every((line) => titleLike(line) && preambleKind(line) === null);
}

/** Reads the title from line `k` on, joining the lines that continue it. */
function readFrom(lines: readonly Line[], k: number, pageDate: string | null, pageSource: string | null, issuerLine: string | null): TitleBlock {
  const first = lines[k];
  const titleLines = [first];
  let title = first.text;
  while (titleLines.length < 3 && k + titleLines.length < lines.length && continues(title, lines[k + titleLines.length].text)) {
    const line = lines[k + titleLines.length];
    title += line.text;
    titleLines.push(line);
  }
  const [next, after] = [lines[k + 1], lines[k + 2]];
  if (titleLines.length === 1 && next && after && continuesOverTwo(title, next.text, after.text)) {
    title += next.text + after.text;
    titleLines.push(next, after);
  }
  // Note: the body that wrote a report may sign it right under the title, a date perhaps after it (香港某大学某事务处,
  // 国际合作与交流处（港澳台事务办公室） 2024年1月10日); a reprinted text may name its source in a note there
  // ((信息来源:某某网 2020-07-13)).
  const under = lines[k + titleLines.length];
  // Note: or under the occasion a speech's title gives on a line of its own (政府工作报告 / ——2025年1月9日在…会议上 / 某区人民政府).
  const occasion = under && OCCASION_DASH.test(under.text.trim()) ? lines[k + titleLines.length + 1] : undefined;
  const byline = issuerLine ?? (under ? bylineBody(under.text) : null) ?? (occasion ? bylineBody(occasion.text) : null);
  const source = pageSource ?? (under ? sourceNote(under.text) : null);
  return { title: withoutRepostMark(title).replace(DISCLOSURE_NOTE, ''), titleLines, next: k + titleLines.length, pageDate, pageSource: source, issuerLine: byline };
}

/** The dash an occasion line under a speech's title opens with (——2025年1月9日在…会议上). */
const OCCASION_DASH = /^(?:——|—|－－|--)/;

/** The body a line under a title names, a date perhaps after it, or null. */
function bylineBody(line: string): string | null {
  const text = line.trim();
  const parts = text.split(SPACE_RUN);
  const last = parts.length > 1 ? parts[parts.length - 1] : '';
  const dated = last !== '' && (isDateLine(last) || isoDate(last) !== null);
  return bodyName(dated ? text.slice(0, text.length - last.length).trim() : text) ?? (parts.length > 1 ? postHolderBody(last) : null);
}

/** The body whose post a line's last part names (民政及青年事务局局长 after the meeting's name: 民政及青年事务局), or null. */
function postHolderBody(part: string): string | null {
  const post = getLexicon().names.postTitles.find((p) => part.endsWith(p));
  if (post === undefined) return null;
  const body = part.slice(0, part.length - post.length);
  return isBodyName(toSimplified(body)) ? body : null;
}
