import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagText, type Token } from '../../language/segment/index.js';
import { splitFunctionInitials } from '../../language/match/tokens.js';
import { extractInstitutions, type InstitutionContext } from '../../ingest/extract/institutions/index.js';
import { extractRegions } from '../../language/regions/index.js';
import type { Candidate } from '../../ingest/model.js';
import { extractFile, extractText } from '../../ingest/pipeline.js';
import { placeTokens } from '../../ingest/extract/regionTokens.js';

const seed = readFileSync(new URL('../../seeds/guangzhou-education-2019-summary-2020-plan.txt', import.meta.url), 'utf8');
const corpus = (name: string): string => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');
const guangzhou: InstitutionContext = { issuerCity: { name: '广州市', short: '广州' } };
/** The sorted names of the institutions a whole extraction of `text` (as the file `source`) holds. */
function institutionNames(text: string, source: string): string[] {
  return extractText(text, { source, sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
}

/** Runs the extractor on the statement of `doc` that starts with `head`, at its real offset. */
function extract(doc: string, head: string, context: InstitutionContext = guangzhou) {
  const offset = doc.indexOf(head);
  expect(offset).toBeGreaterThanOrEqual(0);
  const stop = doc.indexOf('。', offset);
  const text = doc.slice(offset, stop < 0 ? doc.length : stop + 1);
  const found = extractInstitutions(text, offset, tagText(text, offset), context);
  for (const c of found) expect(doc.slice(c.start, c.end)).toBe(c.surface);
  return found;
}

/** The bodies read in one line of a county's report. */
const bodiesIn = (text: string): string[] => extractText(`某县2024年工作总结\n${text}\n`, { source: 'bodies.txt', sha256: 'x' }).entities
  .filter((e) => e.type === 'INSTITUTION').map((e) => e.name);

describe('extractInstitutions', () => {
  it('splits a list joined by 、 into separate universities with exact offsets', () => {
    const found = extract(seed, '2019年度国家自然科学基金集中评审项目');
    expect(found.map((c) => [c.name, c.kind])).toEqual([['广州医科大学', 'UNIVERSITY'], ['广州大学', 'UNIVERSITY']]);
  });

  it('reads a complete primary or secondary school (完全小学, 完全中学) whole, though 完全 alone is an adverb', () => {
    const x = extractText('某县教育局2024年工作总结\n一、沿河县第三完全小学与吴江区第一完全中学结对。', { source: 'x.txt', sha256: 'x' });
    const schools = x.entities.filter((e) => e.type === 'INSTITUTION' && e.kind === 'SCHOOL').map((e) => e.name);
    expect(schools.sort()).toEqual(['吴江区第一完全中学', '沿河县第三完全小学']);
  });

  it('reads a justice department the segmenter tags as a person\'s name (司法厅/nr)', () => {
    const x = extractText('某局2024年工作总结\n一、律政司与广东省司法厅合作举办考试。', { source: 'x.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toContain('广东省司法厅');
  });

  it('reads the short heads of science bodies and federations (科委, 科协, 总工会, 妇联) and a provincial body the segmenter reads as one word with 省 (省公安厅/n)', () => {
    const x = extractText('苏州市教育局2024年工作总结\n一、与上海市徐汇区科委、无锡市科协、南通市总工会、苏州市妇联合作。与省公安厅签署协议。', { source: 'x.txt', sha256: 'x' });
    const bodies = x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(bodies.sort()).toEqual(['上海市徐汇区科委', '南通市总工会', '无锡市科协', '江苏省公安厅', '苏州市妇联', '苏州市教育局']);
  });

  it('resolves 市教育局 against the issuer city and reads its party group as a body inside it', () => {
    const found = extract(corpus('gz-2020-summary-2021-plan.txt'), '市教育局党组认真执行');
    expect(found.map((c) => [c.name, c.surface, c.parents?.map((p) => p.name)])).toEqual([['广州市教育局党组', '市教育局党组', ['广州市教育局']]]);
  });

  it('leaves 市教育局 unresolved and unextracted when the issuer city is unknown', () => {
    const found = extract(corpus('gz-2020-summary-2021-plan.txt'), '市教育局党组认真执行', { issuerCity: null });
    expect(found).toEqual([]);
  });

  it('does not take 区教育局 without a named district as an institution', () => {
    expect(extract(seed, '开展“小官巨贪”等专项整治').map((c) => c.name)).toEqual([]);
  });

  it('keeps a bracketed campus suffix in the name and exposes the parent institution', () => {
    const found = extract(seed, '香港科技大学(广州)获教育部批准筹设');
    expect(found[0]).toMatchObject({ name: '香港科技大学(广州)', kind: 'UNIVERSITY', surface: '香港科技大学(广州)' });
    const [parent] = found[0].parents ?? [];
    expect(parent.name).toBe('香港科技大学');
    expect(parent.span && parent.span.end - parent.span.start).toBe('香港科技大学'.length);
    expect(parent.span?.start).toBe(found[0].start);
    expect(found.map((c) => c.name)).toContain('教育部');
  });

  it('extends a head over a district name marked by the caller as a region', () => {
    const offset = seed.indexOf('南沙区特殊教育学校');
    const region: Candidate = { type: 'REGION', name: '南沙区', kind: 'DISTRICT', start: offset, end: offset + 3, surface: '南沙区' };
    const found = extract(seed, '市启聪学校完成整体搬迁', { ...guangzhou, regionSpans: [region] });
    expect(found.map((c) => [c.name, c.surface])).toEqual([
      ['广州市启聪学校', '市启聪学校'],
      ['南沙区特殊教育学校', '南沙区特殊教育学校'],
    ]);
  });

  it('takes a university and the college it runs as one name when they are written together', () => {
    const found = extract(seed, '加快推进广州交通大学、中国科学院大学广州学院');
    expect(found.map((c) => c.name)).toEqual(['广州交通大学', '中国科学院大学广州学院', '广州幼儿师范专科学校']);
  });

  it('reads a school attached to a university as one institution whose head is the rightmost one', () => {
    const text = '支持华南师范大学附属中学与香港中学结对。';
    const found = extractInstitutions(text, 0, tagText(text, 0), guangzhou);
    expect(found.map((c) => [c.name, c.kind])).toEqual([['华南师范大学附属中学', 'SCHOOL'], ['香港中学', 'SCHOOL']]);
  });

  it('finds research centres, alliances and groups with their full modifiers', () => {
    const found = extract(seed, '与澳门旅游学院签署战略合作协议');
    expect(found.map((c) => [c.name, c.kind])).toEqual([
      ['澳门旅游学院', 'COLLEGE'],
      ['粤港澳大湾区旅游职业联盟', 'ALLIANCE'],
      ['粤菜发展研究院', 'RESEARCH'],
      ['亚洲美食文化教育联盟', 'ALLIANCE'],
    ]);
  });

  it('finds a centre whose name contains a verb-tagged word', () => {
    expect(extract(seed, '成立广州市学校思想政治理论课协同创新中心').map((c) => c.name))
      .toEqual(['广州市学校思想政治理论课协同创新中心']);
  });

  it('finds institutions of another city and a provincial party committee body', () => {
    expect(extract(corpus('wz-2024-summary-2025-plan.txt'), '温州肯恩大学的办学成效').map((c) => c.name)).toContain('温州肯恩大学');
    const text = '中共四川省委教育工作委员会 四川省教育厅 2021年工作要点';
    const regionSpans = extractRegions(text, 0, {});
    expect(extractInstitutions(text, 0, tagText(text, 0), { ...guangzhou, regionSpans }).map((c) => [c.name, c.kind, c.parents?.map((p) => p.name)]))
      .toEqual([['四川省委教育工作委员会', 'GOVERNMENT', ['四川省委']], ['四川省教育厅', 'GOVERNMENT', undefined]]);
    // Note: the party's name stays in the mention (an alias), not in the canonical name: 中共四川省委 and 四川省委 are one body.
    expect(extractInstitutions(text, 0, tagText(text, 0), { ...guangzhou, regionSpans })[0].surface).toBe('中共四川省委教育工作委员会');
  });

  it('reads a unit a ministry\'s own document names by its field alone (产业发展署) as the ministry\'s', () => {
    const names = institutionNames('经济部新闻稿\n产业发展署与泰国投资促进委员会合作推动「台泰电动车供应链链结计划」。\n', 'ministry.txt');
    expect(names).toEqual(expect.arrayContaining(['经济部产业发展署']));
    // Not in a document of another body: a field and a head alone name no one there.
    expect(institutionNames('某市工作报告\n一、合作\n产业发展署与泰国投资促进委员会合作。\n', 'city.txt')).not.toContain('经济部产业发展署');
  });

  it('reads a delegation named by whom it sends as a body, and leaves a tour named by its theme to the programmes', () => {
    expect(institutionNames('考察报告\n一、访问\n珠海市珠港澳教育合作考察团访问澳门大学。\n', 'tour.txt').sort())
      .toEqual(['澳门大学', '珠海市珠港澳教育合作考察团']);
    expect(institutionNames('考察报告\n一、访问\n丝路文化考察团访问西北大学。\n', 'tour.txt')).toEqual(['西北大学']);
    // So does a tour quoted by its name, places and generic words though it holds (「理大学生长三角科技考察团」).
    const quoted = institutionNames('某大学新闻稿\n杭州研究院今年首次组织「理大学生长三角科技考察团」，到上海参访。\n', 'quoted-tour.txt');
    expect(quoted).toContain('杭州研究院');
    expect(quoted.filter((n) => n.endsWith('考察团'))).toEqual([]);
  });

  it('reads the administration of a named site (…自然保护区管理局) and a centre named by governance (数字治理…研究中心)', () => {
    expect(institutionNames('林草工作报告\n一、保护\n与贡嘎山国家级自然保护区管理局开展联合调查。\n', 'site.txt')).toEqual(['贡嘎山国家级自然保护区管理局']);
    expect(institutionNames('教育工作要点\n一、奖励\n湄洲岛国家旅游度假区社会事业局获表彰。\n', 'site.txt')).toEqual(['湄洲岛国家旅游度假区社会事业局']);
    expect(institutionNames('数字政府工作报告\n一、研究\n学院成立湖州数字治理联合研究中心，每年形成报告。\n', 'centre.txt')).toContain('湖州数字治理联合研究中心');
    // An association for promotion (促进联会) is named by the work it promotes, though 促进 is an action elsewhere.
    expect(institutionNames('交流计划\n一、安排\n由香港青年交流促进联会协助安排行程。\n', 'assoc.txt')).toEqual(['香港青年交流促进联会']);
    // So is a charity association (慈善会) named after the hospital it runs, which the segmenter tags a person's name.
    expect(institutionNames('社会服务报告\n一、合作\n与澳门镜湖医院慈善会合作。\n', 'assoc.txt')).toContain('澳门镜湖医院慈善会');
  });

  it('rejects institutions named only by generic modifiers', () => {
    expect(extract(seed, '市属各高校,各区教育局,局属各单位')).toEqual([]);
    expect(extract(seed, '新增示范性普通高中10所')).toEqual([]);
    expect(extract(seed, '推进校园足球改革试验区建设')).toEqual([]);
    expect(extract(seed, '注销6所无实际办学行为的民办中职学校')).toEqual([]);
    expect(extract(seed, '(一)公办园学位大幅度增加')).toEqual([]);
    expect(extract(seed, '二是公办幼儿园和中小学优质教育资源')).toEqual([]);
    expect(extract(seed, '新增34对穗港澳姊妹学校')).toEqual([]);
    expect(extract(seed, '新增1所孔子学院')).toEqual([]);
    // A time after a year (2030 + 年前), a count glued to the next character (12 + 名到), an unknown word opening with 另
    // (另有) open no name: the city's universities after 年前 are a class, a body after 另有 is named without it.
    expect(institutionNames('桃园市政府新闻稿\n一、人才\n2030年前本市大学与国外机场签署合作备忘录增至20项。\n', 'time.txt')).toEqual(['桃园市政府']);
    const counted = institutionNames('澳门特别行政区政府卫生局年报\n一、合作\n派出专科医生共12名到横琴医院出诊，年内另有职训局毕业生168人赴内地。\n', 'count.txt');
    expect(counted).toContain('职训局');
    expect(counted.filter((name) => name.startsWith('名到') || name.startsWith('另有'))).toEqual([]);
    // A word saying what kind of body it is (同类, 分支) names none either, not even after the issuer's short form is written in.
    expect(institutionNames('澳门大学工作报告\n一、合作\n与同类中心、分支实验室共享数据。\n', 'generic.txt')).toEqual(['澳门大学']);
    // A class of companies (跨国公司) and an ordinary word ending like a head (城乡结合部, the urban fringe) are no bodies.
    expect(institutionNames('宁波市招商工作报告\n一、招商\n引进跨国公司地区总部12家，加快城乡结合部环境整治。\n', 'class.txt')).toEqual([]);
  });

  it('reads units of a university named by a generic field, with 与 inside, and a body the segmenter knows ending like 政局', () => {
    const names = (text: string): string[] => institutionNames(text, 'units2.txt');
    expect(names('与上海师范大学教育学院合作。')).toEqual(['上海师范大学', '上海师范大学教育学院']);
    expect(names('联合北京师范大学教育学部开展培训。')).toEqual(['北京师范大学', '北京师范大学教育学部']);
    expect(names('内蒙古大学历史与旅游文化学院。')).toEqual(['内蒙古大学', '内蒙古大学历史与旅游文化学院']);
    expect(names('深圳市民政局与喀什市民政局签订协议。')).toEqual(['喀什市民政局', '深圳市民政局']);
    expect(names('直面复杂多变的内外部环境。')).toEqual([]);
  });

  it('reads 县人民医院 and other bodies each place has one of as the document\'s place\'s, and congresses and brigades as bodies', () => {
    const text = '县人民医院与县中医院结对，县学校不算。';
    const context: InstitutionContext = { issuerCity: null, places: { 县: '宁海县', 省: '浙江省' } };
    expect(extractInstitutions(text, 0, tagText(text, 0), context).map((c) => c.name)).toEqual(['宁海县人民医院', '宁海县中医院']);
    const more = '年内提交省人大常委会审议，省消防救援总队和宁波市消防救援支队参加。';
    expect(extractInstitutions(more, 0, tagText(more, 0), context).map((c) => c.name)).toEqual(expect.arrayContaining(['浙江省人大常委会', '宁波市消防救援支队']));
  });

  it('reads a unit named without an owner in a university\'s own document as the university\'s', () => {
    const text = '学校分析测试中心与软件学院合作。';
    const names = (issuerName: string): string[] => extractInstitutions(text, 0, tagText(text, 0), { issuerCity: null, issuerName }).map((c) => c.name);
    expect(names('宁波大学')).toEqual(['宁波大学分析测试中心', '宁波大学软件学院']);
    expect(names('宁波市教育局').some((n) => n.startsWith('宁波'))).toBe(false);
  });

  it('reads a centre named by the service it gives after its owner (某医院 + 远程会诊中心)', () => {
    const text = '宁波市儿童医院远程会诊中心全年为患者服务。';
    expect(extractInstitutions(text, 0, tagText(text, 0), guangzhou).map((c) => c.name)).toContain('宁波市儿童医院远程会诊中心');
  });

  it('reads a Taiwan district office (…区公所) and a troupe (…剧团) as bodies', () => {
    const x = extractText('台北市政府新闻稿\n一、台北市中正区公所与泉州市木偶剧团合办演出。', { source: 'troupe.txt', sha256: 'x' });
    // (The release's header names its issuer, 台北市政府, a body of the graph too.)
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort()).toEqual(['台北市中正区公所', '台北市政府', '泉州市木偶剧团']);
  });

  it('never joins a self-reference (本局, 我校) to the body after 与', () => {
    const text = '本局与国家文物局合作举办展览。';
    expect(extractInstitutions(text, 0, tagText(text, 0), guangzhou).map((c) => c.name)).toEqual(['国家文物局']);
  });

  it('rejects classes named by grade, rank or function (三级甲等综合医院, 上级医院, 博士后科研工作站)', () => {
    const text = '新建三级甲等综合医院1所，与上级医院合作，建成博士后科研工作站2个、海外研发中心3个。';
    expect(extractInstitutions(text, 0, tagText(text, 0), guangzhou)).toEqual([]);
  });

  it('rejects schools named by what they are to the text\'s party or where they stand (对方学校, 伙伴学校, 国外学校, 华文学校)', () => {
    const text = '与对方学校、伙伴学校、国外学校、华文学校及边境学校开展交流，并与深圳市福田区华文学校签约。';
    expect(extractInstitutions(text, 0, tagText(text, 0), guangzhou).map((c) => c.name)).toEqual(['深圳市福田区华文学校']);
  });

  it('opens an abbreviated office at a bare prefix though a compound of places opens the office\'s word (省 + 港澳办)', () => {
    const text = '加强与省港澳办、省教育厅等部门的工作对接。';
    const context: InstitutionContext = { issuerCity: null, places: { 省: '广东省' }, regionSpans: extractRegions(text, 0, { regionId: 'region:440000' }) };
    expect(extractInstitutions(text, 0, splitFunctionInitials(tagText(text, 0)), context).map((c) => c.name)).toEqual(['广东省港澳办', '广东省教育厅']);
  });

  it('accepts a central government body on its own', () => {
    const found = extract(seed, '两所学校被教育部认定').map((c) => [c.name, c.kind]);
    expect(found[0]).toEqual(['教育部', 'GOVERNMENT']);
    expect(found.map(([name]) => name)).not.toContain('国家优质专科高等职业院校');
  });

  it('reads a ministry named by its field, with 和 inside its name, and its departments (司) as national bodies', () => {
    const names = (text: string): string[] => extractInstitutions(text, 0, tagText(text, 0), guangzhou).map((c) => c.name);
    expect(names('经商财政部、自然资源部，现答复如下。')).toEqual(['财政部', '自然资源部']);
    expect(names('配合人力资源和社会保障部做好统筹调剂工作。')).toEqual(['人力资源和社会保障部']);
    expect(names('联系单位：农业农村部农田建设管理司。')).toContain('农业农村部农田建设管理司');
    // A section of a school is not a ministry.
    expect(names('为资助特殊学校宿舍部改善人手。')).toEqual([]);
  });

  it('reads a party school as the body of the committee it follows, and an exchange as an institution', () => {
    const names = (text: string): string[] => institutionNames(text, 'school.txt');
    expect(names('中共宁波市鄞州区委党校举办培训班。')).toEqual(['宁波市鄞州区委', '宁波市鄞州区委党校']);
    expect(names('推动企业在北京证券交易所上市。')).toEqual(['北京证券交易所']);
  });

  it('reads SAR bureaus named with 及 and a head the segmenter tags as a fixed phrase (经济及科技发展局, 教育及青年发展局)', () => {
    const names = (text: string): string[] => institutionNames(text, 'sar.txt');
    expect(names('澳门特别行政区经济及科技发展局与澳门银行公会签署协议。')).toEqual(['澳门特别行政区经济及科技发展局', '澳门银行公会']);
    expect(names('教育局与澳门特别行政区政府教育及青年发展局合作。')).toContain('教育及青年发展局');
  });

  it('names a foreign body without the country before it, keeps the country as its place, unless the rest is generic', () => {
    const found = extractText('与英国剑桥大学、新加坡国立大学开展合作。', { source: 'foreign.txt', sha256: 'x' });
    const cambridge = found.entities.find((e) => e.name === '剑桥大学');
    expect(cambridge?.aliases).toContain('英国剑桥大学');
    expect(found.entities.some((e) => e.name === '新加坡国立大学')).toBe(true);
    expect(found.relations.some((r) => r.type === 'LOCATED_IN' && r.from === cambridge?.id && r.to === 'region:GB')).toBe(true);
  });

  it('reads a university department the segmenter joined to its field (科学系), but not 体系 or 院系', () => {
    const names = (text: string): string[] => institutionNames(text, 'dept.txt');
    expect(names('香港理工大学康复治疗科学系派员交流。')).toEqual(['香港理工大学', '香港理工大学康复治疗科学系']);
    expect(names('完善浙江大学课程体系，建设标杆院系。')).toEqual(['浙江大学']);
  });

  it('names a task force for pairing aid with the aid and both places (…对口支援新疆工作前方指挥部)', () => {
    const names = (text: string): string[] => institutionNames(text, 'aid.txt');
    expect(names('深圳市对口支援新疆工作前方指挥部组织培训。')).toEqual(['深圳市对口支援新疆工作前方指挥部']);
    expect(names('苏州市吴江区对口协作沿河县工作组牵头。')).toEqual(['苏州市吴江区对口协作沿河县工作组']);
    // So by aid to a place by its one-character name (援 + 疆) before the place it works in.
    expect(names('北京市援疆和田指挥部组织培训。')).toEqual(['北京市援疆和田指挥部']);
    // Aid before another kind of body is the clause's verb, not part of the body's name.
    expect(names('深圳市对口支援喀什地区教育局。')).toEqual(['喀什地区教育局']);
  });

  it('names an office or a team by the aid its place gives or gets (林芝市对口支援工作协调办公室, 广东省第十批援藏工作队)', () => {
    const names = (text: string): string[] => institutionNames(text, 'aid.txt');
    expect(names('林芝市对口支援工作协调办公室印发通知。')).toEqual(['林芝市对口支援工作协调办公室']);
    expect(names('广东省第十批援藏工作队和深圳市援藏工作队完成轮换。')).toEqual(['广东省第十批援藏工作队', '深圳市援藏工作队']);
    // A team no place names is a class (驻村工作队, 乡村振兴工作队), and aid before a school is the clause's verb.
    expect(names('各地选派驻村工作队，组建乡村振兴工作队。')).toEqual([]);
    expect(names('深圳市对口帮扶学校开展教研。')).toEqual([]);
  });

  it('reads a bureau named by a field and what it does to it (投资促进局, 科技创新局) and a branch bureau (分局), not 新格局', () => {
    const names = (text: string): string[] => institutionNames(text, 'bureaus.txt');
    expect(names('湄潭县生态环境分局和遵义市投资促进局参加，与深圳市科技创新局签约。'))
      .toEqual(['深圳市科技创新局', '湄潭县生态环境分局', '遵义市投资促进局']);
    expect(names('开创新局面，形成新格局。')).toEqual([]);
    // Note: nor a compound of directions the segmenter tags as an organisation (中西部/nt): a part of the country.
    expect(names('支持中西部地区高校发展，推进东北部和西南部协作。')).toEqual([]);
  });

  it('keeps a Chinese numeral between a place and a school head (厦门双十中学) and 中学校, but not a count (三所中学)', () => {
    const names = (text: string): string[] => institutionNames(text, 'schools.txt');
    expect(names('厦门双十中学、重庆市巴蜀中学校和广州市三所中学入选。')).toEqual(['厦门双十中学', '重庆市巴蜀中学校']);
  });

  it('reads a section (科) and a graduate school (研究生院), but not a city ending in 科 or a subject (学科)', () => {
    const names = (text: string): string[] => institutionNames(text, 'sections.txt');
    expect(names('泉州市应急管理局风险监测和综合减灾科牵头，清华大学深圳国际研究生院参加。'))
      .toEqual(['泉州市应急管理局', '泉州市应急管理局风险监测和综合减灾科', '清华大学', '清华大学深圳国际研究生院']);
    expect(names('在俄罗斯莫斯科举办推广活动，加强优势学科建设。')).toEqual([]);
  });

  it('names a body by its own name where an address before it ends with the place the name opens with (江苏省南京市 + 南京大学)', () => {
    expect(institutionNames('工作报告\n引进日本京都府京都市京都大学的技术，与江苏省南京市南京大学合作。\n', 'address.txt'))
      .toEqual(['京都大学', '南京大学']);
    // So does an address whose city, not its last place, opens the name (南京市 + 江宁区 + 南京医科大学).
    expect(institutionNames('工作报告\n与南京市江宁区南京医科大学合作。\n', 'address2.txt')).toEqual(['南京医科大学']);
  });

  it('reads theatres (剧场) and literature museums (文学馆), not a theatre named by no name (走进剧场)', () => {
    expect(institutionNames('臺南市政府文化局業務報告\n本局與東京藝術劇場簽署備忘錄，與國立臺灣文學館合作，鼓勵民眾走進劇場。\n', 'venues.txt'))
      .toEqual(['东京艺术剧场', '台南市政府', '台南市政府文化局', '国立台湾文学馆']);
  });

  it('reads a fair the segmenter tags as an organisation (中国国际旅游交易会/nt) as no body', () => {
    expect(institutionNames('澳门旅游局工作报告\n本局参加中国国际旅游交易会。\n', 'fair.txt')).toEqual(['澳门旅游局']);
  });

  it('keeps a foreign country in the name of its post elsewhere (美国驻广州总领事馆, 法国在台协会): one body per country', () => {
    expect(institutionNames('广州市外事办公室工作报告\n我办与美国驻广州总领事馆、英国驻广州总领事馆合作。\n', 'posts.txt'))
      .toEqual(['广州市外事办公室', '美国驻广州总领事馆', '英国驻广州总领事馆']);
    expect(institutionNames('臺南市政府文化局業務報告\n本局與美國在台協會及荷蘭在台辦事處合作。\n', 'posts2.txt'))
      .toEqual(expect.arrayContaining(['美国在台协会', '荷兰在台办事处']));
  });

  it('reads a list of bodies named in full, each joining two fields (商务及经济发展局、民政及青年事务局), not a shared head', () => {
    const names = (text: string): string[] => institutionNames(text, 'joined.txt');
    const text = '香港特別行政區政府商務及經濟發展局、民政及青年事務局和環境及生態局出席。本港的教育局參加。';
    expect(names(text)).toEqual(expect.arrayContaining(['民政及青年事务局', '环境及生态局']));
    expect(names(text)).not.toContain('青年事务局');
  });

  it('ends a name at the verb that founds the body, at a verb before a national prefix, and at words that only point (当中)', () => {
    const names = (text: string): string[] => institutionNames(text, 'edges.txt');
    expect(names('30名学生前往国家发展和改革委员会、文化和旅游部实习。')).toEqual(['国家发展和改革委员会', '文化和旅游部']);
    // So is a unit of a ministry named by two fields joined (文化 + 和 + 旅游部 + 港澳台办公室): the unit, under the ministry.
    expect(names('文化和旅游部港澳台办公室代表出席。')).toEqual(expect.arrayContaining(['文化和旅游部港澳台办公室']));
    expect(names('文化和旅游部港澳台办公室代表出席。')).not.toContain('旅游部港澳台办公室');
    expect(names('当中湘雅医院与伊利沙伯医院合作，资助非政府机构举办活动。')).toEqual(['伊利沙伯医院', '湘雅医院']);
    expect(names('学校成立国际化发展咨询委员会。')).toEqual([]);
  });

  it('reads a bureau\'s section named alone as the issuing bureau\'s, stations that try out crops as bodies, and Taiwan\'s verbs of asking as no part of a name', () => {
    const text = '臺南市政府農業局新聞稿\n發布日期：114年6月12日\n本案由漁業科辦理，並協請農業部臺南區農業改良場及農業部水產試驗所協助。首度與外貿協會合作。\n';
    expect(institutionNames(text, 'tainan.txt')).toEqual(['农业部', '农业部台南区农业改良场', '农业部水产试验所', '台南市政府农业局',
      '台南市政府农业局渔业科', '外贸协会'].sort());
    // In a commission's document a 科 is a hospital's department more often than its own section: not the commission's.
    expect(institutionNames('湖北省卫生健康委员会\n关于工作的通知\n加强急诊科建设。\n', 'hubei.txt')).toEqual(['湖北省卫生健康委员会']);
  });

  it('reads no body where a government head is an attribute (政府 + 间, 政府 + 奖学金)', () => {
    expect(institutionNames('湖北省人民政府\n通知\n承担国家重点研发计划政府间合作项目，中国政府奖学金生864名，省政府支持。\n', 'attr.txt'))
      .toEqual(['湖北省人民政府']);
  });

  it('keeps 县政府 for Kinmen\'s and Matsu\'s governments in a text dated in the Republic of China\'s calendar, 人民政府 elsewhere', () => {
    const release = '金門縣政府新聞稿\n發布日期：114年6月12日\n發布單位：民政處\n本府民政處與連江縣政府合辦交流活動，共計120人參加。\n';
    const x = extractText(release, { source: 'kinmen.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('金门县政府');
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toEqual(expect.arrayContaining(['金门县政府民政处', '连江县政府']));
    // GB/T 2260 lists the county under Fujian: a mainland text's 金门县政府 is its 人民政府.
    expect(institutionNames('福建省人民政府\n关于两岸交流的通知\n2025年与金门县政府开展交流。\n', 'fujian.txt')).toContain('金门县人民政府');
  });

  it('reads the issuer where its name is written out, whatever its words read alone (…支援和东西部协作办公室)', () => {
    const text = '无锡市对口支援和东西部协作办公室\n关于2025年工作情况的总结\n一、工作成效\n全年完成协作任务。\n无锡市对口支援和东西部协作办公室\n2026年1月20日\n';
    const issuer = extractText(text, { source: 'office.txt', sha256: 'x' }).entities.find((e) => e.name === '无锡市对口支援和东西部协作办公室');
    expect(issuer?.mentions.length).toBe(2);
  });

  it('reads a city\'s body after a verb and a bare 市 (联合 + 市审计局, 市总工会, 市红十字会) and a centre named by a field and a verb', () => {
    const names = (body: string): string[] => institutionNames(`无锡市商务局\n关于工作情况的总结\n${body}\n`, 'wuxi.txt');
    expect(names('联合市审计局对项目开展审计，联合市总工会举办活动，市红十字会捐赠设备。'))
      .toEqual(['无锡市商务局', '无锡市审计局', '无锡市总工会', '无锡市红十字会']);
    expect(names('市商务局会同无锡市投资促进中心举办推介会。')).toEqual(['无锡市商务局', '无锡市投资促进中心']);
    // Not a clause's own verb before the field (建设 + 创新 + 中心): a centre to be built, no name.
    expect(names('在无锡市建设创新中心。')).toEqual(['无锡市商务局']);
  });

  it('reads a division whose head the segmenter joined to its field (外事处, 人事处) as the unit of the body named before it', () => {
    const found = extractText('会议由海南省教育厅外事处主持，海南省教育厅人事处配合。', { source: 'division.txt', sha256: 'x' });
    expect(found.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort())
      .toEqual(['海南省教育厅', '海南省教育厅人事处', '海南省教育厅外事处']);
    expect(found.relations.some((r) => r.type === 'PART_OF' && r.from.endsWith(':海南省教育厅外事处') && r.to.endsWith(':海南省教育厅'))).toBe(true);
  });

  it('reads a body\'s unit in a place (…应急管理厅 + 福州 + 培训中心, …管理局 + 青海省 + 管理局) as part of it, not two bureaus side by side', () => {
    const found = (text: string) => extractText(text, { source: 'branch.txt', sha256: 'x' });
    const names = (text: string): string[] => found(text).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
    const centre = found('依托福建省应急管理厅福州培训中心开展培训。');
    expect(centre.entities.filter((e) => e.type === 'INSTITUTION').map((e) => `${e.name}/${e.kind}`).sort())
      .toEqual(['福建省应急管理厅/GOVERNMENT', '福建省应急管理厅福州培训中心/CENTRE']);
    expect(centre.relations.some((r) => r.type === 'PART_OF' && r.from.endsWith('福州培训中心') && r.to.endsWith(':福建省应急管理厅'))).toBe(true);
    expect(names('配合祁连山国家公园管理局青海省管理局实施。')).toEqual(['祁连山国家公园管理局', '祁连山国家公园管理局青海省管理局']);
    expect(names('广东省教育厅广州市教育局联合发文。')).toEqual(['广东省教育厅', '广州市教育局']);
    expect(names('江西省财政厅南昌市财政局。')).toEqual(['南昌市财政局', '江西省财政厅']);
    // A headquarters' branch in a place, a bank's sub-branch, a unit named by a field ending like a programme (工程).
    expect(names('国家金融监督管理总局四川监管局指导。')).toEqual(['国家金融监督管理总局', '国家金融监督管理总局四川监管局']);
    expect(names('徽商银行歙县支行发放贷款。')).toEqual(['徽商银行', '徽商银行歙县支行']);
    expect(names('中国科学院过程工程研究所牵头。')).toEqual(['中国科学院', '中国科学院过程工程研究所']);
    // Fields of technology stay whole, so the units named after them do too.
    expect(names('南京邮电大学物联网学院与内蒙古大学鄂尔多斯碳中和研究院合作。'))
      .toEqual(['内蒙古大学', '内蒙古大学鄂尔多斯碳中和研究院', '南京邮电大学', '南京邮电大学物联网学院']);
  });

  it('reads bodies named by a field or a trade that ends like a programme or a verb, and a company\'s bracketed group word', () => {
    const names = (text: string): string[] => institutionNames(text, 'trade.txt');
    // A university named by its field, passed on the way to one of its colleges.
    expect(names('安徽工程大学电气工程学院申报。')).toEqual(['安徽工程大学', '安徽工程大学电气工程学院']);
    // A company named by what it makes, after its place and brand; its group word in brackets.
    expect(names('芜湖航翼通用航空制造有限公司参与。')).toEqual(['芜湖航翼通用航空制造有限公司']);
    expect(names('太原钢铁(集团)有限公司牵头。')).toEqual(['太原钢铁(集团)有限公司']);
    expect(names('南京市城市建设投资控股(集团)有限责任公司负责。')).toEqual(['南京市城市建设投资控股(集团)有限责任公司']);
    // Trade words that no place or brand opens are a class of companies.
    expect(names('积极推进城市建设投资有限公司改革。')).toEqual([]);
    expect(names('引进通用航空制造有限公司。')).toEqual([]);
    // A list mark or a table's bar ends the company's name: the place before it opens the body before (山东大学、浪潮…).
    expect(names('山东大学、浪潮集团有限公司参与。')).toEqual(['山东大学', '浪潮集团有限公司']);
    expect(names('3|山东商业职业技术学院|浪潮集团有限公司|150')).toEqual(['山东商业职业技术学院', '浪潮集团有限公司']);
  });

  it('names a SAR bureau written after its government by its own name, the government its parent (香港特區政府 + 創新科技及工業局)', () => {
    const x = extractText('香港特區政府創新科技及工業局與深圳市科技創新局簽署協議。', { source: 'sar.txt', sha256: 'x' });
    const bodies = x.entities.filter((e) => e.type === 'INSTITUTION');
    // The government's short form (特区政府) is written out; the text's form is the mention.
    expect(bodies.map((e) => e.name).sort()).toEqual(['创新科技及工业局', '深圳市科技创新局', '香港特别行政区政府']);
    expect(bodies.find((e) => e.name === '创新科技及工业局')?.mentions.map((m) => m.surface)).toEqual(['香港特區政府創新科技及工業局']);
    expect(bodies.find((e) => e.name === '香港特别行政区政府')?.mentions.map((m) => m.surface)).toEqual(['香港特區政府']);
    expect(x.relations.some((r) => r.type === 'PART_OF' && r.from === 'institution:创新科技及工业局' && r.to === 'institution:香港特别行政区政府')).toBe(true);
    // A short bureau name (教育局) is not unique without its government's, and keeps it.
    const short = extractText('香港特區政府教育局推行計劃。', { source: 'sar2.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION');
    expect(short.map((e) => e.name)).toContain('香港特别行政区政府教育局');
  });

  it('names a unit written after a short form the document defined with its owner\'s full name', () => {
    const x = extractText('年度報告\n一、香港理工大學（「理大」）深化合作。\n二、理大深圳研究院新增中心；理大佛山技術創新研究院落戶佛山市南海區；理大康復治療科學系參與。',
      { source: 'short.txt', sha256: 'x' });
    const names = x.entities.filter((e) => e.type === 'INSTITUTION' && e.mentions.length > 0).map((e) => e.name).sort();
    expect(names).toEqual(['香港理工大学', '香港理工大学佛山技术创新研究院', '香港理工大学康复治疗科学系', '香港理工大学深圳研究院']);
    const institute = x.entities.find((e) => e.name === '香港理工大学深圳研究院');
    expect(institute?.mentions.map((m) => m.surface)).toEqual(['理大深圳研究院']);
    expect(x.relations.some((r) => r.type === 'PART_OF' && r.from === institute?.id && r.to === 'institution:香港理工大学')).toBe(true);
    // So does a short form the school defines for itself (本校（以下簡稱「理大」）) in its own report.
    const own = extractText('香港理工大學內地研究機構2023年度工作報告\n香港理工大學研究及創新事務處\n一、概況\n2023年，本校（以下簡稱「理大」）在內地設立研究機構。\n二、由理大土地及地理資訊學系與武漢大學合作共建實驗室；理大機械工程學系參與。',
      { source: 'own.txt', sha256: 'x' });
    const units = own.entities.filter((e) => e.type === 'INSTITUTION' && e.name.endsWith('学系')).map((e) => e.name).sort();
    expect(units).toEqual(['香港理工大学土地及地理资讯学系', '香港理工大学机械工程学系']);
    // A generic word defined as a short form (「學院」) owns nothing.
    const generic = extractText('年度報告\n一、香港匯才職業科技學院（「學院」）深化合作。\n二、本學年學院深圳研究院新增中心。', { source: 'generic.txt', sha256: 'x' });
    expect(generic.entities.map((e) => e.name)).not.toContain('香港汇才职业科技学院深圳研究院');
  });

  it('reads the words between a host body and its unit\'s head as the unit\'s field (应用 + 物理学系, 研究 + 及 + 创新 + 事务处)', () => {
    const names = (text: string): string[] => institutionNames(text, 'host.txt');
    expect(names('香港理工大学应用物理学系牵头。')).toEqual(['香港理工大学', '香港理工大学应用物理学系']);
    expect(names('香港理工大学研究及创新事务处负责。')).toEqual(['香港理工大学', '香港理工大学研究及创新事务处']);
    // Two units joined by a conjunction stay two; an action verb after a university is no field.
    expect(names('内蒙古大学旅游文化学院和计算机学院共建。')).not.toContain('内蒙古大学旅游文化学院和计算机学院');
    expect(names('北京大学推动建设研究中心。')).toEqual(['北京大学']);
  });

  it('takes classes of banks, hospital groups and workstations for classes, and a named body\'s generically named unit for its unit', () => {
    const names = (text: string): string[] => institutionNames(text, 'classes.txt');
    expect(names('推动政策性银行、股份制银行加大投放。')).toEqual([]);
    expect(names('建设紧密型城市医疗集团，新建院士专家工作站5家。')).toEqual([]);
    expect(names('江苏中天科技股份有限公司院士工作站通过验收。')).toEqual(['江苏中天科技股份有限公司', '江苏中天科技股份有限公司院士工作站']);
    expect(names('天水市第一人民医院医疗集团成立。')).toEqual(['天水市第一人民医院', '天水市第一人民医院医疗集团']);
    // A batch names a round of a class (第三批 + 县域医疗卫生共同体, 第五批 + 国家区域医疗中心), not one body.
    expect(names('确定五常市为第三批紧密型县域医疗卫生共同体建设试点县。')).toEqual([]);
    expect(names('争取纳入第五批国家区域医疗中心。')).toEqual([]);
  });

  it('reads a bare class word opening a government body\'s name as its field (醫院管理局), and no verb inside a head\'s own token', () => {
    const x = extractText('醫院管理局年度報告\n香港的醫院管理局推行計劃。醫管局聯同消防處與深圳市急救中心合作。香港醫療發展。', { source: 'ha.txt', sha256: 'x' });
    const names = x.entities.filter((e) => e.type === 'INSTITUTION' && e.mentions.length > 0).map((e) => e.name);
    expect(names).toContain('医院管理局');
    expect(names).toContain('消防处');
    expect(names.some((n) => n.includes('联同') || n === '香港管理局')).toBe(false);
  });

  it('does not take the clinical centres every hospital builds (胸痛中心, 卒中中心) for bodies', () => {
    const names = extractText('帮助新建胸痛中心、卒中中心2个“五大中心”。', { source: 'centres.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION');
    expect(names).toEqual([]);
  });

  it('reads companies named without a head from a list closed by 等 + a class noun, but not fields or places', () => {
    const found = (text: string) => extractText(text, { source: 'listed.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION');
    expect(found('引进宝钢湛江、中科炼化、巴斯夫等龙头企业。').map((e) => `${e.name}/${e.kind}`).sort())
      .toEqual(['中科炼化/ENTERPRISE', '宝钢湛江/ENTERPRISE', '巴斯夫/ENTERPRISE']);
    expect(found('推动万科物业、华润万象生活等物业服务企业成立党组织。').map((e) => e.name).sort()).toEqual(['万科物业', '华润万象生活']);
    expect(found('推动钢铁、化工、建材等企业转型。')).toEqual([]);
    expect(found('组织湛江、茂名等地企业参展。')).toEqual([]);
    // A member the segmenter cut inside a word is left out, and the list is read no further.
    expect(found('引进美利云、西云数据等企业。')).toEqual([]);
  });

  it('reads a fund named with its SAR\'s name as the SAR\'s body (澳门特别行政区科学技术发展基金), one named without it not', () => {
    const x = extractText('澳门大学2024年年报\n一、联合实验室经费共1.2亿澳门元，其中澳门特别行政区科学技术发展基金资助2千万澳门元，澳门基金会资助1千万澳门元，'
      + '优质教育基金资助500万澳门元。\n', { source: 'fund.txt', sha256: 'x' });
    const named = (type: string): string[] => x.entities.filter((e) => e.type === type).map((e) => e.name).sort();
    // A fund named without its SAR's name (优质教育基金) is no body; a foundation (澳门基金会) is one of its own.
    expect(named('INSTITUTION')).toEqual(['澳门基金会', '澳门大学', '澳门特别行政区科学技术发展基金'].sort());
  });

  it('resolves a prefecture\'s bodies named 地区… (地区教育局 of 喀什地区), and nowhere else', () => {
    const bodies = (text: string): string[] => extractText(text, { source: 'prefecture.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
    expect(bodies('喀什地区2025年对口援疆工作总结\n一、地区教育局与上海市教育委员会签署教育协作框架协议。\n'))
      .toEqual(['上海市教育委员会', '喀什地区教育局']);
    expect(bodies('广州市2025年教育工作总结\n一、地区教育局与上海市教育委员会签署教育协作框架协议。\n')).toEqual(['上海市教育委员会']);
  });

  it('reads a development and reform commission and an agriculture commission by their short heads (发展改革委, 农业农村委)', () => {
    const bodies = (text: string): string[] => extractText(text, { source: 'ganzhou.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
    expect(bodies('赣州市人民政府关于重点项目的通知\n市发展改革委要会同市自然资源局做好审批。市农业农村委要指导各县做好申报。\n'))
      .toEqual(['赣州市人民政府', '赣州市农业农村委', '赣州市发展改革委', '赣州市自然资源局']);
  });

  it('resolves an autonomous prefecture\'s bodies named 州… and a place\'s 政府 as its 人民政府, not a SAR\'s government', () => {
    const found = extractText('海北藏族自治州人民政府关于印发生态保护规划的通知\n州政府各部门：\n州林业和草原局、州生态环境局分工负责。\n',
      { source: 'haibei.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION');
    expect(found.map((e) => e.name).sort()).toEqual(['海北藏族自治州人民政府', '海北藏族自治州林业和草原局', '海北藏族自治州生态环境局']);
    expect(found.find((e) => e.name === '海北藏族自治州人民政府')?.mentions.map((m) => m.surface)).toContain('州政府');
    const names = (text: string): string[] => institutionNames(text, 'gov.txt');
    expect(names('广州市政府与香港特别行政区政府签署协议。')).toEqual(['广州市人民政府', '香港特别行政区政府']);
    // Taiwan's cities and counties have no 人民政府: their governments keep their names.
    expect(names('台北市政府与新北市政府签署协议。')).toEqual(['台北市政府', '新北市政府']);
  });

  it('resolves an autonomous region\'s bodies named 自治区… to the region the document is in, and none elsewhere', () => {
    const names = (text: string): string[] => institutionNames(text, 'ar.txt');
    expect(names('和田地区2023年工作报告\n和田地区行政公署\n\n在自治区党委、自治区人民政府领导下，与自治区教育厅合作。\n'))
      .toEqual(['和田地区行政公署', '新疆维吾尔自治区人民政府', '新疆维吾尔自治区党委', '新疆维吾尔自治区教育厅']);
    expect(names('某市2023年工作报告\n\n与自治区教育厅合作。\n')).toEqual([]);
  });

  it('keeps the mark of a body its place owns in its name (宿州市 + 立/v + 医院, 安徽省立医院)', () => {
    const names = (text: string): string[] => institutionNames(text, 'o.txt');
    expect(names('某局2024年工作总结\n一、联合阜阳市人民医院、宿州市立医院组建联盟，安徽省立医院对口支援金寨县人民医院。\n'))
      .toEqual(['安徽省立医院', '宿州市立医院', '金寨县人民医院', '阜阳市人民医院']);
  });

  it('reads a bureau named after its place\'s government whole, a part of it (新北市政府教育局, 高雄市政府衛生局)', () => {
    const x = extractText('新北市政府教育局新聞稿\n\n新北市政府教育局與高雄市政府衛生局合作辦理。\n', { source: 'bureau.txt', sha256: 'x' });
    const names = x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['新北市政府教育局', '高雄市政府卫生局']));
    const byId = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.filter((r) => r.type === 'PART_OF').map((r) => `${byId.get(r.from)} → ${byId.get(r.to)}`)).toContain('高雄市政府卫生局 → 高雄市政府');
  });

  it('reads a Japanese company by its kind word (东洋青果株式会社), a partner of the body that signs with it', () => {
    const x = extractText('工作報告\n\n會中旗山區農會與東京的東洋青果株式會社簽署採購備忘錄。\n', { source: 'jp.txt', sha256: 'x' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => `${e.name}/${e.kind}`).sort()).toEqual(['东洋青果株式会社/ENTERPRISE', '旗山区农会/OTHER']);
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`)).toEqual(['旗山区农会 → 东洋青果株式会社']);
  });

  it('reads a bureau whole when the segmenter cuts its government as one word after the place (台中 + 市政府 + 教育局, 金门 + 县政府 + 观光处)', () => {
    const names = (text: string): string[] => institutionNames(text, 'tw.txt');
    expect(names('台中市政府教育局推动国际教育。')).toContain('台中市政府教育局');
    expect(names('金门县政府观光处与厦门市文旅局合作。')).toEqual(['厦门市文旅局', '金门县政府', '金门县政府观光处']);
    // Note: the issuer line of such a bureau's release names the bureau, not the government it belongs to.
    const x = extractText('臺中市政府教育局新聞稿\n發布機關：臺中市政府教育局\n\n臺中市政府教育局推動國際教育。\n', { source: 'tc.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('台中市政府教育局');
  });

  it('reads a secretariat as a sub-body of the government or organisation before it (高雄市 + 政府 + 秘书处, 联合国秘书处)', () => {
    const names = (text: string): string[] => institutionNames(text, 'tw.txt');
    expect(names('高雄市政府秘书处与市府新闻局共同办理活动。')).toContain('高雄市政府秘书处');
    expect(names('联合国秘书处发布报告。')).toEqual(['联合国秘书处']);
  });

  it('reads a unit a Taiwan city\'s government names by its field alone in its own release as the government\'s (文化局 → 高雄市政府文化局)', () => {
    const x = extractText('高雄市政府新聞稿\n\n高雄姊妹市交流成果豐碩\n\n文化局與觀光局在鹽埕區合辦城市特展。\n', { source: 'khh.txt', sha256: 'x' });
    const names = x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['高雄市政府文化局', '高雄市政府观光局']));
  });

  it('reads a unit named by its field alone in a release one of a Taiwan city\'s bureaus issues as the government\'s (观光局 → 高雄市政府观光局)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-kg-sibling-'));
    const file = path.join(dir, 'khh.txt');
    writeFileSync(file, '高雄市政府新聞稿\n發布日期：2025年12月22日\n發布機關：高雄市政府經濟發展局\n\n港市國際合作成果豐碩\n\n觀光局與熊本市簽署備忘錄。\n');
    const result = await extractFile(file, { maxBytes: 1e6 });
    rmSync(dir, { recursive: true, force: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.extraction.document.issuer).toBe('高雄市政府经济发展局');
    expect(result.extraction.entities.filter((e) => e.type === 'INSTITUTION' && e.mentions.length > 0).map((e) => e.name)).toContain('高雄市政府观光局');
  });

  it('reads a body a Taiwan city or county owns whole, whatever word the mark is glued to or followed by (新北市 + 立 + 三重/m, 立台 + 中…)', () => {
    const names = (text: string): string[] => institutionNames(text, 'tw.txt');
    expect(names('新北市政府教育局新聞稿\n\n位於三重區的新北市立三重高級中學與台中市立台中第一高級中等學校締結姊妹校，作品於新北市立鶯歌陶瓷博物館展出。\n'))
      .toEqual(expect.arrayContaining(['台中市立台中第一高级中等学校', '新北市立三重高级中学', '新北市立莺歌陶瓷博物馆']));
    // A district written before the city that owns the body is its address, no part of its name (北屯區 + 臺中市立…).
    const x = extractText('臺中市政府教育局新聞稿\n\n北屯區臺中市立東山高級中學與日本熊本縣立濟濟黌高等學校簽署姊妹校協定。\n', { source: 'tw.txt', sha256: 'x' });
    const school = x.entities.find((e) => e.type === 'INSTITUTION' && e.name.endsWith('东山高级中学'));
    expect(school?.name).toBe('台中市立东山高级中学');
    expect(school?.aliases).toContain('北屯區臺中市立東山高級中學');
    // So is a city written before its county's government (竹北市 + 新竹縣政府文化局): the name runs from the county.
    const y = extractText('新竹縣政府　函\n一、成果發表會於竹北市新竹縣政府文化局舉行。\n', { source: 'tw.txt', sha256: 'x' });
    const bureau = y.entities.find((e) => e.type === 'INSTITUTION' && e.name.endsWith('文化局'));
    expect(bureau?.name).toBe('新竹县政府文化局');
    const place = new Map(y.entities.map((e) => [e.id, e.name]));
    expect(y.relations.filter((r) => r.type === 'LOCATED_IN' && r.from === bureau?.id).map((r) => place.get(r.to))).toContain('竹北市');
    // A place that owns the body itself opens its name (宿州市 + 立医院), and a district of another city is no address of it.
    expect(names('某局2024年工作总结\n一、联合宿州市立医院组建联盟，北屯区台北市立图书馆参加。\n')).toEqual(['北屯区台北市立图书馆', '宿州市立医院']);
  });

  it('reads a body a foreign division or an unlisted city owns whole (京都府 + 立 + 嵯峨野高等学校, 福冈市 + 立 + 博多小学校)', () => {
    const names = (text: string): string[] => institutionNames(text, 'jp.txt');
    expect(names('某局新闻稿\n\n甲中学与京都府立嵯峨野高等学校缔结姊妹校，乙小学与福冈市立博多小学校结为姊妹校。\n'))
      .toEqual(expect.arrayContaining(['京都府立嵯峨野高等学校', '福冈市立博多小学校']));
  });

  it('reads the verbs and conjunctions of a research body\'s field in its name after its place (河南省 + 智能 + 起重 + 装备 + 重点实验室)', () => {
    const names = (text: string): string[] => institutionNames(text, 'labs.txt');
    expect(names('（一）河南省智能传感与感知芯片重点实验室。\n（七）河南省智能起重装备重点实验室。\n'))
      .toEqual(['河南省智能传感与感知芯片重点实验室', '河南省智能起重装备重点实验室']);
    // Two bodies a conjunction joins stay two.
    expect(names('香港浸会大学与松山湖材料实验室合作。\n')).toEqual(['松山湖材料实验室', '香港浸会大学']);
  });

  it('reads a place written in full in brackets after a university as its city, no campus (國立臺灣大學（臺北市）), a short form as a campus', () => {
    const names = (text: string): string[] => institutionNames(text, 'campus.txt');
    const found = names('教育部新聞稿\n\n核定學校包括國立臺灣大學（臺北市）、國立清華大學（新竹市）。\n');
    expect(found).toEqual(expect.arrayContaining(['国立台湾大学', '国立清华大学']));
    expect(found.filter((n) => n.includes('（') || n.includes('('))).toEqual([]);
    expect(names('某局文件\n\n香港科技大学(广州)筹建。\n')).toEqual(['香港科技大学', '香港科技大学(广州)']);
  });

  it('opens a name at a charter\'s prefix after a word that names nothing (核定 + 國立臺灣大學), not after a place (塔什干 + 国立…)', () => {
    const names = (text: string): string[] => institutionNames(text, 'charter.txt');
    expect(names('教育部新聞稿\n\n第一期核定國立臺灣大學等8校。114年計有國立陽明交通大學等5校。\n')).toEqual(expect.arrayContaining(['国立台湾大学', '国立阳明交通大学']));
    expect(names('教育部新聞稿\n\n第一期核定國立臺灣大學等8校。114年計有國立陽明交通大學等5校。\n').filter((n) => !n.startsWith('国立') && n !== '教育部')).toEqual([]);
    expect(names('某大学新闻\n\n与塔什干国立技术大学合作。\n')).toContain('塔什干国立技术大学');
  });

  it('reads Taiwan\'s short school forms (恆春國小, 萬丹國中), a school an unlisted place owns (石垣市立…) and 國中小 as a class', () => {
    const names = (text: string): string[] => institutionNames(text, 'tw.txt');
    const found = names('屏東縣政府新聞稿\n\n恆春鎮的恆春國小與日本沖繩縣石垣市的石垣市立八島小學校完成締盟，萬丹國中則與檳華女子獨立中學合作。全縣國中小師生參加。\n');
    expect(found).toEqual(expect.arrayContaining(['恒春国小', '石垣市立八岛小学校', '万丹国中', '槟华女子独立中学']));
    expect(found).not.toContain('八岛小学校');
    expect(found.filter((n) => n.includes('国中小') || n.endsWith('国中') && n.startsWith('全县'))).toEqual([]);
  });

  it('reads the verbs of a kind of body in its name (中西医结合医院, 教师进修学院)', () => {
    const names = (text: string): string[] => institutionNames(text, 'v.txt');
    expect(names('某局2024年工作总结\n一、天水市中西医结合医院开展义诊，莆田市教师进修学院培训教师。\n'))
      .toEqual(['天水市中西医结合医院', '莆田市教师进修学院']);
    // A 管理所 is a government unit of its place.
    expect(names('某局2024年工作总结\n一、建水县文物管理所开展文物普查。\n')).toEqual(['建水县文物管理所']);
    // A learned society is named by its field, which may end like a programme (机械工程 + 学会).
    expect(names('某局2024年工作总结\n一、南通市机械工程学会组织科普活动。\n')).toEqual(['南通市机械工程学会']);
    // A conjunction joins two fields of a body's name after a verb it is named by too (住房保障 + 和 + 房屋管理局).
    expect(names('某局2024年工作总结\n一、黄浦区住房保障和房屋管理局参与城市更新。\n')).toEqual(['黄浦区住房保障和房屋管理局']);
    // A local name after a place names one school (城厢区 + 南门/ns + 学校); a place alone before 学校 is a class.
    expect(names('某局2024年工作总结\n一、城厢区南门学校获评示范校，推动广州市学校建设。\n')).toEqual(['城厢区南门学校']);
    // Supply and marketing cooperatives are bodies of their place; farmers' cooperatives are a class.
    expect(names('某局2024年工作总结\n一、浙江省供销合作社联合社与江西省供销合作社共建基地，发展农民专业合作社。\n'))
      .toEqual(['江西省供销合作社', '浙江省供销合作社联合社']);
  });

  it('keeps a place the segmenter began with a conjunction (和/c + 田 of 和田) whole in a name: no 田师范专科学校', () => {
    const names = (text: string): string[] => institutionNames(text, 'c.txt');
    expect(names('和田地区2023年工作报告\n\n和田师范专科学校与安徽大学签署联合培养协议。\n')).toEqual(['和田师范专科学校', '安徽大学']);
  });

  it('names a body two others run together without a hyphen (喀什大学深圳大学联合研究院), and ends names at run-together verbs', () => {
    const names = (text: string): string[] => institutionNames(text, 'joint.txt');
    expect(names('建设喀什大学深圳大学联合研究院。')).toEqual(['喀什大学', '喀什大学深圳大学联合研究院', '深圳大学']);
    // 全力支持 is one rare noun in the segmenter's dictionary; 系获 a token it did not know.
    expect(names('全力支持怀柔实验室山西研究院建设。')).toEqual(['怀柔实验室', '怀柔实验室山西研究院']);
    expect(names('香港浸会大学计算机科学系获研究资助局资助。')).toEqual(expect.arrayContaining(['香港浸会大学', '香港浸会大学计算机科学系']));
    expect(names('香港浸会大学计算机科学系获研究资助局资助。').some((n) => n.includes('获'))).toBe(false);
  });

  it('resolves a body named after a bare committee (市委 + 人才工作领导小组) against the document\'s place', () => {
    const text = '由市委人才工作领导小组办公室负责解释。';
    const found = extractInstitutions(text, 0, tagText(text, 0), { issuerCity: null, places: { 市: '宁波市' } }).map((c) => c.name);
    expect(found).toContain('宁波市委人才工作领导小组办公室');
    expect(extractInstitutions(text, 0, tagText(text, 0), { issuerCity: null })).toEqual([]);
  });

  it('keeps a bracketed place inside a name, reads a unit named after a university as part of it, and names by work done', () => {
    const found = (text: string) => extractText(text, { source: 'units.txt', sha256: 'x' });
    const names = (text: string): string[] => found(text).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
    expect(names('宁波某学院与西门子（中国）有限公司共建实训基地。')).toContain('西门子（中国）有限公司');
    // A company's name may open with a plain noun before its bracketed place, its trade after it; a noun alone is no name.
    expect(names('与生产力(深圳)科技有限公司合作。')).toEqual(['生产力(深圳)科技有限公司']);
    expect(names('本企业(广州)有限公司')).toEqual([]);
    // Or with its trade name and field before the bracketed place right before its head.
    expect(names('组织学员到腾讯科技（深圳）有限公司参观。')).toEqual(['腾讯科技（深圳）有限公司']);
    expect(names('委托永安旅游（香港）有限公司承办各团的交通。')).toEqual(['永安旅游（香港）有限公司']);
    const unit = found('区教研室与浙江工业大学心理研究与咨询中心合作。');
    expect(unit.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toEqual(expect.arrayContaining(['浙江工业大学心理研究与咨询中心', '浙江工业大学']));
    expect(unit.relations.some((r) => r.type === 'PART_OF' && r.from.endsWith('浙江工业大学心理研究与咨询中心') && r.to.endsWith(':浙江工业大学'))).toBe(true);
    expect(names('建设宁波科技城技术转移中心。')).toEqual(['宁波科技城技术转移中心']);
    expect(names('申报国家留学基金管理委员会项目。')).toEqual(['国家留学基金管理委员会']);
  });

  it('does not take a class of institutions inside a program name as an institution', () => {
    expect(extract(seed, '入选中国特色高水平高职学校及专业建设计划')).toEqual([]);
  });

  it('does not let a proper name inside the head (孔子学院) name the institution', () => {
    expect(extract(seed, '促进高校海外孔子学院和孔子课堂特色发展').map((c) => c.name)).not.toContain('海外孔子学院');
  });

  it('stops a name at a duration before a class of institutions', () => {
    const text = '编制未来五年区属幼儿园和中小学建设专项规划。';
    expect(extractInstitutions(text, 0, tagText(text, 0), guangzhou)).toEqual([]);
  });

  it('ends a name at 暨, which joins two names, while 暨南大学 stays whole', () => {
    const names = (text: string): string[] => extractInstitutions(text, 0, tagText(text, 0), guangzhou).map((c) => c.name);
    expect(names('首都医科大学宣武医院房山院区暨国家医学中心开工。')).toContain('首都医科大学宣武医院房山院区');
    expect(names('首都医科大学宣武医院房山院区暨国家医学中心开工。').some((n) => n.includes('暨'))).toBe(false);
    expect(names('暨南大学与广州大学合作。')).toEqual(['暨南大学', '广州大学']);
  });

  it('starts the name of a body under another after the word that says so (辖下, 旗下), and never at a lone preposition', () => {
    const names = (text: string): string[] => institutionNames(text, 'under.txt');
    expect(names('医管局辖下威尔斯亲王医院与四川大学华西医院合作。')).toEqual(['威尔斯亲王医院', '四川大学华西医院', '四川大学'].sort());
    expect(names('玉柴集团旗下玉柴联合动力股份有限公司投产。')).toEqual(['玉柴集团', '玉柴联合动力股份有限公司'].sort());
    expect(names('经国务院批准,设立试验区。')).toEqual(['国务院']);
  });

  it('reads a head right before a company\'s legal form as part of the company\'s name, and an unknown word opening it as its brand', () => {
    const names = (text: string): string[] => institutionNames(text, 'legal.txt');
    expect(names('中国建筑第八工程局有限公司承建。')).toEqual(['中国建筑第八工程局有限公司']);
    expect(names('明阳智慧能源集团股份公司投资。')).toEqual(['明阳智慧能源集团股份公司']);
    expect(names('推进城市建设投资有限公司。')).toEqual([]);
  });

  it('reads a department after a hospital\'s name as the hospital\'s unit (…医院 + 眼科, …医院 + 心血管 + 内科)', () => {
    const found = (text: string) => extractText(text, { source: 'departments.txt', sha256: 'x' });
    const names = (text: string): string[] => found(text).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
    expect(names('和田地区人民医院眼科开展手术。')).toEqual(['和田地区人民医院', '和田地区人民医院眼科']);
    expect(names('天水市第一人民医院心血管内科开展手术。')).toEqual(['天水市第一人民医院', '天水市第一人民医院心血管内科']);
    const unit = found('四川大学华西医院急诊科派出专家。');
    expect(unit.relations.some((r) => r.type === 'PART_OF' && r.from.endsWith(':四川大学华西医院急诊科') && r.to.endsWith(':四川大学华西医院'))).toBe(true);
    // Note: 学科 after 医院 is no department, and a company's legal form after a university's unit keeps its owner.
    expect(names('推进医院学科建设。')).toEqual([]);
    expect(names('中国煤炭科工集团太原研究院有限公司参与。')).toContain('中国煤炭科工集团太原研究院有限公司');
  });

  it('keeps the party\'s name (中共) in the mention of a place\'s party body, not in its name, and reads 组织部 as its department', () => {
    const found = extractText('中共大庆市委组织部印发。', { source: 'party.txt', sha256: 'x' });
    const unit = found.entities.find((e) => e.name === '大庆市委组织部');
    expect(unit?.mentions.map((m) => m.surface)).toEqual(['中共大庆市委组织部']);
    const committee = found.entities.find((e) => e.name === '大庆市委');
    expect(committee?.mentions.map((m) => m.surface)).toEqual(['中共大庆市委']);
    expect(found.relations.some((r) => r.type === 'PART_OF' && r.from === unit?.id && r.to === committee?.id)).toBe(true);
    // Note: a university the party body is named after is mentioned without the party's name.
    const school = extractText('中共广西大学委员会印发。', { source: 'party2.txt', sha256: 'x' }).entities.find((e) => e.name === '广西大学');
    expect(school?.mentions.map((m) => m.surface)).toEqual(['广西大学']);
    expect(extractText('中共中央印发。', { source: 'party3.txt', sha256: 'x' }).entities.map((e) => e.name)).toContain('中共中央');
  });

  it('reads a township written right after its city as part of a body\'s name (深圳市 + 前海/f + 管理局), not a common word', () => {
    const names = (text: string): string[] => extractText(text, { source: 'township.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names('与深圳市前海管理局签约。')).toEqual(['深圳市前海管理局']);
    expect(names('广东省文化和旅游厅发布。')).toEqual(['广东省文化和旅游厅']);
  });

  it('reads a youth base (梦工场, 创业谷) named with a Bay Area platform’s opening word before another place (前海 + 深港…)', () => {
    const names = (text: string): string[] => extractText(text, { source: 'bases.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION').map((e) => e.name).sort();
    expect(names('组织港澳青年参访前海深港青年梦工场和横琴澳门青年创业谷。')).toEqual(['前海深港青年梦工场', '横琴澳门青年创业谷']);
    // So with a middle dot between it and the place, as Macao's texts write it; a dash there parts columns, not a name.
    expect(names('组织港澳青年参访横琴・澳门青年创业谷。')).toEqual(['横琴・澳门青年创业谷']);
    expect(names('对口帮扶：麻城市—红安县人民医院。')).toEqual(['红安县人民医院']);
    // The bare head after a verb of moving in or a preposition is the base spoken of again, no name.
    expect(names('团队可优先入驻创业谷，现时透过创业谷的专人跟进。')).toEqual([]);
    // The opening word alone before no place is no place of a name.
    expect(names('前海青年梦工场开放。').some((n) => n.startsWith('前海'))).toBe(false);
  });

  it('never reads the particle 的 as one character of a name', () => {
    const text = '市教育局党组改设成党组性质的市教育局党委。';
    const found = extractInstitutions(text, 0, tagText(text, 0), guangzhou).map((c) => c.name);
    expect(found.some((n) => n.includes('的'))).toBe(false);
    expect(found).toContain('广州市教育局党委');
  });
  describe('names the segmenter cut apart', () => {
    const places: InstitutionContext = { issuerCity: { name: '杭州市', short: '杭州' }, places: { 市: '杭州市', 区: '西湖区', 县: '淳安县', 省: '浙江省' } };
    const sentence = (text: string, context = places) => extractInstitutions(text, 0, tagText(text, 0), context).map((c) => c.name);

    it('reads an abbreviated body cut into characters after 市 or 区 as the place\'s body (市经信局)', () => {
      expect(sentence('责任单位:市发改委、市经信局、区住建局')).toEqual(['杭州市发改委', '杭州市经信局', '西湖区住建局']);
      expect(sentence('这一开局良好')).toEqual([]);
    });

    it('opens a name with a lone 县 before it, but not with 各县', () => {
      expect(sentence('县人才科技创新服务中心正式运营')).toEqual(['淳安县人才科技创新服务中心']);
      expect(sentence('各县人才科技创新服务中心正式运营')).not.toContain('淳安县人才科技创新服务中心');
    });

    it('reads 甲大学-乙大学联合学院 as one body whose parent is the first university, and both universities on their own', () => {
      const text = '浙江大学-爱丁堡大学联合研究所的所长来访';
      const found = extractInstitutions(text, 0, tagText(text, 0), places);
      expect(found.map((c) => [c.name, c.parents?.map((p) => p.name)])).toEqual([
        ['浙江大学', undefined], ['爱丁堡大学', undefined], ['浙江大学-爱丁堡大学联合研究所', ['浙江大学']],
      ]);
    });

    it('steps over a campus in brackets to the sub-body after it (…大学(广州)临时党委)', () => {
      const text = '组建香港科技大学(广州)临时党委';
      const found = extractInstitutions(text, 0, tagText(text, 0), places);
      expect(found.map((c) => [c.name, c.parents?.map((p) => p.name)])).toEqual([['香港科技大学(广州)临时党委', ['香港科技大学(广州)', '香港科技大学']]]);
    });

    it('keeps 控股 (holding) inside a company\'s name', () => {
      expect(sentence('顺丰控股股份有限公司与潍柴控股集团有限公司参与')).toEqual(['顺丰控股股份有限公司', '潍柴控股集团有限公司']);
    });
    it('reads an audit department and the national audit office (省审计厅, 审计署), cut at 审计/v before', () => {
      expect(sentence('省审计厅和审计署参加')).toEqual(['浙江省审计厅', '审计署']);
    });
    it('starts no body with a verb phrase jieba tags a noun (充分发挥 + 省委…领导小组), nor ends one in one (研究部署)', () => {
      expect(sentence('充分发挥省委农村工作领导小组统筹作用')).toEqual(['浙江省委农村工作领导小组']);
      expect(sentence('省委农村工作领导小组召开专题会议研究部署驻镇工作')).toEqual(['浙江省委农村工作领导小组']);
    });
    it('reads no body across Macao\'s word for itself (占 + 本澳 + 非高等教育学校)', () => {
      expect(sentence('参与学生占本澳非高等教育学校学生总数的12%')).toEqual([]);
    });
    it('keeps 超市 (supermarket) inside a chain\'s name', () => {
      expect(sentence('永辉超市股份有限公司参与')).toEqual(['永辉超市股份有限公司']);
    });
    it('keeps 知识 (knowledge) inside a unit\'s field', () => {
      expect(sentence('香港大学知识交流办公室与香港科技大学研究服务及知识转移办公室合作')).toEqual(
        expect.arrayContaining(['香港大学知识交流办公室', '香港科技大学研究服务及知识转移办公室']));
    });
    it('reads an organisation of the world (世界卫生组织, 联合国教科文组织) as a body, and 组织 of a place or a field as a class', () => {
      expect(sentence('与联合国教科文组织、世界贸易组织合作')).toEqual(['联合国教科文组织', '世界贸易组织']);
      expect(sentence('学校获国际文凭组织认证')).toEqual(['国际文凭组织']);
      expect(sentence('培育社会组织，发展农村集体经济组织，加强基层党组织建设，与国际组织合作')).toEqual([]);
      // Inside a longer name it stays a word of that name, and after a place's body 组织 is the verb.
      expect(sentence('依托联合国教科文组织国际农村教育研究与培训中心')).toEqual(['联合国教科文组织国际农村教育研究与培训中心']);
      expect(sentence('中国联合国教科文组织全国委员会')).toEqual(['中国联合国教科文组织全国委员会']);
      expect(sentence('市商务局组织企业参展')).toEqual(['杭州市商务局']);
    });
    it('reads 处 and 署 as government heads, but not inside common words (落到实处, 签署, 好处)', () => {
      expect(sentence('市卫生署和省教育厅基础教育处组织专家')).toEqual(['杭州市卫生署', '浙江省教育厅基础教育处']);
      expect(sentence('把政策落到实处,两地签署合作协议,这样做的好处很多')).toEqual([]);
    });
    it('resolves a section of a bare body to the special administrative region, like the body itself', () => {
      const hk: InstitutionContext = { issuerCity: null, places: { SAR: '香港' } };
      const text = '教育局课程发展处与学校合作';
      expect(extractInstitutions(text, 0, tagText(text, 0), hk).map((c) => [c.name, c.parents?.map((p) => p.name)])).toEqual([['香港教育局课程发展处', ['香港教育局']]]);
      // A unit of a ministry is the nation's, in a SAR's document too: no SAR has a ministry.
      const unit = '行程由教育局与教育部港澳台事务办公室协调';
      expect(extractInstitutions(unit, 0, tagText(unit, 0), hk).map((c) => c.name)).toContain('教育部港澳台事务办公室');
      // So is a ministry named alone (not 香港教育部), and a party body is none of a SAR government's (校党委 names the
      // school's, as in any document).
      const ministry = '由教育部、广东省人民政府和广州市人民政府共建';
      expect(extractInstitutions(ministry, 0, tagText(ministry, 0), hk).map((c) => c.name)).toEqual(['教育部', '广东省人民政府', '广州市人民政府']);
      const party = '校党委、校行政：';
      expect(extractInstitutions(party, 0, tagText(party, 0), hk)).toEqual([]);
    });
    it('makes a ministry named by its field alone the parent of its unit (教育部 of 教育部港澳台事务办公室)', () => {
      const text = '我厅与教育部港澳台事务办公室合作开展交流';
      expect(extractInstitutions(text, 0, tagText(text, 0), places).map((c) => [c.name, c.parents?.map((p) => p.name)]))
        .toContainEqual(['教育部港澳台事务办公室', ['教育部']]);
    });
    it('does not name a head qualified only by another head (职业技术学院校区)', () => {
      expect(sentence('设立了15个海外职业技术学院校区')).toEqual([]);
    });
  });
});

describe('names across brackets, dots and glued characters', () => {
  const bodies = (text: string): string[] => extractText(`${text}\n`, { source: 'bodies.txt', sha256: 'x' }).entities
    .filter((e) => e.type === 'INSTITUTION').map((e) => e.name);

  it('reads a stretch of a place and the world in brackets inside a name', () => {
    expect(bodies('与巴彦淖尔市共建黄河流域（内蒙古段）生态研究院。')).toContain('黄河流域（内蒙古段）生态研究院');
  });

  it('reads a name spelled by sound across its dot', () => {
    expect(bodies('与莫桑比克爱德华多·蒙德拉内大学签署协议。')).toContain('爱德华多·蒙德拉内大学');
    // A dot between two places is not read as one sound-spelled name.
    expect(bodies('举办中国·贵州国际茶文化节。')).toEqual([]);
  });

  it('ends a name before a character the segmenter glued to its head or to a short name', () => {
    expect(bodies('澳大获科学技术部批准建设联合实验室。')).toContain('科学技术部');
    expect(bodies('澳大获科学技术部批准建设联合实验室。')).not.toContain('澳大获科学技术部');
  });
});

describe('the issuer referring to itself', () => {
  const doc = '甘孜藏族自治州林业和草原局2023年工作总结\n\n一、主要成效\n浙江省林业局携手我局开展林草人才培训。局属单位完成整改，本局区域内无火灾。\n';

  it('reads 我局 as a mention of the issuer, a party of its clause, and no name of it', () => {
    const found = extractText(doc, { source: 'self.txt', sha256: 'x' });
    const issuer = found.entities.find((e) => e.name === '甘孜藏族自治州林业和草原局');
    expect(issuer?.mentions.map((m) => m.surface)).toContain('我局');
    expect(issuer?.aliases).not.toContain('我局');
    const name = new Map(found.entities.map((e) => [e.id, e.name]));
    expect(found.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [name.get(r.from), name.get(r.to)].sort().join('–')))
      .toEqual(['浙江省林业局–甘孜藏族自治州林业和草原局']);
  });

  it('does not read 我市 or 我局 as a name in a Traditional document either', () => {
    const found = extractText('香港特別行政區政府教育局工作報告\n\n一、交流\n我局與深圳市教育局簽署合作協議。\n', { source: 'self-hk.txt', sha256: 'x' });
    const issuer = found.entities.find((e) => e.name === '香港特别行政区政府教育局');
    expect(issuer?.mentions.map((m) => m.surface)).toContain('我局');
    expect(issuer?.aliases).toEqual(['香港特別行政區政府教育局']);
  });

  it('reads a unit a city government\'s document names alone as the government\'s, its head word whole (教育局) or after 本府', () => {
    const bodies = (text: string): string[] => extractText(text, { source: 'units-tw.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION' && e.mentions.length > 0).map((e) => e.name);
    expect(bodies('高雄市政府新聞稿\n一、教育局與日本熊本市教育委員會簽署備忘錄。\n')).toContain('高雄市政府教育局');
    expect(bodies('澎湖縣政府新聞稿\n一、由本府文化局辦理特展。\n')).toContain('澎湖县政府文化局');
    // 本府 is the government itself, no word of its unit's name (not 澎湖县政府本府原住民行政处).
    expect(bodies('澎湖縣政府新聞稿\n一、本府原住民行政處辦理部落交流。\n')).toEqual(['澎湖县政府', '澎湖县政府原住民行政处']);
    // A head word that is no bureau of one field (委员会) names no unit.
    expect(bodies('高雄市政府新聞稿\n一、委員會召開會議。\n')).not.toContain('高雄市政府委员会');
  });

  it('never reads a self-reference whose character is no head (本府) as the first half of a name joined by 与', () => {
    const found = extractText('新竹縣政府　函\n一、本府與外交部領事事務局合作辦理行前安全講習6場。\n', { source: 'self-tw.txt', sha256: 'x' });
    const bodies = found.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(bodies).toContain('外交部领事事务局');
    expect(bodies.some((n) => n.startsWith('本府'))).toBe(false);
  });
});

describe('a SAR department named by its work and field', () => {
  const hk: InstitutionContext = { issuerCity: null, places: { SAR: '香港' } };
  const bodies = (text: string): string[] => extractInstitutions(text, 0, tagText(text, 0), hk).map((c) => c.name);

  it('reads a one-character head after four characters of work and field as the department, a verb first', () => {
    expect(bodies('创新科技署推出新措施。')).toEqual(['创新科技署']);
    expect(bodies('推进创新科技署的工作。')).toEqual(['创新科技署']);
  });

  it('keeps the first character of a name spelled by sound that the segmenter cut off it (莫/d + 纳什/nrt + 大学)', () => {
    expect(bodies('学校与莫纳什大学共建联合研究院。')).toContain('莫纳什大学');
    expect(bodies('人文学院与米尼奥大学签署协议。')).toEqual(expect.arrayContaining(['人文学院', '米尼奥大学']));
    // A grammar word before the name stays out of it.
    expect(bodies('学校与纳什大学合作。')).toContain('纳什大学');
  });

  it('splits a conjunction or a function character off the unknown word the segmenter glued it into (及成/x 都, 由民青局/x)', () => {
    const tokens = (text: string): string[] => splitFunctionInitials(tagText(text, 0)).map((t) => t.word);
    // The cut as the segmenter made it before it kept its own weight for 成都 (及成/x + 都/n), and after it.
    const glued: Token[] = [{ word: '及成', tag: 'x', start: 0, end: 2 }, { word: '都', tag: 'd', start: 2, end: 3 }];
    expect(splitFunctionInitials(glued).map((t) => t.word)).toEqual(['及', '成', '都']);
    expect(tokens('上海联络处及成都联络处')).toEqual(expect.arrayContaining(['及', '成都']));
    expect(tokens('由民青局资助')).toEqual(expect.arrayContaining(['由', '民青局']));
    // A one-character head glued to the word of time after it (局自 + 2024年起): the head ends the body's name.
    expect(tokens('创科署与深圳市科技创新局自2024年起推行')).toEqual(expect.arrayContaining(['局', '自']));
    const since = extractText('某署2025年工作报告\n一、合作\n创科署与深圳市科技创新局自2024年起推行联合资助计划。', { source: 'x.txt', sha256: 'x' });
    expect(since.entities.map((e) => e.name)).toContain('深圳市科技创新局');
    const x = extractText('某局2024年工作报告\n一、北京联络处、上海联络处及成都联络处全年接待内地企业。', { source: 'x.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toEqual(expect.arrayContaining(['成都联络处']));
    expect(x.entities.map((e) => e.name)).not.toContain('都联络处');
  });

  it('reads no campus part whose head a place runs into (广 + 东院/n + 舍 of 广东院舍 is no 广东院)', () => {
    const x = extractText('某局2025年施政纲领\n一、安老\n推行广东院舍住宿照顾服务计划，在深圳及肇庆共4间参与院舍。', { source: 'x.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).not.toContain('广东院');
    // A campus part after its university's name stays one (某大学 + 东院).
    const campus = extractText('某局2025年工作报告\n一、合作\n与四川大学东院合作。', { source: 'y.txt', sha256: 'x' });
    expect(campus.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toContain('四川大学东院');
  });

  it('keeps a word the segmenter tagged as an adverb between the words of the name (渔农自然护理署, 雇员再培训局)', () => {
    expect(bodies('渔农自然护理署将进行生态调查。')).toEqual(['渔农自然护理署']);
    const listed = '社会福利署及雇员再培训局推展新措施。';
    expect(extractInstitutions(listed, 0, splitFunctionInitials(tagText(listed, 0)), hk).map((c) => c.name)).toEqual(['社会福利署', '雇员再培训局']);
    // An adverb of the clause after a body is no part of the next one's name.
    expect(bodies('教育局再培训局长。')).not.toContain('教育局再培训局');
  });

  it('reads a centre named by a field that ends like a programme (航天工程 + 中心) under the body it belongs to', () => {
    expect(bodies('实习机构包括国家航天局探月与航天工程中心等。')).toEqual(['国家航天局探月与航天工程中心']);
  });

  it('keeps a national body written as one word the nation\'s in a SAR\'s document (国务院, 中共中央)', () => {
    expect(bodies('为落实中共中央、国务院印发的《总体方案》，制定本计划。')).toEqual(['中共中央', '国务院']);
  });

  it('reads 特区政府 as the SAR\'s government, written out', () => {
    expect(bodies('特区政府与中华电力有限公司展开商讨。')).toEqual(['香港特别行政区政府', '中华电力有限公司']);
  });

  it('does not outside a SAR, nor after a field of two characters', () => {
    expect(extractInstitutions('创新科技署推出新措施。', 0, tagText('创新科技署推出新措施。', 0), { issuerCity: null }).map((c) => c.name)).toEqual([]);
    expect(bodies('科技署推出新措施。')).toEqual([]);
  });
});

describe('bodies quoted in full', () => {
  const entities = (text: string) => extractText(`${text}\n`, { source: 'quoted.txt', sha256: 'x' }).entities;
  const named = (text: string, type: string) => entities(text).filter((e) => e.type === type).map((e) => e.name);

  it('reads a quotation ending in an institution head as one body, not a programme or fragments', () => {
    const text = '生产力局与中国科学院广州能源研究所签署战略合作协议，共同成立「零碳制造技术联合研究中心」。';
    expect(named(text, 'INSTITUTION')).toContain('零碳制造技术联合研究中心');
    expect(named(text, 'INSTITUTION')).not.toContain('技术联合研究中心');
    expect(named(text, 'PROGRAM')).toEqual([]);
    expect(named('联合南京大学建筑与城市规划学院设立“老城南更新实验室”。', 'INSTITUTION')).toContain('老城南更新实验室');
  });

  it('leaves awarded titles, counted formulas and short-form definitions alone', () => {
    expect(named('南通市医学会获评省级“五星级学会”。', 'INSTITUTION')).toEqual(['南通市医学会']);
    expect(named('加快建设“三大中心”，提升医疗服务能力。', 'INSTITUTION')).toEqual([]);
    const defined = entities('湖州市人力资源和社会保障局（以下简称“市人社局”）牵头。').filter((e) => e.type === 'INSTITUTION');
    expect(defined).toMatchObject([{ name: '湖州市人力资源和社会保障局', aliases: ['市人社局'] }]);
  });
});

describe('a SAR department named by its work, and bodies side by side before a programme word', () => {
  const hk: InstitutionContext = { issuerCity: null, places: { SAR: '香港' } };
  const bodies = (text: string): string[] => extractText(text, { source: 'hk.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
  const direct = (text: string): string[] => extractInstitutions(text, 0, tagText(text, 0), hk).map((c) => c.name);

  it('reads a one-character head after a verbal noun as the department of that work, in a SAR only', () => {
    expect(direct('由运输署负责发牌。')).toEqual(['运输署']);
    expect(extractInstitutions('由运输署负责发牌。', 0, tagText('由运输署负责发牌。', 0), { issuerCity: null }).map((c) => c.name)).toEqual([]);
  });

  it('reads what one body is in charge of as another body, not a unit named by the charge (生产力局 + 负责管理 + 创新科技署)', () => {
    // The segmenter has 负责管理 as a noun, which had read as the field of a sub-body between two government heads.
    expect(direct('生产力局负责管理创新科技署的工作。')).toEqual(['生产力局', '创新科技署']);
    expect(direct('本局负责管理创新科技署的工作。')).toEqual(['创新科技署']);
  });

  it('reads an authority named by the field it administers as the parent of its head office and the office\'s units', () => {
    // 医院 before 管理局 is the field, also when 管理局 is the parent of the unit named; 总办事处 is the authority's head office.
    expect(direct('医院管理局总办事处策略发展部负责协调。')).toEqual(['医院管理局总办事处策略发展部']);
    expect(direct('医院管理局总办事处负责协调。')).toEqual(['医院管理局总办事处']);
    expect(direct('医院管理局学院与广东省卫生健康委员会合作。')).toEqual(['医院管理局学院', '广东省卫生健康委员会']);
    const text = '香港特別行政區政府醫務衞生局工作報告\n一、主要工作\n醫院管理局總辦事處策略發展部負責協調。\n';
    const parts = extractText(text, { source: 'hk.txt', sha256: 'x' }).relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.from} ${r.to}`);
    expect(parts).toContain('institution:医院管理局总办事处策略发展部 institution:医院管理局');
  });

  it('reads a charitable trust (信托基金) as a body, while a fund stays a programme', () => {
    const text = '香港特別行政區政府民政及青年事務局工作報告\n一、主要工作\n本計劃獲香港賽馬會慈善信託基金資助，並獲「優質教育基金」撥款。\n';
    const x = extractText(text, { source: 'hk.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toContain('香港赛马会慈善信托基金');
    expect(x.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toContain('优质教育基金');
  });

  it('reads 总署 as a head (地政总署), and two bodies joined before a programme word as two bodies, not a programme', () => {
    const text = '香港特別行政區政府運輸及物流局工作報告\n一、主要工作\n香港各部門合作。\n運輸署及地政總署參與規劃。\n';
    expect(bodies(text)).toEqual(expect.arrayContaining(['运输署', '地政总署']));
    expect(direct('运输署与地政总署参与规划。')).toEqual(['运输署', '地政总署']);
  });

  it('reads a body before a conjunction when the programme word after it goes on to a body\'s head (运输署及土木工程拓展署)', () => {
    const text = '香港特別行政區政府運輸及物流局工作報告\n一、主要工作\n香港各部門合作。\n運輸署及土木工程拓展署負責研究和設計。\n';
    expect(bodies(text)).toEqual(expect.arrayContaining(['运输署', '土木工程拓展署']));
    // A programme that ends there still keeps the head before it inside its name.
    expect(direct('推进运输署及土木工程建设。')).not.toContain('运输署');
  });

  it('reads a customs house, a federation (联会), a university\'s 学系 and a branch (分会) as bodies', () => {
    const text = '香港特別行政區政府保安局工作報告\n一、主要工作\n'
      + '入境事務處及香港海關將與深圳方面合作。\n香港青年聯會及香港社會服務聯會參與。\n澳門理工大學社會工作學系與中山大學歷史學系合辦課程。\n與香港工業總會東莞分會合辦活動。\n';
    expect(bodies(text)).toEqual(expect.arrayContaining(['入境事务处', '香港海关', '香港青年联会', '香港社会服务联会', '澳门理工大学社会工作学系',
      '中山大学历史学系', '香港工业总会东莞分会', '香港工业总会']));
    // A head longer than its token starts where a token does: 计算机科学 + 系 is a 系, not a 学系 cutting 科学.
    expect(bodies('香港浸会大学计算机科学系获研究资助局资助。\n')).toEqual(expect.arrayContaining(['香港浸会大学计算机科学系', '香港浸会大学']));
  });
});

describe('a branch named by its place, where the segmenter cut the place across words', () => {
  const tok = (word: string, tag: string, start: number): Token => ({ word, tag, start, end: start + word.length });
  const place = (start: number, end: number): Candidate => ({ type: 'REGION', name: 'x', kind: 'CITY', start, end, surface: 'x', regionIds: [] });

  it('gives each place cut across words a token of its own, and leaves a place that opens a longer word', () => {
    // 天/q + 水分/n + 公司/n of 天水分公司; 和/c + 田/n of 和田分公司; 北京大学 holds 北京.
    const cut = [tok('天', 'q', 0), tok('水分', 'n', 1), tok('公司', 'n', 3)];
    expect(placeTokens(cut, [place(0, 2)]).map((t) => `${t.word}/${t.tag}@${t.start}`)).toEqual(['天水/ns@0', '分/n@2', '公司/n@3']);
    const split = [tok('和', 'c', 0), tok('田', 'n', 1), tok('分公司', 'n', 2)];
    expect(placeTokens(split, [place(0, 2)]).map((t) => `${t.word}/${t.tag}@${t.start}`)).toEqual(['和田/ns@0', '分公司/n@2']);
    const whole = [tok('北京大学', 'nt', 0)];
    expect(placeTokens(whole, [place(0, 2)])).toBe(whole);
  });

  it('reads a company\'s branch in a place with the company\'s name (…有限公司 + 天水 + 分公司)', () => {
    const names = (text: string): string[] => extractText(text, { source: 'branch.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names('某县2024年工作总结\n中国电信股份有限公司天水分公司负责建设。\n')).toContain('中国电信股份有限公司天水分公司');
    expect(names('某县2024年工作总结\n华电新疆发电有限公司和田分公司负责建设。\n')).toContain('华电新疆发电有限公司和田分公司');
    // So is a group's company named with the group's name and its own place, PART_OF the group.
    const group = extractText('某厅通知\n一、学院与中国船舶集团青岛北海造船有限公司共建基地。\n', { source: 'group.txt', sha256: 'x' });
    const company = group.entities.find((e) => e.name === '中国船舶集团青岛北海造船有限公司');
    expect(company).toBeDefined();
    expect(group.relations).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: company!.id, to: group.entities.find((e) => e.name === '中国船舶集团')!.id }));
  });

  it('reads Taiwan’s farmers’ and fishermen’s associations (农会, 渔会) and an agency’s branch office (分署) as bodies', () => {
    const found = extractText('屏东县政府新闻稿\n一、县府与屏东县高树乡农会、屏东县枋山地区农会合作，澎湖区渔会协办，劳动部劳动力发展署中彰投分署提供训练。\n',
      { source: 'associations.txt', sha256: 'x' });
    const names = found.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['屏东县高树乡农会', '屏东县枋山地区农会', '澎湖区渔会', '劳动部劳动力发展署中彰投分署']));
    const branch = found.entities.find((e) => e.name === '劳动部劳动力发展署中彰投分署')!;
    expect(found.relations).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: branch.id, to: found.entities.find((e) => e.name === '劳动部劳动力发展署')!.id }));
    // A local one (在地, 所在地) or every township's (各乡镇, a place to the segmenter) is a class, no body.
    const classes = extractText('某县新闻稿\n一、在地农会协助，所在地协会参与，各乡镇卫生院配合。\n', { source: 'classes.txt', sha256: 'x' });
    expect(classes.entities.filter((e) => e.type === 'INSTITUTION')).toEqual([]);
  });

  it('reads a company named by the body it is, whose head\'s last character the segmenter cut off (结算 + 所/c + 有限公司)', () => {
    expect(bodiesIn('香港交易及结算所有限公司推出新产品。')).toEqual(['香港交易及结算所有限公司']);
    expect(bodiesIn('交易结算所有限公司推出新产品。')).toEqual(['交易结算所有限公司']);
  });

  it('reads no body inside a programme quoted with 「」 as Hong Kong and Macao texts quote, as inside “”', () => {
    expect(bodiesIn('研究院与珠海市科学技术局联合设立「珠澳科创青年计划」。')).toEqual(['珠海市科学技术局']);
    expect(bodiesIn('研究院与珠海市科学技术局联合设立“珠澳科创青年计划”。')).toEqual(['珠海市科学技术局']);
  });

  it('reads a company\'s brand before the place of its branch or unit, and a branch alone as a company', () => {
    const named = (text: string) => extractText(`某县2024年工作总结\n${text}\n`, { source: 'brand.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'INSTITUTION').map((e) => `${e.name}/${e.kind}`);
    expect(named('吉利汽车台州分公司负责建设。')).toEqual(['吉利汽车台州分公司/ENTERPRISE']);
    expect(named('国网南京供电公司负责建设。')).toEqual(['国网南京供电公司/ENTERPRISE']);
    // A verb before the nouns is no brand: the branch is named by its place alone, and is still a company.
    expect(named('推进汽车台州分公司建设。')).toEqual(['台州分公司/ENTERPRISE']);
    // Nor is an action the segmenter tags a noun (参观/n) before a company named with its own place.
    expect(named('学生先后在深圳市南山区参观深圳市大疆创新科技有限公司。')).toEqual(['深圳市大疆创新科技有限公司/ENTERPRISE']);
  });

  it('reads a bare 中心 before a hospital\'s name as which of the place\'s it is (吉安市中心人民医院), not a centre', () => {
    expect(bodiesIn('吉安市中心人民医院开展帮扶。')).toEqual(['吉安市中心人民医院']);
    expect(bodiesIn('晋江市安海镇中心幼儿园开展活动。')).toEqual(['晋江市安海镇中心幼儿园']);
    // 上述 (the one named above) opens no name.
    expect(bodiesIn('上述政府拨款合共盈余。')).toEqual([]);
  });

  it('ends a committee\'s name at a date before it and at the legislature it belongs to (…日就建议咨询 + 立法会…委员会)', () => {
    const named = (text: string): string[] => bodiesIn(text).sort();
    expect(named('承担额于2022年7月获财务委员会批准。')).toEqual(['财务委员会']);
    expect(named('我们于2025年4月22日就建议咨询立法会民政及文化体育事务委员会。')).toEqual(['立法会', '立法会民政及文化体育事务委员会']);
    expect(named('我们已咨询香港特别行政区立法会教育事务委员会。')).toEqual(['香港特别行政区立法会', '香港特别行政区立法会教育事务委员会']);
  });

  it('ends a school\'s name before a class word that opens a phrase about it (某中学 + 学校周年报告), not before a name\'s own', () => {
    expect(bodiesIn('东华三院余铭秀纪念中学学校周年报告显示成绩良好。')).toEqual(['东华三院余铭秀纪念中学']);
    expect(bodiesIn('福建省晋江职业中专学校开设新专业。')).toEqual(['福建省晋江职业中专学校']);
    expect(bodiesIn('晋江市安海镇中心幼儿园开展活动。')).toEqual(['晋江市安海镇中心幼儿园']);
  });
});

describe('a body\'s name the text defines a short form of', () => {
  it('opens the name with the short form when the words before its head spell it (支持 + 攀钢/v + 集团有限公司（以下简称“攀钢”）)', () => {
    const text = '支持攀钢集团有限公司（以下简称“攀钢”）联合攀枝花学院开展攻关。\n';
    const bodies = extractText(text, { source: 'short.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION');
    expect(bodies.map((e) => e.name)).toEqual(expect.arrayContaining(['攀钢集团有限公司', '攀枝花学院']));
    expect(bodies.find((e) => e.name === '攀钢集团有限公司')?.aliases).toContain('攀钢');
  });
});

describe('where a body\'s name starts: a partner, a time of writing, a founding verb', () => {
  const hk: InstitutionContext = { issuerCity: null, places: { SAR: '香港' } };
  const direct = (text: string): string[] => extractInstitutions(text, 0, tagText(text, 0), hk).map((c) => c.name);

  it('ends a committee\'s name at the body it works with (社工局联同…委员会)', () => {
    expect(direct('社工局联同社会工作者专业委员会举办培训。')).toEqual(['社工局', '社会工作者专业委员会']);
  });

  it('reads a word naming a pairing of schools (姊妹学校, 友好学校) as the pairing, not as a school', () => {
    expect(direct('澳门与广东省缔结姊妹学校累计达到260对。')).toEqual([]);
    expect(direct('为本机构首对西部姊妹学校。')).toEqual([]);
    expect(direct('明德英文中学与成都市第七中学结为友好学校。')).toEqual(['明德英文中学', '成都市第七中学']);
    // Before a body's name, such a word says what the body is to the other: no part of its name.
    expect(direct('千灯湖实验中学与姊妹学校沙田信望书院举行活动。')).toEqual(['千灯湖实验中学', '沙田信望书院']);
  });

  it('ends a body\'s name at a verb of entrusting, and leaves the mainland (大陆) of a Taiwan outlet out of it', () => {
    expect(direct('并委托华东师范大学在上海市开办工作坊。')).toEqual(['华东师范大学']);
    const taiwan = '相关活动均已依规定报经教育部许可。';
    expect(extractInstitutions(taiwan, 0, tagText(taiwan, 0), { issuerCity: null }).map((c) => c.name)).toEqual(['教育部']);
    expect(direct('大陆国务院台湾事务办公室举行新闻发布会。')).toEqual(['国务院台湾事务办公室']);
  });

  it('reads a place\'s university students (香港大学生) as people, not the university, and a department after one as a body', () => {
    expect(direct('组织香港大学生赴内地实习。')).toEqual([]);
    expect(direct('吸引台湾大学生约1200人参加。')).toEqual([]);
    expect(direct('与北京大学生物系合作。')).toEqual(['北京大学生物系']);
  });

  it('reads an association of educators (教育会) as a body', () => {
    expect(direct('联同澳门中华教育会举办教师研习班。')).toEqual(['澳门中华教育会']);
  });

  it('leaves the school year or the year of writing out of a body\'s name', () => {
    expect(direct('本学年教育局将举办交流团。')).toEqual(['香港教育局']);
  });

  it('keeps a committee named by its work whole inside the name of a bureau under it (…执行委员会 + 商事服务局)', () => {
    const text = '與橫琴粵澳深度合作區執行委員會商事服務局簽訂協議。\n';
    const names = extractText(text, { source: 'nested.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['横琴粤澳深度合作区执行委员会商事服务局', '横琴粤澳深度合作区执行委员会']));
    expect(names.filter((n) => n.startsWith('委员会'))).toEqual([]);
  });

  it('keeps 应用 (applied) in a unit\'s or a college\'s name (应用物理学系, 河南应用技术职业学院)', () => {
    const text = '香港理工大學（「理大」）2024年內地合作報告\n一、聯合實驗室\n理大應用物理學系與河南應用技術職業學院合作。\n';
    const names = extractText(text, { source: 'applied.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['香港理工大学应用物理学系', '河南应用技术职业学院']));
  });

  it('joins a field and a verb bodies are named by inside a unit\'s name (研究 + 及 + 创新 + 事务处)', () => {
    const text = '香港理工大學（「理大」）2024年內地合作報告\n一、統籌\n研究及創新事務處負責統籌。\n';
    const names = extractText(text, { source: 'office.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toContain('香港理工大学研究及创新事务处');
  });

  it('reads a faculty of one word (理学院) as the university\'s in its own document, not a class of colleges (职业技术学院)', () => {
    const text = '香港浸會大學（「浸大」）2024年內地合作報告\n一、合作\n理學院與華為合作成立聯合實驗室。\n';
    const names = extractText(text, { source: 'faculty.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toContain('香港浸会大学理学院');
    const college = '山东理工职业学院2024年工作总结\n一、办学\n新增职业技术学院专业3个。\n';
    expect(extractText(college, { source: 'class.txt', sha256: 'x' }).entities.map((e) => e.name).filter((n) => n.endsWith('职业技术学院'))).toEqual([]);
  });

  it('writes a SAR government\'s short form out in a body\'s name (香港特區政府保安局 → 香港特别行政区政府保安局), the written form its alias', () => {
    const text = '香港特區政府保安局與深圳市公安局簽署協議。\n';
    const bodies = extractText(text, { source: 'sar.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION');
    expect(bodies.map((e) => e.name)).toEqual(expect.arrayContaining(['香港特别行政区政府保安局', '香港特别行政区政府']));
    expect(bodies.map((e) => e.name).filter((n) => n.includes('特区政府'))).toEqual([]);
    expect(bodies.find((e) => e.name === '香港特别行政区政府保安局')?.aliases).toContain('香港特區政府保安局');
  });

  it('never names a branch with the verb that opens it', () => {
    expect(direct('推动机构在中山市翠亨新区开办分院。').filter((n) => n.includes('开办'))).toEqual([]);
  });

  it('never names a body with the visit that takes people to it (在深圳参观 + 科技馆), and a programme never ends with a body', () => {
    const text = '教育局2024年工作報告\n學生在深圳參觀科技館。其中「航天科技研學團」在北京市海淀區參觀中國科學院國家空間科學中心。\n';
    const x = extractText(text, { source: 'visit.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type !== 'REGION').map((e) => e.name).sort()).toEqual(['中国科学院', '中国科学院国家空间科学中心', '教育局', '航天科技研学团']);
    const quoted = extractText('青海大学2023年国际交流工作总结\n推进“高原与山地大学联盟”在西宁召开第二届成员大会。\n', { source: 'alliance.txt', sha256: 'x' });
    expect(quoted.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).toEqual([]);
  });

  it('names a post\'s own office with the post (经济财政司司长办公室), where a post otherwise ends a name', () => {
    const names = institutionNames('某報告\n澳門特別行政區政府經濟財政司司長辦公室負責統籌，經濟財政司司長出席。\n', 'office.txt');
    expect(names).toContain('经济财政司司长办公室');
    expect(names.filter((n) => n.endsWith('司长'))).toEqual([]);
  });

  it('reads 与 before a place and a body\'s head as joining two bodies (理大与里斯本大学文学院), not a unit\'s field (生态与环境学院)', () => {
    const two = institutionNames('澳門理工大學2024年合作總結\n理大與里斯本大學文學院合作開設課程。\n', 'two.txt');
    expect(two.filter((n) => n.includes('与'))).toEqual([]);
    expect(two).toContain('里斯本大学文学院');
    const one = institutionNames('内蒙古大学2024年工作总结\n内蒙古大学生态与环境学院黄河流域生态保护研究所揭牌。\n', 'one.txt');
    expect(one).toContain('内蒙古大学生态与环境学院');
  });

  it('reads a delegation (代表团, 访问团) as the people a body sends, not a body: the body sending it is one', () => {
    const names = institutionNames('某市2025年工作总结\n一、交流\n宁波市党政代表团赴凉山州考察，宁波大学访问团与西昌学院签署协议。\n', 'delegation.txt');
    expect(names.filter((n) => n.endsWith('代表团') || n.endsWith('访问团'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['宁波大学', '西昌学院']));
  });

  it('reads 与 after a bureau\'s short form the segmenter cut (经/n + 科局/n) as joining two bodies, not a name\'s two words', () => {
    const text = '澳門特別行政區政府經濟及科技發展局新聞稿\n澳門特別行政區政府經濟及科技發展局（以下簡稱「經科局」）與橫琴粵澳深度合作區經濟發展局（以下簡稱「合作區經發局」）簽署協議。\n'
      + '經科局與合作區經發局去年合辦的「琴澳中小企業數碼轉型專項」。\n';
    const names = institutionNames(text, 'bureaus.txt');
    expect(names.filter((n) => n.includes('与'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['经济及科技发展局', '横琴粤澳深度合作区经济发展局']));
    // A bureau's field joined by 和 stays one name.
    expect(institutionNames('某局2024年工作总结\n一、黄浦区住房保障和房屋管理局参与城市更新。\n', 'one.txt')).toContain('黄浦区住房保障和房屋管理局');
  });

  it('reads an address in brackets after a body (厦门大学(福建省厦门市)) as where it is, a city alone (香港科技大学(广州)) as a campus', () => {
    const noted = institutionNames('國立成功大學113年度交流報告\n工學院與廈門大學(福建省廈門市)簽署合作備忘錄。\n', 'noted.txt');
    expect(noted.filter((n) => n.startsWith('厦门大学'))).toEqual(['厦门大学']);
    const campus = institutionNames('广州市教育局2024年工作总结\n推动香港科技大学(广州)建设。\n', 'campus.txt');
    expect(campus).toContain('香港科技大学(广州)');
  });
});

describe('the heads of theatres, orchestras, troupes and care homes', () => {
  it('reads 剧院, 乐团, 歌舞团, 芭蕾舞团, 护老院 and 护养院 as heads (a festival\'s and a welfare report\'s bodies)', () => {
    const names = institutionNames('文化局新闻稿\n上海歌舞团与葡萄牙国家芭蕾舞团在岗顶剧院演出，澳门乐团协办。'
      + '顺德乐年护老院与龙岗松茵护养院加入计划。\n', 'heads.txt');
    expect(names).toEqual(expect.arrayContaining(['上海歌舞团', '葡萄牙国家芭蕾舞团', '岗顶剧院', '澳门乐团', '顺德乐年护老院', '龙岗松茵护养院']));
    // Waiting for a place in a care home (轮候资助护养院宿位) names no home.
    expect(institutionNames('社会福利署年报\n长者正在中央轮候册上轮候资助护养院宿位。\n', 'waiting.txt')).toEqual([]);
  });

  it('reads 艺术馆, 探知馆, 资料馆, 中乐团, 颐养院, 颐年院 and 安老院 as heads (a cultural release\'s and a welfare paper\'s bodies)', () => {
    const names = institutionNames('文化体育及旅游局新闻稿\n香港中乐团与中国电影资料馆合办展映，香港艺术馆及香港文物探知馆协办。'
      + '东华三院番禺颐年院与肇庆护老颐养院及澳门某安老院加入计划。\n', 'heads2.txt');
    expect(names).toEqual(expect.arrayContaining(['香港中乐团', '中国电影资料馆', '香港艺术馆', '香港文物探知馆', '东华三院番禺颐年院', '肇庆护老颐养院']));
  });
});

describe('a body named by who founded it before its place', () => {
  it('keeps 國立 and 私立 before the place a body is named for (國立 + 臺灣 + 美術館), as before a name without one', () => {
    const names = institutionNames('文化部新聞稿\n國立臺灣美術館與國立故宮博物院合作，私立東吳大學亦參與。\n', 'charter.txt');
    expect(names).toEqual(expect.arrayContaining(['国立台湾美术馆', '国立故宫博物院', '私立东吴大学']));
    expect(names).not.toContain('台湾美术馆');
  });
});

describe('a head inside an open quotation', () => {
  /** The bodies read in a statement alone, with where they start. */
  const read = (text: string): [string, number][] =>
    extractInstitutions(text, 0, tagText(text, 0), { issuerCity: null }).map((c) => [c.surface, c.start]);

  it('is no body when words follow it in the quotation, whichever marks open and close it', () => {
    expect(read('举办“宁波大学体育节”活动。')).toEqual([]);
    expect(read('‘宁波大学体育节’。')).toEqual([]);
    expect(read('「三好」“宁波大学体育节')).toEqual([]);
    // A closing mark of another pair closes nothing: the quotation opened by “ is still open.
    expect(read('“宁波」大学体育节。')).toEqual([]);
  });

  it('is a body once the quotation has closed, or where a closing mark stands before an opening one', () => {
    expect(read('宁波大学与“宁波大学体育节”。')).toEqual([['宁波大学', 0]]);
    expect(read('「宁波大学」体育节由宁波大学主办。')).toEqual([['宁波大学', 1], ['宁波大学', 10]]);
    expect(read('“三好”与「宁波大学体育节」，宁波大学体育节。')).toEqual([['宁波大学', 15]]);
    expect(read('”宁波大学体育节“。')).toEqual([['宁波大学', 1]]);
  });
});

describe('short forms a document defines for bodies, many of them', () => {
  it('names a unit written after any of twenty short forms with its owner, as it does after one of a few', () => {
    // A unit's name is looked up by the text around it, not compared with each form: twenty forms, the last as found as the first.
    const bodies = ['香港理工大学:理大', '香港大学:港大', '香港科技大学:科大', '香港城市大学:城大', '香港浸会大学:浸大', '岭南大学:岭大',
      '香港教育大学:教大', '澳门大学:澳大', '暨南大学:暨大', '深圳大学:深大', '南方科技大学:南科大', '北京师范大学:北师大', '清华大学:清华',
      '北京大学:北大', '浙江大学:浙大', '复旦大学:复旦', '中国科学技术大学:中科大', '华南理工大学:华工', '山东大学:山大', '四川大学:川大'];
    const lines = ['某局工作报告'];
    for (const body of bodies) lines.push(`一、${body.split(':')[0]}（以下简称“${body.split(':')[1]}”）深化合作。`);
    for (const body of bodies) lines.push(`${body.split(':')[1]}深圳研究院与${body.split(':')[1]}康复治疗科学系共建实验室。`);
    const names = extractText(lines.join('\n'), { source: 'bodies.txt', sha256: 'x' }).entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    for (const owner of ['香港理工大学', '暨南大学', '复旦大学', '四川大学']) {
      expect(names).toContain(`${owner}深圳研究院`);
      expect(names).toContain(`${owner}康复治疗科学系`);
    }
  });
});
