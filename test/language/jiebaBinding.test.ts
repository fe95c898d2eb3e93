/**
 * The lean segmenter binding (language/segment/native, built at install) against nodejieba's own: the same tokens,
 * tags and offsets on every text of the test fixtures and on awkward strings, and the words inserted after loading.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJiebaBinding, tokensFromSpans } from '../../language/segment/jiebaBinding.js';
import { jiebaDataPath } from '../../language/segment/jiebaDictionary.js';
import { writeUserDictionary } from '../../language/lexicon/userDictionary.js';
import { segmenterBinding } from '../../language/segment/segmenter.js';

const root = new URL('../../', import.meta.url).pathname;
const files = {
  dictionary: jiebaDataPath('jieba.dict.utf8')!,
  hmmModel: jiebaDataPath('hmm_model.utf8')!,
  userDictionary: writeUserDictionary(),
  idf: join(root, 'language/segment/jieba-idf.utf8'),
  stopWords: join(root, 'language/segment/jieba-stop-words.utf8'),
};

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return name.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

const fixtureTexts = [...textsUnder(join(root, 'test/fixtures')), ...textsUnder(join(root, 'seeds'))];
const awkward = [
  '',
  ' ',
  '\n\n',
  'Hong Kong 2025 年 GDP 增长 3.5%',
  '𠀀𠀁香港𡃁仔學校',
  '广州\uD800市教育局\uDC00', // lone surrogates
  '🎓 教育局 🎓',
  '建设\u0000中心',
  '香港城市大學(東莞)與香港教育大學',
];

describe('the lean segmenter binding', () => {
  const lean = loadJiebaBinding(files);
  const reference = loadJiebaBinding(files, false);
  const inserted = ['坪山区', '鄞州区'];
  for (const word of inserted) {
    lean.insertWord(word, 'ns');
    reference.insertWord(word, 'ns');
  }

  it('is what this install built (npm install compiles it; nodejieba is only the fallback)', () => {
    expect(lean.kind).toBe('lean');
    expect(reference.kind).toBe('nodejieba');
    expect(segmenterBinding()).toBe('lean');
  });

  it('cuts and tags every fixture text exactly as nodejieba does', () => {
    expect(fixtureTexts.length).toBeGreaterThan(40);
    for (const text of fixtureTexts) expect(lean.tag(text, 17)).toEqual(reference.tag(text, 17));
  });

  it('agrees on empty, spaced, astral, lone-surrogate and mixed-script strings, and its tokens re-concatenate', () => {
    for (const text of awkward) {
      const tokens = lean.tag(text, 3);
      expect(tokens.map((t) => t.word).join('')).toBe(text);
      for (const t of tokens) expect(text.slice(t.start - 3, t.end - 3)).toBe(t.word);
      if (!/[\uD800-\uDFFF]/.test(text)) expect(tokens).toEqual(reference.tag(text, 3));
    }
  });

  it('keeps astral characters whole (offsets in UTF-16 code units, not code points)', () => {
    const tokens = lean.tag('𠀀𠀁香港', 0);
    expect(tokens.map((t) => t.word).join('')).toBe('𠀀𠀁香港');
    expect(tokens[tokens.length - 1]).toMatchObject({ word: '香港', start: 4, end: 6 });
  });

  it('answers a text with more words than its first array holds (the array grows) and shorter ones after it', () => {
    const long = '香港教育局在九龙举办培训，'.repeat(400);
    expect(lean.tag(long, 0)).toEqual(reference.tag(long, 0));
    expect(lean.tag('在香港', 0)).toEqual(reference.tag('在香港', 0));
  });

  it('segments words inserted after loading as single place-name tokens', () => {
    expect(lean.tag('为坪山区培训教练员', 0).find((t) => t.word === '坪山区')?.tag).toBe('ns');
  });

  it('takes words inserted after it has cut (its trie is rebuilt), the later tag of a word inserted twice', () => {
    const text = '在葵青沙田两地开展培训';
    expect(lean.tag(text, 0).some((t) => t.word === '葵青沙田')).toBe(false);
    for (const binding of [lean, reference]) {
      binding.insertWord('葵青沙田', 'nz');
      binding.insertWord('葵青沙田', 'ns');
    }
    expect(lean.tag(text, 0).find((t) => t.word === '葵青沙田')?.tag).toBe('ns');
    expect(lean.tag(text, 0)).toEqual(reference.tag(text, 0));
  });
});

describe('tokensFromSpans', () => {
  it('fills text no span covers with x tokens so offsets stay exact', () => {
    const text = '南沙区 特殊教育学校';
    const spans = Uint32Array.from([0, 3, 0, 4, 4, 1]);
    const tokens = tokensFromSpans(text, spans, ['ns', 'n'], 5);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens[1]).toEqual({ word: ' ', tag: 'x', start: 8, end: 9 });
    expect(tokens[2]).toEqual({ word: '特殊教育', tag: 'n', start: 9, end: 13 });
    expect(tokens[3]).toEqual({ word: '学校', tag: 'x', start: 13, end: 15 });
  });

  it('maps code point offsets to code units around astral characters, and reads lone surrogates as one unit', () => {
    const astral = '𠀀在香港';
    const tokens = tokensFromSpans(astral, Uint32Array.from([0, 1, 0, 1, 1, 1, 2, 2, 0]), ['ns', 'p'], 2);
    expect(tokens).toEqual([
      { word: '𠀀', tag: 'ns', start: 2, end: 4 },
      { word: '在', tag: 'p', start: 4, end: 5 },
      { word: '香港', tag: 'ns', start: 5, end: 7 },
    ]);
    const lone = '\uD800在';
    expect(tokensFromSpans(lone, Uint32Array.from([0, 1, 0, 1, 1, 1]), ['x', 'p'], 0)).toEqual([
      { word: '\uD800', tag: 'x', start: 0, end: 1 },
      { word: '在', tag: 'p', start: 1, end: 2 },
    ]);
  });

  it('reads only the first `length` entries (the binding reuses one array, longer than the last answer)', () => {
    const spans = Uint32Array.from([0, 1, 0, 1, 1, 1, 5, 5, 5, 9, 9, 9]);
    expect(tokensFromSpans('在港', spans, ['p', 'ns'], 0, 6)).toEqual([
      { word: '在', tag: 'p', start: 0, end: 1 },
      { word: '港', tag: 'ns', start: 1, end: 2 },
    ]);
  });

  it('gives one-character words of every statement alike (shared strings, same contents)', () => {
    const first = tokensFromSpans('在港', Uint32Array.from([0, 1, 0, 1, 1, 0]), ['p'], 0);
    const again = tokensFromSpans('港在', Uint32Array.from([0, 1, 0, 1, 1, 0]), ['p'], 9);
    expect(first.map((t) => t.word)).toEqual(['在', '港']);
    expect(again).toEqual([{ word: '港', tag: 'p', start: 9, end: 10 }, { word: '在', tag: 'p', start: 10, end: 11 }]);
  });
});
