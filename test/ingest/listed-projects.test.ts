import { describe, expect, it } from 'vitest';
import { declaredLayout, listedProject } from '../../ingest/extract/programs/listed.js';
import { splitCells } from '../../ingest/extract/tableRows.js';
import { extractText } from '../../ingest/pipeline.js';
import { normalizeWidth } from '../../ingest/read/index.js';
import { tagText } from '../../language/segment/index.js';

const LIST = [
  '湛江市港口物流发展行动方案',
  '',
  '一、重点任务',
  '加快宝满港区建设，提升港口集疏运能力。',
  '附件：重点项目表（项目名称｜建设主体｜建设地点｜总投资｜建设年限）',
  '宝满港区集装箱码头三期｜湛江港集团｜霞山区｜45亿元｜2025—2027年',
  '徐闻港客运综合枢纽提升｜徐闻县人民政府｜徐闻县｜7.2亿元｜2025—2026年',
  '以上项目由市发展和改革局统筹推进。',
  '港口服务中心｜提升服务｜全市｜1亿元｜2026年',
].join('\n');

describe('projects listed under declared columns', () => {
  it('reads the columns a statement declares in brackets or quotes, or as a whole header row, and nothing in prose', () => {
    expect(declaredLayout('附件：重点项目表（项目名称｜建设主体｜建设地点｜总投资｜建设年限）'))
      .toEqual({ separator: '｜', columns: 5, nameColumn: 0, placeColumns: [2] });
    expect(declaredLayout('以下按“序号．项目名称—承担单位—合作单位—市级支持金额”排列：'))
      .toEqual({ separator: '—', columns: 4, nameColumn: 0, placeColumns: [] });
    expect(declaredLayout('项目｜负责部门｜地点｜状态')).toEqual({ separator: '｜', columns: 4, nameColumn: 0, placeColumns: [2] });
    // A header row may space its marks and say in brackets what a column holds (所在城市（牵头单位、合作单位）).
    expect(declaredLayout('序号 | 项目名称 | 牵头单位 | 合作单位 | 所在城市（牵头单位、合作单位）'))
      .toEqual({ separator: '|', columns: 5, nameColumn: 1, placeColumns: [4] });
    // Not a column's name that is prose once its brackets are left out.
    expect(declaredLayout('序号 | 项目名称 | 由各牵头单位会同合作单位共同组织实施 | 城市')).toBeNull();
    expect(declaredLayout('全市共实施民生项目—共计12个，总投资5亿元。')).toBeNull();
    // A header row may number its rows in a column of its own first, and hold brackets of its own.
    expect(declaredLayout('序号|项目名称|建设地点|建设内容及规模|总投资(亿元)|责任单位'))
      .toEqual({ separator: '|', columns: 6, nameColumn: 1, placeColumns: [2] });
  });

  it('reads a header row whose first column names the kind of programme each row is (交流计划 | 主要目的地 | …), and places each row', () => {
    expect(declaredLayout('交流计划 | 主要目的地 | 团数 | 参加人次')).toEqual({ separator: '|', columns: 4, nameColumn: 0, placeColumns: [1] });
    // Two columns, or a first column of another kind, declare nothing.
    expect(declaredLayout('交流计划 | 团数')).toBeNull();
    expect(declaredLayout('学校类别 | 主要目的地 | 团数')).toBeNull();
    const text = '某局2026年文件\n一、交流\n本学年各项交流计划的团数如下：\n交流计划 | 主要目的地 | 团数 | 参加人次\n'
      + '公民与社会发展科内地考察 | 广州、福州、厦门 | 720 | 43,200\n「山河学堂」高中学生专题考察 | 北京、西安 | 96 | 5,760\n';
    const x = extractText(text, { source: 'kinds.txt', sha256: 'x' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const placed = x.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`).sort();
    expect(placed).toEqual(['公民与社会发展科内地考察 → 广州市', '公民与社会发展科内地考察 → 福州市', '公民与社会发展科内地考察 → 厦门市',
      '山河学堂高中学生专题考察 → 北京市', '山河学堂高中学生专题考察 → 西安市'].sort());
  });

  it('splits a row at the separator outside quotations and brackets', () => {
    expect(splitCells('“新安江—千岛湖”生态旅游标识系统—街口镇—县文化旅游体育局—320万元', '—'))
      .toEqual(['“新安江—千岛湖”生态旅游标识系统', '街口镇', '县文化旅游体育局', '320万元']);
  });

  it('names the project of a row by its first column, quotation marks left out of the name', () => {
    const layout = { separator: '—', columns: 4, nameColumn: 0, placeColumns: [1] };
    const row = '2．“新安江百里大画廊”生态修复工程—深渡镇、街口镇—县林业局—3,200万元';
    expect(listedProject(row, 100, layout, tagText(row, 100))).toMatchObject({
      name: '新安江百里大画廊生态修复工程', kind: 'PROJECT', surface: '“新安江百里大画廊”生态修复工程', start: 102, places: [{ start: 119, end: 126 }],
    });
    // Too few cells, or a first column of prose, is no row.
    for (const text of ['深渡镇—县林业局', '其中，省级资金—1000万元—县财政局—2025年']) expect(listedProject(text, 0, layout, tagText(text, 0))).toBeNull();
    // A row that sums or gathers the others, or names a kind of item by one ordinary word, names no project.
    for (const text of ['合计—全县—县林业局—3,200万元', '其他项目—全县—县林业局—320万元', '游泳—深渡镇—县林业局—320万元']) {
      expect(listedProject(text, 0, layout, tagText(text, 0))).toBeNull();
    }
  });

  it('gives each row its project placed where its place column says, until a statement that is not a row', () => {
    const extraction = extractText(LIST, { source: 'list.txt', sha256: 'x' });
    const byId = new Map(extraction.entities.map((e) => [e.id, e.name]));
    const programs = extraction.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs).toEqual(expect.arrayContaining(['宝满港区集装箱码头三期', '徐闻港客运综合枢纽提升']));
    // The list closed at 以上项目…: the row-like line after it is not read as a project.
    expect(programs).not.toContain('港口服务中心');
    const touches = extraction.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${byId.get(r.from)} → ${byId.get(r.to)}`);
    expect(touches).toEqual(expect.arrayContaining(['宝满港区集装箱码头三期 → 霞山区', '徐闻港客运综合枢纽提升 → 徐闻县']));
  });
});

describe('a table of items by kind, with the rows that sum or gather the others', () => {
  it('reads no project in a row naming a kind of item by one word or summing the others, and goes on with the list after it', () => {
    const text = '某局2024年年报\n一、集训\n主要集训安排如下：\n集训项目 | 集训地点 | 合作单位 | 批次\n武术 | 广州市越秀区 | 某训练中心 | 4\n'
      + '游泳 | 肇庆市端州区 | 某体育学校 | 5\n其他项目 | — | — | 12\n合计 | — | — | 21\n青少年帆船集训营 | 珠海市香洲区 | 某帆船会 | 2\n';
    const x = extractText(text, { source: 'kinds.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toEqual(['青少年帆船集训营']);
  });
});

describe('a key-projects table with a column numbering its rows, group rows, and commas inside cells', () => {
  it('names each row\'s project and places it, through the group rows', () => {
    const text = '某市人民政府关于印发2025年市重点建设项目计划的通知\n附件\n序号｜项目名称｜建设地点｜建设内容及规模｜总投资（亿元）｜责任单位\n'
      + '一、产业项目（2个）｜｜｜｜83.5｜\n1｜新能源汽车零部件产业园项目｜南康区｜建设标准厂房42万平方米，形成年配套整车30万辆的产能｜48.0｜南康区人民政府\n'
      + '2｜高性能稀土永磁材料产业化项目｜章贡区｜年产磁材2万吨｜35.5｜章贡区人民政府\n二、社会民生项目（1个）｜｜｜｜9.6｜\n'
      + '3｜会昌县县域医疗次中心建设项目｜会昌县｜新建业务用房3万平方米｜9.6｜会昌县人民政府\n';
    // As reading leaves it: ｜ and ， half-width.
    const x = extractText(normalizeWidth(text), { source: 'projects.txt', sha256: 'x' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const placed = x.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`);
    expect(placed).toEqual(expect.arrayContaining(['新能源汽车零部件产业园项目 → 南康区', '高性能稀土永磁材料产业化项目 → 章贡区', '会昌县县域医疗次中心建设项目 → 会昌县']));
    // A row is one statement, its cells together, whatever marks they hold.
    expect(x.statements.some((s) => s.text.startsWith('1|新能源') && s.text.endsWith('南康区人民政府'))).toBe(true);
  });
});

describe('a table of indicators whose first column is headed 项目 (item)', () => {
  it('reads no project in a row naming its unit in brackets, and still reads the row\'s amounts', () => {
    const text = '某局2025年工作报告\n（六）主要合作数据\n项目 | 2024年 | 2025年 | 按年变动\n新签或续签合作协议（份） | 19 | 23 | +4\n'
      + '跨境双向转诊（人次） | 1,032 | 1,385 | +34.2%\n合作项目支出（万澳门元） | 8,772 | 9,860 | +12.4%\n';
    const x = extractText(normalizeWidth(text), { source: 'indicators.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toEqual([]);
    expect(x.targets.map((t) => `${t.value} ${t.unit} ${t.year}`)).toEqual(expect.arrayContaining(['1385 人次 2025', '1032 人次 2024']));
  });
});
