import { describe, expect, it } from 'vitest';
import { extractText } from '../../ingest/pipeline.js';
import { withDigitYears } from '../../language/script/numeralYears.js';
import { withCommonEraYears } from '../../language/script/rocYears.js';

const extract = (text: string) => extractText(text, { source: 'numeral-years.txt', sha256: 'x', id: 'doc:numeral-years' });

describe('years written in numerals', () => {
  it('puts their digits in place one character for one, a range\'s second year too, and leaves counts alone', () => {
    expect(withDigitYears('二〇二五年三月，二零一九年度，一九九七年')).toBe('2025年三月，2019年度，1997年');
    expect(withDigitYears('二〇二五／二六学年、二〇二五至二〇二六年')).toBe('2025／26学年、2025至2026年');
    // Note: no year outside 1900–2100, nor four numerals inside a longer count.
    expect(withDigitYears('三四五六年，十二〇二五年')).toBe('三四五六年，十二〇二五年');
    expect(withDigitYears('没有年份的句子')).toBe('没有年份的句子');
    expect(withDigitYears('近三年来，十二年，二〇二五届')).toBe('近三年来，十二年，二〇二五届');
    expect(withDigitYears('二○一四届毕业生，二○一四年')).toBe('二○一四届毕业生，2014年');
  });

  it('gives a notice signed in numerals its date, its statements their year, and keeps the text as written', () => {
    const x = extract([
      '某某市教育局关于印发二〇二五年工作要点的通知', '', '各区教育局：', '现将《二〇二五年工作要点》印发给你们，请认真贯彻执行。', '',
      '某某市教育局', '二〇二五年三月十二日', '', '一、全年新增学位5000个。', '二、到二〇二七年，建成示范校30所。',
    ].join('\n'));
    expect(x.document.issuedOn).toBe('2025-03-12');
    expect(x.document.title).toBe('某某市教育局关于印发二〇二五年工作要点的通知');
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['5000个 2025 PLANNED', '30所 2027 PLANNED']);
    expect(x.targets[1].text).toContain('二〇二七年');
    expect(x.statements.every((s) => !/20\d\d/.test(s.text))).toBe(true);
  });

  it('reads a Macao report dated in numerals as its digit-written twin', () => {
    const written = ['二〇二五年度青年工作報告', '', '二〇二五年，局方安排120名大學生到企業實習。', '二〇二六年將培訓教師3000名。'].join('\n');
    const digits = written.replaceAll('二〇二五', '2025').replaceAll('二〇二六', '2026');
    const targets = (text: string) => extract(text).targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`);
    expect(targets(written)).toEqual(['120名 2025 ACHIEVED', '3000名 2026 PLANNED']);
    expect(targets(written)).toEqual(targets(digits));
  });

  it('puts a text\'s Republic of China years in the common era one character for one, only where it dates itself so', () => {
    const dated = '报告日期：中华民国114年2月18日\n113年度成果，113学年度起，于113年7月举办，自114年起。';
    const converted = withCommonEraYears(dated);
    expect(converted).toBe('报告日期：   2025年2月18日\n2024年成果，2024学年起，2024年7月举办，自114年起。');
    expect(converted.length).toBe(dated.length);
    // A line opening with the era's words keeps them (the date reader reads them); no era, no reading.
    expect(withCommonEraYears('中华民国114年2月10日\n113年度')).toBe('中华民国114年2月10日\n2024年');
    expect(withCommonEraYears('全民国家安全教育日，113年度')).toBe('全民国家安全教育日，113年度');
    // A full date with a bare year of three digits dates the text so too (a release's 发布日期：114年3月5日).
    expect(withCommonEraYears('发布日期：114年3月5日\n113学年度来自新南向国家的境外生')).toBe('发布日期：114年3月5日\n2024学年来自新南向国家的境外生');
  });

  it('dates a Taiwan report signed in the Republic of China calendar, and its statements, in the common era', () => {
    const x = extract(['某縣政府教育處113年度交流成果報告', '中華民國114年2月10日', '', '壹、辦理成果', '全年交流學生計1,146人次。', '',
      '貳、114年度工作規劃', '推動締盟學校增至25組。'].join('\n'));
    expect(x.document.issuedOn).toBe('2025-02-10');
    expect(x.targets.map((t) => `${t.value}${t.unit} ${t.year} ${t.status}`)).toEqual(['1146人次 2024 ACHIEVED', '25组 2025 PLANNED']);
    expect(x.statements.some((s) => s.text === '中華民國114年2月10日')).toBe(true);
  });

  it('reads a bare year of that calendar (113年在教育扎根, 較112年同期) as no count of years', () => {
    const x = extract(['某縣政府施政報告', '中華民國113年11月18日', '', '壹、前言', '113年在教育扎根，遊客較112年同期成長6.5%。',
      '貳、學制', '專科學制為5年。'].join('\n'));
    expect(x.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6.5%', '5年']);
  });
});
