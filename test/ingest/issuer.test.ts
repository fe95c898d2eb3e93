import { describe, expect, it } from 'vitest';
import { extractText } from '../../ingest/pipeline.js';

const issuerOf = (text: string): string | null => extractText(text, { source: 'doc.txt', sha256: 'x' }).document.issuer ?? null;

describe('issuer of a document without an issuer line', () => {
  it('is the place\'s government for a policy instrument titled with the place alone', () => {
    expect(issuerOf('杭州市“十四五”教育事业发展规划\n\n教育是国之大计。到2025年,全市新增学位5万个。\n')).toBe('杭州市人民政府');
  });

  it('is a SAR\'s government by its own name, not a people\'s government, for its policy instrument', () => {
    expect(issuerOf('澳门特别行政区参与横琴粤澳深度合作区建设行动计划（2024—2026年）\n\n前言\n为落实总体方案，制定本计划。\n')).toBe('澳门特别行政区政府');
  });

  it('is the SAR\'s government for its policy address, whose issuer line names no body (行政長官 reads it)', () => {
    const address = '澳門特別行政區\n二〇二五年財政年度施政報告\n行政長官\n二〇二五年四月十四日\n\n一、過去一年工作回顧\n我們推出多項措施。\n';
    expect(issuerOf(address)).toBe('澳门特别行政区政府');
  });

  it('is no place a title says its subject visits (…局長結束訪問四川及雲南): a SAR\'s release stays the SAR\'s, its bureaus read', () => {
    const text = '商經局局長結束訪問四川及雲南　見證簽署多項經貿合作協議\n\n　　商務及經濟發展局局長今日結束為期五天的四川及雲南訪問行程。'
      + '代表團成員包括投資推廣署及香港貿易發展局的代表。投資推廣署與成都市投資促進局簽署合作協議。香港貿易發展局在成都舉辦推廣活動。\n\n完\n\n2025年11月21日\n香港時間18時40分\n';
    const x = extractText(text, { source: 'hk.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toEqual(expect.arrayContaining(['商务及经济发展局', '投资推广署']));
    // The title's body, as the title writes it, and no Sichuan body.
    expect(x.document.issuer).toBe('商经局');
  });

  it('is no place a title names as a partner (…進展及與深圳的合作): a SAR\'s paper stays the SAR\'s, its departments named alone read', () => {
    const paper = '立法會發展事務委員會\n北部都會區發展進展及與深圳的合作\n\n目的\n1. 本文件向委員匯報北部都會區的發展進展。\n'
      + '2. 北都位於本港北部，政府在港深合作會議機制下與深圳市人民政府保持緊密溝通，發展局統籌規劃署、地政總署及房屋署等部門的工作。\n\n發展局\n2025年11月\n';
    const x = extractText(paper, { source: 'hk.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('发展局');
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toEqual(expect.arrayContaining(['规划署', '房屋署', '香港立法会']));
  });

  it('is the body a release\'s opening paragraph says acts today (醫務衞生局今日（十一月二十日）宣布…), its short form in brackets or not', () => {
    expect(issuerOf('長者醫療券大灣區試點計劃擴展至內地九市\n＊＊＊＊＊＊＊＊\n\n　　醫務衞生局今日（十一月二十日）宣布，「長者醫療券大灣區試點計劃」將擴展至內地九市。\n')).toBe('医务卫生局');
    expect(issuerOf('姊妹学校计划成果\n\n深圳市教育局（市教育局）今日公布计划成果，共结对学校126对。\n')).toBe('深圳市教育局');
    // A body named later in the paragraph, or acting on no day, issues nothing.
    expect(issuerOf('姊妹学校计划成果\n\n计划由深圳市教育局推行，共结对学校126对。\n')).toBeNull();
  });

  it('is not guessed for a work report titled with the place', () => {
    expect(issuerOf('杭州市2023年教育工作总结\n\n全市新增学位5万个。\n')).toBeNull();
  });

  it('is the bureau that reports in a paper addressed to a legislature\'s committee, not the committee', () => {
    const paper = '立法會交通事務委員會\n跨境運輸基建項目進展\n\n目的\n本文件向委員匯報香港特別行政區政府運輸及物流局在推展跨境運輸基建方面的工作進展。\n';
    expect(issuerOf(paper)).toBe('运输及物流局');
    const byBureau = '立法會保安事務委員會\n各項人才入境計劃的推行情況\n\n目的\n本文件由保安局及入境事務處向委員匯報香港各項計劃的推行情況。\n香港的人才政策成效顯著。\n';
    expect(issuerOf(byBureau)).toBe('保安局');
  });

  it('is the bureau that answers a legislature\'s question, and the question\'s subject is no programme of the document', () => {
    const text = '立法會　第十七題：香港青年到內地實習及交流的計劃\n\n以下是今日在立法會會議上議員的提問和民政及青年事務局局長的書面答覆：\n答覆：\n計劃共資助青年3,288人。\n';
    const x = extractText(text, { source: 'question.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('民政及青年事务局');
    expect(x.document.programId).toBeNull();
  });

  it('is the body that signs a paper addressed to a legislature\'s committee, under a date of its month alone', () => {
    const paper = '立法會福利事務委員會\n跨境安老服務的最新情況\n\n目的\n本文件向委員匯報政府在廣東省推展跨境安老服務的進展。\n\n勞工及福利局\n社會福利署\n2025年7月\n';
    expect(issuerOf(paper)).toBe('劳工及福利局');
  });

  it('is the bureau that reports in a paper labelled for a committee (財務委員會討論文件), not the committee', () => {
    const paper = '財務委員會討論文件\n2025年6月6日\n\n總目53—政府總部：民政及青年事務局\n\n請各委員批准開立新承擔額，延續計劃五年。本港大專學生對到內地交流的需求持續上升。\n';
    expect(issuerOf(paper)).toBe('民政及青年事务局');
  });

  it('is the news outlet a note under the title names as the source, which is neither the text\'s place nor a party', () => {
    const report = '穗港姊妹学校签约情况通报\n(据某网报道整理;信息来源:中国新闻社广东分社,16.12.2015)\n\n12月15日,与香港新签约缔结姊妹学校37对。\n';
    const x = extractText(report, { source: 'report.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('中国新闻社广东分社');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const partners = x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [name.get(r.from), name.get(r.to)].sort().join('–'));
    expect(partners).not.toEqual(expect.arrayContaining([expect.stringContaining('中国新闻社广东分社')]));
    expect(issuerOf('某市教育合作情况通报\n(信息来源:某市文明网 2020-07-13)\n\n全市新增学位5万个。\n')).toBe('某市文明网');
    // A note that names no organisation or outlet, and a source note in the text's body, name no issuer.
    expect(issuerOf('某市教育合作情况通报\n(信息来源:网络)\n\n全市新增学位5万个。\n')).toBeNull();
    expect(issuerOf('某市教育合作情况通报\n\n全市新增学位5万个。\n(信息来源:某市文明网)\n')).toBeNull();
  });

  it('is the body that signs right under the title, a date perhaps after it; a unit named alone is the title\'s body\'s', () => {
    expect(issuerOf('某某大学2023年度科研平台建设工作报告\n某某大学科学技术研究院\n\n一、总体情况\n学校新增平台5个。\n')).toBe('某某大学科学技术研究院');
    const unit = '昆明理工大学2023年国际合作与交流工作总结\n国际合作与交流处(港澳台事务办公室) 2024年1月10日\n\n2023年，学校与清迈大学签署合作协议。\n';
    const x = extractText(unit, { source: 'unit.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('昆明理工大学国际合作与交流处');
    // What the unit's report says the school did is the university's: it is the party of a clause without a subject.
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const partners = x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [name.get(r.from), name.get(r.to)].sort().join('–'));
    expect(partners).toEqual(['昆明理工大学–清迈大学']);
    // A line under the title that is no body's name names no issuer.
    expect(issuerOf('青海大学2023年度科研平台建设工作报告\n一年来成绩显著\n\n学校新增平台5个。\n')).toBe('青海大学');
  });
});

describe('the issuer named again in its own SAR document', () => {
  it('is the issuer where the text names it as its name ends (文化局 under 澳门特别行政区政府文化局), not a second body', () => {
    const cases = [
      ['澳门特别行政区政府文化局\n2025年工作报告\n一、合作\n文化局与广东省文化和旅游厅签署合作备忘录。\n', '澳门特别行政区政府文化局', '广东省文化和旅游厅'],
      ['香港特别行政区政府教育局\n2025年工作报告\n一、合作\n教育局与广东省教育厅签署合作协议。\n', '香港特别行政区政府教育局', '广东省教育厅'],
    ] as const;
    for (const [text, issuer, partner] of cases) {
      const x = extractText(text, { source: 'sar.txt', sha256: 'x' });
      expect(x.document.issuer).toBe(issuer);
      const bodies = x.entities.filter((e) => e.type === 'INSTITUTION' && e.kind === 'GOVERNMENT').map((e) => e.name);
      expect(bodies.filter((name) => name !== issuer && issuer.endsWith(name.replace(/^(香港|澳门)/, '')))).toEqual([]);
      const name = new Map(x.entities.map((e) => [e.id, e.name]));
      expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`)).toEqual([`${issuer}–${partner}`]);
    }
  });

  it('is the body a title opens with, the word saying who founded it and all (國立 + 臺灣 + 大學), and 本校 + a unit is its unit', () => {
    const x = extractText('國立臺灣大學與廈門大學學術交流年度報告\n一、合作\n本校海洋研究所與廈門大學海洋與地球學院合作設立聯合實驗室。\n', { source: 'ntu.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('国立台湾大学');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`))
      .toContain('国立台湾大学海洋研究所–厦门大学海洋与地球学院');
    expect(x.relations.filter((r) => r.type === 'PART_OF').map((r) => `${name.get(r.from)}⊂${name.get(r.to)}`)).toContain('国立台湾大学海洋研究所⊂国立台湾大学');
  });

  it('reads no mention of a university in the time of writing its report opens with (本學年: this school year, not 本校)', () => {
    const x = extractText('澳門大學2024/2025學年年報\n一、科研\n本學年澳大獲批外部科研經費合共7.85億澳門元。本校與清華大學簽署協議。\n', { source: 'um.txt', sha256: 'x' });
    const university = x.entities.find((e) => e.name === '澳门大学');
    expect(university?.mentions.map((m) => m.surface)).not.toContain('本學');
    expect(university?.mentions.map((m) => m.surface)).toContain('本校');
  });

  it('reads a Traditional text whose title names a SAR after a mainland place as the SAR\'s, its bureaus named alone included', () => {
    // The segmenter glues the bureau's head to the word after it (局亦會): the head still ends the name.
    const text = '立法會十題：支援在廣東居住的香港長者\n答覆：\n（一）勞工及福利局亦會與廣東省民政廳合作檢討各項措施的成效。\n';
    const x = extractText(text, { source: 'legco.txt', sha256: 'x' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name)).toContain('劳工及福利局');
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`)).toContain('劳工及福利局–广东省民政厅');
  });

  it('reads 本校 in a report a school\'s unit issues (…大學國際事務處) as the school, and the units it names without the school as the school\'s', () => {
    const x = extractText('國立中興大學國際事務處113學年度年報\n一、國際合作\n本處持續推動國際化。本校與日本九州大學續簽姊妹校協議。\n'
      + '生命科學院與東京農業大學簽署學生交換協議。\n', { source: 'office.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('国立中兴大学国际事务处');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const partners = x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`);
    expect(partners).toContain('国立中兴大学–九州大学');
    expect(partners).toContain('国立中兴大学生命科学院–东京农业大学');
    expect(partners.filter((p) => p.startsWith('国立中兴大学国际事务处'))).toEqual([]);
    // 本處 stays the office itself.
    expect(x.entities.find((e) => e.name === '国立中兴大学国际事务处')?.mentions.map((m) => m.surface)).toContain('本處');
  });

  it('is the issuer where the text names it without the city its name opens with (区教育局, 海珠区教育局 under 广州市海珠区教育局)', () => {
    const x = extractText('广州市海珠区教育局2024年工作总结\n区教育局与澳门教育及青年发展局签署合作备忘录。海珠区教育局与香港教育大学合作。\n', { source: 'district.txt', sha256: 'x' });
    expect(x.entities.filter((e) => e.type === 'INSTITUTION' && e.name.endsWith('教育局')).map((e) => e.name)).toEqual(['广州市海珠区教育局']);
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`).sort()).toEqual([
      '广州市海珠区教育局–澳门教育及青年发展局', '广州市海珠区教育局–香港教育大学',
    ]);
  });

  it('is the issuer where the text names it as one side (局方, 校方), and 局方 + 计划 is the bureau planning, no programme', () => {
    const x = extractText('民政及青年事务局\n2025年工作报告\n局方与深圳市前海管理局合办创业大赛。局方计划把实习计划扩展至成都。\n', { source: 'side.txt', sha256: 'x' });
    const bureau = x.entities.find((e) => e.name === '民政及青年事务局');
    expect(bureau?.mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(['局方']));
    expect(x.entities.filter((e) => e.type === 'PROGRAM').map((e) => e.name)).not.toContain('局方计划');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`)).toEqual(['民政及青年事务局–深圳市前海管理局']);
    const school = extractText('杭州市第二中学2024年工作总结\n校方与深圳市实验学校结为姊妹学校。\n', { source: 'school.txt', sha256: 'x' });
    expect(school.entities.find((e) => e.name === '杭州市第二中学')?.mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(['校方']));
  });

  it('reads a government\'s report read at its council\'s regular session as the government\'s, a report of the year it was read', () => {
    const text = '花莲县议会第20届第6次定期大会\n花莲县政府施政报告\n（教育部分）\n\n报告人：花莲县长\n2025年10月14日\n\n壹、教育\n共18所国民小学开设族语课程。\n';
    const x = extractText(text, { source: 'council.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('花莲县政府');
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['18所 2025 ACHIEVED']);
  });

  it('reads a report to a council by a unit of the government (市政府 + 秘书处) as the unit\'s, not the council\'s', () => {
    const text = '高雄市議會第4屆第6次定期大會\n高雄市政府秘書處國際事務工作報告\n報告人：秘書長\n中華民國114年10月\n\n壹、前言\n本處與熊本市政府簽署交流備忘錄。\n';
    const x = extractText(text, { source: 'council-unit.txt', sha256: 'x' });
    expect(x.document.issuer).toBe('高雄市政府秘书处');
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name.get(r.from)}–${name.get(r.to)}`)).toEqual(['高雄市政府秘书处–熊本市政府']);
  });
});
