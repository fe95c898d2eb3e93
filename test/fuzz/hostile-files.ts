/**
 * Generates hostile input files for the ingest fuzz test: truncated and mixed encodings, NUL and control characters,
 * zero-width and private-use characters, a 5 MB single line, deeply nested or unclosed HTML, files that are really a
 * PDF, ZIP or PNG, and file names with spaces, quotes and Chinese. Deterministic: the same seed writes the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

/** One generated file: its kind (for reports) and where it was written. */
export interface HostileFile {
  kind: string;
  file: string;
}

/** A small seeded PRNG (mulberry32), so a failing case can be regenerated. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented names, unlike any fixture's, so the fuzz's documents never meet other tests' entities.
const PLAN = [
  '广州市南沙区教育局2031年工作要点',
  '一、推进湾区教育融合',
  '(一)在南沙区实施“滨海书香校园计划”,新建公办学校5所,新增学位约1.2万个。',
  '(二)依托南沙区启明实验学校实施“青禾劳动教育工程”,公办幼儿园在园幼儿占比达到50%以上。',
  '(三)南沙区启明实验学校与澳门海风学院签署合作协议,开展师生交流。',
  '二、加强教师队伍建设',
  '1.实施《南沙区教师成长三年行动计划》,培训教师不少于3000人次。',
].join('\n');

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u00ad'];
const ODD_SEPARATORS = ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u3000', '\u00a0', '\u202e', '\u202d'];
const NAME_PARTS = ['plan', '计划 草案', "it's", 'say "hi"', '附件1', 'index', '南沙 区(修订)', 'a;b', '$HOME', 'back\\slash', '-dash', '…', '🙂', 'tab\there'];

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

/** Inserts `count` strings from `pool` at random places in `text`. */
function sprinkle(rand: Rand, text: string, pool: readonly string[], count: number): string {
  const chars = Array.from(text);
  for (let i = 0; i < count; i++) chars.splice(int(rand, 0, chars.length), 0, pick(rand, pool));
  return chars.join('');
}

function privateUse(rand: Rand): string {
  return rand() < 0.7 ? String.fromCodePoint(int(rand, 0xe000, 0xf8ff)) : String.fromCodePoint(int(rand, 0xf0000, 0xffffd));
}

function controlChar(rand: Rand): string {
  return String.fromCharCode(pick(rand, [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x1a, 0x1b, 0x1f, 0x7f]));
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const gbk = (text: string): Buffer => iconv.encode(text, 'gb18030');

/** Text generators: each returns the bytes of one hostile file and the extension to give it. */
const GENERATORS: Record<string, (rand: Rand) => { bytes: Buffer; ext: string }> = {
  'truncated utf-8': (rand) => {
    const bytes = utf8(PLAN);
    return { bytes: bytes.subarray(0, int(rand, 1, bytes.length - 1)), ext: '.txt' };
  },
  'truncated gb18030': (rand) => {
    const bytes = gbk(PLAN);
    return { bytes: bytes.subarray(0, int(rand, 1, bytes.length - 1)), ext: pick(rand, ['.txt', '.md']) };
  },
  'mixed utf-8 and gb18030': (rand) => {
    const lines = PLAN.split('\n');
    return { bytes: Buffer.concat(lines.map((l) => Buffer.concat([rand() < 0.5 ? utf8(l) : gbk(l), Buffer.from('\n')]))), ext: '.txt' };
  },
  'utf-8 bom over gb18030': () => ({ bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gbk(PLAN)]), ext: '.txt' }),
  'utf-16 without bom': (rand) => ({ bytes: iconv.encode(PLAN, rand() < 0.5 ? 'utf16le' : 'utf16be'), ext: '.txt' }),
  'utf-32': () => ({ bytes: iconv.encode(PLAN, 'utf32le' as never), ext: '.txt' }),
  'random bytes': (rand) => ({ bytes: Buffer.from(Array.from({ length: int(rand, 1, 4096) }, () => int(rand, 0, 255))), ext: '.txt' }),
  'random high bytes': (rand) => ({ bytes: Buffer.from(Array.from({ length: int(rand, 2, 4096) }, () => int(rand, 0x80, 0xff))), ext: '.txt' }),
  'nul bytes': (rand) => ({ bytes: utf8(sprinkle(rand, PLAN, ['\u0000'], int(rand, 1, 20))), ext: pick(rand, ['.txt', '.html']) }),
  'a few control characters': (rand) => ({ bytes: utf8(sprinkle(rand, PLAN, [controlChar(rand)], int(rand, 1, 8))), ext: '.txt' }),
  'many control characters': (rand) => ({
    bytes: utf8(sprinkle(rand, PLAN, Array.from({ length: 8 }, () => controlChar(rand)), int(rand, 60, 400))),
    ext: '.txt',
  }),
  'zero-width characters': (rand) => ({ bytes: utf8(sprinkle(rand, PLAN, ZERO_WIDTH, int(rand, 1, 300))), ext: pick(rand, ['.txt', '.md', '.html']) }),
  'private-use characters': (rand) => ({
    bytes: utf8(sprinkle(rand, PLAN, Array.from({ length: 16 }, () => privateUse(rand)), int(rand, 1, 200))),
    ext: '.txt',
  }),
  'odd separators and bidi overrides': (rand) => ({ bytes: utf8(sprinkle(rand, PLAN, ODD_SEPARATORS, int(rand, 1, 200))), ext: '.txt' }),
  'combining marks and emoji': (rand) => ({
    bytes: utf8(sprinkle(rand, PLAN, ['\u0301', '\u20dd', '\ufe0f', '👨‍👩‍👧', '🏫', '\u{e0067}', '\u{1d7d8}'], int(rand, 1, 200))),
    ext: '.txt',
  }),
  'lone surrogate bytes (cesu-8)': (rand) => ({
    bytes: Buffer.concat([utf8(PLAN.slice(0, int(rand, 0, PLAN.length))), Buffer.from([0xed, 0xa0, 0x80]), utf8(PLAN)]),
    ext: '.txt',
  }),
  'overlong utf-8': () => ({ bytes: Buffer.concat([utf8(PLAN), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf])]), ext: '.txt' }),
  'only whitespace and separators': (rand) => ({
    bytes: utf8(Array.from({ length: int(rand, 1, 500) }, () => pick(rand, [...ODD_SEPARATORS, ' ', '\n', '\t', ...ZERO_WIDTH])).join('')),
    ext: pick(rand, ['.txt', '.md', '.html']),
  }),
  'only punctuation': (rand) => ({ bytes: utf8('。,、;:?!“”《》'.repeat(int(rand, 1, 300))), ext: '.txt' }),
  'unbalanced marks': (rand) => ({
    bytes: utf8(sprinkle(rand, PLAN, ['《', '》', '“', '”', '(', ')', '(', ')', '「', '【'], int(rand, 5, 400))),
    ext: '.txt',
  }),
  'outline markers only': (rand) => ({
    bytes: utf8(Array.from({ length: int(rand, 10, 3000) }, (_, i) => pick(rand, ['一、', '(一)', `${i}.`, `(${i})`, '第一章', '#'])).join('\n')),
    ext: pick(rand, ['.txt', '.md']),
  }),
  'huge numbers': (rand) => ({
    bytes: utf8(
      `${PLAN}\n新增学位${'9'.repeat(int(rand, 20, 400))}万个,占比达到${'9'.repeat(int(rand, 5, 400))}%以上。\n` +
        `投入资金1e400亿元,完成${'一'.repeat(int(rand, 10, 200))}亿个,达到-0.0%。第99999999999999年计划达到九千九百九十九万亿亿亿个。`,
    ),
    ext: '.txt',
  }),
  'long line without punctuation': (rand) => ({ bytes: utf8('南沙区启明实验学校实施青禾劳动教育工程'.repeat(int(rand, 100, 4000))), ext: '.txt' }),
  'markdown structure': (rand) => ({
    bytes: utf8(`# ${PLAN.split('\n')[0]}\n${'#'.repeat(int(rand, 1, 60))} 标题\n${'> '.repeat(int(rand, 1, 300))}南沙区\n\`\`\`\n${PLAN}\n${'- '.repeat(int(rand, 1, 300))}香港\n`),
    ext: '.md',
  }),
  'deeply nested html': (rand) => {
    const depth = int(rand, 500, 20_000);
    const tag = pick(rand, ['div', 'span', 'td', 'font', 'b', 'section']);
    return { bytes: utf8(`<html><body>${`<${tag}>`.repeat(depth)}${PLAN}${`</${tag}>`.repeat(rand() < 0.5 ? depth : 0)}</body></html>`), ext: '.html' };
  },
  'unclosed html': (rand) => {
    const opens = Array.from({ length: int(rand, 10, 5000) }, () => pick(rand, ['<div>', '<p>', '<table><tr><td>', '<ul><li>', '<script>', '<style>', '<!--', '<![CDATA[', '<a href="'])).join('');
    return { bytes: utf8(`<html><head><title>${PLAN.slice(0, 12)}${opens}${PLAN.replace(/\n/g, '<br>')}`), ext: pick(rand, ['.html', '.htm']) };
  },
  'html with a script that never closes': () => ({ bytes: utf8(`<html><body><p>${PLAN}</p><script>var a = "${'南沙区'.repeat(1000)}`), ext: '.html' }),
  'html with hostile attributes and entities': (rand) => ({
    bytes: utf8(
      `<html><body><div class="${'x-'.repeat(int(rand, 1, 2000))}" id='"><'>&#0;&#x110000;&#xD800;&amp;&nbsp;&#12354;${PLAN.replace(/\n/g, '</p><p>')}&` +
        `${'&#20013;'.repeat(int(rand, 1, 2000))}</div></body></html>`,
    ),
    ext: '.html',
  }),
  'html declaring a charset it does not use': (rand) => ({
    bytes: Buffer.concat([utf8(`<meta charset="${pick(rand, ['gbk', 'utf-8', 'big5', 'shift_jis', 'x-unknown'])}">`), rand() < 0.5 ? gbk(PLAN) : utf8(PLAN)]),
    ext: '.html',
  }),
  'a pdf named .txt': (rand) => ({
    bytes: Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n', 'latin1'), Buffer.from(Array.from({ length: int(rand, 64, 4096) }, () => int(rand, 0, 255)))]),
    ext: pick(rand, ['.txt', '.html', '.md']),
  }),
  'a pdf with a text-only body': () => ({ bytes: utf8(`%PDF-1.4\n1 0 obj\n<< /Length 44 >>\nstream\nBT (${PLAN}) Tj ET\nendstream\nendobj\n%%EOF\n`), ext: '.txt' }),
  'a zip named .txt': (rand) => ({
    bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), Buffer.from(Array.from({ length: int(rand, 32, 4096) }, () => int(rand, 0, 255)))]),
    ext: pick(rand, ['.txt', '.htm']),
  }),
  'a png named .txt': (rand) => ({
    bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: int(rand, 32, 2048) }, () => int(rand, 0, 255)))]),
    ext: '.txt',
  }),
  'plain but oddly named': (rand) => ({ bytes: utf8(sprinkle(rand, PLAN, ['\n'], int(rand, 0, 5))), ext: pick(rand, ['.txt', '.TXT', '.Md', '.HTML']) }),
};

/** The kinds of hostile input the generator makes. */
export const HOSTILE_KINDS = Object.keys(GENERATORS);

/** A hostile file name: the case number keeps it unique; the rest is spaces, quotes, Chinese and shell characters. */
function hostileName(rand: Rand, index: number, suffix: string): string {
  const parts = Array.from({ length: int(rand, 1, 3) }, () => pick(rand, NAME_PARTS));
  return `${parts.join(' ')} ${String(index).padStart(4, '0')}-${suffix}`;
}

/**
 * Writes `count` hostile files into `dir` (cycling through every kind, with random parameters), plus one 5 MB single
 * line of Chinese. Returns what was written.
 */
export function writeHostileFiles(dir: string, count: number, seed: number, suffix: string): HostileFile[] {
  const rand = prng(seed);
  const written: HostileFile[] = [];
  for (let i = 0; i < count; i++) {
    const kind = HOSTILE_KINDS[i % HOSTILE_KINDS.length];
    const { bytes, ext } = GENERATORS[kind](rand);
    const file = path.join(dir, `${hostileName(rand, i, suffix)}${ext}`);
    fs.writeFileSync(file, bytes);
    written.push({ kind, file });
  }
  const unit = '南沙区启明实验学校新增学位约1.2万个,';
  const head = utf8(PLAN.split('\n')[0]);
  const line = Buffer.concat([head, utf8(unit.repeat(Math.floor((5_000_000 - head.length) / utf8(unit).length)))]);
  const big = path.join(dir, `5 MB 单行 “one line”-${suffix}.txt`);
  fs.writeFileSync(big, line);
  written.push({ kind: '5 MB single line', file: big });
  return written;
}
