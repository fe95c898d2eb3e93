import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { extractTargets, type TaggedToken, type TargetSpan } from '../../ingest/extract/targets/index.js';
import { comparatorsByLastCode, nextNumber, nextNumberStart, numberPattern } from '../../ingest/extract/targets/quantity.js';
import { indexTokens, tokenAt } from '../../ingest/extract/targets/subject.js';
import { getLexicon } from '../../language/lexicon/index.js';
import { normalizeWidth } from '../../ingest/read/normalizeWidth.js';
import { extractText } from '../../ingest/pipeline.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = `${root}seeds/guangzhou-education-2019-summary-2020-plan.txt`;
const CORPUS = `${root}test/fixtures/corpus/`;

/** nodejieba POS tags of a statement, with absolute offsets. */
function tag(text: string, offset = 0): TaggedToken[] {
  let cursor = 0;
  return nodejieba.tag(text).map(({ word, tag: t }) => {
    const start = text.indexOf(word, cursor);
    cursor = start + word.length;
    return { word, tag: t, start: offset + start, end: offset + cursor };
  });
}

/** The targets of a phrase reduced to the fields a reader compares. */
function brief(text: string, tokens?: TaggedToken[]): [number, string, string, string][] {
  return extractTargets(text, 0, tokens).map((t) => [t.value, t.unit, t.comparator, t.subject]);
}

/** Statements of a document as the tests split it: one per line and per 。, with absolute offsets. */
function statements(doc: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const re = /[^\n。]+。?/g;
  for (let m = re.exec(doc); m !== null; m = re.exec(doc)) out.push({ text: m[0], offset: m.index });
  return out;
}

function extractDocument(doc: string): TargetSpan[] {
  return statements(doc).flatMap((s) => extractTargets(s.text, s.offset, tag(s.text, s.offset)));
}

describe('extractTargets on the shared conventions examples', () => {
  it('normalises 5.88万 to 58800 with unit 个, comparator APPROX and the subject without the verb', () => {
    const [t] = extractTargets('增加公办幼儿园学位约5.88万个,公办园和普惠性民办园在园幼儿占比达82.57%,', 0);
    expect(t).toMatchObject({
      text: '增加公办幼儿园学位约5.88万个',
      subject: '公办幼儿园学位',
      value: 58800,
      unit: '个',
      comparator: 'APPROX',
      start: 0,
      end: 16,
    });
  });

  it('reads a percentage with 达到 before and 以上 after as GTE and leaves the year out of the text', () => {
    const text = '多渠道增加普惠性幼儿园资源,2020年公办幼儿园在园幼儿数占比达到50%以上、公办幼儿园和普惠性民办幼儿园在园幼儿数占比达到80%以上。';
    const [a, b] = extractTargets(text, 0);
    expect(a).toMatchObject({ text: '公办幼儿园在园幼儿数占比达到50%以上', subject: '公办幼儿园在园幼儿数占比', value: 50, unit: '%', comparator: 'GTE' });
    expect(b).toMatchObject({ subject: '公办幼儿园和普惠性民办幼儿园在园幼儿数占比', value: 80, unit: '%', comparator: 'GTE' });
  });
});

describe('extractTargets comparators', () => {
  it('reads a count written before its number with no unit after it (参观人次约38万) in that count\'s unit', () => {
    expect(brief('展期三个月，参观人次约38万。').map((t) => t.slice(0, 3))).toEqual([[380000, '人次', 'APPROX']]);
    expect(brief('入场人次逾15万，比上届增加。').map((t) => t.slice(0, 3))).toEqual([[150000, '人次', 'GT']]);
    expect(brief('累计使用人次达41,000。').map((t) => t.slice(0, 3))).toEqual([[41000, '人次', 'GTE']]);
    // A count with its own unit after the number keeps that one; a bare number after another word is no target.
    expect(brief('参与人数约9,800人次。').map((t) => t.slice(0, 2))).toEqual([[9800, '人次']]);
    expect(brief('项目总数约38万。')).toEqual([]);
  });

  it('reads a comparator written before the currency that stands before the number (约 + 澳门元 + 1,260万元, 最高 + 人民币 + 50万元)', () => {
    expect(brief('总预算约澳门元1,260万元。').map((t) => t.slice(0, 3))).toEqual([[12600000, '澳门元', 'APPROX']]);
    expect(brief('每项最高人民币50万元。').map((t) => t.slice(0, 3))).toEqual([[500000, '元人民币', 'LTE']]);
    expect(brief('每人上限新台币4万元。').map((t) => t.slice(0, 3))).toEqual([[40000, '新台币元', 'LTE']]);
  });

  it('reads a ratio\'s comparator written before the base it is a share of (不超过 + 实际租金的 + 50%, 约占 + 总数的 + 30%)', () => {
    expect(brief('补贴不超过实际租金的50%。').map((t) => t.slice(0, 3))).toEqual([[50, '%', 'LTE']]);
    expect(brief('约占本科生总数的30%。').map((t) => t.slice(0, 3))).toEqual([[30, '%', 'APPROX']]);
    expect(brief('配套资金不少于财政资助额的1.5倍。').map((t) => t.slice(0, 3))).toEqual([[1.5, '倍', 'GTE']]);
    // A comparator of another phrase, far from the ratio and with no 的 before it, is not the ratio's.
    expect(brief('全市超过一半学校的比例为30%。').map((t) => t.slice(0, 3))).toEqual([[30, '%', 'EQ']]);
  });

  it('reads 家次 as a unit of its own, as 人次 is (协助中小企业836家次: visits of firms, not firms)', () => {
    expect(brief('全年合共协助本澳中小企业836家次。').map((t) => t.slice(0, 2))).toEqual([[836, '家次']]);
  });

  it('reads an amount in 亿 that goes on in 万, and a count in 万 that goes on in units, as one (1亿2,800万元, 7万3,895人)', () => {
    expect(brief('开支约为1亿2,800万元').map((t) => t.slice(0, 3))).toEqual([[128000000, '元', 'APPROX']]);
    expect(brief('资助总额为2亿零400万元').map((t) => t.slice(0, 3))).toEqual([[204000000, '元', 'EQ']]);
    // Two amounts listed apart stay two.
    expect(brief('分别投资3亿元、5000万元').map((t) => t[0])).toEqual([300000000, 50000000]);
    // So is a count in 万 that goes on in units (7万3,895人), as Taiwan writes counts.
    expect(brief('境外生达7万3,895人').map((t) => t.slice(0, 2))).toEqual([[73895, '人']]);
  });

  it('reads 多 and 余 between the number and the unit as GT', () => {
    expect(brief('各级领导带队赴校园宣讲200多场次')).toEqual([[200, '场次', 'GT', '各级领导带队赴校园宣讲']]);
    expect(brief('5000多名在职党员回社区报到')[0].slice(0, 3)).toEqual([5000, '名', 'GT']);
    expect(brief('接收帮扶地来穗跟岗学习4300余人次')[0].slice(0, 3)).toEqual([4300, '人次', 'GT']);
  });

  it('reads 超过 before the number as GT and scales 3万人 to 30000 人', () => {
    expect(brief('实施补贴学位超过3万人。')[0].slice(0, 3)).toEqual([30000, '人', 'GT']);
    expect(brief('中职生升入高校比例超过80%')).toEqual([[80, '%', 'GT', '中职生升入高校比例']]);
  });

  it('reads 约 before a number as APPROX even after 达', () => {
    expect(brief('全市民办幼儿园党组织覆盖率达约72%')).toEqual([[72, '%', 'APPROX', '民办幼儿园党组织覆盖率']]);
  });

  it('reads 达 or 达到 alone as GTE and a plain number as EQ', () => {
    expect(brief('民办中小学校党组织覆盖率达85%')).toEqual([[85, '%', 'GTE', '民办中小学校党组织覆盖率']]);
    expect(brief('标准化学校占比为96%')).toEqual([[96, '%', 'EQ', '标准化学校占比']]);
  });

  it('reads 以上, 以下, 以内 and 左右 after the unit', () => {
    expect(brief('从业人员30人以上的校外培训机构')[0]).toEqual([30, '人', 'GTE', '从业人员']);
    expect(brief('班额控制在45人以下')[0].slice(0, 3)).toEqual([45, '人', 'LTE']);
    expect(brief('作业时间控制在90分钟以内')[0].slice(0, 3)).toEqual([90, '分钟', 'LTE']);
    expect(brief('每校配备心理教师2名左右')[0].slice(0, 3)).toEqual([2, '名', 'APPROX']);
  });

  it('reads 不少于, 不超过, 低于 and 近 before the number', () => {
    expect(brief('体育活动时间不少于1小时')[0].slice(0, 3)).toEqual([1, '小时', 'GTE']);
    expect(brief('近视率不超过5%')[0].slice(0, 3)).toEqual([5, '%', 'LTE']);
    expect(brief('辍学率低于0.5%')[0].slice(0, 3)).toEqual([0.5, '%', 'LT']);
    expect(brief('参训教师近2000人次')[0].slice(0, 3)).toEqual([2000, '人次', 'APPROX']);
  });

  it('reads 最高 as LTE, and 至少, 最多 and 约 across the verb before the number (至少开设1项, 约有15%)', () => {
    expect(brief('给予最高1000万元综合资助')[0].slice(0, 3)).toEqual([10000000, '元', 'LTE']);
    expect(brief('每所中小学至少开设1项民族传统体育项目')[0].slice(0, 3)).toEqual([1, '项', 'GTE']);
    expect(brief('每家机构最多可聘请4名研究人员')[0].slice(0, 3)).toEqual([4, '名', 'LTE']);
    expect(brief('约有15%的耕地退化')[0].slice(0, 3)).toEqual([15, '%', 'APPROX']);
    // Only as many characters as the word allows: 约定每年 is no 约 before 12.
    expect(brief('双方约定每年互访12次')[0].slice(0, 3)).toEqual([12, '次', 'EQ']);
  });

  it('reads a range with the unit on both bounds as two quantities, the lower GTE and the upper LTE; 上限为 as LTE', () => {
    expect(brief('零碳能源比例提升至60%至70%').map((t) => t.slice(0, 3))).toEqual([[60, '%', 'GTE'], [70, '%', 'LTE']]);
    expect(brief('单项支持50万元至150万元').map((t) => t.slice(0, 3))).toEqual([[500000, '元', 'GTE'], [1500000, '元', 'LTE']]);
    expect(brief('资助上限为每个项目1亿港元')[0].slice(0, 3)).toEqual([100000000, '港元', 'LTE']);
  });

  it('does not take 约 in 签约 for a comparator', () => {
    expect(brief('新增签约12所学校')[0].slice(0, 3)).toEqual([12, '所', 'EQ']);
  });
});

describe('extractTargets units and values', () => {
  it('strips 万 from 万人次 and 亿 from 亿元 into the value', () => {
    expect(brief('参加老年教育课程班和公益讲座49万多人次')[0].slice(0, 3)).toEqual([490000, '人次', 'GT']);
    expect(brief('投入教育扶贫资金1719万元')).toEqual([[17190000, '元', 'EQ', '教育扶贫资金']]);
  });

  it('keeps the currency an amount in 元 is written in, before it (港币3800万元, 新台币…) or after it (…元人民币)', () => {
    expect(brief('获拨款港币3800万元')[0].slice(0, 2)).toEqual([38000000, '港元']);
    expect(brief('获补助新台币3200万元')[0].slice(0, 2)).toEqual([32000000, '新台币元']);
    expect(brief('每次最多资助人民币150元')[0].slice(0, 2)).toEqual([150, '元人民币']);
    expect(brief('总投资约86亿元人民币')[0].slice(0, 2)).toEqual([8600000000, '元人民币']);
    expect(brief('资助500万元')[0].slice(0, 2)).toEqual([5000000, '元']);
  });

  it('counts tours (团) and models (款), but not a group\'s words (团队, 团体, 款项)', () => {
    expect(brief('全年共举办内地交流团约690团')[0].slice(0, 3)).toEqual([690, '团', 'APPROX']);
    expect(brief('首批推出3款产品')[0].slice(0, 2)).toEqual([3, '款']);
    expect(brief('组建5团队开展调研')).toEqual([]);
  });

  it('keeps compound and per units: 个百分点, 平方米, 元/生·年', () => {
    expect(brief('优质学位占比提高3个百分点')[0].slice(0, 2)).toEqual([3, '个百分点']);
    expect(brief('新增校舍面积12.5万平方米')[0].slice(0, 2)).toEqual([125000, '平方米']);
    expect(brief('生均公用经费提高到1200元/生·年')[0].slice(0, 2)).toEqual([1200, '元/生·年']);
  });

  it('reads an ASCII comma before exactly three digits as a thousands separator', () => {
    expect(brief('组织5期1,030名党组织书记培训').map((t) => t[0])).toEqual([5, 1030]);
  });

  it('keeps a 万-scaled number followed directly by a noun with an empty unit', () => {
    expect(brief('完成3.25万考生线上统一录取')[0].slice(0, 2)).toEqual([32500, '']);
  });

  it('takes the lower bound of a range with comparator GTE', () => {
    const [t] = extractTargets('每位教师每3-5年接受一次轮训', 0);
    expect(t).toMatchObject({ value: 3, unit: '年', comparator: 'GTE', text: '每位教师每3-5年' });
  });
});

describe('extractTargets exclusions', () => {
  it.each([
    ['a date', '2020年3月20日'],
    ['an ISO date and a time', '时间 : 2021-02-10 15:17 来源 : 深圳市教育局'],
    ['a year', '2019年,市教育局坚持以习近平新时代中国特色社会主义思想为指导'],
    ['a year range in a title', '出台《深圳教育先行示范规划纲要(2021-2035年)》'],
    ['a document number', '穗教发〔2023〕16号'],
    ['a phone number and a ratio', '(联系人:李玉楚,联系电话:22083625)师生比均达到或高于1:350的要求'],
    ['ordinals', '入选第3批试点,位列全国第63和第78位'],
    ['a ranking threshold', '新增学科进入全球ESI学科排名前1%'],
    ['Chinese-numeral names', '实施“十四五”规划,落实“双减”,组织第二批教育家培养对象遴选'],
    ['small counts, ordinals, words and spans in numerals', '新建两所学校,贯彻十八届三中全会和市十一次党代会精神,澳门大学是唯一一所综合性大学,建议十分中肯,结为姊妹学校已逾十年,首十个月'],
    ['numbers inside a quoted name', '深化从化教育集群“6+2+n实验”,入选“全国职业院校教学管理50强”'],
    ['numbers joined by + or letters', '推进1+X证书制度试点,市教育系统5G基站站点建设'],
    ['an anniversary', '以庆祝建党100周年为契机'],
    ['a duration in a program name', '实施学前教育3年行动计划'],
    ['a time span', '近3年来累计投入'],
  ])('skips %s', (_label, text) => {
    expect(extractTargets(text, 0)).toEqual([]);
  });

  it('reads counts and percentages written in numerals, ten or more, with a place word', () => {
    expect(brief('预计惠及约五万名学生')).toEqual([[50000, '名', 'APPROX', '学生']]);
    expect(brief('安排一百二十名大学生到企业实习').map((t) => t.slice(0, 2))).toEqual([[120, '名']]);
    expect(brief('研究院首期投入二亿元').map((t) => t.slice(0, 2))).toEqual([[200000000, '元']]);
    expect(brief('研究院首期投入人民币二亿元').map((t) => t.slice(0, 2))).toEqual([[200000000, '元人民币']]);
    expect(brief('较去年增加百分之八').map((t) => t.slice(0, 2))).toEqual([[8, '%']]);
    // Note: a percentage in words takes the comparator after it as one in digits does, and a decimal in words.
    expect(brief('升学率达到百分之九十以上').map((t) => t.slice(0, 3))).toEqual([[90, '%', 'GTE']]);
    expect(brief('占比不少于百分之十二点五').map((t) => t.slice(0, 3))).toEqual([[12.5, '%', 'GTE']]);
    expect(brief('将提供不少于一千个职位').map((t) => t.slice(0, 3))).toEqual([[1000, '个', 'GTE']]);
  });

  it('opens a target\'s text after the time word and the comma that open its clause', () => {
    const texts = extractTargets('2025年，局方安排120名大学生到企业实习', 0).map((t) => t.text);
    expect(texts).toEqual(['局方安排120名大学生']);
  });

  it('keeps the count after a ranking phrase and drops the ranking', () => {
    expect(brief('全省文理前50人中,广州有21人')).toEqual([[21, '人', 'EQ', '广州']]);
  });

  it('counts a quoted metric name before a number', () => {
    expect(brief('“可网办率”100%')).toEqual([[100, '%', 'EQ', '“可网办率”']]);
  });
});

describe('extractTargets subjects and several quantities', () => {
  it('gives each quantity of one clause its own target and a right-hand subject after a bare verb', () => {
    expect(brief('组织5期1030名党组织书记培训')).toEqual([
      [5, '期', 'EQ', '党组织书记培训'],
      [1030, '名', 'EQ', '党组织书记培训'],
    ]);
  });

  it('takes the noun after the measure word when the measure word is followed by a noun', () => {
    expect(brief('新录用198名教师')).toEqual([[198, '名', 'EQ', '教师']]);
    expect(brief('新审批设立285所校外培训机构')).toEqual([[285, '所', 'EQ', '校外培训机构']]);
  });

  it('takes the noun before the number and trims the leading verb otherwise', () => {
    expect(brief('为帮扶地培训教师19765人次')).toEqual([[19765, '人次', 'EQ', '帮扶地培训教师']]);
    expect(brief('改造教室灯光29890间')).toEqual([[29890, '间', 'EQ', '教室灯光']]);
  });

  it('reuses the previous subject for a bare change such as 同比增加41间', () => {
    expect(brief('全市共有资源教室221间,同比增加41间;特教班50个,同比增加13个;')).toEqual([
      [221, '间', 'EQ', '资源教室'],
      [41, '间', 'EQ', '资源教室'],
      [50, '个', 'EQ', '特教班'],
      [13, '个', 'EQ', '特教班'],
    ]);
  });

  it('splits a list of awards at 、 and 和', () => {
    expect(brief('获2019年广东教育教学成果奖特等奖2项、一等奖40项和二等奖54项。')).toEqual([
      [2, '项', 'EQ', '广东教育教学成果奖特等奖'],
      [40, '项', 'EQ', '一等奖'],
      [54, '项', 'EQ', '二等奖'],
    ]);
  });

  it('uses POS tags to trim a leading verb missing from the word list and to end a right-hand subject', () => {
    const a = '表彰优秀教师100名';
    expect(brief(a)[0][3]).toBe('表彰优秀教师');
    expect(brief(a, tag(a))[0][3]).toBe('优秀教师');
    const b = '对107名干部谈话提醒、6名干部进行函询、18名干部诫勉。';
    expect(brief(b, tag(b)).map((t) => t[3])).toEqual(['干部谈话', '干部', '干部']);
  });
});

describe('extractTargets offsets', () => {
  it('returns absolute offsets whose slice of the statement is the target text', () => {
    const text = '共资助各阶段符合条件学生181354人约3.14亿元,农村义务教育学生营养改善计划共受益学生144662人约4000万元。';
    const offset = 5000;
    const targets = extractTargets(text, offset, tag(text, offset));
    expect(targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [181354, '人', 'EQ'],
      [314000000, '元', 'APPROX'],
      [144662, '人', 'EQ'],
      [40000000, '元', 'APPROX'],
    ]);
    for (const t of targets) expect(text.slice(t.start - offset, t.end - offset)).toBe(t.text);
  });
});

describe('extractTargets on whole documents', () => {
  const seed = normalizeWidth(readFileSync(SEED, 'utf8'));
  const seedTargets = extractDocument(seed);

  it('finds between 150 and 185 targets in the seed (166 when this test was written)', () => {
    expect(seedTargets.length).toBeGreaterThanOrEqual(150);
    expect(seedTargets.length).toBeLessThanOrEqual(185);
  });

  it('finds the targets of the design examples in the seed', () => {
    expect(seedTargets).toContainEqual(expect.objectContaining({ subject: '公办幼儿园学位', value: 58800, unit: '个', comparator: 'APPROX' }));
    expect(seedTargets).toContainEqual(expect.objectContaining({ subject: '公办幼儿园在园幼儿数占比', value: 50, unit: '%', comparator: 'GTE' }));
    expect(seedTargets).toContainEqual(expect.objectContaining({ value: 314000000, unit: '元', comparator: 'APPROX' }));
  });

  it('never turns a year, a date or a document number of the seed into a target', () => {
    for (const t of seedTargets) {
      expect(t.text).not.toMatch(/^\d{4}年|\d+月\d+日/);
      expect(t.unit).not.toBe('');
      expect(t.subject).not.toBe('');
      expect([2019, 2020, 2022, 2035]).not.toContain(t.value);
    }
  });

  it('keeps every offset consistent with the document text in the seed and the corpus', () => {
    const docs = [seed, ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => normalizeWidth(readFileSync(CORPUS + f, 'utf8')))];
    let count = 0;
    for (const doc of docs) {
      for (const t of doc === seed ? seedTargets : extractDocument(doc)) {
        expect(doc.slice(t.start, t.end)).toBe(t.text);
        count++;
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  it('reads the corpus quantities with 万, 余 and 超过', () => {
    const wz = extractDocument(normalizeWidth(readFileSync(`${CORPUS}wz-2024-summary-2025-plan.txt`, 'utf8')));
    expect(wz).toContainEqual(expect.objectContaining({ subject: '学位', value: 34000, unit: '个' }));
    expect(wz).toContainEqual(expect.objectContaining({ subject: '学生', value: 57000, unit: '名' }));
    expect(wz).toContainEqual(expect.objectContaining({ value: 80, unit: '%', comparator: 'GT' }));
    const ps = extractDocument(normalizeWidth(readFileSync(`${CORPUS}szps-2024-summary-2025-plan.txt`, 'utf8')));
    expect(ps).toContainEqual(expect.objectContaining({ value: 2100, unit: '次', comparator: 'GT' }));
    expect(ps.some((t) => t.value === 2024)).toBe(false);
  });
});

describe('the year a target stands in', () => {
  const yearsOf = (text: string): Record<string, number | null> =>
    Object.fromEntries(extractText(text, { source: 'years.txt', sha256: 'x' }).targets.map((t) => [String(t.value), t.year]));

  it('is the one year its statement states, else its section\'s', () => {
    const text = '某某市2024年工作要点\n一、主要任务\n到2027年，建成示范校30所。\n2023—2025年，统筹资金不少于28亿元。\n'
      + '2024-25年度资助名额增至5000个。\n全年新建学校12所。\n';
    expect(yearsOf(text)).toEqual({ 30: 2027, 2800000000: 2025, 5000: 2024, 12: 2024 });
  });

  it('is the first of a school or financial year written with both years in full, and the last of a range of years', () => {
    const text = '某某市2024年工作要点\n一、主要任务\n2025/2026学年资助名额增至5000个。\n2024-2025年度资助项目52个。\n'
      + '2023—2025年，统筹资金不少于28亿元。\n2026-2028年，建成示范校30所。\n';
    expect(yearsOf(text)).toEqual({ 5000: 2025, 52: 2024, 2800000000: 2025, 30: 2028 });
  });

  it('is the year before its section\'s when the statement says 去年 (and what it counts is done), not after 比', () => {
    const text = '某某市2024年工作要点\n一、主要任务\n去年报考生达6000多名。\n新建学校比上年增加12所。\n';
    const targets = extractText(text, { source: 'years.txt', sha256: 'x' }).targets.map((t) => [t.value, t.year, t.status]);
    expect(targets).toEqual([[6000, 2023, 'ACHIEVED'], [12, 2024, 'PLANNED']]);
  });

  it('is a plan when a report\'s statement plans for a later year (力争…, 到2027年), and done when it only dates a later year', () => {
    const text = '某某区2024年工作总结\n一、工作成效\n力争2025年改造比例达到90%。\n到2027年建成示范校30所。\n'
      + '2025年共获金奖3项。\n全年新建学校12所。\n';
    const targets = extractText(text, { source: 'years.txt', sha256: 'x' }).targets.map((t) => [t.value, t.year, t.status]);
    expect(targets).toEqual([[90, 2025, 'PLANNED'], [30, 2027, 'PLANNED'], [3, 2025, 'ACHIEVED'], [12, 2024, 'ACHIEVED']]);
  });

  it('is the year an earlier clause of its sentence states (across a semicolon), up to the sentence\'s end', () => {
    const text = '某某市2024年工作要点\n一、主要任务\n2023-24年度共资助52个项目，提供实习名额约4300个；新增基地8个。\n'
      + '2025年组织考察团20次，参与青年约1600人次。\n培训教师300人次。\n';
    expect(yearsOf(text)).toEqual({ 52: 2023, 4300: 2023, 8: 2023, 20: 2025, 1600: 2025, 300: 2024 });
  });

  it('is not a baseline, a starting point or a year inside a cited title', () => {
    const text = '某某市2024年工作要点\n一、主要任务\n用水量较2020年下降12%。\n自2004年起累计建成学校80所。\n落实《某某规划(2021—2025年)》，新建学校15所。\n';
    expect(yearsOf(text)).toEqual({ 12: 2024, 80: 2024, 15: 2024 });
  });
});

describe('nextNumberStart', () => {
  it('finds the first character a number may open with, and none in a text without one', () => {
    expect(nextNumberStart('推进教育改革', 0)).toBe(-1);
    expect(nextNumberStart('新增学位3000个', 0)).toBe(4);
    expect(nextNumberStart('新增学位3000个', 5)).toBe(5);
    expect(nextNumberStart('共有五十所学校', 0)).toBe(2);
    expect(nextNumberStart('占比百分之八', 0)).toBe(2);
  });

  it('skips no match of the number pattern in the corpus', () => {
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(CORPUS + name, 'utf8');
      const pattern = numberPattern();
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) expect(nextNumberStart(text, m.index)).toBe(m.index);
    }
  });
});

describe('nextNumber', () => {
  it('finds what the global number pattern finds from the same place, in the corpus', () => {
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(CORPUS + name, 'utf8');
      const pattern = numberPattern();
      for (let from = 0; from < text.length; from += 7) {
        pattern.lastIndex = from;
        const global = pattern.exec(text);
        const found = nextNumber(text, from);
        expect(found === null ? null : [found.index, found[0]]).toEqual(global === null ? null : [global.index, global[0]]);
      }
    }
  });
});

describe('comparatorsByLastCode', () => {
  it('holds every comparator word once, under its last character, in the lexicon order', () => {
    const before = getLexicon().targets.before;
    const grouped = [...comparatorsByLastCode()].flatMap(([code, group]) => {
      for (const [word] of group) expect(word.charCodeAt(word.length - 1)).toBe(code);
      return group;
    });
    expect(grouped).toHaveLength(before.length);
    for (const group of comparatorsByLastCode().values()) {
      const positions = group.map((entry) => before.indexOf(entry));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe('tokenAt', () => {
  it('finds the token starting at each local offset inside the statement, as a map of local copies would', () => {
    const offset = 100;
    const text = '新增结对学校198所';
    const tokens = tag(text, offset);
    // The statement is cut short: tokens ending past it are not found.
    const length = text.length - 1;
    const index = indexTokens(tokens, offset, length);
    const expected = new Map<number, TaggedToken>();
    for (const t of tokens) {
      if (t.end - offset <= length) expected.set(t.start - offset, { word: t.word, tag: t.tag, start: t.start - offset, end: t.end - offset });
    }
    for (let at = -1; at <= text.length + 1; at++) expect(tokenAt(index, at)).toEqual(expected.get(at));
    expect(tokenAt(indexTokens(undefined, offset, length), 0)).toBeUndefined();
  });
});

describe('numbers whose thousands a space groups', () => {
  it('reads 28 600名 as 28600, as the Hong Kong government groups them, and no phone number or table cells so', () => {
    const x = extractText('# title: 跨境學童情況\n2024/25學年跨境學童共約28 600名，較上學年的25 400名增加，校巴配額1 150個。\n查詢電話：2891 0088\n', { source: 'groups.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['28600名', '25400名', '1150个']);
    expect(x.targets.map((t) => t.text).join('|')).toContain('28 600名');
    // A Simplified text's table may set its cells one space apart: its numbers stay apart.
    const table = extractText('# title: 某市学校情况\n序号 学校数 学生数\n3 120所 800人\n', { source: 'table.txt', sha256: 'x' });
    expect(table.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['120所', '800人']);
  });
});

describe('a spaced layout, as the Macao Official Bulletin sets digits apart', () => {
  it('reads a unit one space after its number and a currency one space before it, and no ordinal', () => {
    const x = extractText('# title: 某某批示\n每年資助不超過 25 個聯合研發項目，每個項目的資助金額上限為澳門元 300 萬元。\n第 17 期\n', { source: 'spaced.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['25个', '3000000澳门元']);
    // Two spaces apart (a table's cells) are no number and unit.
    expect(extractText('# title: 某某表\n序号  项目数\n3  120个\n', { source: 'cells.txt', sha256: 'x' }).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['120个']);
  });
});

describe('amounts in a table whose header names the unit in brackets', () => {
  it('reads each row\'s bare numbers in that unit, and nothing after the table ends', () => {
    const text = '# title: 2025年市重点建设项目计划表\n序号｜项目名称｜建设地点｜总投资（亿元）｜新增学位（个）\n'
      + '1｜新能源汽车零部件产业园项目｜南康区｜48.0｜\n2｜城区学校扩容项目｜章贡区｜6.5｜4200\n各地要加快项目建设，确保完成12.5%的投资。\n';
    const x = extractText(text, { source: 'columns.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['4800000000元', '650000000元', '4200个', '12.5%']);
    // Without a unit in the header, a bare number is no amount.
    const bare = extractText('# title: 项目表\n序号｜项目名称｜建设地点｜总投资\n1｜某某项目｜南康区｜48.0\n', { source: 'bare.txt', sha256: 'x' });
    expect(bare.targets).toEqual([]);
  });

  it('reads a table whose cells are set apart by spaces the same way (项目    金额（百万港元）)', () => {
    const text = '# title: 某大学2024-25年报\n一、经费\n项目　　　　　　　　金额（百万港元）\n营运及教学　　　　　　194.8\n联合实验室　　　　　　41.2\n';
    const x = extractText(text, { source: 'spaced-columns.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['194800000港元', '41200000港元']);
  });

  it('reads a table set in fixed columns: two headers one space apart, a full cell one space from the next, a blank cell', () => {
    const text = '# title: 民政事務總署文件\n附件\n地區　　　主要項目　　　　　合作機構　　受惠住戶（戶）　撥款（萬港元）\n'
      + '元朗區　　銀齡守護計劃　　　博愛醫院　　3,150　　　　　380\n'
      + '深水埗區　共享客廳計劃　　　香港明愛　　2,300　　　　　520\n'
      + '合計　　　　　　　　　　　　　　　　　　5,450　　　　　900\n';
    const x = extractText(text, { source: 'fixed-columns.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['3150户', '3800000港元', '2300户', '5200000港元', '5450户', '9000000港元']);
  });
});

describe('a table whose rows are labelled by their year', () => {
  it('reads each row in its year (2023-24（实际）), its count columns in their unit beside a column naming its unit in brackets', () => {
    const text = '审核2025-26年度\n开支预算\n管制人员的答复\n答复：\n(1) 计划过去两个年度的资料如下：\n\n'
      + '年度　　　　　　资助项目　　参加人数　　开支（百万港元）\n2023-24（实际）　　172　　　　13,860　　　　58.4\n'
      + '2024-25（修订预算）　195　　　　15,720　　　　66.9\n\n(2) 2025-26年度，计划的预算开支为7,350万港元。\n';
    const x = extractText(text, { source: 'reply.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual([
      '172个 2023 ACHIEVED', '13860人 2023 ACHIEVED', '58400000港元 2023 ACHIEVED',
      '195个 2024 ACHIEVED', '15720人 2024 ACHIEVED', '66900000港元 2024 ACHIEVED',
      // A budget for a year after the report's is planned.
      '73500000港元 2025 PLANNED',
    ]);
    // A count column alone, with no column naming its unit, reads nothing: its numbers may be anything.
    const alone = extractText('# title: 某某表\n年度　　　　资助项目　　参加人数\n2023　　　　172　　　　13,860\n', { source: 'alone.txt', sha256: 'x' });
    expect(alone.targets).toEqual([]);
  });

  it('reads a column whose bracket opens with a currency (募资金额（新台币亿元）) and counts of firms and weeks (选送家数, 培训周数)', () => {
    const text = '某局新闻稿\n\n今年各城成果如下：\n城市 | 选送家数 | 培训周数 | 募资金额（新台币亿元）\n东京 | 18 | 8 | 4.2\n大阪 | 14 | 4 | 2.3\n';
    const x = extractText(text, { source: 'cities.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['18家', '8周', '420000000新台币元', '14家', '4周', '230000000新台币元']);
  });
});

describe('a table of indicators whose columns are years', () => {
  it('reads a row named with its unit in each year column: in that year, done or planned as the column says', () => {
    const text = '某局2025-26年度工作计划\n五、主要绩效指标\n\n指标　　　　　　　　　　2024-25年度实际　　2025-26年度目标\n'
      + '跨境遥距会诊（人次）　　　1,840　　　　　　　3,000\n遥距病理会诊（宗）　　　　—　　　　　　　　　300\n'
      + '病人满意度（%）　　　　　94.5　　　　　　　　不低于95\n';
    const x = extractText(text, { source: 'kpi.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.comparator} ${t.year} ${t.status}`)).toEqual([
      '1840人次 EQ 2024 ACHIEVED', '3000人次 EQ 2025 PLANNED', '300宗 EQ 2025 PLANNED', '94.5% EQ 2024 ACHIEVED', '95% GTE 2025 PLANNED',
    ]);
    // A plan's table of a base year and a target year, the columns saying neither: the base year's are done.
    const plan = extractText('某市教育发展“十五五”规划\n主要指标\n指标｜2025年｜2030年｜属性\n学前教育毛入园率（%）｜92｜95｜预期性\n', { source: 'plan.txt', sha256: 'x' });
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['92% 2025 ACHIEVED', '95% 2030 PLANNED']);
    // Years' columns one space apart in the header (2023/24学年 2024/25学年) are columns of their own.
    const spaced = extractText('某局文件\n附件\n指标　　　　　　　　2023/24学年 2024/25学年 2025/26学年目标\n姊妹学校（对）　　　1,046　　　　1,130　　　　1,210\n', { source: 'spaced.txt', sha256: 'x' });
    expect(spaced.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['1046对 2023 ACHIEVED', '1130对 2024 ACHIEVED', '1210对 2025 PLANNED']);
  });
});

describe('a text dated in the Republic of China\'s calendar', () => {
  it('reads a bare year of three digits a statement names (113年國人赴大陸…) as the era\'s, a baseline (較112年) as none', () => {
    const text = '大陸委員會　新聞稿\n發布日期:中華民國114年2月20日\n新聞稿編號:第014號\n\n陸委會公布兩岸交流統計\n\n'
      + '113年國人赴大陸地區約326.5萬人次，較112年增加18.7%。\n';
    const x = extractText(text, { source: 'mac.txt', sha256: 'x' });
    expect(x.document.title).toBe('陸委會公布兩岸交流統計');
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['3265000人次 2024', '18.7% 2024']);
  });

  it('reads the bare years of its title and part headings as the era\'s (公布113年…統計及114年重點工作)', () => {
    const text = '大陸委員會　新聞稿\n發布日期:中華民國114年2月20日\n\n陸委會公布113年兩岸交流統計及114年重點工作\n\n'
      + '一、人員往來概況\n國人赴大陸地區約326.5萬人次。\n二、114年重點工作\n預計舉辦交流活動24場。\n';
    const x = extractText(text, { source: 'mac.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['3265000人次 2024 ACHIEVED', '24场 2025 PLANNED']);
  });
});

describe('a release with two header labels and a dateline in brackets', () => {
  it('reads its title under the labels (新聞稿　即時發布) and its date from the dateline ((2025年9月11日,香港)由…)', () => {
    const text = '香港貿易發展局\n新聞稿　即時發布\n\n第十屆「一帶一路高峰論壇」圓滿閉幕\n\n(2025年9月11日,香港)由貿發局合辦的論壇吸引逾6,500名政商界人士參與。\n';
    const x = extractText(text, { source: 'hktdc.txt', sha256: 'x' });
    expect(x.document.title).toBe('第十屆「一帶一路高峰論壇」圓滿閉幕');
    expect(x.document.issuedOn).toBe('2025-09-11');
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['6500名 2025 ACHIEVED']);
  });
});

describe('a page dated in the Republic of China\'s calendar with dashes', () => {
  it('reads its publication (發布日期：114-10-22) and counts a university news centre\'s item as done in that year', () => {
    const text = '國立中山大學新聞中心\n首頁 > 新聞總覽 > 國際交流\n\n中山大學與越南大學簽約\n\n發布日期:114-10-22　　發布單位:國際事務處\n\n'
      + '中山大學校長率團訪問越南，與7所大學簽署合作協議，約120人出席。115年將招收越南學生15名。\n';
    const x = extractText(text, { source: 'nsysu.txt', sha256: 'x' });
    expect(x.document.issuedOn).toBe('2025-10-22');
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['7所 2025 ACHIEVED', '120人 2025 ACHIEVED', '15名 2026 PLANNED']);
  });
});

describe('a release announcing a year\'s results', () => {
  it('reads a part heading of a year\'s progress (一、2024年工作进展) as that year\'s summary', () => {
    const text = '去年我省示范区建设取得新进展\n发布时间:2025-01-17 10:05\n\n1月16日，某办举行新闻发布会。\n一、2024年工作进展\n全年新设台资企业1,286家。\n';
    const x = extractText(text, { source: 'progress.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['1286家 2024 ACHIEVED']);
  });

  it('reads a paragraph of the body looking to next year (展望明年，…以下優化措施:) as no addressee: its list is planned', () => {
    const text = '民青局公布2025年資助計劃成果\n\n民青局今日公布,今年共資助項目236個。\n展望明年,民青局將推出以下優化措施:\n(一)把總名額增至不少於13,000個;\n';
    const x = extractText(text, { source: 'next.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['236个 2025 ACHIEVED', '13000个 2026 PLANNED']);
  });

  it('reads a legislature\'s question titled by its subject (立法會　第十七題：…交流的計劃) as no plan: its reply reports', () => {
    const text = '立法會　第十七題：香港青年到內地實習及交流的計劃\n\n以下是今日（2025年11月19日）在立法會會議上的提問和局長的書面答覆：\n答覆：\n過去一年，計劃共資助青年3,288人。\n';
    const x = extractText(text, { source: 'question.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['3288人 2025 ACHIEVED']);
  });

  it('reads a paragraph looking ahead to a year it names (展望2027年，…主要安排包括:) as that year\'s plan, with its list', () => {
    const text = '文體旅局公布交流計劃2025年度成果\n\n文體旅局今日公布,今年在內地舉辦活動共86項。\n展望2027年,文體旅局將擴大計劃規模,主要安排包括:\n(一)把巡演城市增至不少於18個;\n';
    const x = extractText(text, { source: 'outlook.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['86项 2025 ACHIEVED', '18个 2027 PLANNED']);
  });

  it('reads a title\'s results past a join inside a programme\'s name (公布2025年青年內地實習及交流資助計劃成果及明年安排)', () => {
    const text = '民青局公布2025年青年內地實習及交流資助計劃成果及明年安排\n\n民青局今日公布，計劃今年共資助項目236個。\n';
    const x = extractText(text, { source: 'hyab.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['236个 2025 ACHIEVED']);
  });

  it('counts what it goes on to give in the year its opening sentence announces (公布「…」113年度執行成果), not the year it is published in', () => {
    const text = '教育部新聞稿\n發布日期:114年3月6日\n\n某計畫成果豐碩　教育部擴大在地實踐\n\n'
      + '教育部今(6)日公布「某某實踐計畫」113年度執行成果及114年度推動重點。共補助大學校院94所。\n';
    const x = extractText(text, { source: 'usr.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['94所 2024 ACHIEVED']);
    // Simplified too; a quoted name's year is the name's, and the meta line 发布日期 announces nothing.
    const simplified = extractText('某局新闻稿\n发布日期:2025年3月6日\n\n某计划成果丰硕\n\n某局今日发布「2023年启动的某计划」2024年执行成果。共资助项目94个。\n', { source: 'release.txt', sha256: 'x' });
    expect(simplified.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['94个 2024 ACHIEVED']);
    // So does a meeting that reports a year's work (召开推进会，通报2024年工作成效，部署2025年重点任务).
    const meeting = extractText('某省商务厅 > 新闻动态 > 厅内要闻\n\n中欧班列跑出加速度\n\n发布时间:2025-02-19 09:30\n\n2月18日,省商务厅召开推进会,通报2024年工作成效,部署2025年重点任务。全年发送标箱10,300个。\n', { source: 'meeting.txt', sha256: 'x' });
    expect(meeting.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['10300个 2024 ACHIEVED']);
    // And the results of carrying a programme out (公布「…」2025年度的推行结果，並宣布2026年度…的安排) are a summary's.
    const results = extractText('某局新闻公报\n\n某计划逾千人获聘　某局公布新一期安排\n\n某局今日公布「某某就业计划」2025年度的推行结果,并宣布2026年度计划的安排。2025年度共有368家企业参与。\n', { source: 'results.txt', sha256: 'x' });
    expect(results.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['368家 2025 ACHIEVED']);
  });
});

describe('a release of one year on the year before', () => {
  it('counts 去年 from the year the release was written, not from the year it reports on (發布日期:114年2月18日; 公布113年…成果)', () => {
    const text = '屏東縣政府新聞稿\n發布日期:114年2月18日\n\n屏東農產外銷成果豐碩\n\n'
      + '屏東縣政府今(18)日公布113年農產品外銷成果。本縣去年外銷鮮果共3,720公噸。\n';
    const x = extractText(text, { source: 'pingtung.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['3720公吨 2024 ACHIEVED']);
  });
});

describe('what a news item counts in a later year', () => {
  it('plans what it counts next year (明年…将扩大到300名) and what a clause before plans for a later year (到2027年，…增加到100所)', () => {
    const text = '某大学新闻网\n发布时间:2025-11-14 09:30\n\n我校与东南亚高校签署合作协议\n\n'
      + '今年共选派师范生236名,明年选派规模将扩大到300名。新发布的行动计划提出,到2027年,学校合作院校增加到100所,来华留学生规模稳定在2,000人以上。\n';
    const x = extractText(text, { source: 'news.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['236名 2025 ACHIEVED', '300名 2026 PLANNED', '100所 2027 PLANNED', '2000人 2027 PLANNED']);
  });

  it('counts what the school year before did in the year before (上学年共有859所学校领取津贴)', () => {
    const text = '教育局通函\n发布日期:2025年8月15日\n\n2025/26学年姊妹学校交流津贴安排\n\n上学年共有859所学校领取津贴。\n';
    const x = extractText(text, { source: 'school-year.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['859所 2024 ACHIEVED']);
  });
});

describe('what a plan looks back on', () => {
  it('reads what a dated plan states for a year before the one it was written in as done, in that year', () => {
    const text = '某区教育局文件\n\n某区教育局2025年教育协同发展工作要点\n\n一、总体要求\n'
      + '2024年,三地共同推进教育协同,结对学校达到48对,联合开展教研活动136场。2025年,结对学校增加到60对。\n\n某区教育局\n2025年2月26日\n';
    const x = extractText(text, { source: 'plan.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['48对 2024 ACHIEVED', '136场 2024 ACHIEVED', '60对 2025 PLANNED']);
  });
});

describe('what a report says will happen', () => {
  it('reads a statement of an achieved part that says what will happen (将于, 预计) as planned, in the same year', () => {
    const text = '澳门大学新闻稿\n发布日期:2025年9月18日\n\n某大学与三所大学共建实验室\n\n'
      + '某大学昨日举行签约仪式，三个实验室已有研究人员42名。计划首期将于春季招收学员120名。\n';
    const x = extractText(text, { source: 'future.txt', sha256: 'x' });
    const target = (fragment: string) => x.targets.find((t) => t.text.includes(fragment));
    expect(target('42名')).toMatchObject({ status: 'ACHIEVED', year: 2025 });
    expect(target('120名')).toMatchObject({ status: 'PLANNED', year: 2025 });
    // So is what a funded project will organise (将组织, 将安排).
    const funded = extractText('某基金会公布2025年度资助计划审批结果\n本年度批出资助项目296项。某学会获资助的文化之旅将组织120名青年前往泉州市。\n', { source: 'funded.txt', sha256: 'x' });
    expect(funded.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['296项 2025 ACHIEVED', '120名 2025 PLANNED']);
  });

  it('reads the terms of an agreement a release reports (根据协议, 双方约定) and what it strives for (力争) as planned', () => {
    const text = '某大学新闻网\n发布日期:2025年6月3日\n\n某大学与宝鸡市签署战略合作协议\n\n'
      + '签约仪式上，双方负责人共同揭牌，现场嘉宾共120名。根据协议，双方在渭滨区共建研究院，合作期限为5年。双方约定每年联合发布研究报告不少于4份。首批立项课题12项。三年内力争申请发明专利60件以上。\n';
    const x = extractText(text, { source: 'terms.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.status}`)).toEqual(['120名 ACHIEVED', '5年 PLANNED', '4份 PLANNED', '12项 ACHIEVED', '60件 PLANNED']);
  });

  it('reads the clauses after one that says what will happen as planned too, up to the end of its sentence', () => {
    const text = '澳门体育局新闻稿\n发布日期:2025年7月21日\n\n体育局介绍测试赛成果\n\n'
      + '火炬传递澳门站活动将于10月中旬举行,路线由大三巴牌坊出发并途经西湾大桥,全长约8.5公里,火炬手共100名。测试赛期间共动员志愿者1,120名。\n';
    const x = extractText(text, { source: 'will.txt', sha256: 'x' });
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.status}`)).toEqual(['8.5公里 PLANNED', '100名 PLANNED', '1120名 ACHIEVED']);
  });
});
