/**
 * Quoted names: “数字教育示范区” (a head of its own), “头雁”工程 (a head after the quote), “三区一中心” (a name an
 * action introduces), “…”等系列活动 (a series). Slogans and political formulas in quotes are not programs.
 */
import { getLexicon, type ProgramKind } from '../../../language/lexicon/index.js';
import { classify, hasHan, hasProperTag, isNumber, lastCharTable } from '../../../language/match/tokens.js';
import type { Token } from '../../../language/segment/index.js';
import type { Candidate } from '../../model.js';
import { distinctiveCount, vocab } from './vocabulary.js';
import { closingMarkOf, COUNTED_NAME, DEFINITION_BEFORE, QUOTES } from '../quoteMarks.js';
import { awardsQuote } from '../awarded.js';
import { placeAt } from '../regionTokens.js';
import { loneAbbreviation } from '../../../language/regions/index.js';

/** A quoted code of digits with letters, + or - (“6+2+N”), or of three or more digits (“315”): as distinctive as a name. */
const CODE = /^(?:(?=[^]*[0-9])(?=[^]*[A-Za-z+])[0-9A-Za-z+-]{2,}|[0-9]{3,})$/;
/** A quoted numeral abbreviation (“两县”, “五优”): a name even when its other character is generic. */
const NUMERAL_ABBREVIATION = /^[一二两三四五六七八九十百千万双]/;
/**
 * A political formula counted with 个 (“四个意识”, “两个维护”, “四个全面”): a slogan, never a program, whatever introduces
 * it. (A quotation nothing introduces refuses every counted name, COUNTED_NAME: “四种形态”, “三大中心”.)
 */
const COUNTED_FORMULA = /^[一二两三四五六七八九十]个/;
/** Words after a quotation showing it is one of a series of named activities (“…”等系列主题活动). */
const SERIES_MARK = '等';
const MAX_SERIES_TOKENS = 6;
/** Characters that make a quoted text a slogan or a list rather than a name. */
const LIST_MARKS = /[、,，;；:：。!！?？]/;
/** A place in brackets closing a quoted name (「香港品牌节(广州)」). */
const TRAILING_PLACE = /[(（][\u4e00-\u9fff]{2,6}[)）]$/;
/** A quoted brand, a colon and the name it gives an event (「艺文荟澳：澳门国际艺术双年展」). */
const BRAND_TITLE = /^([^、,，;；:：。!！?？]{2,8})[:：]([^、,，;；:：。!！?？]{4,30})$/;
/** How many tokens may stand between a closing quote and a program head (“一带一路”教育行动). */
const MAX_BRIDGE_TOKENS = 7;
/** The segmenter's tag of modifiers that only qualify a noun (一体化, 跨境, 大型): inside a name like a noun. */
const MODIFIER_TAG = 'b';
const MAX_QUOTED_LENGTH = 40;

/** True when a token is a program head on its own (攻坚, 改革 …): it ends a name rather than modifies one. */
function isHeadToken(token: Token): boolean {
  return vocab().quotedHeadLexicon.get(token.word) !== undefined;
}

/** Whether a word is a verb of going and a place's one-character abbreviation standing alone (赴港, 来穗). */
function goingTo(word: string): boolean {
  return word.length === 2 && loneAbbreviation(word, 1);
}

/**
 * The first token of the nominal words right before an opening quote that belong to the name
 * (上海基础教育“十四五”规划): no verbs, no head words, leading scope words trimmed.
 */
function quoteLeft(tokens: readonly Token[], regions: Uint8Array, open: number): number {
  const v = vocab();
  let first = open;
  for (let j = open - 1; j >= 0; j--) {
    const t = tokens[j];
    // Note: a place after a verb of going (赴港, 来穗) is where people go, not an owner of the name (内地居民赴港「个人游」计划).
    if (regions[j] === 1 && !goingTo(t.word)) {
      first = j;
      continue;
    }
    if (t.tag === 'x' || classify(t) !== 'NOMINAL' || v.actionWords.has(t.word) || isHeadToken(t)) break;
    // Note: nor does a manner word the segmenter joined to a verb (联合演出/l, 共同举办): its last two characters are the verb.
    if (t.word.length > 2 && v.actionWords.has(t.word.slice(-2))) break;
    first = j;
  }
  while (first < open && (v.leadingScopeWords.has(tokens[first].word) || v.barePrefixes.has(tokens[first].word))) first++;
  // Note: the last of a list of places (四川省、雲南省 + 「…」試點) is one of the places the programme runs in, not its owner;
  // so is a place the gazetteer does not read in such a list (瑞丽、河口/ns + “…”试点).
  if (first >= 2 && placeAt(tokens, regions, first) && placeAt(tokens, regions, first - 2) && getLexicon().partnering.listMarks.includes(tokens[first - 1].word)) return open;
  // Note: only an owner or place qualifies a quoted name (上海 + 基础教育); generic words (中小学教师) stay outside.
  for (let k = first; k < open; k++) if (regions[k] === 1 || (hasProperTag(tokens[k]) && !v.genericWords.has(tokens[k].word))) return first;
  return open;
}

/** True when a quoted text without its head can name something (two distinctive characters, a code or a numeral abbreviation). */
function quotedDistinctive(core: string): boolean {
  if (CODE.test(core)) return true;
  if (NUMERAL_ABBREVIATION.test(core) && core.length >= 2 && hasHan(core.slice(1))) return true;
  return distinctiveCount(core) >= 2;
}

/** The shortest core before a head of two or more characters that names a programme in quotes on its own (产学研合作资助 + 计划). */
const QUOTED_CORE = 4;

/**
 * Whether the words before a quoted name's own head name something: distinctive as any quoted name, or, before a head of
 * two characters or more, one distinctive character (县级医院能力 + 提升工程, 优本 + 计划) or four characters of any words
 * (产学研合作资助 + 计划): the quotation marks say it is a name. “重点项目” and “科技计划” stay generic.
 */
function quotedCore(core: string, head: string): boolean {
  if (quotedDistinctive(core)) return true;
  return head.length > 1 && (distinctiveCount(core) >= 1 || core.length >= QUOTED_CORE);
}

/** The kind when “…”等 introduces a series of named activities (“…”等系列主题宣传教育活动). */
function seriesKind(tokens: readonly Token[], close: number): ProgramKind | null {
  if (close + 1 >= tokens.length || tokens[close + 1].word !== SERIES_MARK) return null;
  for (let b = close + 2; b < tokens.length && b <= close + 1 + MAX_SERIES_TOKENS; b++) {
    const t = tokens[b];
    const head = vocab().quotedHeadLexicon.matchEnd(t.word, t.word.length);
    if (head && (head.kind === 'ACTIVITY' || head.kind === 'EVENT' || head.kind === 'CAMPAIGN') && head.word.length >= 2) return head.kind;
    if (!hasHan(t.word)) return null;
  }
  return null;
}

/** Whether the quotation is a slogan: a counted formula, or the object of a slogan verb (增强“四个意识”). */
function slogan(tokens: readonly Token[], open: number, close: number, inner: string): boolean {
  if (COUNTED_FORMULA.test(inner)) return true;
  const after = close + 1 < tokens.length ? tokens[close + 1].word : '';
  if (after !== '' && vocab().sloganFollowerList.some((w) => w.startsWith(after) || after.startsWith(w))) return true;
  const before = open > 0 ? tokens[open - 1].word : '';
  return before !== '' && endsInSloganVerb(before);
}

let sloganVerbEnds: Uint8Array | undefined;

/**
 * Whether a word ends in a slogan verb (增强).
 * Note: a word ending in no slogan verb's last character (most words) is settled by a table, without a test per verb.
 */
function endsInSloganVerb(word: string): boolean {
  const { sloganVerbList } = vocab();
  sloganVerbEnds ??= lastCharTable(sloganVerbList);
  if (sloganVerbEnds[word.charCodeAt(word.length - 1)] !== 1) return false;
  for (const verb of sloganVerbList) if (word.endsWith(verb)) return true;
  return false;
}

/** The segmenter's tag of set phrases (联合推出/l). */
const COMPOUND_TAG = 'l';

/** How many tokens of count or order may stand between an action word and the quotation it introduces (举办 + 约100个 + “…”). */
const MAX_COUNT_TOKENS = 3;

/** Whether a token counts or orders what follows (首届, 第二届, 100, 个, or an approximation such as 约). */
function countWord(token: Token): boolean {
  const cls = classify(token);
  // Note: the segmenter tags a number in digits x (设立 + 1/x + 个/q + “…”).
  // Note: the approximations are a set built once, not a search of every comparator word with a closure per call.
  return cls === 'ORDINAL' || cls === 'CN_NUMERAL' || token.tag === 'm' || token.tag === 'q' || isNumber(token.word)
    || vocab().approximations.has(token.word);
}

/**
 * Whether the token counts what follows as the unit right after a number, whatever its tag (8 + 班, 3 + 期: the segmenter
 * tags them nouns).
 */
function countedUnit(tokens: readonly Token[], k: number): boolean {
  return k > 0 && tokens[k].word.length === 1 && hasHan(tokens[k].word) && isNumber(tokens[k - 1].word);
}

/**
 * Whether an action word right before the quotation introduces it as an initiative (实施“…”, 打造“…”, 服务“…”), also
 * across an ordinal or a count (举办首届“…”, 举办约100个“…”, 合办8班「…」); or a verb of leading a group names the group
 * (县长率「…拓销团」赴东京).
 */
function introduced(tokens: readonly Token[], open: number): boolean {
  let k = open - 1;
  while (k >= 0 && open - 1 - k < MAX_COUNT_TOKENS && (countWord(tokens[k]) || countedUnit(tokens, k))) k--;
  if (k < 0) return false;
  const before = tokens[k].word;
  const v = vocab();
  if (v.actionWords.has(before) || v.initiativeVerbs.has(before) || v.leadVerbs.has(before)) return true;
  // Note: the segmenter may join a manner word to the verb (联合推出, 共同举办): its last two characters are the verb.
  const verb = before.slice(-2);
  return before.length > 2 && hasHan(verb) && (v.actionWords.has(verb) || v.initiativeVerbs.has(verb))
    && (tokens[k].tag.startsWith('v') || tokens[k].tag === COMPOUND_TAG);
}

/** A head after the quotation that extends the name (“头雁”工程, 上海基础教育“十四五”规划), or null. */
function bridged(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, open: number, close: number,
  inner: string): Candidate | null {
  for (let b = close + 1; b < tokens.length && b <= close + 1 + MAX_BRIDGE_TOKENS; b++) {
    const t = tokens[b];
    const head = vocab().quotedHeadLexicon.matchEnd(t.word, t.word.length);
    if (head && (head.word.length > 1 || t.word === head.word)) {
      const bridge = text.slice(tokens[close].end - offset, t.end - offset);
      if (b > close + 1 && head.kind === 'ACTIVITY' && tokens.slice(close + 1, b + 1).some((x) => vocab().genericBridge.has(x.word))) return null;
      const first = quoteLeft(tokens, regions, open);
      const prefix = text.slice(tokens[first].start - offset, tokens[open].start - offset);
      const surface = text.slice(tokens[first].start - offset, t.end - offset);
      // Note: the quoted words alone name it too (“澳门制造”展销活动 is also “澳门制造”).
      const aliases = prefix === '' ? [inner] : undefined;
      return { type: 'PROGRAM', name: prefix + inner + bridge, kind: head.kind, start: tokens[first].start, end: t.end, surface, aliases };
    }
    // Note: two words of work joined by a conjunction bridge too (“…”保护 + 及 + 管理 + 计划).
    if (b > close + 1 && vocab().conjunctions.has(t.word) && bridgeWord(tokens[b - 1]) && b + 1 < tokens.length && bridgeWord(tokens[b + 1])) continue;
    // Note: so does a word of work the segmenter cut into two verbs of one character (“番禺优才” + 引 + 育 + 计划).
    if (splitVerb(tokens, b)) {
      b++;
      continue;
    }
    if (!bridgeWord(t) || (vocab().actionWords.has(t.word) && !workOnIt(tokens, close, b))) return null;
  }
  return null;
}

/**
 * Whether the token at `b` is a verb of work right after the closing mark and right before a programme head: the work on
 * what the quotation names is the programme (“厦莆名师工作室”共建 + 计划), however often the verb introduces a name elsewhere.
 */
function workOnIt(tokens: readonly Token[], close: number, b: number): boolean {
  const next = tokens[b + 1];
  return b === close + 1 && next !== undefined && next.word.length > 1 && isHeadToken(next) && classify(tokens[b]) === 'VERB';
}

/** Whether tokens `b` and `b + 1` are verbs of one Han character each: a two-character word the segmenter did not know. */
function splitVerb(tokens: readonly Token[], b: number): boolean {
  const second = tokens[b + 1];
  // Note: the two tokens tested one by one, not as an array with a closure made per token of the bridge.
  return second !== undefined && oneCharacterVerb(tokens[b]) && oneCharacterVerb(second);
}

/** Whether a token is a verb of one Han character. */
function oneCharacterVerb(t: Token): boolean {
  return t.word.length === 1 && hasHan(t.word) && t.tag.startsWith('v');
}

/**
 * Whether a word may stand between a quotation and its head: a noun, a verb of two characters, a modifier, or an
 * adjective or quantity word of two Han characters or more (“1+4”经济 + 适度 + 多元 + 发展策略); not a number.
 */
function bridgeWord(t: Token): boolean {
  const cls = classify(t);
  if (cls === 'NOMINAL' || cls === 'VERB' || t.tag === MODIFIER_TAG) return true;
  return t.word.length > 1 && (t.tag === 'a' || (t.tag === 'm' && cls === 'HARD' && hasHan(t.word)));
}

/**
 * Whether a programme head of two or more characters follows the closing mark, right after it or after one word of the
 * work it names (“…”计划, “新优质学校”培育 + 项目).
 */
function headRightAfter(tokens: readonly Token[], close: number): boolean {
  if (longHeadAt(tokens, close + 1)) return true;
  const work = close + 1 < tokens.length ? tokens[close + 1] : null;
  return work !== null && work.word.length > 1 && (work.tag === 'vn' || classify(work) === 'VERB') && !vocab().actionWords.has(work.word)
    && longHeadAt(tokens, close + 2);
}

/**
 * Whether token `k` is a programme head of two or more characters on its own.
 * Note: a function of its own, not a closure in headRightAfter: tsx names each closure as it is made (a property set per call).
 */
function longHeadAt(tokens: readonly Token[], k: number): boolean {
  return k < tokens.length && tokens[k].word.length > 1 && isHeadToken(tokens[k]);
}

/** The quotation's words [innerAt, innerAt + inner.length) as a programme of `kind`. */
function wholeQuote(inner: string, innerAt: number, kind: ProgramKind): Candidate {
  return { type: 'PROGRAM', name: inner, kind, start: innerAt, end: innerAt + inner.length, surface: inner };
}

/** The quotation with the head right after its closing mark, or null. */
function withHeadAfter(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, open: number, close: number,
  inner: string): Candidate | null {
  return headRightAfter(tokens, close) ? bridged(text, offset, tokens, regions, open, close, inner) : null;
}

/** The program a quotation names, or null. */
function quotedName(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, open: number,
  close: number, listed: boolean, opensHeading: boolean): Candidate | null {
  const innerStart = tokens[open].end - offset;
  const raw = text.slice(innerStart, tokens[close].start - offset);
  const inner = raw.trim();
  if (inner.length < 2 || inner.length > MAX_QUOTED_LENGTH || slogan(tokens, open, close, inner)) return null;
  const innerAt = offset + innerStart + raw.indexOf(inner);
  // Note: the whole quotation and the reading with the head after it are functions of their own, not closures here: tsx
  // names each closure as it is made, a property set per quotation for two closures most quotations never call.
  // Note: a quotation of digits alone (考获「33222」) names something only with the name it opens (“315”科技创新…工程);
  // a formula of them (“1+4”) may name a scheme alone.
  if (!WORDED.test(inner)) return bridged(text, offset, tokens, regions, open, close, inner);
  // Note: a quoted pair of phrases is a slogan unless a head follows it (“不忘初心、牢记使命”主题教育) or a verb that puts
  // a scheme in place introduces it (推行“一户一码、一户一策”).
  // Note: a brand and its event, a colon between them (「艺文荟澳：澳门国际艺术双年展」), name one thing when a head ends it.
  const titled = BRAND_TITLE.exec(inner);
  const titleHead = titled ? vocab().quotedHeadLexicon.matchEnd(titled[2], titled[2].length) : null;
  if (titled && titleHead && titleHead.word.length > 1 && quotedDistinctive(titled[1])) return wholeQuote(inner, innerAt, titleHead.kind);
  if (LIST_MARKS.test(inner)) {
    if (!/^[^,，;；:：。!！?？]+$/.test(inner)) return null;
    const extended = bridged(text, offset, tokens, regions, open, close, inner);
    return extended ?? (open > 0 && vocab().schemeVerbs.has(tokens[open - 1].word) ? wholeQuote(inner, innerAt, 'OTHER') : null);
  }
  // Note: a place in brackets may follow the head inside the quotation (「香港品牌节(广州)」).
  const place = TRAILING_PLACE.exec(inner);
  const headEnd = place ? inner.length - place[0].length : inner.length;
  const own = vocab().quotedHeadLexicon.matchEnd(inner, headEnd);
  // Note: a one-character head needs a longer name when it may close a festival's (“甬港澳三地技能节”, not “春节”).
  if (own && own.word.length < headEnd && (own.word.length > 1 || headEnd >= 4 || (headEnd === 3 && own.kind !== 'ACTIVITY'))
    && quotedCore(inner.slice(0, headEnd - own.word.length), own.word)) {
    // Note: a designation's head right after the closing mark names the class of the programme's holders (“强校工程”示范校),
    // the quotation its alias; any other head names the programme's own part (“杭湖数据共享走廊”试点 is the corridor's).
    const holders = own.kind !== 'DESIGNATION' ? withHeadAfter(text, offset, tokens, regions, open, close, inner) : null;
    return holders?.kind === 'DESIGNATION' ? holders : wholeQuote(inner, innerAt, own.kind);
  }
  // Note: a head right after the closing mark makes the quotation a name however common its words (「科技券」计划).
  if (!quotedDistinctive(inner)) return withHeadAfter(text, offset, tokens, regions, open, close, inner);
  const series = seriesKind(tokens, close);
  if (series) return wholeQuote(inner, innerAt, series);
  const extended = bridged(text, offset, tokens, regions, open, close, inner);
  if (extended) return extended;
  // Note: a title awarded is a designation whatever ends its name (获评省级“五星级学会”, 入选某部“…示范工厂”).
  if (awardsQuote(text, tokens[open].start - offset)) return wholeQuote(inner, innerAt, 'DESIGNATION');
  // Note: a quoted way of giving aid is named with the aid (“组团式”帮扶).
  const aid = close + 1 < tokens.length && vocab().aidFollowers.has(tokens[close + 1].word) ? tokens[close + 1] : null;
  if (aid) {
    const start = tokens[open].start;
    return { type: 'PROGRAM', name: inner + aid.word, kind: 'OTHER', start, end: aid.end, surface: text.slice(start - offset, aid.end - offset) };
  }
  // Note: the word after a list of quotations is said of each of them (「港药通」及「港械通」政策).
  const last = listEnd(tokens, close);
  const after = last + 1 < tokens.length ? tokens[last + 1].word : '';
  if (after !== '' && vocab().initiativeFollowers.has(after)) return wholeQuote(inner, innerAt, 'STRATEGY');
  // Note: so does a service or scheme in use (“湖商通”涉企服务, “一网通办”率), and one of a class named before it
  // (援外培训项目“…培训班”).
  const served = after !== '' && vocab().serviceFollowerList.some((w) => w === after || (after.length > w.length && after.endsWith(w)));
  const appositive = open > 0 && vocab().appositiveNouns.has(tokens[open - 1].word.slice(-2));
  // Note: and so does a quotation opening a section's heading: the item's subject ((一)“红色网格”全覆盖), or opening an item
  // that a colon then describes (1.「山城黔行」：與重慶市…, 「行走絲路」西北考察團：…).
  if (introduced(tokens, open) || listed || served || appositive || opensHeading || titledItem(tokens, open, close)
    || clauseSubject(tokens, open, last)) return wholeQuote(inner, innerAt, 'OTHER');
  // Note: nothing around the quotation says it names something, but its words may (“三长共治”, 「一卡通借」). Nothing says where
  // it is either: it is bare, and the relations place it only by places written right before it (重庆—贵阳“…”).
  // Note: a literal, not a spread of wholeQuote(): a spread followed by a new field gave each candidate a map of its own.
  return wordsName(text, offset, tokens, regions, open, close, inner)
    ? { type: 'PROGRAM', name: inner, kind: 'OTHER', start: innerAt, end: innerAt + inner.length, surface: inner, bare: true } : null;
}

/**
 * Whether the words of a quotation nothing introduces read as a name: two words or more, a noun among them or a numeral
 * abbreviation (“三长共治”), not all verbs (“走出去”), not a place and one word (“广州担当”), no counted formula (“四种形态”)
 * or five-year plan (“十四五”); not a short form being defined (（以下简称“…”）), nor the label of a figure (“可网办率”100%)
 * or of what follows it (“…”的目标).
 */
function wordsName(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, open: number, close: number,
  inner: string): boolean {
  if (DEFINITION_BEFORE.test(text.slice(0, tokens[open].start - offset)) || COUNTED_NAME.test(inner) || /\s/.test(inner)) return false;
  if (getLexicon().structure.fiveYearPlans.has(inner)) return false;
  const inside = tokens.slice(open + 1, close);
  let place = open + 1;
  while (place < close && regions[place] === 1) place++;
  if (inside.length < 2 || (place > open + 1 && close - place === 1) || inside.every((t) => t.tag.startsWith('v'))) return false;
  if (!NUMERAL_ABBREVIATION.test(inner) && !inside.some((t) => NOUN_TAG.test(t.tag))) return false;
  const next = tokens[close + 1];
  return next === undefined || (next.tag !== 'm' && !/^[0-9]/.test(next.word) && next.word !== POSSESSIVE);
}

/** The segmenter's tags of nouns (n, ns, nz, vn …): a name holds one. */
const NOUN_TAG = /^(?:n|vn)/;

/** The particle that makes what stands before it qualify the noun after it (“…”的目标). */
const POSSESSIVE = '的';

/** The closing mark of the last quotation of the list a quotation closing at `close` opens (“…”及“…”), or `close`. */
function listEnd(tokens: readonly Token[], close: number): number {
  let end = close;
  while (end + 2 < tokens.length && QUOTE_LIST.has(tokens[end + 1].word) && QUOTES.has(tokens[end + 2].word)) {
    const closeMark = QUOTES.get(tokens[end + 2].word);
    let k = end + 3;
    while (k < tokens.length && tokens[k].word !== closeMark && k - end <= MAX_QUOTED_LENGTH) k++;
    if (k >= tokens.length || tokens[k].word !== closeMark) break;
    end = k;
  }
  return end;
}

/** Tags of the words after a clause's subject that show it is one: a verb, an adverb, a preposition or conjunction, a time. */
const PREDICATE_TAGS = new Set(['v', 'vn', 'd', 'p', 'c', 't']);

/**
 * Whether the quotation (or list of quotations) opens its clause and the clause goes on with its predicate: the named
 * thing is the clause's subject (「医健通」与内地…, 「艺文荟澳」全年吸引…, 「商业数据通」亦…). A slogan seldom acts.
 */
function clauseSubject(tokens: readonly Token[], open: number, last: number): boolean {
  const before = open > 0 ? tokens[open - 1] : null;
  if (before !== null && (hasHan(before.word) || QUOTES.has(before.word))) return false;
  const after = last + 1 < tokens.length ? tokens[last + 1] : null;
  return after !== null && PREDICATE_TAGS.has(after.tag) && !vocab().actionWords.has(after.word);
}

/** How many words may stand between an item's opening quotation and the colon that describes it (「…」西北考察團：). */
const ITEM_TITLE_WORDS = 2;

/** Whether the quotation opens the statement and a colon follows it, after at most a class noun or two. */
function titledItem(tokens: readonly Token[], open: number, close: number): boolean {
  if (open !== 0) return false;
  for (let k = close + 1; k < tokens.length && k <= close + 1 + ITEM_TITLE_WORDS; k++) {
    if (tokens[k].word === '：' || tokens[k].word === ':') return true;
    if (classify(tokens[k]) !== 'NOMINAL') return false;
  }
  return false;
}

/** The quoted name with the word after its closing quote that the text names it with (“清廉学校”建设), or null. */
function followedName(text: string, offset: number, closeEnd: number, name: string): string | null {
  const at = closeEnd - offset;
  const word = vocab().nameFollowers.find((w) => text.startsWith(w, at));
  return word ? name + word : null;
}

/** The most words of work after a quoted name that the text names it with (“哈大齐”人才一体化发展). */
const MAX_WORK_TOKENS = 3;

/**
 * The quoted name with the work it names when a clause ends on it (“莞镇”劳务协作, “两癌”筛查, “订单式”联合培养): up to three
 * words of nouns and activities after the closing quote, the last a verb of work of two characters or an aid word, then a
 * punctuation mark, a conjunction or the end; or null.
 */
function namedWork(text: string, offset: number, tokens: readonly Token[], close: number, name: string): string | null {
  const v = vocab();
  let last = -1;
  for (let k = close + 1; k < tokens.length && k <= close + MAX_WORK_TOKENS; k++) {
    const t = tokens[k];
    if (!hasHan(t.word) || v.conjunctions.has(t.word)) break;
    const cls = classify(t);
    if (v.actionWords.has(t.word) || (cls !== 'NOMINAL' && cls !== 'VERB' && t.tag !== MODIFIER_TAG && !v.aidFollowers.has(t.word))) return null;
    last = k;
  }
  const next = last + 1 < tokens.length ? tokens[last + 1].word : '';
  if (last < 0 || (hasHan(next) && !v.conjunctions.has(next))) return null;
  const end = tokens[last];
  const work = end.word.length > 1 && (end.tag === 'vn' || end.tag === 'v' || v.aidFollowers.has(end.word));
  return work ? name + text.slice(tokens[close].end - offset, end.end - offset) : null;
}

/** A Han character, a Latin letter or a plus (1+4, a formula naming a scheme): what a quotation naming something holds besides digits. */
const WORDED = /[\u3400-\u9fffA-Za-z+＋]/;

/** Marks that list quotations one after the other (“…”、“…”和“…”); none between them is a list too. */
const QUOTE_LIST = new Set(['、', '和', '及', '与', '以及']);

/** Quoted names in a statement. */
export function quoted(text: string, offset: number, tokens: readonly Token[], regions: Uint8Array, out: Candidate[], heading = false): void {
  // Note: a quotation listed right after one that names an initiative is one too (推行“证照联办”“无感续证”).
  let lastNamed = -2;
  for (let open = 0; open < tokens.length; open++) {
    const closeMark = closingMarkOf(tokens[open].word);
    if (!closeMark) continue;
    let close = open + 1;
    while (close < tokens.length && tokens[close].word !== closeMark && close - open <= MAX_QUOTED_LENGTH) close++;
    if (close >= tokens.length || tokens[close].word !== closeMark) continue;
    const listed = lastNamed >= 0 && (open === lastNamed + 1 || (open === lastNamed + 2 && QUOTE_LIST.has(tokens[open - 1].word)));
    const found = quotedName(text, offset, tokens, regions, open, close, listed, heading && open === 0);
    if (found) {
      const named = found.name === found.surface
        ? followedName(text, offset, tokens[close].end, found.name) ?? namedWork(text, offset, tokens, close, found.name) : null;
      if (named) found.aliases = [named];
      out.push(found);
      // Note: a bare quotation says nothing of the one listed after it.
      if (!found.bare) lastNamed = close;
    }
    open = close;
  }
}
