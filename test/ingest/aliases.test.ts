import { describe, expect, it } from 'vitest';
import { extractText } from '../../ingest/pipeline.js';

const extract = (text: string) => extractText(text, { source: 'aliases.txt', sha256: 'x' });

describe('aliases a document defines', () => {
  it('makes a short form defined with 简称 an alias, and its later occurrences mentions of the same entity', () => {
    const x = extract('教育部关于做好2015年招生工作的通知\n一、农村贫困地区定向招生专项计划(简称国家专项计划)继续实施。国家专项计划由重点高校承担。');
    const programs = x.entities.filter((e) => e.type === 'PROGRAM' && e.mentions.length > 0);
    const plan = programs.find((e) => e.name === '农村贫困地区定向招生专项计划');
    expect(plan?.aliases).toContain('国家专项计划');
    expect(plan?.mentions.map((m) => m.surface)).toEqual(['农村贫困地区定向招生专项计划', '国家专项计划']);
    expect(programs.filter((e) => e.name === '国家专项计划')).toEqual([]);
  });

  it('reads 以下简称 with quotes for an institution', () => {
    const x = extract('广州市教育局2020年工作要点\n一、与中国教育科学研究院(以下简称“中国教科院”)共建研究中心。中国教科院派出专家。');
    const academy = x.entities.find((e) => e.name === '中国教育科学研究院');
    expect(academy?.aliases).toContain('中国教科院');
    expect(academy?.mentions).toHaveLength(2);
  });

  it('reads a bracket holding a body\'s own characters, in order and fewer, as its short form (社會福利署（社署）), not a place or a note', () => {
    const x = extract('香港特別行政區政府勞工及福利局工作報告\n一、聯同社會福利署（社署）及僱員再培訓局（再培訓局）推展計劃。\n二、社署與再培訓局合辦課程。');
    const welfare = x.entities.find((e) => e.name === '社会福利署');
    expect(welfare?.aliases).toContain('社署');
    expect(welfare?.mentions.map((m) => m.surface)).toEqual(['社會福利署', '社署', '社署']);
    // The segmenter cuts 再/d + 培訓局 where the short form stands: it is read whole, as the body's, in the bracket too.
    const retraining = x.entities.find((e) => e.name === '雇员再培训局');
    expect(retraining?.mentions.map((m) => m.surface)).toEqual(['僱員再培訓局', '再培訓局', '再培訓局']);
    expect(x.entities.map((e) => e.name)).not.toContain('培训局');
    expect(x.relations.some((r) => r.type === 'PARTNERS_WITH' && [r.from, r.to].includes('institution:社会福利署')
      && [r.from, r.to].includes('institution:雇员再培训局'))).toBe(true);
    // A place or a note in brackets is no short form: its characters are not the name's.
    const campus = extract('某局工作报告\n一、与香港科技大学（广州）签署协议。广州举办论坛。');
    expect(campus.entities.find((e) => e.name.startsWith('香港科技大学'))?.aliases ?? []).not.toContain('广州');
  });

  it('reads a short form quoted alone in brackets, as Hong Kong and Macao texts define it (香港理工大學（「理大」）)', () => {
    const x = extract('香港理工大學年度報告\n一、香港理工大學（「理大」）深化與內地合作。本年度理大與浙江大學簽署協議。');
    const polyu = x.entities.find((e) => e.name === '香港理工大学');
    expect(polyu?.aliases).toContain('理大');
    expect(polyu?.mentions.map((m) => m.surface)).toEqual(['香港理工大學', '香港理工大學', '理大']);
    expect(x.relations.some((r) => r.type === 'PARTNERS_WITH' && [r.from, r.to].includes('institution:香港理工大学')
      && [r.from, r.to].includes('institution:浙江大学'))).toBe(true);
    // A word quoted in brackets after something that is no name defines nothing.
    expect(extract('推行「一网通办」（「通办」）服务。').entities.filter((e) => e.aliases.includes('通办') && e.type === 'INSTITUTION')).toEqual([]);
  });

  it('reads a short form defined after a quoted name\'s closing mark (「…計劃」（下稱「計劃」）), a bare head only where it stands alone', () => {
    const x = extract('民政及青年事務局文件\n一、延續「大專學生內地實習資助計劃」（下稱「計劃」）五年。計劃的交流團前往北京及上海。各校須提交工作計劃。'
      + '\n二、「粵港澳青年創業計劃」（「創業計劃」）繼續推行。創業計劃資助團隊進駐前海。');
    const plan = x.entities.find((e) => e.name === '大专学生内地实习资助计划');
    expect(plan?.aliases).toContain('計劃');
    // 計劃 of 工作計劃 is another plan: a noun before the bare head makes it part of another word.
    expect(plan?.mentions.map((m) => m.surface)).toEqual(['大專學生內地實習資助計劃', '計劃']);
    expect(x.relations.filter((r) => r.type === 'TOUCHES' && r.from === plan?.id).map((r) => r.to).sort()).toEqual(['region:110000', 'region:310000']);
    const venture = x.entities.find((e) => e.name === '粤港澳青年创业计划');
    // The short form quoted in its definition was read as a name of its own: it is the same programme's mention.
    expect(venture?.mentions.map((m) => m.surface)).toEqual(['粵港澳青年創業計劃', '創業計劃', '創業計劃']);
    expect(x.entities.filter((e) => e.name === '创业计划')).toEqual([]);
  });

  it('makes a programme named by its quoted brand and head alone (「千年文脈」研學團) the one named with the same brand and head in full', () => {
    const text = '教青局2026年暑期研学工作报告\n一、「千年文脉」研学团\n「千年文脉」中学生文化研学团由教青局合办，研学团首站抵达西安市。\n'
      + '二、「湾区启航」计划\n「湾区启航」实习计划与「湾区启航」创业计划同步推行。\n';
    const programs = extract(text).entities.filter((e) => e.type === 'PROGRAM' && e.mentions.length > 0);
    const tour = programs.filter((e) => e.name.startsWith('千年文脉'));
    expect(tour.map((e) => e.name)).toEqual(['千年文脉中学生文化研学团']);
    expect(tour[0].mentions.map((m) => m.surface)).toEqual(['「千年文脉」研学团', '「千年文脉」中学生文化研学团']);
    // Two programmes of the brand with the head: the short name says which of them it is no more than the text does.
    expect(programs.filter((e) => e.name.startsWith('湾区启航')).map((e) => e.name).sort()).toEqual(['湾区启航创业计划', '湾区启航实习计划', '湾区启航计划']);
  });

  it('makes a short form the extractor read as a body of its own the body the document defined it for (財庫局推行…)', () => {
    const text = [
      '財經事務及庫務局', '深化金融合作工作報告',
      '一、香港特別行政區政府財經事務及庫務局（「財庫局」）聯同保險業監管局（「保監局」）推動本港與內地合作。',
      '二、財庫局推行「金融人才先導計劃」，並與保監局合作。',
    ].join('\n');
    const x = extract(text);
    const names = x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).not.toContain('财库局');
    expect(names).not.toContain('保监局');
    const regulator = x.entities.find((e) => e.name === '保险业监管局');
    expect(regulator?.aliases).toContain('保监局');
    expect(regulator?.mentions.map((m) => m.surface)).toEqual(['保險業監管局', '保監局']);
    // Note: the issuer named by its short form, acting on a programme as its clause's subject, is involved in it.
    expect(x.document.issuer).toBe('财经事务及库务局');
    expect(x.relations.map((r) => `${r.type} ${r.from} ${r.to}`)).toEqual(expect.arrayContaining([
      'INVOLVES program:金融人才先导计划 institution:财经事务及库务局',
      'PARTNERS_WITH institution:财经事务及库务局 institution:保险业监管局',
    ]));
  });

  it('makes every later quotation of a program the document quoted before a mention of it, whatever stands around it', () => {
    const x = extract('財經事務及庫務局工作報告\n一、跨境理財\n推出「跨境理財通」。\n二、來年計劃\n爭取把「跨境理財通」擴展至上海市。');
    const scheme = x.entities.find((e) => e.type === 'PROGRAM' && e.name === '跨境理财通');
    expect(scheme?.mentions.map((m) => m.surface)).toEqual(['跨境理財通', '跨境理財通']);
    expect(x.relations.some((r) => r.type === 'TOUCHES' && r.from === scheme?.id && r.to === 'region:310000')).toBe(true);
    // The same words unquoted are not a mention.
    expect(extract('工作報告\n推出「跨境理財通」。\n跨境理財通的額度提高。').entities.find((e) => e.name === '跨境理财通')?.mentions).toHaveLength(1);
  });
  it('reads a programme read unquoted as the end of a name the document quotes, written whole there, as the quoted one (二、青年內地實習資助計劃)', () => {
    const x = extract('民政及青年事務局新聞稿\n\n民青局今日公布「青年內地實習資助計劃」的資助結果。\n\n二、青年內地實習資助計劃\n\n本年度計劃在深圳市南山區提供實習名額1,200個。\n');
    const programs = x.entities.filter((e) => e.type === 'PROGRAM');
    expect(programs.map((e) => e.name)).toEqual(['青年内地实习资助计划']);
    expect(programs[0].mentions.map((m) => m.surface)).toEqual(['青年內地實習資助計劃', '青年內地實習資助計劃']);
    expect(x.relations.some((r) => r.type === 'TOUCHES' && r.from === programs[0].id && r.to === 'region:440305')).toBe(true);
    // A name that is only the end of another quoted one, not written after the rest of it, stays its own.
    const other = extract('工作報告\n\n公布「青年內地實習資助計劃」的結果，並推行「內地實習資助計劃」。\n');
    expect(other.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name).sort()).toEqual(['内地实习资助计划', '青年内地实习资助计划']);
  });

  it('reads a zone\'s bare head as the zone the document named in full, unless another zone shares the head or words qualify it', () => {
    const text = '澳門特別行政區政府社會工作局工作計劃\n一、與橫琴粵澳深度合作區民生事務局合作，在合作區推出「銀齡數碼同行」計劃。\n二、各合作區要加強協作。\n';
    const x = extract(text);
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const zone = x.entities.find((e) => e.name === '横琴粤澳深度合作区');
    expect(zone?.mentions.map((m) => m.surface)).toEqual(['橫琴粵澳深度合作區', '合作區']);
    expect(x.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`)).toContain('银龄数码同行计划 → 横琴粤澳深度合作区');
    const two = extract('工作计划\n一、推进横琴粤澳深度合作区和深港合作区建设，在合作区设立中心。\n');
    expect(two.entities.filter((e) => e.kind === 'ZONE').flatMap((e) => e.mentions.map((m) => m.surface)).sort()).toEqual(['横琴粤澳深度合作区', '深港合作区']);
  });
  it('reads the place word a zone\'s name opens with, which no gazetteer holds, as the zone in the same document', () => {
    const x = extract('工作计划\n一、推进横琴粤澳深度合作区建设。\n二、在南沙及横琴各设立“青年服务站”1个。\n');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const zone = x.entities.find((e) => e.name === '横琴粤澳深度合作区');
    expect(zone?.mentions.map((m) => m.surface)).toEqual(['横琴粤澳深度合作区', '横琴']);
    expect(x.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${name.get(r.from)} → ${name.get(r.to)}`)).toContain('青年服务站 → 横琴粤澳深度合作区');
    // The word inside a programme's name places the programme there, as a place the gazetteer knows would.
    const inName = extract('工作计划\n一、推进横琴粤澳深度合作区建设。\n二、共建“澳门学生横琴实践教育基地”。\n');
    const names = new Map(inName.entities.map((e) => [e.id, e.name]));
    expect(inName.relations.filter((r) => r.type === 'TOUCHES').map((r) => `${names.get(r.from)} → ${names.get(r.to)}`)).toContain('澳门学生横琴实践教育基地 → 横琴粤澳深度合作区');
    // Without the zone named in full, the word alone is no place.
    expect(extract('工作计划\n在横琴设立“青年服务站”1个。\n').entities.filter((e) => e.type === 'REGION' && e.name.includes('横琴'))).toEqual([]);
  });
  it('reads a zone\'s own characters in a bracket after its name as its short form, one zone where it lies', () => {
    const x = extract('香港特别行政区政府新闻公报\n\n青年可到前海深港现代服务业合作区（前海合作区）实习。今年前海合作区将提供更多名额。\n');
    const zones = x.entities.filter((e) => e.kind === 'ZONE');
    expect(zones.map((e) => e.name)).toEqual(['前海深港现代服务业合作区']);
    expect(zones[0].aliases).toContain('前海合作区');
    expect(zones[0].mentions.map((m) => m.surface)).toEqual(['前海深港现代服务业合作区', '前海合作区', '前海合作区']);
    // The short form read alone lay in the document's place (香港); the full name says where the zone lies.
    expect(x.relations.filter((r) => r.type === 'PART_OF' && r.from === zones[0].id).map((r) => r.to)).toEqual(['region:440300']);
  });
  it('does not read a place\'s alias again inside the place\'s own name', () => {
    const text = '工作计划\n一、与横琴粤澳深度合作区(以下简称“合作区”)共建平台。\n二、在横琴粤澳深度合作区设立中心，在合作区举办论坛。\n';
    const zone = extract(text).entities.find((e) => e.name === '横琴粤澳深度合作区');
    const spans = (zone?.mentions ?? []).map((m) => [m.start, m.end] as const);
    expect(spans.filter(([s, e]) => spans.some(([s2, e2]) => (s2 !== s || e2 !== e) && s < e2 && s2 < e))).toEqual([]);
    expect(zone?.mentions.map((m) => m.surface)).toEqual(['横琴粤澳深度合作区', '横琴粤澳深度合作区', '合作区']);
  });

  it('reads the later quotations and defined short forms of a document naming hundreds of them, each as its own entity\'s', () => {
    // A statement is read once for where the forms open, not searched once per form: hundreds of forms, each found.
    // Three numerals each, so that no short form holds another (一中 would be inside 一一中).
    const numeral = (i: number): string => [...String(i).padStart(3, '0')].map((d) => '零一二三四五六七八九'[Number(d)]).join('');
    const lines = ['某区项目清单'];
    for (let i = 1; i <= 120; i++) lines.push(`${i}. 广州市第${i}中学（以下简称“${numeral(i)}中”）实施“${numeral(i)}号工程”。`);
    for (let i = 1; i <= 120; i++) lines.push(`${120 + i}. ${numeral(i)}中推进“${numeral(i)}号工程”。`);
    const x = extract(lines.join('\n'));
    for (const i of [1, 7, 64, 65, 120]) {
      const project = x.entities.find((e) => e.type === 'PROGRAM' && e.name === `${numeral(i)}号工程`);
      expect(project?.mentions.map((m) => m.surface)).toEqual([`${numeral(i)}号工程`, `${numeral(i)}号工程`]);
      const school = x.entities.find((e) => e.name === `广州市第${i}中学`);
      expect(school?.aliases).toContain(`${numeral(i)}中`);
      expect(school?.mentions.map((m) => m.surface)).toEqual([`广州市第${i}中学`, `${numeral(i)}中`]);
    }
  });
});
