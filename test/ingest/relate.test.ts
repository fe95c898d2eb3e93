import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../language/gazetteer/index.js';
import { cooperationKind, partnerPairs, regionsOfName } from '../../ingest/relate.js';
import { campusParent } from '../../ingest/resolve.js';

const gazetteer = getGazetteer();
const guangzhou = gazetteer.lookup('广州市')?.id ?? null;
const names = (ids: string[]): string[] => ids.map((id) => gazetteer.byId(id)?.name ?? id);

describe('relate', () => {
  it('places an institution in the regions its name opens with, going down the hierarchy', () => {
    expect(names(regionsOfName('广州番禺职业技术学院', guangzhou))).toEqual(['广州市', '番禺区']);
    expect(names(regionsOfName('香港科技大学', guangzhou))).toEqual(['香港']);
  });

  it('places a campus by its bracketed place alone', () => {
    expect(names(regionsOfName('香港科技大学(广州)', guangzhou))).toEqual(['广州市']);
  });

  it('does not read an ordinary word inside a school name as a far-away district', () => {
    expect(names(regionsOfName('南沙区滨海中学', guangzhou))).toEqual(['南沙区']);
  });

  it('accepts a place further in the name when it lies in the issuer province', () => {
    expect(names(regionsOfName('华南理工大学广州国际校区', guangzhou))).toEqual(['广州市']);
  });

  it('derives the parent university of a campus or affiliated school from its name', () => {
    expect(campusParent('华南理工大学广州国际校区')).toBe('华南理工大学');
    expect(campusParent('中国科学院大学广州学院')).toBe('中国科学院大学');
    expect(campusParent('广州大学附属中学')).toBe('广州大学');
    expect(campusParent('广州大学')).toBeNull();
  });

  it('names the partnership kind from the cooperation wording', () => {
    expect(cooperationKind('推进香港科技大学来穗合作办学')).toBe('合作办学');
    expect(cooperationKind('新增穗港澳姊妹学校34对')).toBe('姊妹学校');
    expect(cooperationKind('加强教师队伍建设')).toBeNull();
    expect(cooperationKind('视察广东考察某某深度合作区重要讲话精神')).toBeNull();
  });

  it('pairs the actor before 与 with the partners after it, or the issuer when the clause has no subject', () => {
    const a = { id: 'institution:甲大学', start: 0, end: 3 };
    const b = { id: 'institution:乙学院', start: 4, end: 7 };
    expect(partnerPairs('甲大学与乙学院签署合作协议', 0, [a, b], [], 'institution:局')).toEqual([['institution:甲大学', 'institution:乙学院']]);
    const c = { id: 'institution:乙学院', start: 1, end: 4 };
    expect(partnerPairs('与乙学院签署合作协议', 0, [c], [], 'institution:局')).toEqual([['institution:局', 'institution:乙学院']]);
  });
});
