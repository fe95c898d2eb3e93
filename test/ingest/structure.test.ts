import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { normalizeWidth } from '../../ingest/read/index.js';
import { structureDocument, splitStatements, type StructuredDocument } from '../../ingest/structure/index.js';
import { MAX_STATEMENT } from '../../ingest/structure/splitStatements.js';

const SEED = 'seeds/guangzhou-education-2019-summary-2020-plan.txt';
const CORPUS = 'test/fixtures/corpus';
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f));

function structure(path: string): { text: string; result: StructuredDocument } {
  const text = normalizeWidth(readFileSync(path, 'utf8'));
  return { text, result: structureFromText(text, basename(path, extname(path))) };
}

function structureFromText(text: string, name: string): StructuredDocument {
  return structureDocument(text, { id: `doc:${name}`, source: name, sha256: 'abc' });
}

function statementContaining(result: StructuredDocument, fragment: string) {
  const found = result.statements.find((s) => s.text.includes(fragment));
  if (!found) throw new Error(`no statement contains ${fragment}`);
  return found;
}

function sectionHeaded(result: StructuredDocument, heading: string) {
  const found = result.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section headed ${heading}`);
  return found;
}

describe('structureDocument on the sample document', () => {
  const { text, result } = structure(SEED);

  it('reads the title, issuer and issue date of the notice', () => {
    expect(result.document.title).toBe('广州市教育局关于印发2019年广州教育工作总结和2020年工作要点的通知');
    expect(result.document.issuer).toBe('广州市教育局');
    expect(result.document.issuedOn).toBe('2020-03-20');
    expect(result.document.charCount).toBe(text.length);
    expect(result.document.id).toBe('doc:guangzhou-education-2019-summary-2020-plan');
  });

  it('finds the summary and the plan as the two top-level parts', () => {
    const top = result.sections.filter((s) => s.level === 1);
    expect(top.map((s) => [s.heading, s.path])).toEqual([
      ['2019年广州教育工作总结', '1'],
      ['2020年广州教育工作要点', '2'],
    ]);
    expect(statementContaining(result, '增加公办幼儿园学位约5.88万个')).toMatchObject({ year: 2019, status: 'ACHIEVED' });
    expect(statementContaining(result, '公办幼儿园在园幼儿数占比达到50%以上')).toMatchObject({ year: 2020, status: 'PLANNED' });
  });

  it('nests (一) headings under 一、 headings under the part', () => {
    const section = sectionHeaded(result, '推进香港科技大学来穗合作办学');
    const parent = result.sections.find((s) => s.id === section.parentId)!;
    expect(parent.heading).toBe('深化拓展教育对外交流合作,打造粤港澳大湾区教育高地');
    expect(parent.parentId).toBe('doc:guangzhou-education-2019-summary-2020-plan/sec:1');
    expect(section).toMatchObject({ level: 3, ordinal: 1, path: '1/3/1', id: 'doc:guangzhou-education-2019-summary-2020-plan/sec:1/3/1' });
    expect(text.slice(section.start, section.end)).toMatch(/^\(一\)推进香港科技大学来穗合作办学。[\s\S]*合作办学机构。$/);
  });

  it('splits a run-in heading line into the heading and the statements after it', () => {
    const section = sectionHeaded(result, '深入学习贯彻习近平新时代中国特色社会主义思想');
    const own = result.statements.filter((s) => s.sectionId === section.id);
    expect(own.map((s) => s.text).slice(0, 3)).toEqual([
      '深入学习贯彻习近平新时代中国特色社会主义思想',
      '组织中心组学习19次,举办教育系统领导干部主题教育读书班',
      '各级领导带队赴校园宣讲200多场次',
    ]);
  });

  it('marks the notice preamble as context without a year', () => {
    const [title, addressee] = result.statements;
    expect(title).toMatchObject({ text: '广州市教育局关于印发2019年广州教育工作总结和2020年工作要点的通知(免予公开转主动公开)', status: 'CONTEXT', year: null, sectionId: null });
    expect(text.slice(title.start, title.end)).toBe(title.text);
    expect(addressee).toMatchObject({ text: '市属各高校,各区教育局,局属各单位,局机关各处室', status: 'CONTEXT', year: null, sectionId: null });
    expect(statementContaining(result, '2020年3月20日').status).toBe('CONTEXT');
    expect(result.statements.filter((s) => s.text.startsWith('广州市教育局关于印发'))).toHaveLength(1);
  });

  it('marks the paragraph listing remaining problems of the summary as PROBLEM', () => {
    expect(statementContaining(result, '二是公办幼儿园和中小学优质教育资源供需矛盾依然存在')).toMatchObject({ status: 'PROBLEM', year: 2019 });
  });

  it('numbers statements in document order with ids built from the document id', () => {
    result.statements.forEach((s, i) => expect(s.id).toBe(`doc:guangzhou-education-2019-summary-2020-plan/st:${i + 1}`));
    for (let i = 1; i < result.statements.length; i++) expect(result.statements[i].start).toBeGreaterThanOrEqual(result.statements[i - 1].end);
  });
});

describe('structureDocument keeps exact offsets', () => {
  for (const file of [SEED, ...corpusFiles]) {
    it(`gives statements of ${basename(file)} the text of their slice, trimmed and non-empty`, () => {
      const { text, result } = structure(file);
      expect(result.statements.length).toBeGreaterThan(5);
      for (const s of result.statements) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text.trim()).toBe(s.text);
        expect(s.text.length).toBeGreaterThan(0);
      }
      for (const section of result.sections) {
        expect(section.end).toBeGreaterThan(section.start);
        expect(text.slice(section.start, section.end)).toContain(section.heading);
      }
    });
  }
});

describe('structureDocument on corpus layouts', () => {
  it('gives a single plan without parts the year and status of its title', () => {
    const { result } = structure(join(CORPUS, 'sz-2021-plan.txt'));
    expect(result.document).toMatchObject({ title: '深圳市教育局2021年工作要点', issuer: '深圳市教育局', issuedOn: '2021-02-10' });
    const [title, ...body] = result.statements;
    expect(title).toMatchObject({ text: '深圳市教育局2021年工作要点', year: null, status: 'CONTEXT', sectionId: null });
    expect(body.every((s) => s.year === 2021 && s.status === 'PLANNED')).toBe(true);
    expect(result.statements.some((s) => s.text.includes('来源'))).toBe(false);
    const item = sectionHeaded(result, '编撰系列教材《深圳的光荣与使命》');
    expect(item).toMatchObject({ level: 3, path: '2/1/2' });
    expect(sectionHeaded(result, '不断强化教育系统党的建设').level).toBe(2);
  });

  it('takes the first body of a joint title as issuer', () => {
    const { result } = structure(join(CORPUS, 'sc-2021-plan.txt'));
    expect(result.document.issuer).toBe('中共四川省委教育工作委员会');
    expect(statementContaining(result, '问题描述:')).toMatchObject({ status: 'PROBLEM', year: 2021 });
    expect(statementContaining(result, '目标任务:')).toMatchObject({ status: 'PLANNED', year: 2021 });
  });

  it('reads numbered parts ("一、2024年主要工作和成效") and nests (一) and 1. below them', () => {
    const { result } = structure(join(CORPUS, 'fs-2024-summary-2025-plan.txt'));
    expect(result.document.title).toBe('佛山市教育局2024年工作总结和2025年工作计划');
    const part = sectionHeaded(result, '2024年重点工作和成效');
    expect(part.level).toBe(1);
    const item = sectionHeaded(result, '夯实思想理论根基,强化精神武装');
    expect(item).toMatchObject({ level: 3, path: '1/1/1' });
    expect(statementContaining(result, '组织学习28次')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
  });

  it('takes the preamble of a notice with a spaced-out signature as context', () => {
    const { result } = structure(join(CORPUS, 'sh-2023-basic-education-plan.txt'));
    expect(result.document).toMatchObject({ issuer: '上海市教育委员会', issuedOn: '2023-02-14' });
    expect(statementContaining(result, '上 海 市 教 育 委 员 会').status).toBe('CONTEXT');
    expect(sectionHeaded(result, '2023年上海市教育委员会基础教育工作要点').level).toBe(1);
    expect(statementContaining(result, '把中小学专职思政课教师队伍配齐建强')).toMatchObject({ year: 2023, status: 'PLANNED' });
    expect(statementContaining(result, '兹印发')).toMatchObject({ year: null, status: 'CONTEXT' });
  });

  it('keeps the signature date over the page date and skips page furniture', () => {
    const { result } = structure(join(CORPUS, 'gz-2022-summary-2023-plan.txt'));
    expect(result.document.issuedOn).toBe('2023-04-28');
    expect(result.statements.some((s) => s.text.includes('2023-05-05') || s.text.includes('来源'))).toBe(false);
  });

  it('reads a Legislative Council paper\'s number as its number, dating the paper, and its way forward (未来路向) as planned', () => {
    // As extraction reads a Traditional paper: in Simplified characters.
    const text = normalizeWidth('立法会CB(4)412/2025(03)号文件\n\n立法会教育事务委员会\n\n跨境学童就学及支援措施的最新情况\n\n目的\n'
      + '1. 本文件向委员汇报跨境学童的最新情况。\n现况\n2. 2024/25学年，跨境学童共约28 600名。\n未来路向\n3. 教育局会增设学位。\n');
    const result = structureFromText(text, 'legco');
    expect(result.document.title).toBe('跨境学童就学及支援措施的最新情况');
    expect(statementContaining(result, '跨境学童共约')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(result, '教育局会增设学位')).toMatchObject({ status: 'PLANNED' });
  });

  it('reads a news page\'s masthead and site name as furniture, the site\'s owner as issuer, and a news report as done in its year', () => {
    const paper = structureFromText(normalizeWidth('大公报　2025年9月13日　星期六　A6版　要闻\n\n粤港签署12项合作协议　前海南沙河套齐发力\n\n'
      + '【大公报讯】记者某某广州报道：粤港合作联席会议12日在广州举行，双方签署12项合作协议。\n'), 'paper');
    expect(paper.document.title).toBe('粤港签署12项合作协议 前海南沙河套齐发力');
    expect(statementContaining(paper, '双方签署12项合作协议')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    const site = structureFromText(normalizeWidth('华东师范大学新闻网\n首页 > 学校要闻 > 合作交流\n\n学校代表团赴喀什开展对口支援工作\n\n'
      + '栏目：合作交流　　作者：党委宣传部　　发布时间：2025-06-23 17:42　　点击数：1862\n\n6月16日至20日，学校代表团赴新疆开展对口支援工作，签署协议3项。\n'), 'site');
    expect(site.document).toMatchObject({ title: '学校代表团赴喀什开展对口支援工作', issuer: '华东师范大学' });
    expect(statementContaining(site, '签署协议3项')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    // A government's portal is such a site too, its owner the government.
    const portal = structureFromText(normalizeWidth('某某市人民政府门户网站\n首页 > 新闻中心 > 本市要闻\n\n我市代表团赴结对县考察协作工作\n\n'
      + '发布时间：2025-07-14 09:30　　来源：某某市人民政府新闻办公室\n\n7月8日至11日，代表团签约协作项目16个。\n'), 'portal');
    expect(portal.document).toMatchObject({ title: '我市代表团赴结对县考察协作工作', issuer: '某某市人民政府' });
    expect(statementContaining(portal, '签约协作项目16个')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
  });

  it('skips a social-media account\'s furniture, reads its byline as a release\'s date and ends the article at its list of others', () => {
    const text = normalizeWidth('点击上方蓝字“某区教育”关注我们\n湾区同心 少年同行｜某区中小学与港澳姊妹学校开展交流周\n'
      + '原创 某区教育 某区教育 2024年11月22日 18:30 广东\n\n全区26所中小学的师生参加交流。\n编辑：何某\n往期推荐\n某区2025年工作要点发布\n');
    const result = structureFromText(text, 'wechat');
    expect(result.document.title).toBe('湾区同心 少年同行|某区中小学与港澳姊妹学校开展交流周');
    expect(statementContaining(result, '师生参加交流')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(result.statements.some((s) => /关注我们|往期推荐|工作要点发布|编辑/.test(s.text))).toBe(false);
  });

  it('reads the formal numerals a Taiwan report numbers its parts with (壹、贰、) as the level above 一、', () => {
    const text = normalizeWidth('某县政府施政报告\n壹、教育\n一、推动双语教育\n二、扩充图书馆藏\n贰、待改进事项\n一、离岛学校学生数持续减少\n');
    const result = structureFromText(text, 'formal');
    expect(result.sections.map((s) => `${s.level} ${s.heading}`)).toEqual(['1 教育', '2 推动双语教育', '2 扩充图书馆藏', '1 待改进事项', '2 离岛学校学生数持续减少']);
  });

  it('skips the furniture of a page that reprints a text: its trail of pages, its repost date and the mark before the title', () => {
    const text = normalizeWidth('某某人才网 > 政策速递 > 浙江省 > 舟山市\n【转载】舟山市人民政府关于实施海洋人才新政的若干意见\n'
      + '转载日期：2024年4月12日　来源：舟山日报\n\n一、总体要求\n到2025年引进人才2万人。\n');
    const result = structureFromText(text, 'repost');
    expect(result.document.title).toBe('舟山市人民政府关于实施海洋人才新政的若干意见');
    expect(result.statements.some((s) => s.text.includes('政策速递') || s.text.includes('转载日期'))).toBe(false);
    // A news site's trail with its name before a bar, and the headline under it.
    const news = structureFromText(normalizeWidth('两岸新闻网 ｜ 首页 > 两岸 > 政策动态\n国台办情况通报：台生升学管道扩大\n'
      + '2025/03/27 10:48　两岸新闻网\n\n一、升学管道\n2024年共有362所高校招收台湾学生。\n'), 'news');
    expect(news.document.title).toBe('国台办情况通报:台生升学管道扩大');
  });

  it('gives a title-less excerpt of a summary and plan the summary year, from the metadata title', () => {
    const { result } = structure(join(CORPUS, 'gz-2020-summary-2021-plan.txt'));
    expect(result.document.title).toBe('2020年市教育工作总结和2021年工作要点');
    expect(statementContaining(result, '先后开展学习会议45次')).toMatchObject({ year: 2020, status: 'ACHIEVED' });
    // The source repeats (三): both sections exist with distinct ordinals.
    const third = result.sections.filter((s) => s.level === 2).map((s) => s.ordinal);
    expect(third).toEqual([1, 2, 3, 4]);
  });

  it('keeps the fragment an excerpt stops on as the last statement', () => {
    const { result } = structure(join(CORPUS, 'fs-2024-summary-2025-plan.txt'));
    expect(result.statements.at(-1)!.text).toBe('始终以');
    const sz = structure(join(CORPUS, 'sz-2021-plan.txt')).result;
    expect(sz.statements.at(-1)!.text).toBe('制定出台《深圳教育发展“十四五”规划》《深圳教育先行示范规划纲要(2021-2035年)》以及');
  });
});

describe('structureDocument on synthetic layouts', () => {
  it('marks a problems section of a summary part as PROBLEM and the plan part after it as PLANNED', () => {
    const text = [
      '某区教育局2023年工作总结和2024年工作计划',
      '一、2023年工作回顾',
      '(一)学位供给持续扩大。新增学位3000个。',
      '(二)存在的问题和不足',
      '优质学位供给仍然不足。',
      '二、2024年工作计划',
      '(一)推进学校建设。新建学校5所。',
    ].join('\n');
    const result = structureFromText(text, 'synthetic');
    expect(result.document.issuer).toBe('某区教育局');
    expect(statementContaining(result, '新增学位3000个')).toMatchObject({ year: 2023, status: 'ACHIEVED' });
    expect(statementContaining(result, '优质学位供给仍然不足')).toMatchObject({ year: 2023, status: 'PROBLEM' });
    expect(statementContaining(result, '新建学校5所')).toMatchObject({ year: 2024, status: 'PLANNED' });
    expect(result.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(['2023年工作回顾', '2024年工作计划']);
  });

  it('reads a plan\'s review of where things stand and its problems (现状与问题) as achieved, the paragraph it labels as problems as such', () => {
    const plan = [
      '某某市水资源节约利用实施方案（2023-2025年）',
      '一、现状与问题',
      '全市现有河段206公里。',
      '但也存在以下问题:人均水资源量仅为全国的15%。',
      '二、工作目标',
      '新建淤地坝12座。',
    ].join('\n');
    const result = structureFromText(plan, 'synthetic');
    expect(statementContaining(result, '河段206公里')).toMatchObject({ year: 2022, status: 'ACHIEVED' });
    expect(statementContaining(result, '15%')).toMatchObject({ status: 'PROBLEM' });
    expect(statementContaining(result, '淤地坝12座')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('reads a plan whose title ends with its years, its review of where things stand, and parts numbered 6.', () => {
    const plan = [
      '社会工作局跨境社会服务合作计划（2025-2027年）',
      '一、现况',
      '目前服务使用者约1300人。',
      '二、工作目标',
      '设立服务点不少于5个。',
    ].join('\n');
    const result = structureFromText(plan, 'synthetic');
    expect(statementContaining(result, '服务使用者约1300人')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(result, '设立服务点不少于5个')).toMatchObject({ year: 2027, status: 'PLANNED' });
    const report = [
      '医院管理局大湾区医疗合作进度报告（2024年）',
      '1. 引言',
      '全年派出医生46人次。',
      '6. 2025年工作重点',
      '增加合作医疗机构不少于5间。',
    ].join('\n');
    const numbered = structureFromText(report, 'synthetic');
    const schoolYear = structureFromText('生产力促进局\n2024/25年度内地业务回顾\n一、顾问服务\n提供顾问服务2600次。', 'synthetic');
    expect(statementContaining(schoolYear, '提供顾问服务2600次')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(numbered, '全年派出医生46人次')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(numbered, '增加合作医疗机构不少于5间')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('closes a part numbered like a heading at the next heading of its kind (一、2024年工作情况 + 二、补贴项目及标准), its problems after it in its year', () => {
    const notice = [
      '某区人力资源局关于开展2025年度港澳青年就业创业补贴申报工作的通知',
      '一、2024年工作情况',
      '全年提供就业岗位1,860个。',
      '二、补贴项目及标准',
      '按每人每月1,500元给予补贴。',
    ].join('\n');
    const result = structureFromText(notice, 'synthetic');
    expect(statementContaining(result, '1,860个')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(result, '1,500元')).toMatchObject({ year: 2025, status: 'PLANNED' });
    const report = [
      '医院管理局2025-26年度工作计划',
      '一、2024-25年度工作回顾',
      '全年派出医生46人次。',
      '二、面对的挑战',
      '约35%的病历仍未能跨境传送。',
      '三、2025-26年度重点工作',
      '增加合作医疗机构不少于5间。',
    ].join('\n');
    const read = structureFromText(report, 'synthetic');
    expect(statementContaining(read, '46人次')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(read, '约35%')).toMatchObject({ year: 2024, status: 'PROBLEM' });
    expect(statementContaining(read, '不少于5间')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('reads a notice announcing a list: its section on how the selection went (总体情况, 遴选情况) done in its year, its tasks planned', () => {
    const notice = [
      '某省科学技术厅关于公布2025年度新建省重点实验室名单的通知',
      '一、总体情况',
      '本年度共受理申报材料137份，合计批准建设14家。',
      '二、建设任务',
      '实验室固定研究人员不少于30人。',
    ].join('\n');
    const result = structureFromText(notice, 'synthetic');
    expect(statementContaining(result, '申报材料137份')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(result, '不少于30人')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('dates a five-year plan\'s background section (现有基础, 发展背景) to the end of the plan before it, also in a notice that issues it', () => {
    const plan = [
      '某市数字经济发展“十四五”规划',
      '一、现有基础与发展形势',
      '（一）发展基础',
      '全市累计建成5G基站1444个。',
      '二、主要目标',
      '到2025年，建成5G基站3000个。',
    ].join('\n');
    const result = structureFromText(plan, 'synthetic');
    expect(statementContaining(result, '建成5G基站1444个')).toMatchObject({ year: 2020, status: 'ACHIEVED' });
    expect(statementContaining(result, '建成5G基站3000个')).toMatchObject({ year: 2025, status: 'PLANNED' });
    const notice = ['关于印发《某市“十四五”卫生健康发展规划》的通知', '某市人民政府办公室', '一、发展背景', '居民健康素养水平为31.7%。'].join('\n');
    expect(statementContaining(structureFromText(notice, 'synthetic'), '健康素养水平为31.7%')).toMatchObject({ year: 2020, status: 'ACHIEVED' });
  });

  it('reads a policy address as a plan, also one chapter of it, and a report on its measures\' progress as a report', () => {
    const address = (title: string) => structureFromText(`${title}\n一、北部都会区\n政府将拨款约30亿元。`, 'synthetic');
    expect(statementContaining(address('2024年施政报告'), '拨款约30亿元')).toMatchObject({ year: 2024, status: 'PLANNED' });
    expect(statementContaining(address('2024年施政报告 第四章 加快发展北部都会区（摘录）'), '拨款约30亿元')).toMatchObject({ year: 2024, status: 'PLANNED' });
    expect(statementContaining(address('2025年施政报告：跨境医疗合作措施进展'), '拨款约30亿元')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
  });

  it('reads a review heading a chapter\'s first section (第四部分… + 一、过去一年工作回顾) as it reads one heading the document', () => {
    const address = structureFromText(['2025年施政报告', '第四部分　推进琴澳一体化发展', '一、过去一年工作回顾', '全年有1350名学生在合作区就读。',
      '二、2025年施政重点', '名额增至1000个。'].join('\n'), 'synthetic');
    expect(statementContaining(address, '1350名学生')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(address, '名额增至1000个')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('reads a report on how a plan was carried out (…施政计划执行情况) as a report: a title ending as a report is one', () => {
    const titled = (title: string) => structureFromText(`${title}\n一、文化遗产保护\n全年完成12处历史建筑的修缮。`, 'synthetic');
    expect(statementContaining(titled('2025年度施政计划执行情况'), '12处')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(titled('2024年重点工作计划落实情况'), '12处')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(titled('2025年度施政计划'), '12处')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('reads the genre and year of a document without a title from its opening lines (…提出如下要求, …落实情况)', () => {
    const notice = structureFromText([
      '各省、自治区、直辖市教育厅（教委）：',
      '按照有关部署要求，现就做好2015年重点高校招收农村学生工作提出如下要求：',
      '一、专项计划继续实施',
      '招生规模为5万名。',
    ].join('\n'), 'synthetic');
    expect(statementContaining(notice, '招生规模为5万名')).toMatchObject({ year: 2015, status: 'PLANNED' });
    const report = structureFromText([
      '按照市政府办公厅《关于做好2022年度绩效考评工作的通知》的要求，我们逐项梳理了全年任务的落实情况。',
      '一、总体情况',
      '2023年，全年46项市级绩效任务均已完成。',
    ].join('\n'), 'synthetic');
    expect(statementContaining(report, '46项市级绩效任务')).toMatchObject({ year: 2023, status: 'ACHIEVED' });
    const address = structureFromText('2019年11月1日\n主席：\n2019年施政报告已由行政长官发表。以下我会介绍几项措施。\n新建校舍600多所。', 'synthetic');
    expect(statementContaining(address, '新建校舍600多所')).toMatchObject({ year: 2019, status: 'PLANNED' });
    const untold = structureFromText('按照有关部署，我们开展了调研。\n一、总体情况\n全年完成46项任务。', 'synthetic');
    expect(statementContaining(untold, '46项任务')).toMatchObject({ year: null, status: 'CONTEXT' });
  });

  it('reads items numbered with Latin letters and Roman numerals in brackets ((a), (b), (ii)) as headings, below the kinds before them', () => {
    const text = '1.交流团分为以下两类\n(a)「湾区探新」小学交流团:第一天到深圳参观。\n(b)「山河同行」初中交流团:参观故宫。\n2.资助安排\n(ii)每团须有教师带领。';
    const result = structureFromText(text, 'latin');
    expect(result.sections.map((s) => [s.path, s.level, s.heading])).toEqual([
      ['1', 1, '交流团分为以下两类'],
      ['1/1', 2, '「湾区探新」小学交流团'],
      ['1/2', 2, '「山河同行」初中交流团'],
      ['2', 1, '资助安排'],
      ['2/1', 2, '每团须有教师带领'],
    ]);
  });

  it('nests a document that starts at (一) with 1. and (1) below', () => {
    const text = '(一)总体目标\n1.扩大供给。新增学位。\n(1)学前教育。新增幼儿园。\n(二)主要任务\n1.提升质量。';
    const result = structureFromText(text, 'nest');
    expect(result.sections.map((s) => [s.path, s.level, s.heading])).toEqual([
      ['1', 1, '总体目标'],
      ['1/1', 2, '扩大供给'],
      ['1/1/1', 3, '学前教育'],
      ['2', 1, '主要任务'],
      ['2/1', 2, '提升质量'],
    ]);
  });

  it('keeps an item\'s label before its colon as a statement: it often names what the item is about', () => {
    const result = structureFromText('二、交流团\n1.“行走丝路”西北考察团:7月在陕西省西安市进行。\n2.总体目标:新增学位。', 'label');
    expect(result.sections.map((s) => s.heading)).toEqual(['交流团', '“行走丝路”西北考察团', '总体目标']);
    expect(result.statements.map((s) => s.text)).toEqual(['交流团', '“行走丝路”西北考察团', '7月在陕西省西安市进行', '总体目标', '新增学位']);
  });

  it('signs off a notice whose signature and date stand at the end', () => {
    const text = '关于做好学位建设工作的通知\n各区教育局:\n请认真做好学位建设。\n某市教育局办公室\n2022年7月1日';
    const result = structureFromText(text, 'end-signature');
    expect(result.document).toMatchObject({ issuer: '某市教育局办公室', issuedOn: '2022-07-01' });
    expect(statementContaining(result, '某市教育局办公室').status).toBe('CONTEXT');
  });

  it('uses the metadata title line but ignores placeholder titles', () => {
    const a = structureFromText('# source: x\n# title: 某市教育局2022年工作要点\n推进学校建设。', 'a');
    expect(a.document.title).toBe('某市教育局2022年工作要点');
    // The title written only there is the first statement, as a title line in the body is.
    expect(a.statements[0]).toMatchObject({ text: '某市教育局2022年工作要点', status: 'CONTEXT', start: '# source: x\n# title: '.length });
    expect(a.statements[1]).toMatchObject({ text: '推进学校建设', year: 2022, status: 'PLANNED' });
    const b = structureFromText('# title: (no title)\n推进学校建设。', 'b');
    expect(b.document.title).toBe('b');
    expect(b.statements[0].status).toBe('CONTEXT');
  });
});

describe('splitStatements', () => {
  function split(text: string): string[] {
    return splitStatements(text, 0, text.length).map((s) => text.slice(s.start, s.end));
  }

  it('splits at sentence ends and semicolons outside brackets', () => {
    expect(split('新增学位1万个;建成学校3所。完成改造!是否达标?')).toEqual(['新增学位1万个', '建成学校3所', '完成改造', '是否达标']);
    expect(split('制定《方案(试行;修订)》并实施')).toEqual(['制定《方案(试行;修订)》并实施']);
  });

  it('splits at a comma only between two long clauses and not before a continuation word', () => {
    expect(split('全面推进学前教育普及普惠发展工作,加快建设一批高质量的公办幼儿园')).toEqual([
      '全面推进学前教育普及普惠发展工作',
      '加快建设一批高质量的公办幼儿园',
    ]);
    expect(split('组织中心组学习19次,举办教育系统领导干部主题教育读书班')).toEqual(['组织中心组学习19次,举办教育系统领导干部主题教育读书班']);
    expect(split('全面推进学前教育普及普惠发展工作,确保全市公办幼儿园在园幼儿占比达标')).toEqual([
      '全面推进学前教育普及普惠发展工作,确保全市公办幼儿园在园幼儿占比达标',
    ]);
    expect(split('投入资金1,200万元用于学前教育普惠发展工作建设')).toHaveLength(1);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(split('提出“办好人民满意的教育。”随后推进改革')).toEqual(['提出“办好人民满意的教育。”', '随后推进改革']);
  });

  it('cuts a run without sentence ends into statements of at most MAX_STATEMENT characters, at a soft break when there is one', () => {
    const plain = '教'.repeat(MAX_STATEMENT * 2 + 10);
    const pieces = split(plain);
    expect(pieces.map((p) => p.length)).toEqual([MAX_STATEMENT, MAX_STATEMENT, 10]);
    const listed = Array.from({ length: 800 }, (_, i) => `学校${i}`).join('、');
    const parts = split(listed);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_STATEMENT);
    expect(parts.slice(0, -1).every((p) => /\d$/.test(p))).toBe(true);
    expect(parts.join('、')).toBe(listed);
  });
});


describe('structureDocument: a body named alone above the title', () => {
  it('reads the line as the issuer and the longer line after it as the title, in either script', () => {
    for (const [body, heading] of [['醫務衞生局', '2025年施政報告:跨境醫療合作措施進展'], ['漳州市卫生健康委员会', '2024年全市卫生健康重点工作进展']]) {
      const text = `${body}\n${heading}\n一、主要工作\n全年新增病床120张。\n`;
      const { document, statements } = structureFromText(text, 'issuer-line');
      expect(document.title).toBe(heading);
      expect(document.issuer).toBe(body);
      // The issuer's line stays a statement, so the body it names is mentioned.
      expect(statements.some((s) => s.text === body)).toBe(true);
    }
  });

  it('reads a government\'s name over one of its bodies\' as that body\'s full name (澳门特别行政区政府 / 教育及青年发展局)', () => {
    const text = '澳门特别行政区政府\n教育及青年发展局\n2024年度青年内地交流工作报告\n全年举办活动36场。\n';
    expect(structureFromText(text, 'gov-body').document).toMatchObject({ title: '2024年度青年内地交流工作报告', issuer: '澳门特别行政区政府教育及青年发展局' });
  });

  it('reads a body line with its short form or kind in brackets as the issuer, without the note', () => {
    const { document } = structureFromText('勞工及福利局(勞福局)\n2025年施政報告 政策措施摘要\n一、引言\n', 'noted');
    expect(document.issuer).toBe('勞工及福利局');
    expect(document.title).toBe('2025年施政報告 政策措施摘要');
  });

  it('reads a body line as the issuer when the title under it names that body again (…政府社会工作局 / 社会工作局2025年度…报告), not as a title\'s first line', () => {
    const text = '澳门特别行政区政府社会工作局\n\n社会工作局2025年度工作报告\n\n一、成效\n全年签署协议3份。\n';
    expect(structureFromText(text, 'restated').document).toMatchObject({ title: '社会工作局2025年度工作报告', issuer: '社会工作局' });
    // A title the body's line begins goes on over the next line as before.
    expect(structureFromText('漳州市卫生健康委员会\n2024年工作总结\n', 'report').document.title).toBe('漳州市卫生健康委员会2024年工作总结');
  });

  it('keeps a title the next line continues (…教育工委 / 关于印发…的通知, …委员会 / 2024年工作总结)', () => {
    const text = '中共广州市委教育工委\n关于印发《2020年工作要点》的通知\n各单位:\n';
    expect(structureFromText(text, 'joined').document.title).toBe('中共广州市委教育工委关于印发《2020年工作要点》的通知');
    expect(structureFromText('漳州市卫生健康委员会\n2024年工作总结\n', 'report').document.title).toBe('漳州市卫生健康委员会2024年工作总结');
  });
});

describe('structureDocument: the issuer block above the title', () => {
  it('skips a document number under the issuer and reads the title after it', () => {
    const text = '国家卫生健康委员会\n国卫建函〔2026〕第218号\n关于第十四届全国人大四次会议第5127号建议的答复\n马桂兰代表:\n您提出的建议收悉。\n';
    const { document } = structureFromText(text, 'reply');
    expect(document.title).toBe('关于第十四届全国人大四次会议第5127号建议的答复');
    expect(document.issuer).toBe('国家卫生健康委员会');
  });

  it('reads several bodies on one line as the issuer, and the declared title when no title line follows', () => {
    const text = '# title: 湖北省推进紧密型医疗联合体建设实施方案(2025—2027年)\n湖北省卫生健康委员会 湖北省医疗保障局 湖北省财政厅\n鄂卫发〔2025〕12号\n'
      + '为推进医疗联合体建设,制定本方案。\n一、工作目标\n到2027年,建成紧密型医联体100个。\n';
    const { document, statements } = structureFromText(text, 'joint');
    expect(document.title).toBe('湖北省推进紧密型医疗联合体建设实施方案(2025—2027年)');
    expect(document.issuer).toBe('湖北省卫生健康委员会');
    expect(statements.find((s) => s.text.includes('100个'))).toMatchObject({ status: 'PLANNED', year: 2027 });
  });

  it('reads a body, its office and a month under them as who wrote a report, not as its title', () => {
    const body = '海南大学\n国际合作与交流处\n2026年1月\n一、总体进展\n全年引进全职高层次人才86人。\n';
    const declared = structureFromText(`# title: 海南大学2025年度进展报告\n${body}`, 'report');
    expect(declared.document.title).toBe('海南大学2025年度进展报告');
    expect(declared.document.issuer).toBe('海南大学');
    expect(declared.statements.find((s) => s.text.includes('86人'))).toMatchObject({ status: 'ACHIEVED', year: 2025 });
    // Without a declared title there is none in the text: the file's name stands in, never the month or the body.
    expect(structureFromText(body, 'untitled-report').document.title).toBe('untitled-report');
  });

  it('reads a plan title ending in several bracketed notes as a plan', () => {
    const text = '# title: 陕西省“十五五”文化和旅游发展规划(2026—2030年)(摘要)\n陕西省文化和旅游厅\n\n到2030年,接待游客12亿人次。\n';
    expect(structureFromText(text, 'plan').statements.find((s) => s.text.includes('12亿'))).toMatchObject({ status: 'PLANNED', year: 2030 });
  });
});

describe('structureDocument: a part heading\'s year the title names too', () => {
  it('reads a government work report\'s plan part as planned though its title names the year as a report\'s', () => {
    const text = '2024年某某县人民政府工作报告\n一、2023年工作回顾\n全年新建学校12所。\n二、2024年工作安排\n新建学校15所。\n';
    const { statements } = structureFromText(text, 'gov-report');
    expect(statements.find((s) => s.text.includes('12所'))).toMatchObject({ status: 'ACHIEVED', year: 2023 });
    expect(statements.find((s) => s.text.includes('15所'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });

  it('reads a government work report\'s review of the past year (过去一年工作回顾) in the year before its title\'s', () => {
    const text = '2025年某某市人民政府工作报告（节选）\n\n一、过去一年工作回顾\n全年协调解决跨区事项47项。\n二、2025年工作安排\n通勤公交专线增至10条。\n';
    const { statements } = structureFromText(text, 'gov-report-review');
    expect(statements.find((s) => s.text.includes('47项'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    expect(statements.find((s) => s.text.includes('10条'))).toMatchObject({ status: 'PLANNED', year: 2025 });
  });

  it('lets the title decide a part word that may name either (重点工作 in a summary is done)', () => {
    const text = '某某市教育局2019年工作总结\n一、2019年重点工作\n全年新建学校12所。\n';
    expect(structureFromText(text, 'ambiguous-part').statements.find((s) => s.text.includes('12所'))).toMatchObject({ status: 'ACHIEVED', year: 2019 });
  });
});

describe('structureDocument: what a report says comes next', () => {
  it('reads a next-steps section of a report as planned, in the year after the report', () => {
    const text = '某某市教育局2023年工作总结\n一、主要成效\n全年新建学校12所。\n二、下一步工作\n新建学校15所。\n';
    const { statements } = structureFromText(text, 'next-heading');
    expect(statements.find((s) => s.text.includes('12所'))).toMatchObject({ status: 'ACHIEVED', year: 2023 });
    expect(statements.find((s) => s.text.includes('15所'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });

  it('reads a paragraph opening 下一步 and the tasks listed after it as planned; other paragraphs stay as they were', () => {
    const text = '某某市教育局2023年工作总结\n一、主要成效\n全年新建学校12所。\n下一步,我局将重点做好以下工作:\n(一)新建学校15所。\n';
    const { statements } = structureFromText(text, 'next-paragraph');
    expect(statements.find((s) => s.text.includes('12所'))).toMatchObject({ status: 'ACHIEVED', year: 2023 });
    expect(statements.find((s) => s.text.includes('下一步'))).toMatchObject({ status: 'PLANNED', year: 2024 });
    expect(statements.find((s) => s.text.includes('15所'))).toMatchObject({ status: 'PLANNED', year: 2024 });
    // A plan's own 下一步 changes nothing.
    const plan = structureFromText('某某市教育局2024年工作要点\n下一步,新建学校15所。\n', 'plan-next').statements;
    expect(plan.find((s) => s.text.includes('15所'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });
});

describe('structureDocument: a list a report introduces as planned', () => {
  it('reads the items after 学院计划: as planned, in the year the sentence names; the paragraph itself as it was', () => {
    const text = '某某学院2024/25学年内地合作报告\n一、院校合作\n全年举办交流活动36场。\n二、不足及下学年计划\n'
      + '实习岗位集中于深圳，仅占12%。2025/26学年，学院计划:\n(一)新增实习基地2个;\n(二)覆盖不少于10个课程。\n';
    const { statements } = structureFromText(text, 'plan-intro');
    expect(statements.find((s) => s.text.includes('36场'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    expect(statements.find((s) => s.text.includes('12%'))).toMatchObject({ status: 'PROBLEM' });
    expect(statements.find((s) => s.text.includes('基地2个'))).toMatchObject({ status: 'PLANNED', year: 2025 });
    expect(statements.find((s) => s.text.includes('10个课程'))).toMatchObject({ status: 'PLANNED', year: 2025 });
  });
});

describe('structureDocument: a paper headed by bare parts above numbered paragraphs', () => {
  it('reads the paragraphs under a bare 背景 line of a plan as achieved, up to the next bare line', () => {
    const text = '某某局2024/25学年交流活动安排\n目的\n本通函通知学校有关安排。\n背景\n2. 全港已有学校880所。\n3. 首批已缔结12对。\n详情\n4. 每校可获津贴3万元。\n';
    const { statements } = structureFromText(text, 'bare-review');
    expect(statements.find((s) => s.text.includes('880所'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    expect(statements.find((s) => s.text.includes('12对'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    expect(statements.find((s) => s.text.includes('3万元'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });

  it('reads the paragraphs after a bare next-steps line as planned, in the year after the report', () => {
    // (Simplified, as the structure stage reads a Traditional text once converted.)
    const text = '某某局2023年工作进展报告\n最新进展\n2. 全年新建学校12所。\n3. 培训教师300人次。\n未来工作\n4. 新建学校15所。\n5. 培训教师500人次。\n';
    const { statements } = structureFromText(text, 'bare-next');
    expect(statements.find((s) => s.text.includes('12所'))).toMatchObject({ status: 'ACHIEVED', year: 2023 });
    expect(statements.find((s) => s.text.includes('300人次'))).toMatchObject({ status: 'ACHIEVED', year: 2023 });
    expect(statements.find((s) => s.text.includes('15所'))).toMatchObject({ status: 'PLANNED', year: 2024 });
    expect(statements.find((s) => s.text.includes('500人次'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });
});

describe('structureDocument: a circular with its number and distribution lines above the title', () => {
  it('skips the number and the distribution lines to the title, and reads the issuer from the number', () => {
    // (Simplified, as the structure stage reads a Traditional text once converted.)
    const text = '教育局通函第118/2024号\n分发名单:各官立中学及资助中学校长\n副本送:各组主管—供参考\n'
      + '2024/25学年姊妹学校计划及内地交流活动安排\n目的\n本学年资助名额共1000个。\n';
    const { document, statements } = structureFromText(text, 'circular');
    expect(document.title).toBe('2024/25学年姊妹学校计划及内地交流活动安排');
    expect(document.issuer).toBe('教育局');
    expect(statements.find((s) => s.text.includes('1000个'))).toMatchObject({ status: 'PLANNED', year: 2024 });
    expect(statements.find((s) => s.text.startsWith('分发名单'))).toMatchObject({ status: 'CONTEXT' });
  });

  it('reads a school year in a title as its first year (2024/25学年, 2025/2026学年)', () => {
    const text = '某某学院2024/25学年内地合作工作报告\n全年举办交流活动36场。\n';
    expect(structureFromText(text, 'school-year').statements.find((s) => s.text.includes('36场'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    const full = '某某局2025/2026学年非高等教育主要措施\n全年举办交流活动36场。\n';
    expect(structureFromText(full, 'school-year-full').statements.find((s) => s.text.includes('36场'))).toMatchObject({ status: 'PLANNED', year: 2025 });
    // A financial year written with a dash is read as a statement reads it (statedYear): by its first year.
    const financial = '某某局2024-25年度工作计划\n全年举办交流活动36场。\n';
    expect(structureFromText(financial, 'financial-year').statements.find((s) => s.text.includes('36场'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });
});

describe('structureDocument: a press release', () => {
  it('skips the header line that calls it a press release, and reads its date with the day of the week', () => {
    // (Simplified, as the structure stage reads a Traditional text once converted.)
    const text = '香港特别行政区政府新闻公报\n教育局推出姊妹学校交流计划\n教育局今日宣布推出计划,资助全港学校开展交流。\n完\n'
      + '2025年3月12日(星期三)\n香港时间16时30分\n';
    const { document, statements } = structureFromText(text, 'press');
    expect(document.title).toBe('教育局推出姊妹学校交流计划');
    expect(document.issuedOn).toBe('2025-03-12');
    expect(statements.some((s) => s.text.includes('新闻公报'))).toBe(false);
    expect(structureFromText('新闻稿\n某某局推出青年实习计划\n某某局今日公布计划。\n', 'press-2').document.title).toBe('某某局推出青年实习计划');
  });

  it('skips the labels above a release (新闻稿 / 即时发布) and an official document\'s red header (…办公室文件)', () => {
    const release = '新闻稿\n即时发布\n某某青年发展基金会\n「筑桥计划」2024年资助逾千名中学生赴内地学习\n基金会今日公布计划成果。\n';
    expect(structureFromText(release, 'release').document).toMatchObject({ title: '「筑桥计划」2024年资助逾千名中学生赴内地学习', issuer: '某某青年发展基金会' });
    const notice = '某某区人民政府办公室文件\n某府办〔2024〕17号\n某某区人民政府办公室关于印发某某行动方案的通知\n各镇人民政府:\n';
    expect(structureFromText(notice, 'red-header').document.title).toBe('某某区人民政府办公室关于印发某某行动方案的通知');
  });

  it('reads an annual report (…年报2024) and a release of results (…计划成果) as reports of their year', () => {
    const annual = structureFromText('某某处年报2024\n全年举办活动36场。\n', 'annual');
    expect(annual.statements.find((s) => s.text.includes('36场'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    const results = structureFromText('某某局公布2024年内地实习资助计划成果\n共有6100名青年参加。\n', 'results');
    expect(results.statements.find((s) => s.text.includes('6100名'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
  });

  it('joins a title broken over three lines whose last ends as a title does, and reads a reply on a budget to come as a report of the year before', () => {
    const reply = structureFromText('审核2025-26年度\n开支预算\n管制人员的答复\n答复：\n计划共资助172个项目。\n', 'budget-reply');
    expect(reply.document.title).toBe('审核2025-26年度开支预算管制人员的答复');
    expect(statementContaining(reply, '172个')).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    // Two lines neither of which ends as a title does are no title of three.
    const plain = structureFromText('某某学校\n校园开放日\n家长须知\n一、开放时间\n上午9时开始。\n', 'plain');
    expect(plain.document.title).not.toContain('家长须知');
  });

  it('reads the body a line labels as the one that reports or issues (报告机关：, 发文机关：) as the issuer, before a body the title names first', () => {
    const report = structureFromText('某市议会第4届第5次定期会\n某市政府施政报告\n第六章　教育\n报告期间:2024年7月至12月\n报告机关:某市政府\n\n壹、前言\n本府推动教育。\n', 'labelled');
    expect(report.document.issuer).toBe('某市政府');
    const page = structureFromText('索引号:000014349/2024-00012\n发文机关:某省人民政府办公厅\n某省关于推进教育合作的意见\n一、总体要求\n推进合作。\n', 'gov-page');
    expect(page.document.issuer).toBe('某省人民政府办公厅');
    // A line naming a body's post under the title, after the meeting's name, names that body (民政及青年事务局局长).
    const reply = structureFromText('审核2025-26年度\n开支预算\n管制人员的答复\n财务委员会特别会议　　民政及青年事务局局长\n答复：\n本局共资助172个项目。\n', 'post');
    expect(reply.document.issuer).toBe('民政及青年事务局');
    // A body's line under the occasion a speech's title gives on a line of its own (——…在…会议上) signs it.
    const speech = structureFromText('政府工作报告\n——2025年1月9日在广州市番禺区第十八届人民代表大会第五次会议上\n番禺区人民政府\n\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n', 'speech');
    expect(speech.document.issuer).toBe('番禺区人民政府');
    // A release's source line as Macao's government writes it (消息来源：) names its issuer.
    const release = structureFromText(normalizeWidth('社工局与合作区民生局举行会议\n发布日期：2025年10月14日\n消息来源：社会工作局\n\n社会工作局昨日在横琴主持会议。\n'), 'source');
    expect(release.document.issuer).toBe('社会工作局');
  });

  it('reads the title under a body\'s name and its name in English, dated by a line labelled 发表日期, as a year\'s report', () => {
    const report = structureFromText(normalizeWidth('职业训练局\nVocational Training Council\n2024/25年报\n发表日期：2025年12月11日\n\n第五章　内地及海外合作\n\n本章回顾与内地院校的合作，共126所院校保持合作关系。\n'), 'vtc');
    expect(report.document).toMatchObject({ title: '2024/25年报', issuer: '职业训练局', issuedOn: '2025-12-11' });
    expect(statementContaining(report, '126所')).toMatchObject({ status: 'ACHIEVED', year: 2024 });
  });

  it('reads a part headed by a financial or school year (二、2024-25年度工作回顾) in its first year, as a part of a year is read', () => {
    for (const heading of ['2024-25年度工作回顾', '2024/25年度工作回顾', '2024/2025学年工作回顾']) {
      const plan = structureFromText(`某局\n2025-26年度工作计划\n\n一、概览\n本章说明。\n\n二、${heading}\n全年完成个案讨论316宗。\n\n三、2025-26年度重点工作\n派出医生60名。\n`, 'fy');
      expect(statementContaining(plan, '316宗')).toMatchObject({ status: 'ACHIEVED', year: 2024 });
      expect(statementContaining(plan, '60名')).toMatchObject({ status: 'PLANNED', year: 2025 });
    }
  });

  it('reads results a title names without a year before a year\'s plan (…成果及2026年盛事安排) as the year before\'s', () => {
    const release = structureFromText('某局公布「秋冬盛事季」成果及2026年盛事安排\n盛事季共举办盛事41项。\n\n2026年盛事安排\n\n明年将举办盛事50项。\n', 'results-and-plan');
    expect(statementContaining(release, '41项')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
    expect(statementContaining(release, '50项')).toMatchObject({ status: 'PLANNED', year: 2026 });
    // A release of approval results (…审批结果) reports, though it names the plan it approves for.
    const approved = structureFromText('某基金会公布2025年度社团活动资助计划审批结果\n批出资助项目296项。\n', 'approval');
    expect(statementContaining(approved, '296项')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
  });

  it('reads a document with a line giving the period it reports on (报告期间：) as a report of that period\'s year, whatever its title', () => {
    const report = structureFromText('某市议会第4届第5次定期会\n某市政府施政报告\n报告期间：2024年7月至12月\n\n壹、教育\n新增双语学校18所。\n', 'council-report');
    expect(statementContaining(report, '18所')).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    const address = structureFromText('2024年施政报告\n\n一、教育\n新增双语学校18所。\n', 'policy-address');
    expect(statementContaining(address, '18所')).toMatchObject({ status: 'PLANNED', year: 2024 });
  });

  it('reads a page whose trail ends in a release label (首页 > 新闻及活动 > 新闻稿) as a release, its contact lines as page meta', () => {
    const page = structureFromText('某某理工大学\n首页 > 新闻及活动 > 新闻稿\n2025年11月6日\n\n某某研究院去年承接逾300个内地项目\n\n'
      + '三所研究院合共承接内地科研项目326项。\n联络电话:(02)2754-1255 分机 3306\n', 'trail');
    expect(statementContaining(page, '326项')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
    expect(page.statements.some((s) => s.text.includes('2754'))).toBe(false);
  });

  it('reads a page whose trail passes through a news section (首页 > 新闻中心 > 商务动态) as a news item of the day it was written', () => {
    const page = structureFromText(normalizeWidth('广东省商务厅\n首页 > 新闻中心 > 商务动态\n\n第五届投资贸易洽谈会在佛山开幕\n\n'
      + '发布时间：2025-11-07 18:20　　来源：广东省商务厅\n\n展会设四大展区，展览面积6.8万平方米。\n'), 'news-trail');
    expect(statementContaining(page, '6.8万平方米')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
    // A trail through no news section (首页 > 政务公开 > 通知公告) says nothing of the kind.
    const notice = structureFromText(normalizeWidth('广东省商务厅\n首页 > 政务公开 > 通知公告\n\n第五届投资贸易洽谈会在佛山开幕\n\n'
      + '发布时间：2025-11-07 18:20\n\n展会设四大展区，展览面积6.8万平方米。\n'), 'other-trail');
    expect(statementContaining(notice, '6.8万平方米')).toMatchObject({ status: 'CONTEXT', year: null });
    // A site's page naming its source under the title is one too, with no trail (发布时间：… 来源：广东省商务厅).
    const sourced = structureFromText(normalizeWidth('广东省商务厅\n\n第五届投资贸易洽谈会在佛山开幕\n\n'
      + '发布时间：2025-11-07 18:20　　来源：广东省商务厅　　浏览次数：3076\n\n展会设四大展区，展览面积6.8万平方米。\n'), 'sourced');
    expect(statementContaining(sourced, '6.8万平方米')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
  });

  it('reads a line of fields whose later one is a page-meta label (解读机构：… 发布日期：…) as page meta dating the document', () => {
    const page = structureFromText(normalizeWidth('首页 > 政务公开 > 政策解读\n《某市支持青年创业若干措施》政策解读\n'
      + '解读机构：某市人力资源和社会保障局　　发布日期：2025-03-18　　来源：某市人力资源和社会保障局\n\n'
      + '问：出台的背景是什么？\n答：2019年以来，我市累计引进创业项目386个。\n问：支持标准是什么？\n答：给予一次性资助5万元。\n'), 'fields');
    expect(page.statements.some((s) => s.text.includes('解读机构'))).toBe(false);
    // The plan is of the year it was written, not of the first year its answers name.
    expect(statementContaining(page, '5万元')).toMatchObject({ status: 'PLANNED', year: 2025 });
    // A line of one field with no page-meta label stays text.
    const plain = structureFromText('某市政策解读\n\n解读机构：某市人力资源和社会保障局\n给予一次性资助5万元。\n', 'one-field');
    expect(plain.statements.some((s) => s.text.includes('解读机构'))).toBe(true);
  });

  it('reads a title of a year without a genre word as looking back on that year when it was written after it', () => {
    const late = structureFromText('某某大学2024年度对外合作与交流工作摘要\n发布日期:2025年1月22日\n全年新签协议46份。\n', 'late');
    expect(late.statements.find((s) => s.text.includes('46份'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    const same = structureFromText('某某大学2025年度对外合作与交流工作摘要\n发布日期:2025年1月22日\n全年新签协议46份。\n', 'same');
    expect(same.statements.find((s) => s.text.includes('46份'))).toMatchObject({ status: 'CONTEXT', year: null });
  });

  it('reads a plan\'s title with a subtitle after a dash as the plan (…交流计划——邀请学校参加)', () => {
    const text = '2025/26学年内地交流计划——邀请学校参加\n本通函邀请学校参加交流计划。\n全年名额共9000个。\n';
    expect(structureFromText(text, 'dash').statements.find((s) => s.text.includes('9000个'))).toMatchObject({ status: 'PLANNED', year: 2025 });
  });

  it('reads a title naming no genre by its opening lines: a written reply reports, remarks on a policy address plan', () => {
    const reply = structureFromText('立法会十二题：支援青年到大湾区发展\n以下是今日在立法会会议上某议员的提问和某局局长的书面答复：\n'
      + '2025年6月11日\n答复：\n去年共资助青年1960人。\n', 'reply');
    expect(reply.statements.find((s) => s.text.includes('1960人'))).toMatchObject({ status: 'ACHIEVED' });
    const remarks = structureFromText('某局局长在某委员会会议的开场发言\n以下是某局局长就《2024年施政报告》的教育措施所作的开场发言：\n'
      + '过去一个学年，即2023/24学年，交流团约1150团。\n我们会资助约500名教师参加培训。\n2024年10月25日\n', 'remarks');
    // Its year is the cue's line's, else the year it was written: not a year its first paragraphs name.
    expect(remarks.statements.find((s) => s.text.includes('500名'))).toMatchObject({ status: 'PLANNED', year: 2024 });
  });

  it('reads a paper that says it reports to a committee (本文件向委员汇报…) as a report, though its title ends like a plan (…安排)', () => {
    const paper = structureFromText('立法会CB(4)938/2025(05)号文件\n\n立法会教育事务委员会\n\n跨境学童的支援安排\n\n目的\n\n'
      + '1. 本文件向委员汇报2025/26学年跨境学童的就学情况。\n\n跨境学童的就学情况\n\n2. 跨境学童共31,240名。\n', 'panel-paper');
    expect(paper.statements.find((s) => s.text.includes('31,240名'))).toMatchObject({ status: 'ACHIEVED', year: 2025 });
  });

  it('reads a paper asking a committee to approve a proposal (请各委员批准…) as a plan of the year it was written', () => {
    const paper = structureFromText('财务委员会讨论文件\n2025年6月6日\n\n请各委员批准开立一笔新承担额，以延续计划五年。\n'
      + '把每年名额增至3600个。\n', 'paper');
    expect(paper.statements.find((s) => s.text.includes('3600个'))).toMatchObject({ status: 'PLANNED', year: 2025 });
  });

  it('reads a release under its body\'s name, its label and date as a report of the year it was written', () => {
    const release = structureFromText('澳门特别行政区政府新闻局\n新闻稿\n2012-06-14 19:20\n某市代表团访问某大学　双方签署合作协议\n'
      + '代表团一行38人今日到访某大学。\n', 'release');
    expect(release.document).toMatchObject({ title: '某市代表团访问某大学　双方签署合作协议', issuedOn: '2012-06-14' });
    expect(release.statements.find((s) => s.text.includes('38人'))).toMatchObject({ status: 'ACHIEVED', year: 2012 });
    // An official document's red header says nothing of the kind.
    const notice = structureFromText('某某区人民政府办公室文件\n2012-06-14\n某市代表团访问某大学\n代表团一行38人今日到访某大学。\n', 'header');
    expect(notice.statements.find((s) => s.text.includes('38人'))).toMatchObject({ status: 'CONTEXT', year: null });
  });

  it('keeps a title that only ends like a label', () => {
    const text = '2024年国民经济和社会发展统计公报\n全年地区生产总值增长5%。\n';
    expect(structureFromText(text, 'bulletin').document.title).toBe('2024年国民经济和社会发展统计公报');
  });
});

describe('structureDocument: sections numbered within a chapter (5.5, 5.6)', () => {
  it('reads 5.5 挑战 as a problems section and 5.6 2025年工作重点 as the next year\'s plan, and 5.6亿元 as no heading', () => {
    const text = '某大学年报2024\n5.1 年度概览\n全年签署协议38份。\n5.5 挑战\n经费拨付仍需约3个月。\n5.6 2025年工作重点\n1. 引进研究人员不少于50名。\n';
    const { statements } = structureFromText(text, 'decimal');
    expect(statements.find((s) => s.text.includes('38份'))).toMatchObject({ status: 'ACHIEVED', year: 2024 });
    expect(statements.find((s) => s.text.includes('3个月'))).toMatchObject({ status: 'PROBLEM' });
    expect(statements.find((s) => s.text.includes('50名'))).toMatchObject({ status: 'PLANNED', year: 2025 });
    const money = structureFromText('某大学年报2024\n5.6亿元用于建设新校区。\n', 'money');
    expect(money.sections).toEqual([]);
  });
});

describe('structureDocument: yearly policy papers of Hong Kong and Macao', () => {
  it('reads a measures paper as a plan whose review of the past year is achieved in its year', () => {
    // (Simplified, as the structure stage reads a Traditional text once converted.)
    const text = '2023年施政报告:创新科技措施摘要\n一、过去一年的进展\n研发实验室已有29所。\n二、新措施\n每年资助不少于4000名大学生。\n';
    const { statements } = structureFromText(text, 'measures');
    expect(statements.find((s) => s.text.includes('29所'))).toMatchObject({ status: 'ACHIEVED', year: 2023 });
    expect(statements.find((s) => s.text.includes('4000名'))).toMatchObject({ status: 'PLANNED', year: 2023 });
  });

  it('reads a plan\'s statement on where things stand (截至…) as achieved', () => {
    const text = '2024/25学年姊妹学校计划安排\n截至2024年8月,全港已有880所学校缔结姊妹学校。\n本学年资助名额共1000个。\n';
    const { statements } = structureFromText(text, 'as-of');
    expect(statements.find((s) => s.text.includes('880所'))).toMatchObject({ status: 'ACHIEVED' });
    expect(statements.find((s) => s.text.includes('1000个'))).toMatchObject({ status: 'PLANNED' });
    // So is each statement of such a sentence, after a paragraph's number too (2. 截至…, / 全港…).
    const numbered = structureFromText('2025/26学年姊妹学校交流津贴安排\n2. 截至2025年6月30日,全港共有876所学校与内地学校缔结姊妹学校,结对总数达2468对。\n本学年资助名额共1000个。\n', 'as-of-numbered');
    expect(numbered.statements.find((s) => s.text.includes('876所'))).toMatchObject({ status: 'ACHIEVED', text: expect.stringMatching(/^全港/) });
    expect(numbered.statements.find((s) => s.text.includes('1000个'))).toMatchObject({ status: 'PLANNED' });
  });

  it('dates a plan by a range of years in its title without 年, and its review section by the range the heading closes with', () => {
    const text = '环境局《资源循环行动计划2027-2030》摘要\n一、背景\n《气候行动蓝图2050》提出在2050年前实现碳中和。\n'
      + '二、过去成效(2023-2026)\n回收点增至约190个。\n三、行动措施\n新增回收点100个。\n';
    const { statements } = structureFromText(text, 'plan-range');
    expect(statements.find((s) => s.text.includes('190个'))).toMatchObject({ status: 'ACHIEVED', year: 2026 });
    expect(statements.find((s) => s.text.includes('100个'))).toMatchObject({ status: 'PLANNED', year: 2030 });
  });

  it('keeps the second numbered part a sibling of the first (一、2026年度工作回顾 / 二、2027年度施政重点)', () => {
    const text = '2027年度施政计划(摘录)\n一、2026年度工作回顾\n(一)琴澳文化合作。开设课程24班。\n(二)品牌节庆。观众逾52万人次。\n'
      + '二、2027年度施政重点\n(一)扩展横琴布局\n1.吸引观众不少于5万人次。\n';
    const { sections, statements } = structureFromText(text, 'macao-plan');
    expect(sections.find((s) => s.heading.startsWith('2027'))?.parentId).toBeNull();
    expect(statements.find((s) => s.text.includes('24班'))).toMatchObject({ status: 'ACHIEVED', year: 2026 });
    expect(statements.find((s) => s.text.includes('5万人次'))).toMatchObject({ status: 'PLANNED', year: 2027 });
  });
});

describe('structureDocument: crossheads between paragraphs', () => {
  // Structure reads Simplified script (extraction converts a Traditional text first).
  const lead = '教青局2026年暑期研学工作报告\n\n'
    + '教青局今年暑假共组织两条内地研学路线，合共有396名中学生参加，行程覆盖陕西、安徽两省，总预算约澳门元734万元。\n\n';
  const tour = '「千年文脉」研学团　走读西安、兰州\n\n研学团首站抵达陕西省西安市，参观陕西历史博物馆，共有240名高中学生参加，本路线开支为澳门元436万元。\n\n';
  const problems = '面对的挑战\n\n部分学生反映行程紧凑，休息时间不足，约有15%学员未能完成研学日志，教青局将检讨安排。\n\n';
  const next = '2027年工作重点\n\n教青局将把研学路线增至6条，参加学生不少于800名，并加强行前培训及安全简介。\n';
  const read = (text: string, name: string) => structureFromText(normalizeWidth(text), name);

  it('heads the paragraphs after a short unnumbered line set apart by a blank line, and reads its words as any heading\'s', () => {
    const result = read(lead + tour + problems + next, 'crossheads');
    expect(result.sections.map((s) => s.heading)).toEqual(['「千年文脉」研学团 走读西安、兰州', '面对的挑战', '2027年工作重点']);
    expect(result.statements.find((s) => s.text.startsWith('「千年文脉」'))?.sectionId).toBe(result.sections[0].id);
    expect(statementContaining(result, '共有240名')).toMatchObject({ year: 2026, status: 'ACHIEVED' });
    expect(statementContaining(result, '约有15%学员')).toMatchObject({ status: 'PROBLEM' });
    expect(statementContaining(result, '增至6条')).toMatchObject({ year: 2027, status: 'PLANNED' });
  });

  it('reads one such line alone, a table row or a line ending a clause as no heading', () => {
    expect(read(lead + tour, 'one').sections).toEqual([]);
    const rows = read(lead + tour.replace('「千年文脉」研学团　走读西安、兰州', '派驻城市　　获聘人数') + problems.replace('面对的挑战', '教青局表示：'), 'rows');
    expect(rows.sections).toEqual([]);
  });
});

describe('structureDocument: the headers of releases and circulars', () => {
  const read = (text: string, name: string) => structureFromText(normalizeWidth(text), name);

  it('reads a Taiwan release dated in its calendar without the era\'s name (发布日期：114年10月27日), its issuing unit as page meta', () => {
    const result = read('彰化县政府新闻稿\n发布日期：114年10月27日\n发布单位：文化局\n\n「彰泉闽南文化节」圆满落幕\n\n'
      + '本届活动共吸引约28.6万人次参与，外县市游客约占四成。\n', 'taiwan-release');
    expect(result.document).toMatchObject({ title: '「彰泉闽南文化节」圆满落幕', issuedOn: '2025-10-27' });
    expect(statementContaining(result, '28.6万人次')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
  });

  it('reads a chapter whose paragraphs are numbered 3.1, 3.2 … under its headings: the headings, not the paragraphs, nest', () => {
    const para = (n: string, body: string) => `${n} ${body}，并与有关部门及内地城市加强政策协作，推动各项措施在年内逐步落实，让香港市民及企业更便捷地受惠于相关安排。\n`;
    const text = '2025年施政报告\n政策措施附篇\n\n第三章　深度融入大湾区\n\n'
      + para('3.1', '特区政府以规划纲要为指引')
      + '\n（一）过去一年的工作进展\n\n北都\n' + para('3.2', '北都统筹处推出先导计划，共收到11份意向书')
      + '\n河套\n' + para('3.3', '创科局资助28个项目')
      + '\n（二）新措施\n\n北都\n' + para('3.4', '政府将预留20亿元设立资助计划');
    const result = read(text, 'policy-address');
    const section = (fragment: string) => result.sections.find((s) => s.heading.includes(fragment))!;
    expect(section('新措施').parentId).toBe(section('深度融入').id);
    expect(section('北都统筹处').parentId).toBe(section('北都').id);
    expect(statementContaining(result, '11份意向书')).toMatchObject({ status: 'ACHIEVED' });
    expect(statementContaining(result, '20亿元')).toMatchObject({ status: 'PLANNED' });
  });

  it('reads a part headed by a year\'s 推动重点 (key points to push) as that year\'s plan', () => {
    // (The pipeline reads the years of the Republic of China calendar in the common era before the structure: 114 is 2025.)
    const text = '文化部新闻稿\n发布日期：2025年5月12日\n\n文化部公布2024年成果\n\n一、表演团队登上国际舞台\n2024年度共核定补助34团。\n\n'
      + '二、2025年度推动重点\n补助团数扩大至40团以上。\n';
    expect(statementContaining(read(text, 'moc-plan'), '40团')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('reads a part headed by a school year\'s results (2024学年度…试办成果) as done in that year, the next one\'s 推动重点 as planned', () => {
    const text = '某某署新闻稿\n发布日期：2025年9月16日\n\n某计划成果亮眼\n\n本署今日举办记者会。\n\n一、2024学年度三乡试办成果\n全年共进行线上课程4,620节。\n\n'
      + '二、2025学年度扩大推动重点\n试办乡由3个增为6个。\n';
    const result = read(text, 'school-years');
    expect(statementContaining(result, '4,620节')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(result, '增为6个')).toMatchObject({ year: 2025, status: 'PLANNED' });
  });

  it('reads the body a release\'s header names before its label as the issuer (文化部新闻稿), not a gazette\'s government', () => {
    const ministry = read('文化部新闻稿\n发布日期：114年5月12日\n\n台湾文化走向世界 113年海外展演成果\n\n本年度共办理146案。\n', 'moc');
    expect(ministry.document.issuer).toBe('文化部');
    const bureau = read('澳门特别行政区政府文化局　新闻稿\n\n第35届澳门艺术节圆满落幕\n\n共推出28套节目。\n', 'icm');
    expect(bureau.document.issuer).toBe('澳门特别行政区政府文化局');
    // A university's header, a bar between its name and the label, is furniture too: the title is the line after it.
    const university = read('香港某大学｜新闻稿\n主页 > 新闻中心 > 新闻稿\n\n某大学与三所内地大学签署合作协议\n\n发布日期：2025年11月14日\n\n上学年共有1,350名学生参与交流。\n', 'uni');
    expect(university.document).toMatchObject({ title: '某大学与三所内地大学签署合作协议', issuer: '香港某大学' });
    expect(statementContaining(university, '1,350名')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
    // An administration's (…署) header too.
    const agency = read('教育部国民及学前教育署新闻稿\n发布日期：2025年9月16日\n\n某计划成果亮眼\n\n本署今日举办记者会，共有27所学校参与。\n', 'k12a');
    expect(agency.document).toMatchObject({ title: '某计划成果亮眼', issuer: '教育部国民及学前教育署' });
    // A whole government's gazette carries its bureaus' releases: its name issues none of them.
    const gazette = read('香港特别行政区政府新闻公报\n\n深港科技合作再上台阶\n\n本年度共签署12份协议。\n', 'isd');
    expect(gazette.document.issuer).toBeNull();
  });

  it('reads a government release that opens with its day of writing (某某署今日（12月15日）公布) as reporting what was done', () => {
    const text = '投资推广署完成2025年内地城市巡回推介\n\n　　投资推广署今日（12月15日）公布，系列活动合共举行9场推介会，吸引超过2,600家企业参加。\n\n'
      + '完\n\n2025年12月15日（星期一）\n';
    expect(statementContaining(read(text, 'hk-release'), '合共举行9场')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    // Without that opening, a title naming no genre leaves the text's period to the rest (here none).
    expect(statementContaining(read(text.replace('今日（12月15日）', ''), 'no-dateline'), '合共举行9场')).toMatchObject({ status: 'CONTEXT' });
  });

  it('reads a circular\'s file number and issuing division lines (档号：, 发出：) as page meta, not its title', () => {
    const text = '教育局通函第96/2026号\n\n档号：EDB(SDD/SIS)/ADM/24/7(2)\n发出：教育局学校发展分部\n日期：2026年8月14日\n\n'
      + '2026/27学年姊妹学校交流津贴安排\n\n摘要\n本通函旨在通知学校2026/27学年津贴的安排。\n\n津贴额\n1. 官立及资助中学：每校港币172,000元。\n';
    const result = read(text, 'circular');
    expect(result.document.title).not.toContain('档号');
    expect(statementContaining(result, '172,000元')).toMatchObject({ year: 2026, status: 'PLANNED' });
  });
});

describe('a letter sending a report, and the periods of implementation headings', () => {
  const read = (text: string, name: string) => structureFromText(normalizeWidth(text), name);

  it('ranks a formal numeral (贰、) above the plain headings of the letter before it (说明 一、…), whichever came first', () => {
    const text = '某县政府　函\n发文日期：中华民国115年1月16日\n主旨：检送某县114年度国际教育推动成果报告1份，请查照。\n说明：\n'
      + '一、依据教育部相关计划办理。\n二、本报告汇整本县2025年推动情形。\n'
      + '壹、前言\n本县持续推动国际教育。\n贰、2025年度推动成果\n一、学校国际化\n全县共有28校参与。\n二、双语教育\n参与学校增至62校。\n'
      + '叁、2026年度推动重点\n一、扩大双语\n参与学校增至80校。\n';
    const result = read(text, 'letter');
    expect(sectionHeaded(result, '2025年度推动成果').parentId).toBeNull();
    expect(sectionHeaded(result, '双语教育').parentId).toBe(sectionHeaded(result, '2025年度推动成果').id);
    expect(statementContaining(result, '28校')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(result, '62校')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(result, '80校')).toMatchObject({ year: 2026, status: 'PLANNED' });
  });

  it('reads a part on how a scheme was carried out (2024/25学年的推行情况) as what was done that year', () => {
    const text = '某委员会\n会议讨论文件\n交流计划：2024/25学年推行情况及2025/26学年工作计划\n一、目的\n本文件汇报计划的推行情况。\n'
      + '二、2024/25学年的推行情况\n本局共举办交流团1,682团。\n三、2025/26学年的工作计划\n本局预留约5亿港元推行交流计划。\n';
    const result = read(text, 'paper');
    expect(statementContaining(result, '1,682团')).toMatchObject({ year: 2024, status: 'ACHIEVED' });
    expect(statementContaining(result, '5亿港元')).toMatchObject({ status: 'PLANNED' });
    // The genre a heading ends with decides it, a plan's name before it being its subject (2025年计划推展概况: the scheme's
    // progress, not a plan).
    const paper = '某委员会\n会议讨论文件\n实习计划2025年推展情况及2026年工作计划\n一、2025年计划推展概况\n全年共资助实习名额4,300个。\n'
      + '二、2026年工作计划\n名额增至5,000个。\n';
    const read2 = read(paper, 'paper2');
    expect(statementContaining(read2, '4,300个')).toMatchObject({ year: 2025, status: 'ACHIEVED' });
    expect(statementContaining(read2, '5,000个')).toMatchObject({ year: 2026, status: 'PLANNED' });
  });
});
