import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTokens, getSegmenter, prepareSegmenter, tagText } from '../../language/segment/index.js';
import { extractText } from '../../ingest/pipeline.js';

const root = new URL('../../', import.meta.url);
const corpusDir = new URL('test/fixtures/corpus/', root);
const files = [
  new URL('seeds/guangzhou-education-2019-summary-2020-plan.txt', root),
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, corpusDir)),
];
const texts = files.map((f) => readFileSync(f, 'utf8'));

describe('tagText', () => {
  it('returns tokens that re-concatenate to every seed and corpus text with contiguous absolute offsets', () => {
    for (const text of texts) {
      const tokens = tagText(text, 1000);
      expect(tokens.map((t) => t.word).join('')).toBe(text);
      let at = 1000;
      for (const t of tokens) {
        expect(t.start).toBe(at);
        expect(t.end - t.start).toBe(t.word.length);
        at = t.end;
      }
      expect(at).toBe(1000 + text.length);
    }
  });

  it('keeps runs of spaces, tabs and line breaks as tokens of their own', () => {
    const text = '广州市教育局  印发\t通知\r\n温州市 ';
    const tokens = tagText(text, 7);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start - 7, t.end - 7)).toBe(t.word);
  });

  it('loads the generic policy vocabulary so institution and program heads are single tokens', () => {
    const tokens = tagText('广州市教育局推进公办幼儿园建设和智慧教育示范区创建', 0);
    const words = tokens.map((t) => t.word);
    expect(words).toContain('教育局');
    expect(words).toContain('示范区');
    expect(tokens.find((t) => t.word === '幼儿园')?.tag).toBe('n');
  });

  it('inserts extra words such as gazetteer names as single place-name tokens', () => {
    const name = '坪山区';
    expect(tagText(`为${name}培训教练员`, 0).map((t) => t.word)).not.toContain(name);
    const token = getSegmenter([name, 'Hong Kong']).tagText(`为${name}培训教练员`, 0).find((t) => t.word === name);
    expect(token?.tag).toBe('ns');
  });

  // Note: after the test above, which relies on the gazetteer's names not being inserted yet.
  it('keeps a word of the lexicon as the lexicon has it even when it is also a place\'s short form (会同)', () => {
    expect(prepareSegmenter().tagText('会同省教育厅实施计划', 0).slice(0, 2).map((t) => t.word)).toEqual(['会同', '省']);
  });
});

describe('alignTokens', () => {
  it('fills text the segmenter dropped or altered with x tokens so offsets stay exact', () => {
    const text = '南沙区 特殊教育学校';
    const tokens = alignTokens(text, [{ word: '南沙区', tag: 'ns' }, { word: '特殊教育', tag: 'n' }, { word: '學校', tag: 'n' }], 5);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens[1]).toEqual({ word: ' ', tag: 'x', start: 8, end: 9 });
    expect(tokens[tokens.length - 1]).toEqual({ word: '学校', tag: 'x', start: 13, end: 15 });
  });
});

describe('prepareSegmenter: place names from the gazetteer', () => {
  it('does not make a very frequent ordinary word a place because a place is called by it (合作 of 合作市)', () => {
    prepareSegmenter();
    const tag = (text: string, word: string): string | undefined => tagText(text, 0).find((t) => t.word === word)?.tag;
    expect(tag('国际合作与交流处', '合作')).not.toBe('ns');
    // The place itself is still read by its full name.
    expect(extractText('支持甘南州合作市发展。', { source: 'hezuo.txt', sha256: 'x' }).entities.some((e) => e.name === '合作市')).toBe(true);
    // A short form that is an ordinary but less frequent word stays a place (北京安定医院).
    expect(tag('北京安定医院', '安定')).toBe('ns');
  });

  it('keeps the weight jieba\'s dictionary gives a place it knows (中国, 成都): 以 + 中国, not one guessed word 以中国', () => {
    prepareSegmenter();
    const words = (text: string): string[] => tagText(text, 0).map((t) => `${t.word}/${t.tag}`);
    expect(words('以中国为主')).toEqual(['以/p', '中国/ns', '为主/v']);
    expect(words('以美国为例').slice(0, 2)).toEqual(['以/p', '美国/ns']);
    // A Chinese place too: 及 + 成都, not the guess 及成 + 都.
    expect(words('上海联络处及成都联络处').slice(2, 4)).toEqual(['及/c', '成都/ns']);
    // A Macao neighbourhood association is one noun of the lexicon (街坊会), and its federation one body.
    expect(words('澳门街坊会联合总会')[1]).toBe('街坊会/n');
    const bodies = extractText('工作报告\n\n澳门街坊会联合总会与本局合作。\n', { source: 'kaifong.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(bodies).toContain('澳门街坊会联合总会');
  });
});
