/** Which region names are too common or ambiguous as words to be matched alone in text. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Generic words that happen to be (short forms of) region names: never matched alone in text. */
export const GENERIC_REGION_STOPLIST: ReadonlySet<string> = new Set([
  '城区', '新区', '郊区', '矿区', '东区', '西区', '南区', '北区', '中区', '市中', '市辖', '开发区', '高新', '经济',
  '和平', '长安', '平安', '永安', '新华', '城关', '城中', '城东', '城西', '城南', '城北', '新城', '古城', '老城',
  '江南', '江北', '河东', '河西', '东方', '向阳', '红旗', '前进', '胜利', '光明', '东风', '合作', '新市',
  '中原', '华侨', '民主', '解放', '人民', '建设', '团结', '友谊', '复兴', '振兴', '文化', '未来', '东海',
  '新建', '平原', '商城', '凤凰', '安宁', '太平', '海港', '路桥', '河口', '龙门', '温泉', '天桥', '牡丹', '共和', '太和',
  '石林', '黄龙', '长子', '新兴', '通道', '资源', '比如', '友好', '互助', '工农', '宏伟', '富裕', '会同', '大方',
]);

/**
 * Ordinary words that are short forms of prefecture-level cities (朝阳产业, 各位来宾, 幸福安康, 长治久安): matched in text
 * only before a boundary. nodejieba's tags do not flag them reliably.
 */
export const ORDINARY_CITY_SHORT_FORMS: ReadonlySet<string> = new Set([
  '朝阳', '来宾', '安康', '北海', '长治', '大同', '普洱', '三明', '白银', '日照', '阿里', '山南', '白山', '吉安', '玉林',
  '金昌', '开封', '保定', '承德', '昌都', '海东', '海西', '鹤壁', '黄山', '丽水', '通化', '抚顺',
]);

/** Part-of-speech tags of nodejieba's dictionary that mark a proper name (place, person, organisation). */
const NAME_TAG = /^(ns|nr|nt|nz)/;
/** Dictionary frequency from which a non-name word counts as common. */
const COMMON_FREQUENCY = 300;

/** Dictionary frequency from which a two-character word counts as an ordinary word for compound abbreviations. */
const BIGRAM_FREQUENCY = 100;

/** What a scan of nodejieba's general dictionary found. */
export interface DictionaryFacts {
  /** Words of the query set that are frequent ordinary words (not tagged as a proper name), e.g. 光明, 前进, 清新. */
  common: Set<string>;
  /** Frequent two-character words starting with one of the query characters, e.g. 深度, 深化, 台阶, 京剧. */
  bigrams: Set<string>;
}

/** Scans nodejieba's general dictionary once for the facts above; both sets are empty if it cannot be read. */
export function scanDictionary(words: ReadonlySet<string>, bigramStarts: ReadonlySet<string>): DictionaryFacts {
  const facts: DictionaryFacts = { common: new Set(), bigrams: new Set() };
  let dict: Buffer;
  try {
    // Note: the path of nodejieba's DEFAULT_DICT, resolved without loading the native module.
    const root = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
    dict = readFileSync(join(root, 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8'));
  } catch {
    return facts;
  }
  // Note: the 5 MB dictionary is scanned as bytes with a rolling hash; only hits are decoded (decoding every line is slow).
  const hashes = new Set<number>();
  let longest = 6;
  for (const word of words) {
    const bytes = Buffer.from(word, 'utf8');
    hashes.add(hashBytes(bytes, 0, bytes.length));
    longest = Math.max(longest, bytes.length);
  }
  const starts = new Set<number>();
  for (const ch of bigramStarts) starts.add(hashBytes(Buffer.from(ch, 'utf8'), 0, 3));
  const n = dict.length;
  let pos = 0;
  while (pos < n) {
    let h = 0;
    let sp = pos;
    let first = 0;
    while (sp < n && sp - pos <= longest) {
      const b = dict[sp];
      if (b === 0x20 || b === 0x0a) break;
      h = (Math.imul(h, 31) + b) | 0;
      if (sp - pos === 2) first = h;
      sp++;
    }
    let nl = -1;
    if (sp < n && dict[sp] === 0x20) {
      const isWord = hashes.has(h);
      const isBigram = sp - pos === 6 && starts.has(first);
      if (isWord || isBigram) {
        const word = dict.toString('utf8', pos, sp);
        nl = dict.indexOf(0x0a, sp);
        if (nl < 0) nl = n;
        const [freq, tag = ''] = dict.toString('utf8', sp + 1, nl).trim().split(' ');
        const frequency = Number(freq);
        if (isWord && words.has(word) && frequency >= COMMON_FREQUENCY && !NAME_TAG.test(tag)) facts.common.add(word);
        if (isBigram && word.length === 2 && bigramStarts.has(word[0]) && frequency >= BIGRAM_FREQUENCY) facts.bigrams.add(word);
      }
    }
    if (nl < 0) nl = dict.indexOf(0x0a, sp);
    pos = nl < 0 ? n : nl + 1;
  }
  return facts;
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + bytes[k]) | 0;
  return h;
}
