import { describe, expect, it } from 'vitest';
import { connectionsQuery } from '../../src/graph/connections.js';
import { escapeLucene, looseQuery, nameKey, phraseQuery, rankedQuery } from '../../src/graph/lucene.js';
import { decodeCursor, encodeCursor } from '../../src/graphql/cursor.js';
import { readQuestion, searchTextOf } from '../../src/graphql/question.js';

describe('Lucene query text from user input', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(phraseQuery('a "b" c')).toBe('"a \\"b\\" c"');
  });

  it('keeps only lower-cased letters and digits in the loose query, so operators become plain words', () => {
    expect(looseQuery('*:* OR 香港~')).toBe('or 香港');
    expect(looseQuery('港')).toBe('*港*');
    expect(looseQuery('Guangzhou')).toBe('guangzhou guangzhou~1');
    expect(looseQuery('!!! ***')).toBeNull();
    expect(rankedQuery('*:*')).toBeNull();
  });

  it('compares names by NFKC lower case with single spaces', () => {
    expect(nameKey('  Hong   KONG ')).toBe('hong kong');
    expect(nameKey('香港科技大学（广州）')).toBe('香港科技大学(广州)');
  });
});

describe('cursors', () => {
  it('round-trips an offset and rejects anything else', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor('bm90IGEgY3Vyc29y')).toBeNull();
    expect(decodeCursor(Buffer.from('policy-kg:-1').toString('base64url'))).toBeNull();
  });
});

describe('connections Cypher', () => {
  it('interpolates only a validated hop count and passes ids as parameters', () => {
    const query = connectionsQuery("a'})", 'b', 3, 5);
    expect(query.cypher).toContain('*..3]');
    expect(query.cypher).not.toContain("a'})");
    expect(query.params).toMatchObject({ fromId: "a'})", toId: 'b' });
    expect(() => connectionsQuery('a', 'b', 9, 5)).toThrow(RangeError);
    expect(() => connectionsQuery('a', 'b', 2.5, 5)).toThrow(RangeError);
  });
});

describe('reading questions in Chinese', () => {
  it('tells programs, partners, institutions, targets and search apart', () => {
    expect(readQuestion('哪些项目涉及南沙区?')).toMatchObject({ intent: 'PROGRAMS', regions: [{ surface: '南沙区', ids: ['region:440115'] }] });
    expect(readQuestion('哪些机构与香港合作?').intent).toBe('PARTNERS');
    expect(readQuestion('与香港有合作的高校').intent).toBe('PARTNERS');
    expect(readQuestion('南沙区有哪些学校').intent).toBe('INSTITUTIONS');
    expect(readQuestion('2020年的目标')).toMatchObject({ intent: 'TARGETS', year: 2020, status: null });
    expect(readQuestion('香港科技大学', ['香港科技大学']).intent).toBe('SEARCH');
  });

  it('reads the year, the status words and the wish for sub-regions', () => {
    expect(readQuestion('2020年计划完成哪些目标')).toMatchObject({ year: 2020, status: 'PLANNED' });
    expect(readQuestion('2019年完成了哪些目标')).toMatchObject({ year: 2019, status: 'ACHIEVED' });
    expect(readQuestion('广州市及下辖各区有哪些项目').includeSubregions).toBe(true);
  });

  it('ignores cue words inside the names it was given', () => {
    expect(readQuestion('湾区未来学校计划', ['湾区未来学校计划']).intent).toBe('SEARCH');
    expect(readQuestion('港澳合作项目').regions[0].ids).toEqual(['region:HK', 'region:MO']);
    expect(searchTextOf('有哪些关于香港的内容?')).toBe('香港 内容');
  });
});
