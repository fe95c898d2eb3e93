import { describe, expect, it } from 'vitest';
import { parseArabicNumber, parseChineseNumber, roundNumber, scaleValue } from '../../language/match/numbers.js';

describe('parseChineseNumber', () => {
  it('reads Arabic integers and decimals', () => {
    expect(parseChineseNumber('1030')).toBe(1030);
    expect(parseChineseNumber('82.57')).toBe(82.57);
    expect(parseChineseNumber('0')).toBe(0);
  });

  it('reads a comma as a thousands separator only before exactly three digits', () => {
    expect(parseChineseNumber('1,030')).toBe(1030);
    expect(parseChineseNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseArabicNumber('5,10')).toBeNull();
    expect(parseArabicNumber('5,1000')).toBeNull();
  });

  it('reads digits alone as the regex reading does, and nothing from an empty or mixed string', () => {
    expect(parseArabicNumber('0123')).toBe(123);
    expect(parseArabicNumber('2025')).toBe(2025);
    expect(parseArabicNumber('')).toBeNull();
    expect(parseArabicNumber('20年')).toBeNull();
    expect(parseArabicNumber('１２')).toBeNull();
    expect(parseArabicNumber('12.')).toBeNull();
  });

  it('reads Chinese numerals with place words', () => {
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('十五')).toBe(15);
    expect(parseChineseNumber('一百二十')).toBe(120);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('两千')).toBe(2000);
    expect(parseChineseNumber('三万五千')).toBe(35000);
    expect(parseChineseNumber('三亿五千万')).toBe(350000000);
    expect(parseChineseNumber('零')).toBe(0);
  });

  it('reads a run of Chinese digits as positional digits', () => {
    expect(parseChineseNumber('二〇一九')).toBe(2019);
    expect(parseChineseNumber('二零二零')).toBe(2020);
  });

  it('reads Arabic numbers scaled by 万, 亿 and 万亿 without floating-point noise', () => {
    expect(parseChineseNumber('5.88万')).toBe(58800);
    expect(parseChineseNumber('15.15万')).toBe(151500);
    expect(parseChineseNumber('3.14亿')).toBe(314000000);
    expect(parseChineseNumber('1.2万亿')).toBe(1200000000000);
    expect(parseChineseNumber('1719万')).toBe(17190000);
  });

  it('returns null for text that is not a number', () => {
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('万')).toBeNull();
    expect(parseChineseNumber('学校')).toBeNull();
    expect(parseChineseNumber('6+2+N')).toBeNull();
    expect(parseChineseNumber('五五')).toBe(55);
    expect(parseChineseNumber('5五')).toBeNull();
  });
});

describe('scaling helpers', () => {
  it('multiplies by the factor of a scale word and leaves other values alone', () => {
    expect(scaleValue(5.88, '万')).toBe(58800);
    expect(scaleValue(4000, '万')).toBe(40000000);
    expect(scaleValue(3.14, '亿')).toBe(314000000);
    expect(scaleValue(7, '')).toBe(7);
  });

  it('rounds away binary noise of a decimal product', () => {
    expect(roundNumber(0.1 + 0.2)).toBe(0.3);
    expect(roundNumber(1.1 * 3)).toBe(3.3);
  });
});

describe('number parsing shortcuts', () => {
  /** parseChineseNumber as written before its shortcut for numerals alone: three regexes over every string. */
  const TOKEN = /\d+(?:\.\d+)?|[^\d]/g;
  const byRegexes = (s: string): string[] | number | null => {
    const str = s.trim();
    if (str === '') return null;
    const arabic = parseArabicNumber(str);
    if (arabic !== null) return arabic;
    return str.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').match(TOKEN);
  };

  it('cuts numerals alone into one part per character, as the regexes do', () => {
    for (const s of ['一百二十', '两千', '二〇一九', '十四五', '百分之八', ' 三 ', '万', '\n十']) {
      expect(byRegexes(s)).toEqual(s.trim().split(''));
    }
  });

  it('rounds an integer to itself and 0 to 0, as toPrecision does', () => {
    for (const v of [1, 12, -7, 2025, 1e8, 99999999999999, 1e15, 1e16, 0, -0, 5.88e4, 0.1 + 0.2]) {
      expect(Object.is(roundNumber(v), Number(v.toPrecision(15)))).toBe(true);
    }
  });
});
