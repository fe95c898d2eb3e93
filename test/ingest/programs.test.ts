import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../language/segment/index.js';
import { splitFunctionInitials } from '../../language/match/tokens.js';
import { extractPrograms, ownProgramName } from '../../ingest/extract/programs/index.js';
import { extractText } from '../../ingest/pipeline.js';

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

/** Runs the extractor on a sentence on its own, at offset 0. */
const run = (text: string) => extractPrograms(text, 0, tagText(text, 0));

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

  it('takes agreements, charters and white papers in 《…》 as instruments, Traditional as Simplified', () => {
    // Invented titles of the kinds the development gold holds (协定, 意向书, 议定书, 协议书, 白皮书, 路线图, 共识).
    for (const [text, name] of [
      ['两市签署《甲乙友好交流城市协定》。', '甲乙友好交流城市协定'],
      ['双方签署《两地文化和旅游交流合作意向书》。', '两地文化和旅游交流合作意向书'],
      ['双方签署《自由贸易区升级议定书》。', '自由贸易区升级议定书'],
      ['三方簽署《區域大氣污染聯防聯治合作協議書》。', '区域大气污染联防联治合作协议书'],
      ['政府发布《黑土地保护白皮书》。', '黑土地保护白皮书'],
      ['政府发布《电动车普及化路线图》。', '电动车普及化路线图'],
      ['两地发布《湾区卫生健康合作共识》。', '湾区卫生健康合作共识'],
    ] as const)
      expect(extractText(text, { source: 't.txt', sha256: '0' }).entities.find((e) => e.type === 'PROGRAM'), text).toMatchObject({ name, kind: 'POLICY_DOCUMENT' });
    // A title ending in none of the instrument heads is a book, not a programme.
    expect(run('阅读《平凡的世界》。')).toEqual([]);
  });

  it('opens a cross-strait event\'s name at 两岸, a scope as a place is (两岸 + 共同家园论坛, 两岸 + 企业家厦门峰会)', () => {
    const x = extractText('举办两岸共同家园论坛和两岸企业家厦门峰会，加快建设两岸融合发展示范区。', { source: 't.txt', sha256: '0' });
    expect(x.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toEqual(
      expect.arrayContaining(['两岸共同家园论坛', '两岸企业家厦门峰会', '两岸融合发展示范区']));
    expect(x.entities.map((e) => e.name)).not.toContain('企业家厦门峰会');
  });

  it('does not extract names inside a title a second time', () => {
    const found = extract(seed, '全面实施《广州市发展学前教育第三期行动计划');
    expect(names(found)).toEqual(['广州市发展学前教育第三期行动计划(2017—2020年)', '广州市促进学前教育普惠健康发展行动方案']);
  });

  it('takes a quoted name that ends in a program head as the program', () => {
    const found = extract(seed, '2019年,市教育局坚持以习近平新时代');
    expect(found.find((c) => c.name === '智慧教育示范区')).toMatchObject({ kind: 'DESIGNATION', surface: '智慧教育示范区' });
    expect(names(found)).toContain('全国儿童青少年近视防控改革试验区');
    expect(names(found)).not.toContain('建设项目');
  });

  it('joins a quoted core and the program head right after the quote', () => {
    const found = extract(seed, '加强“头雁”工程');
    expect(found.map((c) => [c.name, c.kind, c.surface])).toEqual([['头雁工程', 'PROJECT', '“头雁”工程']]);
    expect(names(extract(seed, '压实管党治党政治责任'))).toEqual(['六大工程']);
  });

  it('joins a quotation to a head after two words of work joined by a conjunction (“…”保护及管理计划)', () => {
    expect(names(run('“某某历史城区”保护及管理计划正式实施。'))).toEqual(['某某历史城区保护及管理计划']);
    expect(names(run('推进“一带一路”教育和人才培养行动。'))).toEqual(['一带一路教育和人才培养行动']);
    // And after a word of work the segmenter cut into two verbs of one character (引/v + 育/v).
    expect(names(run('实施“广州青苗”引育计划。'))).toEqual(['广州青苗引育计划']);
  });

  it('reads no name where a verb of joining takes a bare head as its object (学校参与计划, 早前加入计划, 透过计划)', () => {
    expect(names(run('本港中小学及特殊学校参与计划。早前加入计划的院舍获资助。本港学校透过计划与内地学校交流。'))).toEqual([]);
    expect(names(run('推行教师培训计划。'))).toEqual(['教师培训计划']);
  });

  it('rejects quoted slogans and political formulas, and books cited in 《》', () => {
    // Note: “进教材、进课堂…” is a slogan; the platform quoted there (“学习强国”平台) is optional in the gold.
    expect(names(extract(seed, '各级领导带队赴校园宣讲200多场次'))).toEqual(['学习强国平台']);
    expect(names(run('增强“四个意识”、坚定“四个自信”、做到“两个维护”。'))).toEqual([]);
    expect(names(run('统筹推进“五位一体”总体布局。'))).toEqual([]);
    const gz = corpus('gz-2020-summary-2021-plan.txt');
    // The clause's “第一议题” (its 制度 optional in ANNOTATION.md) is read as a bare name; the book is none.
    expect(names(extract(gz, '围绕《习近平谈治国理政》第三卷'))).toEqual(['第一议题']);
  });

  it('takes a quoted list of phrases a scheme verb introduces as the scheme, but not a goal\'s (建成“…、…”)', () => {
    expect(names(run('对监测户推行“一户一码、一户一策”,实行“六统一”管理。'))).toEqual(['一户一码、一户一策', '六统一']);
    expect(names(run('围绕建成“世界前列、全国一流、广州特色、示范引领”的现代化教育。'))).toEqual([]);
  });

  it('leaves a verb of helping out of a strategy it helps (助力 + 健康中国战略)', () => {
    expect(names(run('持续推进帮扶工作，助力健康中国战略和乡村振兴战略在本县落地见效。'))).toEqual(['健康中国战略', '乡村振兴战略']);
  });

  it('takes a quoted name an action introduces, and a named route before 沿线', () => {
    expect(names(run('打造“三区一中心”,服务“一带一路”沿线国家。'))).toEqual(['三区一中心', '一带一路']);
  });

  it('finds unquoted names ending in a program head with their modifiers', () => {
    expect(names(extract(seed, '推进第二期特殊教育提升计划'))).toEqual(['第二期特殊教育提升计划', '第二期特殊教育提升计划']);
    expect(names(extract(seed, '推进集团化办学'))).toEqual(['乡村振兴战略']);
    expect(names(extract(seed, '(六)支持深圳建设中国特色社会主义先行示范区'))).toEqual(['中国特色社会主义先行示范区']);
    expect(extract(seed, '印发促进学前教育普惠健康发展行动方案').map((c) => [c.name, c.kind]))
      .toEqual([['促进学前教育普惠健康发展行动方案', 'PLAN'], ['公办幼儿园管理改革试点', 'PILOT']]);
  });

  it('finds programs of other cities, quoted and unquoted', () => {
    expect(names(run('温州实施“优教强城”工程和“五优”工程,迭代深化“小飞鸥”入学便利化改革。')))
      .toEqual(['优教强城工程', '五优工程', '小飞鸥入学便利化改革']);
    expect(names(run('佛山成功入选全国中小学科学教育实验区,获评广东省中小学科学教育示范区。')))
      .toEqual(['全国中小学科学教育实验区', '广东省中小学科学教育示范区']);
  });

  it('rejects generic phrases that end in a program head', () => {
    expect(extract(seed, '(三)深化教育教学改革')).toEqual([]);
    expect(extract(seed, '(一)深化教育体制机制改革。')).toEqual([]);
    const text = '推进重点项目和建设项目,深化综合改革,制定工作方案和实施方案,做好各项工作。';
    expect(extractPrograms(text, 0, tagText(text, 0))).toEqual([]);
    // Nor a kind of works or a systemic task (水利工程, 一项系统工程), while a named scheme of such works is one.
    expect(names(run('加强水利工程建设，完成投资5亿元。'))).toEqual([]);
    expect(names(run('这是一项系统工程，需要各方协同。'))).toEqual([]);
    expect(names(run('推进珠江三角洲水资源配置工程。'))).toEqual(['珠江三角洲水资源配置工程']);
  });

  it('takes a title awarded that ends in a common word ending like a one-character head (…重点专科, …重点学科: 科)', () => {
    expect(names(run('某医院获批国家临床重点专科。'))).toEqual(['国家临床重点专科']);
    expect(names(run('学校入选省级重点学科。'))).toEqual(['省级重点学科']);
  });

  it('reads a project head right before a count as the class counted, no project (资助创业项目40个)', () => {
    expect(names(run('计划资助创业项目40个。'))).toEqual([]);
    expect(names(run('全年新签约落地项目12个，总投资50亿元。'))).toEqual([]);
    expect(names(run('实施乡村振兴示范项目，总投资3亿元。'))).toEqual(['乡村振兴示范项目']);
  });

  it('takes a project named by numbers alone (千万工程, 百千万工程), not a count with its measure (两项工程)', () => {
    expect(names(run('深入学习运用千万工程经验，持续推进乡村建设。'))).toEqual(['千万工程']);
    expect(names(run('推进百千万工程。'))).toEqual(['百千万工程']);
    expect(names(run('实施两项工程。'))).toEqual([]);
  });

  it('keeps a direction naming a part of the country inside a name (大学生志愿服务 + 西部 + 计划), not as a body ending in 部', () => {
    expect(names(run('实施大学生志愿服务西部计划。'))).toEqual(['大学生志愿服务西部计划']);
    expect(names(run('落实西部计划研究生支教团项目。'))).toEqual(['西部计划研究生支教团项目']);
    expect(names(run('宣传部计划开展活动。'))).toEqual([]);
  });

  it('takes a designation naming the levels of its units in brackets (创新型县(市)建设试点), its level and bracket inside', () => {
    expect(names(run('五常市入选第三批创新型县(市)建设试点。'))).toEqual(['创新型县(市)建设试点']);
    expect(names(run('支持五常市创建国家义务教育优质均衡发展县(市、区)。'))).toEqual(['国家义务教育优质均衡发展县(市、区)']);
  });

  it('reads nouns the segmenter\'s dictionary tags as numerals (良种, 少儿) as words of a name', () => {
    expect(names(run('建设良种繁育示范基地。'))).toEqual(['良种繁育示范基地']);
    expect(names(run('开展少儿科普教育基地建设。'))).toEqual(['少儿科普教育基地']);
  });

  it('keeps a place joined to an event\'s name by a middle dot inside it (中国·海峡项目成果交易会), as by a dash', () => {
    expect(names(run('组织企业参加在福州举办的中国·海峡项目成果交易会。'))).toEqual(['中国·海峡项目成果交易会']);
    expect(names(run('办好中国·东盟博览会。'))).toEqual(['中国·东盟博览会']);
  });

  it('reads a project head before a count of its members as a name (基础教育专项 + 480名), before a count of projects as a class', () => {
    expect(names(run('下达服务名额1,520名，其中基础教育专项480名、乡村振兴专项520名。'))).toEqual(['基础教育专项', '乡村振兴专项']);
    expect(names(run('资助横琴创业项目40个。'))).toEqual([]);
  });

  it('reads a head after a word referring back (上述计划, 该项目) as a reference, not a name', () => {
    expect(names(run('当局会否增加上述计划的名额及拨款？'))).toEqual([]);
    expect(names(run('区政府增加该项目的拨款。'))).toEqual([]);
    expect(names(run('推进乡村振兴示范项目。'))).toEqual(['乡村振兴示范项目']);
  });

  it('keeps a word of scope after a designation\'s place inside its name (粤港澳 + 全面 + 合作示范区), not an action verb', () => {
    const designations = (text: string): string[] => extractText(`工作要点\n一、合作\n${text}\n`, { source: 'scope.txt', sha256: 'x' })
      .entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(designations('高水平建设广州南沙粤港澳全面合作示范区，推动港澳青年就业。')).toEqual(['广州南沙粤港澳全面合作示范区']);
    expect(designations('和平区获批全国社区治理和服务创新实验区。')).toEqual(['全国社区治理和服务创新实验区']);
  });

  it('takes a study tour or training class named by its theme, not one named by places and generic words alone', () => {
    // Through the pipeline, which gives the extractor the statement's places.
    const programs = (text: string): string[] => extractText(`交流计划\n一、交流\n${text}\n`, { source: 'tours.txt', sha256: 'x' })
      .entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs('组织丝路文化考察团赴西安、敦煌开展考察。')).toEqual(['丝路文化考察团']);
    expect(programs('举办中葡双语教师培训班，培训教师60人。')).toEqual(['中葡双语教师培训班']);
    // The verb sending the tour is no part of its name, though the segmenter tags it a noun (选派/n).
    expect(programs('选派香港教师内地学习团120人赴京。')).toEqual(['香港教师内地学习团']);
    expect(programs('组织内地交流团12个。')).toEqual([]);
    expect(programs('组织两批次澳门交流团。')).toEqual([]);
  });

  it('leaves out the verb two parties hold an event by (共办, 联办): 深圳共办招聘会 is no name', () => {
    expect(names(run('香港与深圳共办招聘会。'))).toEqual([]);
    expect(names(run('香港与深圳联办论坛。'))).toEqual([]);
  });

  it('joins an owner or place before a quoted code to the name, but not a verb or generic words', () => {
    expect(names(run('全面实施上海基础教育“十四五”规划,推进教育部基础教育综合改革实验区建设。'))).toContain('上海基础教育十四五规划');
    expect(names(run('已纳入广东省高校设置“十三五”规划中期调整。'))).toEqual(['广东省高校设置十三五规划']);
    expect(names(run('2023年是实施“十四五”规划承前启后的关键一年。'))).toEqual(['十四五规划']);
    expect(names(run('实施中小学教师“区管校聘”管理改革。'))).toEqual(['区管校聘管理改革']);
  });

  it('takes quoted codes, numeral abbreviations, forums, festivals and trials as names', () => {
    expect(names(run('深化从化教育集群“6+2+n实验”。'))).toEqual(['6+2+n实验']);
    expect(names(run('攻坚“两县创建”,召开“优教强城”大会。'))).toEqual(['两县创建', '优教强城']);
    expect(run('召开“优教强城”大会。')[0].bare).toBe(true);
    expect(names(run('举办“穗台校长论坛”和推进“穗港澳台四地技能节”等教育交流品牌。'))).toEqual(['穗台校长论坛', '穗港澳台四地技能节']);
    expect(names(run('欢度“春节”和“中秋节”。'))).toEqual([]);
  });

  it('takes a quoted activity named before a series of activities or a head a few words on', () => {
    expect(names(run('组织开展“百幅党史照片庆百年”等系列主题宣传教育活动。'))).toEqual(['百幅党史照片庆百年']);
    expect(names(run('开展第四届“时事课堂”展示交流活动。'))).toEqual(['时事课堂展示交流']);
  });

  it('keeps verbs, time nouns and ordinals inside an unquoted name', () => {
    expect(names(run('优化实施广州教育家培养工程、市卓越园长促进工程等高端人才培养项目。'))).toEqual(['广州教育家培养工程', '卓越园长促进工程']);
    expect(names(run('编制广州市教育事业发展第十四个五年规划。'))).toEqual(['广州市教育事业发展第十四个五年规划']);
    expect(names(run('加快创建广东省现代职业教育综合改革示范市。'))).toEqual(['广东省现代职业教育综合改革示范市']);
    expect(names(run('中职线上招生改革平稳实施。'))).toEqual(['中职线上招生改革']);
    expect(names(run('指导普通高中落实高考综合改革。'))).toEqual(['高考综合改革']);
    expect(names(run('推进校园视频监控建设联网应用项目建设。'))).toEqual(['校园视频监控建设联网应用项目']);
    expect(names(run('全力支持深圳建设中国特色社会主义先行示范区。'))).toEqual(['中国特色社会主义先行示范区']);
  });

  it('joins two nominal parts over one conjunction but does not join two program names', () => {
    expect(names(run('深化中小学(幼儿园)教师职称和考核评价制度改革。'))).toEqual(['教师职称和考核评价制度改革']);
    expect(names(run('获批全国青少年校园足球改革试验区和儿童青少年近视防控改革试验区。')))
      .toEqual(['全国青少年校园足球改革试验区', '儿童青少年近视防控改革试验区']);
  });

  it('joins two verbs sharing an object inside a designation, and keeps the work a designation rewards', () => {
    expect(names(run('获评国家级黑土地保护与利用科技示范区。'))).toEqual(['国家级黑土地保护与利用科技示范区']);
    expect(names(run('创建国家生态文明建设示范区。'))).toEqual(['国家生态文明建设示范区']);
    expect(names(run('成为全市首个省级高新技术产业园。'))).toEqual(['省级高新技术产业园']);
    // A place before the verbal noun holds the designation; an adverb before it introduces an action.
    expect(names(run('支持深圳建设示范区。'))).toEqual([]);
    expect(names(run('各地要大力宣传实验区的经验。'))).toEqual([]);
  });

  it('names festivals, fairs and weeks by their field (文化旅游节, 海峡青年节, 书展, 教育合作周), but not a day kept (五四青年节)', () => {
    expect(names(run('第十一届海峡青年节在福州市马尾区开幕。'))).toEqual(['第十一届海峡青年节']);
    expect(names(run('举办第十届徽州文化旅游节。'))).toEqual(['第十届徽州文化旅游节']);
    expect(names(run('组织出版社参加法兰克福书展。'))).toEqual(['法兰克福书展']);
    expect(names(run('举办中国—南亚教育合作周。'))).toEqual(['中国—南亚教育合作周']);
    expect(names(run('纪念五四青年节。'))).toEqual([]);
  });

  it('names travel and education fairs and film festivals by their field (香港国际旅游展, 海南国际教育展, 东京国际影展)', () => {
    expect(names(run('参加香港国际旅游展和泰国国际旅游展。'))).toEqual(['香港国际旅游展', '泰国国际旅游展']);
    expect(names(run('举办第三届海南国际教育展。'))).toEqual(['第三届海南国际教育展']);
    expect(names(run('入围东京国际影展。'))).toEqual(['东京国际影展']);
  });

  it('names a trade mission by its theme (拓销团, as Taiwan writes it), and no tour a body forms (本府 + 组成 + 考察团)', () => {
    expect(names(run('率领桃园市日本机能性食品拓销团赴东京都及大阪市。'))).toEqual(['桃园市日本机能性食品拓销团']);
    expect(names(run('本府组成考察团赴深圳。'))).toEqual([]);
    expect(names(run('本府组成拓销团。'))).toEqual([]);
  });

  it('ends a name at a phrase of acting the segmenter tags as a person\'s name (应邀参加/nr)', () => {
    // jieba's dictionary holds 应邀参加, 应邀出席 and many such phrases as names (nr): the walk took the troupe and the
    // phrase into the festival's name.
    expect(names(run('香港话剧团于2025年5月应邀参加澳门艺术节，演出粤语话剧2场。'))).toEqual(['澳门艺术节']);
    expect(names(run('剧团应邀出席上海国际艺术节。'))).toEqual(['上海国际艺术节']);
  });

  it('pairs two places over a dash inside a name', () => {
    const programsOf = (text: string): string[] => extractText(text, { source: 'pairs.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programsOf('建设中国—东盟传统医药合作基地。')).toEqual(['中国—东盟传统医药合作基地']);
  });

  it('keeps Latin codes joined by a slash and takes a plan the state names with generic words (国家重点研发计划)', () => {
    expect(names(run('推进DRG/DIP支付方式改革。'))).toEqual(['DRG/DIP支付方式改革']);
    expect(names(run('牵头国家重点研发计划。'))).toEqual(['国家重点研发计划']);
    expect(names(run('实施重点研发计划。'))).toEqual([]);
  });

  it('takes programmes named by their form: a pairing by its two sides (粤桂协作, 东西部协作) and a steward system (河长制)', () => {
    const programs = (text: string): string[] => extractText(text, { source: 'form.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name).sort();
    expect(programs('深化东西部协作和粤桂协作，推进沪滇劳务协作。')).toEqual(['东西部协作', '沪滇劳务协作', '粤桂协作']);
    // 宁 stands for 宁夏 only in a compound known as such (闽宁), not in 南宁 or 宁波.
    expect(programs('深化闽宁协作。')).toEqual(['闽宁协作']);
    expect(programs('全面推行河长制、林长制。')).toEqual(['林长制', '河长制']);
    // Cooperation between two named parties is a partnership, not a programme; a pairing needs its two sides.
    expect(programs('加强部门协作，推进区域协作。')).toEqual([]);
  });

  it('leaves a place and the verb after it out of a project\'s name (岩滩镇 + 援建 + 红水河生态渔业项目)', () => {
    const programs = (text: string): string[] => extractText(text, { source: 'project.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs('龙华区在大化瑶族自治县岩滩镇援建红水河生态渔业项目。')).toEqual(['红水河生态渔业项目']);
    expect(programs('在大厂镇建设铟锡新材料项目，计划总投资12亿元。')).toEqual(['铟锡新材料项目']);
  });

  it('names what a pairing of two named places built with the places and the pairing (深圳·河池东西部协作产业园, 天津—尖扎协作产业园)', () => {
    const programs = (text: string): string[] => extractText(text, { source: 'form.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name).sort();
    expect(programs('位于宜州区的深圳·河池东西部协作产业园新建标准厂房6.8万平方米。')).toEqual(['深圳·河池东西部协作产业园']);
    expect(programs('在马克唐镇规划建设天津—尖扎协作产业园。')).toContain('天津—尖扎协作产业园');
    expect(programs('在宜州区建设粤桂协作产业园。')).toEqual(['粤桂协作产业园']);
    // Without a head of what was built, the places stay out: the pairing is east–west pairing between them; nor does the
    // side word alone name a park.
    expect(programs('出席宁波·凉山东西部协作联席会议。')).toEqual(['东西部协作']);
    expect(programs('在宜州区建设东西部协作产业园。')).toEqual(['东西部协作']);
  });

  it('names an enclave a county builds in another place by its pairing (景宁—鄞州产业飞地, 江山（萧山）科创飞地), placed in both', () => {
    const x = extractText('工作总结\n一、飞地\n景宁畲族自治县在鄞州区投资建设景宁—鄞州产业飞地，年内入驻企业12家。\n', { source: 'enclave.txt', sha256: 'x' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toEqual(['景宁—鄞州产业飞地']);
    expect(x.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`).sort())
      .toEqual(['景宁—鄞州产业飞地 → 景宁畲族自治县', '景宁—鄞州产业飞地 → 鄞州区']);
  });

  it('takes parks, incubators, clusters and pilot schools as designations only under a national or provincial scope', () => {
    expect(names(run('创建公主岭国家现代农业产业园。'))).toEqual(['公主岭国家现代农业产业园']);
    expect(names(run('入选全国中小学科学教育实验校。'))).toEqual(['全国中小学科学教育实验校']);
    expect(names(run('建设智慧校园实验校。'))).toEqual([]);
    // A startup park named with its place is one without a scope (漳浦 + 台湾农民创业园).
    expect(names(run('漳浦台湾农民创业园新增团队21个。'))).toEqual(['漳浦台湾农民创业园']);
    // Clusters are named by their place and product; a pilot keeps the scope that awards it.
    expect(names(run('推进吉林玉米优势特色产业集群建设。'))).toEqual(['吉林玉米优势特色产业集群']);
    expect(names(run('对纳入省级城市更新试点的项目给予支持。'))).toEqual(['省级城市更新试点']);
  });

  it('takes a quoted title awarded as a designation whatever ends it, across its scope or the body awarding it', () => {
    expect(names(run('南通市医学会获评省级“五星级学会”。'))).toEqual(['五星级学会']);
    expect(names(run('该企业入选工业和信息化部“智能制造示范工厂”。'))).toEqual(['智能制造示范工厂']);
    // The same quotation with no award before it is only a bare name.
    expect(run('南通市医学会是一家“五星级学会”。')).toMatchObject([{ name: '五星级学会', bare: true }]);
  });

  it('reads a quotation nothing introduces as a bare name when its words make one, not a verb phrase, a word or a label', () => {
    const found = run('推动在教育“双减”中做好科学教育加法。');
    expect(found).toMatchObject([{ name: '双减', bare: true }]);
    expect(run('北市场街道“三长共治”在全区推开，与公共图书馆“一卡通借”对接。').map((c) => [c.name, c.bare])).toEqual([['三长共治', true], ['一卡通借', true]]);
    // A verb phrase, one word, a counted formula, the label of a figure, a phrase qualifying what follows, a short form defined.
    expect(names(run('积极探索“引进来”“走出去”的办学模式。'))).toEqual([]);
    expect(names(run('补齐教育医疗“短板”，用好帮扶“组合拳”。'))).toEqual([]);
    expect(names(run('牢固树立“四种形态”，以“一国两制”的优势推进。'))).toEqual([]);
    expect(names(run('“可网办率”100%。'))).toEqual([]);
    expect(names(run('区教育科学研究院（以下简称“区教科院”）与学校合作。'))).toEqual([]);
    // A quotation something introduces is no bare name.
    expect(run('全区实施“三长共治”。')).toMatchObject([{ name: '三长共治' }]);
    expect(run('全区实施“三长共治”。')[0].bare).toBeUndefined();
  });

  it('reads a grade written with a code and a word that only qualifies a noun inside an awarded title', () => {
    expect(names(run('建水古城成功创建国家5A级旅游景区。'))).toEqual(['国家5A级旅游景区']);
    expect(names(run('该学会获评省级五星级学会。'))).toEqual(['省级五星级学会']);
  });

  it('takes funds, scholarships and named festivals, weeks and races, but not an insurance fund named by generic words', () => {
    expect(names(run('设立文化产业基金，举办澳门国际音乐节和大湾区旅游推广周。'))).toEqual(['文化产业基金', '澳门国际音乐节', '大湾区旅游推广周']);
    expect(names(run('加强基本医保基金监管。'))).toEqual([]);
    expect(names(run('获评全国综合减灾示范社区3个。'))).toEqual(['全国综合减灾示范社区']);
    // A one-character verb inside a designation its scope opens; not in a clause without one.
    expect(names(run('创建国家级电子商务进农村综合示范县。'))).toEqual(['国家级电子商务进农村综合示范县']);
  });

  it('does not take a class of projects named by generic words (龙头项目, 企业牵头项目, 外资项目)', () => {
    expect(names(run('引进龙头项目12个、外资项目3个，企业牵头项目比例不低于60%。'))).toEqual([]);
  });

  it('takes a special programme (专项) at the end of its phrase, not 专项 before the work it qualifies (专项督导)', () => {
    expect(names(run('（二）清洁能源装备专项。面向一体化需求。'))).toEqual(['清洁能源装备专项']);
    expect(names(run('对11个区教育局学生资助情况专项督导。'))).toEqual([]);
    expect(names(run('共设7个重点专项。'))).toEqual([]);
  });

  it('takes a quotation that opens a numbered item\'s heading as the item\'s initiative, not one inside its sentences', () => {
    const text = '和平区2026年基层治理工作总结\n\n一、2026年工作总结\n(一)“红色网格”全覆盖。推行四级组织链条，组建网格党支部1126个。\n'
      + '(二)“有事好商量”协商议事。在8个街道设立调解室43个，群众称之为“贴心人”。\n二、2027年工作安排\n深化网格化管理。\n';
    const programs = extractText(text, { source: 'items.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs.sort()).toEqual(['有事好商量', '红色网格']);
  });

  it('names a quoted way of giving aid with the aid (“组团式”帮扶)', () => {
    const found = run('持续开展医疗人才“组团式”帮扶。');
    expect(found.map((c) => [c.name, c.surface])).toEqual([['组团式帮扶', '“组团式”帮扶']]);
  });

  it('takes a quoted service in use and a quoted member of a class named before it', () => {
    expect(names(run('全市“一网通办”率达到95%，上线“湖商通”涉企服务。'))).toEqual(['一网通办', '湖商通']);
    expect(names(run('举办援外培训项目“中亚国家旱区农业技术培训班”。'))).toEqual(['中亚国家旱区农业技术培训班']);
    // …and one being built or one whose policy is carried out (“双一流”建设, “双减”政策).
    expect(names(run('以“双一流”建设为牵引，落实“双减”政策。'))).toEqual(['双一流', '双减']);
    // A quoted phrase neither introduced, nor in use, nor named after its class is no programme.
    expect(names(run('群众称之为“贴心人”。'))).toEqual([]);
  });

  it('does not take a project named only by generic words (国际合作项目, 学生海外学习项目)', () => {
    expect(names(run('申报国际合作项目5项，新增学生海外学习项目3个。'))).toEqual([]);
  });

  it('takes quoted services listed after one an action introduces, and services a verb launches', () => {
    expect(names(run('推行“证照联办”“无感续证”，上线“宁波健康码”升级版。'))).toEqual(['证照联办', '无感续证', '宁波健康码']);
    expect(names(run('推行“证照联办”和“无感续证”。'))).toEqual(['证照联办', '无感续证']);
  });

  it('takes no pilot or project named by a place alone, but an event named by its place', () => {
    const programsOf = (text: string): string[] => extractText(text, { source: 'places.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programsOf('在宁波市试点，支持鄞州区项目。')).toEqual([]);
    expect(programsOf('全力办好宁波亚运会。')).toEqual(['宁波亚运会']);
    expect(names(run('全面落实农村义务教育学生营养改善计划。'))).toEqual(['农村义务教育学生营养改善计划']);
  });

  it('leaves the place holding a title out of its name in a row of a list (荔城区—福建省…实验区), not a pair of places (中国—东盟…)', () => {
    const programsOf = (text: string): string[] => extractText(text, { source: 'rows.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programsOf('荔城区—福建省中小学劳动教育实验区')).toEqual(['福建省中小学劳动教育实验区']);
    expect(programsOf('推进中国—东盟教育交流基地建设。')).toEqual(['中国—东盟教育交流基地']);
    // A row's title opening with a scope word is a title too (…中学—全国青少年校园足球特色学校); a school after a place is
    // the other side of a pair (广州市第一中学—深圳市实验学校).
    expect(programsOf('仙游县金石中学—全国青少年校园足球特色学校')).toEqual(['全国青少年校园足球特色学校']);
    expect(programsOf('广州市第一中学—深圳市实验学校')).toEqual([]);
  });

  it('takes a park as a designation only under a national or provincial scope', () => {
    expect(names(run('在五常市建设国家现代农业产业园。'))).toEqual(['国家现代农业产业园']);
    expect(names(run('共建中医药产业园。'))).toEqual([]);
    // So is any 园区 (国家农业科技园区, 省级现代林业园区); a place's park is a zone or the park itself (苏州工业园区).
    expect(names(run('在建三江管理局建设国家农业科技园区。'))).toEqual(['国家农业科技园区']);
    expect(names(run('建成省级现代林业园区3个。'))).toEqual(['省级现代林业园区']);
    expect(names(run('企业入驻科技园区。'))).toEqual([]);
  });

  it('reads a county designation of balanced development (…优质均衡发展县) or of focused aid (…重点帮扶县) as a designation', () => {
    expect(names(run('年内新增全国义务教育优质均衡发展县12个。'))).toEqual(['全国义务教育优质均衡发展县']);
    // So is a county the nation designates for focused aid.
    expect(names(run('昭觉县、布拖县均为国家乡村振兴重点帮扶县。'))).toEqual(['国家乡村振兴重点帮扶县']);
  });

  it('ends a name at a verb awarding a title (泰顺县 + 列为 + …试点县) and at a time of writing however it is tagged (本学年 + 计划)', () => {
    expect(names(run('将景宁畲族自治县、泰顺县列为县中发展提升试点县。')).filter((n) => n.includes('列为'))).toEqual([]);
    expect(names(run('将泰顺县列为省级教育示范县。')).filter((n) => n.includes('列为'))).toEqual([]);
    expect(names(run('本学年计划派出120名学生赴北京交换。'))).toEqual([]);
    // 召开 convenes what follows it: no part of its name (美姑县 + 召开 + …座谈会).
    expect(names(run('代表团在美姑县召开劳务协作座谈会。')).filter((n) => n.includes('召开'))).toEqual([]);
  });

  it('names the policy a document is the text of without an editorial note after its title', () => {
    expect(ownProgramName('某市“十四五”卫生健康事业发展规划（节选）')).toBe('某市“十四五”卫生健康事业发展规划');
    expect(ownProgramName('某市促进就业若干措施(试行)')).toBe('某市促进就业若干措施(试行)');
    // A note ending in such a word (公众咨询文本摘要), and the body written apart before the title, are no part of it either.
    expect(ownProgramName('海事及水务局 澳门供水安全保障工作规划（2025-2030年）（公众咨询文本摘要）')).toBe('澳门供水安全保障工作规划（2025-2030年）');
    // But a title that names its bodies itself keeps them: the whole title is the policy's name.
    const joint = '中共某市委 某市人民政府关于实施人才工程加快推进国家中心城市建设的意见';
    expect(ownProgramName(joint)).toBe(joint);
  });

  it('reads a government\'s annual plan and policy address (施政计划, 施政报告) as work reports, not instruments', () => {
    expect(ownProgramName('某部2026年施政计划')).toBeNull();
    expect(ownProgramName('2026年施政报告政策措施')).toBeNull();
    expect(ownProgramName('某部2026年科技发展计划')).toBe('某部2026年科技发展计划');
  });

  it('reads a headline of three phrases set apart by spaces as a news item\'s, whatever its last words name', () => {
    expect(ownProgramName('「某某文化节」圆满落幕 四乡镇接力登场 两岸民间团体签署文化交流备忘录')).toBeNull();
    // Bodies written apart before 关于 issue the instrument whose title it is.
    const joint = '某市科学技术局 中共某市委组织部 某市农业农村局关于选派2024年度市级科技特派员的通知';
    expect(ownProgramName(joint)).not.toBeNull();
  });

  it('reads a title reporting that a body issues or launches an instrument as a news item, not the instrument\'s text', () => {
    expect(ownProgramName('教育局推出新一轮内地交流计划')).toBeNull();
    expect(ownProgramName('教育部等五部门发布职业教育提质培优行动计划')).toBeNull();
    // Two parties joined by a connective, and signing: news of an agreement, not its text.
    expect(ownProgramName('浙江大学与江西省人民政府签署战略合作框架协议')).toBeNull();
    expect(ownProgramName('华南师范大学和佛山市教育局签订合作办学协议')).toBeNull();
    // So is a headline of two phrases whose last reports a signing (… 与深圳、佛山、杭州伙伴签署…协议).
    expect(ownProgramName('某大学研究院去年承接300个内地项目 与深圳、佛山、杭州伙伴签署新一轮合作协议')).toBeNull();
    // And a title with no 关于 whose signing comes after another verb (召开…推进会 + 与…院校签署…协议).
    expect(ownProgramName('某学院召开2025年工坊建设推进会与非洲合作院校签署新一轮合作协议')).toBeNull();
    // An official title announcing a list (关于 + 公布…名单的通知) stays the notice it is.
    expect(ownProgramName('某部办公厅关于公布第三批中小学科学教育实验区名单的通知')).toBe('某部办公厅关于公布第三批中小学科学教育实验区名单的通知');
    // A verb inside the instrument's name is not one of issuing: the title is the instrument.
    expect(ownProgramName('上海市推进教育数字化转型实施方案')).toBe('上海市推进教育数字化转型实施方案');
    expect(ownProgramName('某省实施区域一体化发展规划纲要行动计划')).toBe('某省实施区域一体化发展规划纲要行动计划');
    expect(ownProgramName('国务院关于推进教育现代化的意见')).toBe('国务院关于推进教育现代化的意见');
  });

  it('leaves a stage of the work out of a name: a stage and a verb before a head name nothing (首阶段参与计划的医疗机构)', () => {
    expect(names(run('首阶段参与计划的医疗机构包括10间医院。'))).toEqual([]);
    expect(names(run('第二阶段参与计划的医院有10间。'))).toEqual([]);
  });

  it('takes a campaign ending in 革命 only when an action verb introduces it', () => {
    expect(names(run('实施中小学校园厕所革命,确定提升改造项目。'))).toEqual(['中小学校园厕所革命']);
    expect(names(run('把握新一轮科技革命和产业变革机遇。'))).toEqual([]);
  });

  it('rejects 《…》 titles of work reports, work points included (ANNOTATION.md), but keeps policy instruments', () => {
    expect(run('现将《2019年广州教育工作总结和2020年工作要点》印发给你们。')).toEqual([]);
    expect(run('现将《2023年上海市教育委员会基础教育工作要点》印发给你们。')).toEqual([]);
    expect(names(run('现将《广州市促进民办教育发展实施意见》印发给你们。'))).toEqual(['广州市促进民办教育发展实施意见']);
  });

  it('reads designations, events and campaigns with their national scope', () => {
    expect(names(run('获评国家卫生城市,获全国青少年科技创新大赛一等奖。'))).toEqual(['国家卫生城市', '全国青少年科技创新大赛']);
    expect(names(run('开展学校体育比赛。'))).toEqual([]);
  });

  it('rejects names whose modifiers are only audiences, subjects or monitoring words', () => {
    expect(run('统筹整合教育质量监测项目。')).toEqual([]);
    expect(run('打造青少年科技教育品牌项目。')).toEqual([]);
  });
  it('keeps a place the segmenter cut into odd pieces inside the name (中 + 国, 都市 + 圈)', () => {
    const text = '围绕中国(浙江)自由贸易试验区建设,实施杭州都市圈一体化发展行动计划,并编制杭州都市圈“十四五”规划。';
    // The zone (杭州都市圈) comes from the region extractor of the pipeline; the programs read its span.
    const found = extractText(text, { source: 'zones.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['中国(浙江)自由贸易试验区', '杭州都市圈一体化发展行动计划', '杭州都市圈十四五规划']));
  });
  it('names a place\'s instrument implementing another with the place and the verb', () => {
    const programsOf = (text: string) => extractText(`${text}。`, { source: 'plan.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programsOf('印发浙江省贯彻落实乡村振兴战略规划实施方案')).toEqual(['浙江省贯彻落实乡村振兴战略规划实施方案']);
    // Without a place before the verb, the verb introduces the plan.
    expect(names(run('加快实施乡村振兴战略规划行动计划'))).toEqual(['乡村振兴战略规划行动计划']);
  });

  it('does not take a body\'s building work or a generic building as a program', () => {
    const found = extractText('杭州市卫生健康委员会\n市疾控中心迁建项目主体结构已封顶。', { source: 'report.txt', sha256: 'x' }).entities;
    expect(found.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toContain('杭州市疾控中心');
    expect(found.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toEqual([]);
    expect(names(run('新建医院项目已通过竣工验收'))).toEqual([]);
  });

  it('keeps a two-character adverb or adjective qualifying the noun after it inside the name (长期护理保险试点)', () => {
    expect(names(run('开展长期护理保险试点。'))).toEqual(['长期护理保险试点']);
    expect(names(run('推进水稻完全成本保险试点。'))).toEqual(['水稻完全成本保险试点']);
    expect(names(run('稳步扩大试点范围。'))).toEqual([]);
  });

  it('reads quoted vouchers and tours, and a quotation opening an item a colon describes, as programs', () => {
    expect(names(run('发放“消费券”5000万元。'))).toEqual(['消费券']);
    expect(names(run('组织“湾区创科之旅”。'))).toEqual(['湾区创科之旅']);
    const items = extractText('年度報告\n二、交流團\n1.「行走絲路」西北考察團：7月在陝西省西安市進行。\n2.「山城黔行」：與重慶市青年聯合會合辦。',
      { source: 'items.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name).sort();
    // A tour head after the quotation joins it, the quoted words staying its alias (「行走絲路」西北考察團).
    expect(items).toEqual(['山城黔行', '行走丝路西北考察团']);
    // A quotation in the middle of a sentence is read as before.
    expect(names(run('学生们说“很有收获”：这是真的。'))).toEqual([]);
  });

  it('reads blueprints as plans and corridors and logistics hubs as designations, but not the generic ones', () => {
    expect(names(run('公布《青年发展蓝图》。'))).toEqual(['青年发展蓝图']);
    expect(names(run('建设长三角G60科创走廊。'))).toEqual(['长三角G60科创走廊']);
    expect(names(run('建设湛江港口型国家物流枢纽。'))).toEqual(['湛江港口型国家物流枢纽']);
    expect(names(run('描绘教育现代化的宏伟蓝图。'))).toEqual([]);
    expect(names(run('打扫医院走廊。'))).toEqual([]);
    // A centre a nation designates (国家区域医疗中心) is a designation, not a body.
    expect(names(run('创建国家区域医疗中心。'))).toEqual(['国家区域医疗中心']);
  });

  it('names a strategy by the verbs before its head, but not by a verb that carries it out or upholds it', () => {
    expect(names(run('深入实施创新驱动发展战略。'))).toEqual(['创新驱动发展战略']);
    expect(names(run('坚持创新发展战略。'))).toEqual([]);
    expect(names(run('落实发展战略。'))).toEqual([]);
  });

  it('names the plan, not a project under it (国家重点研发计划 + 项目)', () => {
    expect(names(run('承担国家重点研发计划项目3项。'))).toEqual(['国家重点研发计划']);
    expect(names(run('实施城市更新项目。'))).toEqual(['城市更新项目']);
  });

  it('opens an event\'s name at its edition, after a scope at most, and knows shows, fairs and food festivals', () => {
    expect(names(run('组织紫陶企业参加第十九届中国(深圳)国际文化产业博览交易会，现场签约金额达2600万元。')))
      .toEqual(['第十九届中国(深圳)国际文化产业博览交易会']);
    expect(names(run('选送作品参加全国第六届中小学生艺术展演活动。'))).toEqual(['全国第六届中小学生艺术展演活动']);
    const contest = extractText('学生参加浙江省第六届职业技能大赛，获一等奖3项。\n', { source: 'contest.txt', sha256: 'x' }).entities;
    expect(names(contest.filter((e) => e.type === 'PROGRAM'))).toEqual(['浙江省第六届职业技能大赛']);
    expect(names(run('第三十五届澳门国际烟花比赛汇演吸引观众约45万人次。'))).toEqual(['第三十五届澳门国际烟花比赛汇演']);
    expect(names(run('举办第二届澳门国际美食节，邀请厨师参与。'))).toEqual(['第二届澳门国际美食节']);
    expect(names(run('第29届澳门国际贸易投资展览会同期举行。'))).toEqual(['澳门国际贸易投资展览会']);
  });

  it('does not reach across a partnership into a programme\'s name (…合作建设 + 数字孪生水利示范工程)', () => {
    expect(names(run('长兴县与南京邮电大学物联网学院合作建设数字孪生水利示范工程。'))).toEqual(['数字孪生水利示范工程']);
  });

  it('reads a title awarded after a verb and a scope whole, whatever noun ends it, and without its batch', () => {
    const village = run('白云山村入选第三批全国乡村旅游重点村。');
    expect(village).toMatchObject([{ name: '全国乡村旅游重点村', kind: 'DESIGNATION', surface: '第三批全国乡村旅游重点村' }]);
    expect(names(run('创建全国青少年校园足球特色学校不少于80所。'))).toEqual(['全国青少年校园足球特色学校']);
    expect(names(run('湄江湿地公园获批国家湿地公园（试点）。'))).toEqual(['国家湿地公园（试点）']);
    expect(names(run('支持思明区创建全国义务教育优质均衡发展县（市、区）。'))).toEqual(['全国义务教育优质均衡发展县（市、区）']);
    expect(names(run('上金乡获评自治区级乡村振兴示范乡镇。'))).toEqual(['自治区级乡村振兴示范乡镇']);
    // Two verbs sharing the object before them stay inside the title.
    expect(names(run('寻乌县被列为全国山水林田湖草沙一体化保护和修复工程试点县。'))).toEqual(['全国山水林田湖草沙一体化保护和修复工程试点县']);
    // A phrase cut short by a number, a quotation or a one-character verb is not a title; nor is one that a body opens.
    expect(names(run('入选全国乡村特色产业产值超十亿元镇名单。'))).not.toContain('全国乡村特色产业产值超十');
    expect(names(run('获评国家级专精特新“小巨人”企业称号。'))).not.toContain('国家级专精特新');
    // A quotation inside the title is part of it, and so is a 建设点.
    expect(names(run('被认定为国家级专精特新“小巨人”企业。'))).toEqual(['国家级专精特新“小巨人”企业']);
    expect(names(run('软件工程专业获批国家级一流本科专业建设点。'))).toEqual(['国家级一流本科专业建设点']);
    expect(names(run('获批国家留学基金委西部地区人才培养特别项目派出名额。'))).not.toContain('国家留学基金委');
    expect(names(run('获批省级科研项目。'))).toEqual([]);
  });

  it('reads a title whose two nouns a conjunction joins, a locative inside it, and the scopes 中国 and 国家一级', () => {
    expect(names(run('临安镇入选第三批国家级夜间文化和旅游消费集聚区。'))).toEqual(['国家级夜间文化和旅游消费集聚区']);
    const park = extractText('推进产业园二期建设，争取获批湖南省级东西部协作示范园区。\n', { source: 'park.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM');
    expect(names(park)).toEqual(['湖南省级东西部协作示范园区']);
    expect(names(run('南丰县蜜桔入选中国特色农产品优势区。'))).toEqual(['中国特色农产品优势区']);
    expect(names(run('县文化馆获评国家一级文化馆。'))).toEqual(['国家一级文化馆']);
    // A conjunction after a name that ends in a head joins two titles.
    expect(names(run('赣州市获批国家农业现代化示范区和国家生态文明建设示范区。'))).toEqual(['国家农业现代化示范区', '国家生态文明建设示范区']);
    // A government body is passed, not awarded.
    expect(names(run('检测中心通过中国合格评定国家认可委员会认可。'))).toEqual([]);
  });

  it('reads a title a place awards when common words and a head follow the place, and a second title after a joiner', () => {
    const programs = (text: string) => extractText(`${text}\n`, { source: 'lab.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM');
    const lab = programs('“中柬矿业联合实验室”获批云南省国际联合实验室。');
    expect(lab).toMatchObject([{ name: '云南省国际联合实验室', kind: 'DESIGNATION' }]);
    // A word of a name after the place makes it one body's name; a status is no title.
    expect(names(programs('获批湖南省岳麓实验室。'))).toEqual([]);
    expect(names(programs('24名教师通过广州市中小学教师资格认定。'))).toEqual([]);
    const both = run('碗窑村入选第三批全国乡村旅游重点村、国家级夜间文化和旅游消费集聚区。');
    expect(both.map((c) => [c.name, c.surface])).toEqual([
      ['全国乡村旅游重点村', '第三批全国乡村旅游重点村'],
      ['国家级夜间文化和旅游消费集聚区', '国家级夜间文化和旅游消费集聚区'],
    ]);
  });

  it('reads a quotation an action introduces across an ordinal or a count, and a quotation before its head also alone', () => {
    expect(names(run('共同举办首届「琴澳文化周」，吸引观众5万人次。'))).toEqual(['琴澳文化周']);
    expect(run('教育局将举办约100个「同根同心」及「薪火相传」内地交流团。').map((c) => [c.name, c.aliases])).toEqual([
      ['同根同心', undefined],
      ['薪火相传内地交流团', ['薪火相传']],
    ]);
    expect(run('各校举办「全民国家安全教育日」活动。')).toMatchObject([{ name: '全民国家安全教育日活动', aliases: ['全民国家安全教育日'] }]);
    // The word after a list of quotations is said of each of them.
    expect(names(run('「港药通」及「港械通」政策目前只适用于指定医疗机构。'))).toEqual(['港药通', '港械通']);
    expect(names(run('「很好」及「不错」的评价。'))).toEqual([]);
  });

  it('reads a quotation a verb of developing, signing or extending introduces, and one that is its clause\'s subject', () => {
    expect(names(run('我们会在北都预留约60公顷土地发展「北都大学教育城」。'))).toEqual(['北都大学教育城']);
    expect(names(run('与广东省青年志愿者协会签署「粤港青年义工交流」合作备忘录。'))).toEqual(['粤港青年义工交流']);
    expect(names(run('（四）病历互通。「医健通」与内地指定医院的病历互通已覆盖12间医院。'))).toContain('医健通');
    // A quotation after a word of the clause is not its subject.
    expect(names(run('学生们说“很有收获”，大家都很高兴。'))).toEqual([]);
  });

  it('reads the section a bracket names by a place after a programme as its name, not any bracket', () => {
    const programs = (text: string) => extractText(`${text}\n`, { source: 'section.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs('高质量推进黄河国家文化公园(陕西段)建设。')).toEqual(['黄河国家文化公园(陕西段)']);
    expect(programs('高质量推进黄河国家文化公园(2025年)建设。')).toEqual(['黄河国家文化公园']);
  });

  it('does not end a programme at a head that only names a town (基金 + 小镇)', () => {
    expect(names(run('在成都天府国际基金小镇试行债券对接。'))).toEqual([]);
  });

  it('reads national parks and national games as programmes', () => {
    expect(names(run('高质量推进黄河国家文化公园建设。'))).toEqual(['黄河国家文化公园']);
    expect(names(run('备战第十五届全运会。'))).toEqual(['第十五届全运会']);
  });

  it('pairs a place with a place or an unknown short name across a dash inside a name', () => {
    expect(names(run('加快平岗—广昌原水供应保障工程建设。'))).toEqual(['平岗—广昌原水供应保障工程']);
    expect(names(run('合作共建新安江—千岛湖文旅走廊。'))).toEqual(['新安江—千岛湖文旅走廊']);
    // After a conjunction the segmenter wrote together with the short name (及平岗).
    const text = '竹银水源工程及平岗—广昌原水供应保障工程相继建成。';
    expect(names(extractPrograms(text, 0, splitFunctionInitials(tagText(text, 0))))).toEqual(['竹银水源工程', '平岗—广昌原水供应保障工程']);
  });

  it('reads a quotation of digits alone as a name only with the name it opens (“315”科技创新…工程, not 考获「33222」)', () => {
    const report = '学校周年报告\n一、学生表现\n学业：本校考生共158人，考获「33222」入读本地大学最低要求的比率为41.8%。\n';
    expect(extractText(report, { source: 'digits.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM')).toEqual([]);
    expect(names(run('实施“315”科技创新体系建设工程。'))).toEqual(['315科技创新体系建设工程']);
  });

  it('opens no name with the 年 of the year before it, where the segmenter glued the two (2025 + 年川 + 渝合作…)', () => {
    const text = '联合广安市举办2025年川渝合作示范园区招商推介会。';
    expect(names(extractPrograms(text, 0, splitFunctionInitials(tagText(text, 0)))).every((n) => !n.startsWith('年'))).toBe(true);
    expect(splitFunctionInitials(tagText(text, 0)).map((t) => t.word)).toContain('年');
  });
});

describe('programmes in Taiwan\'s words and after verbs of naming and handling', () => {
  it('reads 专案 (Taiwan\'s 项目) as a project head, and starts no name at 办理, 命名 or 我县', () => {
    expect(names(run('教育部补助大学国际化专案。'))).toEqual(['大学国际化专案']);
    expect(names(run('县政府办理偏乡数位学习专案。'))).toEqual(['偏乡数位学习专案']);
    expect(names(run('国台办新命名海峡两岸交流基地12处。'))).toEqual(['海峡两岸交流基地']);
    expect(names(run('我县国家返乡创业试点县创建工作通过验收。'))).toEqual(['国家返乡创业试点县']);
  });

  it('keeps Taiwan\'s words 在地, 原乡 and 偏乡 whole inside a name (在/p + 地 broke it, 原 + 乡长 cut its start)', () => {
    expect(names(run('推动原乡长照人力在地培育计划，在台东县达仁乡开办专班。'))).toEqual(['原乡长照人力在地培育计划']);
    expect(names(run('推动偏乡医疗在地深耕计划。'))).toEqual(['偏乡医疗在地深耕计划']);
    expect(tagText('在地方政府支持下', 0).map((t) => t.word)).toEqual(['在', '地方', '政府', '支持', '下']);
  });
});

describe('the policy a document is the text of, titled only in its metadata line', () => {
  it('is mentioned at the title there', () => {
    const text = '# source: x\n# title: 某某省推进医疗联合体建设实施方案（2025—2027年）\n某某省卫生健康委员会\n一、工作目标\n到2027年，建成医联体20个。\n';
    const own = extractText(text, { source: 'own.txt', sha256: 'x' }).entities.find((e) => e.name === '某某省推进医疗联合体建设实施方案（2025—2027年）');
    expect(own?.mentions.map((m) => m.start)).toEqual([text.indexOf('某某省推进')]);
  });
});

describe('awarded titles and quoted names in the whole extraction', () => {
  const entities = (text: string) => extractText(`${text}\n`, { source: 'awarded.txt', sha256: 'x' }).entities;

  it('reads a government body or company before a plan\'s head as the body planning, not as a programme\'s name', () => {
    const programs = (text: string) => entities(`某县2024年工作总结\n${text}`).filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs('民青局计划把“青年内地实习资助计划”名额增至1200个。')).toEqual(['青年内地实习资助计划']);
    expect(programs('展望下一年度，生产力局计划：拓展内地业务。')).toEqual([]);
    // A plan named by its field stays one.
    expect(programs('实施人才引进计划，全年引进博士30名。')).toEqual(['人才引进计划']);
  });

  it('reads a verb always of its clause (认为, 公布, 进行) before a plan\'s head as no work the plan is named by', () => {
    const programs = (text: string) => entities(`某县2024年工作总结\n${text}`).filter((e) => e.type === 'PROGRAM').map((e) => e.name);
    expect(programs('约92%参与学校认为计划有助扩阔学生视野。')).toEqual([]);
    expect(programs('将于下月向社会公布计划内容。')).toEqual([]);
    expect(programs('教育局委托香港大学教育学院进行计划成效检讨。')).toEqual([]);
  });

  it('takes a title awarded to a body as a designation, not as a body of that name', () => {
    const found = entities('北方民族大学与共享集团共建的研究中心获批国家地方联合工程研究中心。');
    expect(found.filter((e) => e.name === '国家地方联合工程研究中心').map((e) => e.type)).toEqual(['PROGRAM']);
  });

  it('keeps a quoted name and gives it the name the word after the quotation makes as an alias', () => {
    const found = entities('推行“社区规划师”制度，为每个街道配备1名社区规划师。').find((e) => e.type === 'PROGRAM');
    expect(found).toMatchObject({ name: '社区规划师', aliases: ['社区规划师制度'] });
    const campaign = entities('实施“完整社区”建设行动，每年改造老旧小区不少于40个。').find((e) => e.type === 'PROGRAM');
    expect(campaign).toMatchObject({ name: '完整社区', aliases: ['完整社区建设行动'] });
  });

  it('gives a quoted name the work a clause ends on after it as an alias (“莞镇”劳务协作, “两癌”筛查和…)', () => {
    const program = (text: string) => entities(text).find((e) => e.type === 'PROGRAM');
    expect(program('深化“莞镇”劳务协作，新建驿站1个。')).toMatchObject({ name: '莞镇', aliases: ['莞镇劳务协作'] });
    expect(program('推进“哈大齐”人才一体化发展。')).toMatchObject({ name: '哈大齐', aliases: ['哈大齐人才一体化发展'] });
    expect(program('开展“两癌”筛查和儿童青少年近视防控。')).toMatchObject({ name: '两癌', aliases: ['两癌筛查'] });
    // Not when the clause goes on past the words (…协作，… is the end; …协作取得… is not).
    expect(program('深化“莞镇”劳务协作取得成效。')?.aliases ?? []).not.toContain('莞镇劳务协作');
  });

  it('opens a designation after a verb of making it stronger (做强 + …试验区), which the segmenter keeps whole', () => {
    expect(names(run('全力做强陵水黎安国际教育创新试验区。'))).toEqual(['陵水黎安国际教育创新试验区']);
    expect(names(run('做大做强做优广州国际教育创新试验区。'))).toEqual(['广州国际教育创新试验区']);
  });

  it('names a quotation with a head of its own by the head right after it, the quotation an alias (“强校工程”示范校)', () => {
    expect(run('评选“强校工程”示范校8所。')).toMatchObject([{ name: '强校工程示范校', kind: 'DESIGNATION', aliases: ['强校工程'] }]);
    // Without a head after it, the quotation is the name.
    expect(names(run('实施“强校工程”，每年投入资金。'))).toEqual(['强校工程']);
  });

  it('names the work on a quoted name when a verb of work stands right before a programme head (“…工作室”共建计划)', () => {
    expect(run('实施“厦莆名师工作室”共建计划。')).toMatchObject([{ name: '厦莆名师工作室共建计划', kind: 'PLAN', aliases: ['厦莆名师工作室'] }]);
    // A head right after a quoted name with a head of its own is that name's part, not a larger programme.
    expect(names(run('推进“杭湖数据共享走廊”试点。'))).toEqual(['杭湖数据共享走廊']);
  });

  it('takes a quotation a compound verb introduces (联合推出“…”)', () => {
    expect(names(run('两地联合推出“科技成果转化贷”。'))).toEqual(['科技成果转化贷']);
  });

  it('reads a quotation with the words up to a fair or a platform after it as one name, the quotation alone an alias', () => {
    const fair = entities('两地人社部门联合举办“沿河—吴江”春季专场招聘会6场。').find((e) => e.type === 'PROGRAM');
    expect(fair).toMatchObject({ name: '沿河—吴江春季专场招聘会', kind: 'EVENT', aliases: ['沿河—吴江'] });
    const platform = entities('依托国家智慧教育平台和“云上腾冲”教育资源平台，实现三个课堂全覆盖。').filter((e) => e.type === 'PROGRAM');
    expect(platform.map((e) => e.name)).toEqual(['云上腾冲教育资源平台']);
    expect(platform[0].aliases).toContain('云上腾冲');
  });

  it('reads a quoted name with a place in brackets after its head, a brand titling its event, and allowances', () => {
    expect(names(run('贸发局主办的「香港品牌节(广州)」在广州市天河区举行。'))).toEqual(['香港品牌节(广州)']);
    expect(names(run('「艺文荟澳：澳门国际艺术双年展」吸引逾4万人次。'))).toEqual(['艺文荟澳：澳门国际艺术双年展']);
    // A verb of learning of something (得悉) ends the name before it: the short form alone is named.
    expect(names(run('家人得悉院舍计划后，陪同黎伯参观院舍。'))).toEqual(['院舍计划']);
    // So are an exhibition's kinds (特展, 艺术展, 精品展) as heads of the event a brand titles.
    expect(names(run('双方在巴黎合办「岛屿光谱：台湾当代艺术展」，吸引观众约4万人次。'))).toEqual(['岛屿光谱：台湾当代艺术展']);
    expect(names(run('在九州国立博物馆举办「海之道：台湾与东亚交流特展」。'))).toEqual(['海之道：台湾与东亚交流特展']);
    expect(names(run('为基层家庭提供「惜物减废津贴」，预计惠及约20万户。'))).toEqual(['惜物减废津贴']);
    // A colon after a plain word introduces what follows; it titles nothing.
    expect(names(run('「目标：完成率达到百分之九十」。'))).toEqual([]);
  });

  it('takes a quoted name with a head of its own when its core has one distinctive character or four characters', () => {
    expect(names(run('市一院派出驻点医师32人，实施“县级医院能力提升工程”。'))).toEqual(['县级医院能力提升工程']);
    expect(names(run('实施「产学研合作资助计划」，鼓励高校与企业合作。'))).toEqual(['产学研合作资助计划']);
    expect(names(run('本科生参加“优本计划”36人。'))).toEqual(['优本计划']);
    expect(names(run('推进“重点项目”建设。'))).toEqual([]);
    // A head right after the quotation makes it a name however common its words.
    expect(run('负责管理创新科技署的「科技券」计划。')).toMatchObject([{ name: '科技券计划', aliases: ['科技券'] }]);
    // 提质工程 (a project that raises quality) is such a head, as 提升工程 is.
    expect(names(run('在勐腊县磨憨镇、景洪市勐龙镇实施“国门学校”提质工程。'))).toEqual(['国门学校提质工程']);
  });

  it('ends an unquoted name at 增加, 参加 and 前往, verbs of the clause (政府会否增加 + 内地交流计划)', () => {
    expect(names(run('政府会否增加内地交流计划的名额。'))).not.toContain('政府会否增加内地交流计划');
    expect(names(run('另有120名中四学生参加相关考察团。')).some((n) => n.includes('参加'))).toBe(false);
  });

  it('reads a quoted month of activities as an activity, whatever precedes it (由…主办的「…交流月」)', () => {
    expect(run('由县政府主办的「宗教文化交流月」今日闭幕。')).toMatchObject([{ name: '宗教文化交流月', kind: 'ACTIVITY' }]);
  });

  it('reads a quoted route as a project (“环淀山湖”研学线路, “青岛—吉布提—阿达玛”海铁联运线路); unquoted 线路 names none', () => {
    expect(names(run('开发“环淀山湖”研学线路6条。'))).toEqual(['环淀山湖研学线路']);
    expect(run('开通“青岛—吉布提—阿达玛”海铁联运线路。')).toMatchObject([{ name: '青岛—吉布提—阿达玛海铁联运线路', kind: 'PROJECT' }]);
    expect(names(run('今年新增两条研学线路。'))).toEqual([]);
  });

  it('reads a township\'s or a town\'s title only when quoted (「青农聚落示范乡镇」; 每处示范乡镇, 扩及示范乡镇 are none)', () => {
    expect(run('选定三星乡等10个乡镇为首批「青农聚落示范乡镇」。')).toMatchObject([{ name: '青农聚落示范乡镇', kind: 'DESIGNATION' }]);
    expect(run('鹿港镇为观光署评选的「百年经典小镇」。')).toMatchObject([{ name: '百年经典小镇', kind: 'DESIGNATION' }]);
    expect(names(run('每处示范乡镇由在地农会担任营运窗口，辅导对象扩及示范乡镇内的青年合作社。'))).toEqual([]);
  });

  it('ends an unquoted project\'s name at the verb that builds it (与石牌镇合资 + 兴建 + 龙山百合精深加工项目)', () => {
    expect(names(run('引进食品公司与石牌镇合资兴建龙山百合精深加工项目，总投资1.2亿元。'))).toEqual(['龙山百合精深加工项目']);
  });

  it('takes no verb the segmenter joined to a manner word before a quotation into its name (联合演出/l + 「…」音乐会)', () => {
    expect(names(run('两团在北京市西城区的国家大剧院联合演出「丝竹共融」音乐会，门票售罄。'))).toEqual(['丝竹共融音乐会']);
  });

  it('bridges a quotation to a head four words after it (“滇南古城群”文旅融合发展项目)', () => {
    const found = entities('举办“滇南古城群”文旅融合发展项目签约仪式。').filter((e) => e.type === 'PROGRAM');
    expect(found.map((e) => e.name)).toEqual(['滇南古城群文旅融合发展项目']);
    expect(found[0].aliases).toContain('滇南古城群');
  });
  it('bridges a quotation to a head seven words after it (“牧原—农大”生猪 + 疫病 + 防控 + 联合 + 试验 + 示范基地)', () => {
    const found = entities('重点实验室要联合中国农业大学在内乡县建设“牧原—农大”生猪疫病防控联合试验示范基地。').filter((e) => e.type === 'PROGRAM');
    expect(found.map((e) => e.name)).toEqual(['牧原—农大生猪疫病防控联合试验示范基地']);
  });
  it('bridges a quotation to a strategy across adjectives and quantity words (“1+4”经济适度多元发展策略)', () => {
    const found = entities('落實「1+4」經濟適度多元發展策略，推動文旅融合。').filter((e) => e.type === 'PROGRAM');
    expect(found.map((e) => [e.name, e.kind])).toEqual([['1+4经济适度多元发展策略', 'STRATEGY']]);
    // Note: a number and its measure word are no part of a name (“…”3个项目 counts projects).
    expect(names(run('落实“1+4”经济3个发展策略。'))).toEqual(['1+4']);
  });
  it('leaves the verb before a designation\'s national scope out of its name', () => {
    expect(names(run('十堰市作为国家紧密型城市医疗集团建设试点城市，开展试点。'))).toEqual(['国家紧密型城市医疗集团建设试点城市']);
  });
  it('leaves the people and the place they go to out of a quoted name (内地居民赴港“个人游”计划)', () => {
    const found = entities('內地居民赴港「個人遊」計劃於2024年擴展至西安市。').filter((e) => e.type === 'PROGRAM');
    expect(found.map((e) => e.name)).toEqual(['个人游计划']);
  });
  it('leaves the batch that named a designation\'s holders out of its name (第二批 + 全国…实验校), as it leaves 首批', () => {
    expect(names(run('确定第二批全国中小学科学教育实验校。'))).toEqual(['全国中小学科学教育实验校']);
  });
  it('keeps two verbs naming the work on a noun inside a project\'s name (天然林 + 保护 + 修复 + 工程)', () => {
    expect(names(run('实施天然林保护修复工程，管护天然林面积97万亩。'))).toEqual(['天然林保护修复工程']);
    expect(names(run('深入实施县中托管帮扶工程。'))).toEqual(['县中托管帮扶工程']);
  });

  it('leaves a clause\'s verbs before a programme\'s own words out of its name (…研究所联合承担 + 国家重点研发计划, 承接 + 广东省…)', () => {
    expect(names(run('热带作物品种资源研究所联合承担国家重点研发计划项目3项。'))).toEqual(['国家重点研发计划']);
    const plan = extractText('本学年承接广东省重点领域研发计划项目11项。\n', { source: 'plan.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM');
    expect(names(plan)).toEqual(['广东省重点领域研发计划']);
  });

  it('keeps a designation\'s verb right after the places it is named by (湘南湘西 + 承接 + 产业转移示范区)', () => {
    expect(names(extractText('支持湘南湘西承接产业转移示范区建设。\n', { source: 'xx.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM'))).toEqual(['湘南湘西承接产业转移示范区']);
    // An action word after a place is still the clause's (广州市 + 推进 + 智慧教育示范区).
    expect(names(extractText('广州市推进智慧教育示范区建设。\n', { source: 'gz.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM'))).toEqual(['智慧教育示范区']);
  });

  it('does not join a place and the programme after a conjunction into one name (…宁波片区 + 与 + 珲春国际合作示范区)', () => {
    const found = extractText('推动中国(浙江)自由贸易试验区宁波片区与珲春国际合作示范区开展制度创新。\n', { source: 'zone.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'PROGRAM');
    expect(names(found)).toContain('珲春国际合作示范区');
    expect(names(found).some((n) => n.includes('与'))).toBe(false);
    // Nor a body and the programme after it, or the body's verb (贸促局 + 与 + …论坛, …有限公司 + 作为 + 战略).
    expect(names(run('贸促局与中国—葡语国家经贸合作论坛常设秘书处合作。'))).toEqual(['中国—葡语国家经贸合作论坛']);
    expect(names(run('山东省港口集团有限公司作为战略投资者。'))).toEqual([]);
  });

  it('starts a name at a code of digits and letters, and at a place after a conjunction or a verbal noun', () => {
    const programs = (text: string) => extractText(`${text}\n`, { source: 'code.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM');
    expect(names(programs('在郑州经济技术开发区开展5G全连接园区试点。'))).toEqual(['5G全连接园区试点']);
    expect(names(programs('重点研究长三角G60科创走廊协同创新。'))).toEqual(['长三角G60科创走廊']);
    expect(names(programs('用好144小时过境免签政策和中国—中亚峰会成果。'))).toEqual(['中国—中亚峰会']);
  });
  it('takes a title ending in its count of articles as a policy document (《…人才服务“十条”》), not a book\'s title', () => {
    expect(names(run('出台《蜀山区科技人才服务“十条”》，发放补贴。'))).toEqual(['蜀山区科技人才服务“十条”']);
    expect(names(run('印发《龙江人才振兴60条》。'))).toEqual(['龙江人才振兴60条']);
    expect(names(run('组织学生阅读《论语》。'))).toEqual([]);
  });
  it('names a quotation of common words with the head one word of work after it (“新优质学校”培育项目)', () => {
    expect(names(run('推进“新优质学校”培育项目。'))).toEqual(['新优质学校培育项目']);
    expect(names(run('推进“新优质学校”培育工作。'))).toEqual([]);
  });

  it('never reaches back over a verb of laying out (在东涌镇、大岗镇分别布局 + 港澳青年农业科技示范点)', () => {
    expect(names(run('在东涌镇、大岗镇分别布局港澳青年农业科技示范点。'))).toEqual(['港澳青年农业科技示范点']);
  });

  it('keeps a place in brackets inside a name, written in either width (中国（河南）自由贸易试验区), and a pair\'s park with its site (佛山（从江）产业园)', () => {
    // Note: the whole extraction, whose region mentions cover a place the segmenter cut into pieces (从 + 江).
    const programs = (text: string) => names(extractText(`${text}\n`, { source: 'park.txt', sha256: 'x' }).entities.filter((e) => e.type === 'PROGRAM'));
    expect(programs('推进中国（河南）自由贸易试验区建设。')).toEqual(['中国（河南）自由贸易试验区']);
    expect(programs('推进中国(河南)自由贸易试验区建设。')).toEqual(['中国(河南)自由贸易试验区']);
    expect(programs('推进佛山（从江）产业园建设。')).toEqual(['佛山（从江）产业园']);
    expect(programs('广州（梅州）产业转移工业园全年新引进项目8个。')).toEqual(['广州（梅州）产业转移工业园']);
    expect(programs('中德（常州）智能制造产业园新签约项目12个。')).toEqual(['中德（常州）智能制造产业园']);
    // A park with neither its site nor a scope is the park itself, no programme; nor is a bracket of other words.
    expect(programs('推进科技产业园建设。')).toEqual([]);
    expect(programs('推进产业（含农业）产业园建设。')).toEqual([]);
    // A pair's park named by the two places and a dash (西青—静宁苹果产业园) is one too, touching both; one place's is not.
    const pair = extractText('推进西青—静宁苹果产业园建设。\n', { source: 'pair.txt', sha256: 'x' });
    expect(names(pair.entities.filter((e) => e.type === 'PROGRAM'))).toEqual(['西青—静宁苹果产业园']);
    const name = new Map(pair.entities.map((e) => [e.id, e.name]));
    expect(pair.relations.filter((r) => r.type === 'TOUCHES').map((r) => name.get(r.to)).sort()).toEqual(['西青区', '静宁县']);
    expect(programs('推进静宁苹果产业园建设。')).toEqual([]);
  });
});
