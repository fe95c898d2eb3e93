import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../ingest/segment/index.js';
import { extractPrograms } from '../../ingest/extract/programs.js';

const seed = readFileSync(new URL('../../seeds/guangzhou-education-2019-summary-2020-plan.txt', import.meta.url), 'utf8');
const corpus = (name: string): string => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

/** Runs the extractor on the statement of `doc` that starts with `head`, at its real offset. */
function extract(doc: string, head: string) {
  const offset = doc.indexOf(head);
  expect(offset).toBeGreaterThanOrEqual(0);
  const stop = doc.indexOf('。', offset);
  const text = doc.slice(offset, stop < 0 ? doc.length : stop + 1);
  const found = extractPrograms(text, offset, tagText(text, offset));
  for (const c of found) expect(doc.slice(c.start, c.end)).toBe(c.surface);
  return found;
}

const names = (found: { name: string }[]): string[] => found.map((c) => c.name);

describe('extractPrograms', () => {
  it('takes 《…》 titles as policy documents named without the brackets', () => {
    const found = extract(seed, '实施《广州市教育大数据规划(2019—2022)》');
    expect(found[0]).toMatchObject({ name: '广州市教育大数据规划(2019—2022)', kind: 'POLICY_DOCUMENT' });
    expect(extract(seed, '编制《广州教育现代化2035》').slice(0, 3).map((c) => c.name)).toEqual([
      '广州教育现代化2035',
      '广州市加快推进教育现代化实施方案(2019—2022年)',
      '广州市基础教育设施发展策略研究与布局规划(2019—2035年)',
    ]);
  });

  it('does not extract names inside a title a second time', () => {
    const found = extract(seed, '全面实施《广州市发展学前教育第三期行动计划');
    expect(names(found)).toEqual(['广州市发展学前教育第三期行动计划(2017—2020年)', '广州市促进学前教育普惠健康发展行动方案']);
  });

  it('takes a quoted name that ends in a program head as the program', () => {
    const found = extract(seed, '2019年,市教育局坚持以习近平新时代');
    expect(found.find((c) => c.name === '智慧教育示范区')).toMatchObject({ kind: 'ZONE', surface: '智慧教育示范区' });
    expect(names(found)).toContain('儿童青少年近视防控改革试验区');
    expect(names(found)).not.toContain('建设项目');
  });

  it('joins a quoted core and the program head right after the quote', () => {
    const found = extract(seed, '加强“头雁”工程');
    expect(found.map((c) => [c.name, c.kind, c.surface])).toEqual([['头雁工程', 'PROJECT', '“头雁”工程']]);
    expect(names(extract(seed, '压实管党治党政治责任'))).toEqual(['六大工程']);
  });

  it('rejects quoted slogans without a program head', () => {
    expect(extract(seed, '各级领导带队赴校园宣讲200多场次')).toEqual([]);
    const gz = corpus('gz-2020-summary-2021-plan.txt');
    expect(names(extract(gz, '积极开展《习近平谈治国理政》'))).toEqual(['习近平谈治国理政']);
  });

  it('finds unquoted names ending in a program head with their modifiers', () => {
    expect(names(extract(seed, '推进第二期特殊教育提升计划'))).toEqual(['第二期特殊教育提升计划', '第二期特殊教育提升计划']);
    expect(names(extract(seed, '推进集团化办学'))).toEqual(['乡村振兴战略']);
    expect(names(extract(seed, '(六)支持深圳建设中国特色社会主义先行示范区'))).toEqual(['中国特色社会主义先行示范区']);
    expect(extract(seed, '印发促进学前教育普惠健康发展行动方案').map((c) => [c.name, c.kind]))
      .toEqual([['学前教育普惠健康发展行动方案', 'PLAN'], ['公办幼儿园管理改革试点', 'PILOT']]);
  });

  it('finds programs of other cities, quoted and unquoted', () => {
    const wz = corpus('wz-2024-summary-2025-plan.txt');
    expect(names(extract(wz, '2024年,在市委、市政府的坚强领导下'))).toEqual(['优教强城工程', '五优工程']);
    expect(names(extract(wz, '迭代深化“小飞鸥”'))).toEqual(['小飞鸥入学便利化改革']);
    const fs = corpus('fs-2024-summary-2025-plan.txt');
    expect(names(extract(fs, '2024年,佛山成功入选'))).toEqual([
      '中小学科学教育实验区', '广东省中小学科学教育示范区', '广东省中小学数学教育高质量发展示范区',
    ]);
  });

  it('rejects generic phrases that end in a program head', () => {
    expect(extract(seed, '(三)深化教育教学改革')).toEqual([]);
    expect(extract(seed, '(一)深化教育体制机制改革。')).toEqual([]);
    const text = '推进重点项目和建设项目,深化综合改革,制定工作方案和实施方案,做好各项工作。';
    expect(extractPrograms(text, 0, tagText(text, 0))).toEqual([]);
  });
});
