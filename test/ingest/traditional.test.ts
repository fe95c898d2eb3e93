import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../ingest/pipeline.js';
import { ALWAYS, CHANGEABLE, changeableTable, markAlwaysChanged, SHIFTING, type DictLike } from '../../language/script/changeable.js';
import { detectScript, keepsOtherCharacters, toSimplified } from '../../language/script/traditional.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/traditional/${name}`, import.meta.url), 'utf8');
const traditional = fixture('hk-twin-traditional.txt');
const simplified = fixture('hk-twin-simplified.txt');
const extract = (text: string, source: string) => extractText(text, { source, sha256: 'x', id: 'doc:twin' });

describe('Traditional Chinese', () => {
  it('tells Traditional from Simplified text', () => {
    expect(detectScript(traditional)).toBe('TRADITIONAL');
    expect(detectScript(simplified)).toBe('SIMPLIFIED');
  });

  it('converts to Simplified keeping every character in place', () => {
    const converted = toSimplified(traditional);
    expect(converted.length).toBe(traditional.length);
    expect(converted).toBe(simplified);
  });

  it('reads a character the converter keeps in a Hong Kong form as the mainland one (澂江市 → 澄江市), one for one', () => {
    expect(toSimplified('學員還赴玉溪市澂江市的中小學考察交流。')).toBe('学员还赴玉溪市澄江市的中小学考察交流。');
  });

  it('converts a text the same whether or not its script was detected first (detection keeps its sample\'s lines)', () => {
    const fresh = toSimplified(traditional);
    // A sample cut inside a line keeps that part line, never given for the whole line.
    const cut = traditional.indexOf('\n', 300);
    expect(detectScript(traditional.slice(0, cut + 20) + traditional.slice(0, cut))).toBe('TRADITIONAL');
    expect(toSimplified(traditional)).toBe(fresh);
    expect(detectScript(traditional)).toBe('TRADITIONAL');
    expect(toSimplified(traditional)).toBe(fresh);
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('gives the same graph as its Simplified twin', () => {
    const t = extract(traditional, 'hk-twin-traditional.txt');
    const s = extract(simplified, 'hk-twin-simplified.txt');
    const entities = (x: typeof t) => x.entities.map((e) => `${e.id} ${e.type} ${e.name} ${e.kind}`).sort();
    const relations = (x: typeof t) => x.relations.map((r) => `${r.type} ${r.from} ${r.to}`).sort();
    const targets = (x: typeof t) => x.targets.map((g) => `${g.value} ${g.unit} ${g.comparator} ${g.year} ${g.status}`).sort();
    expect(entities(t)).toEqual(entities(s));
    expect(relations(t)).toEqual(relations(s));
    expect(targets(t)).toEqual(targets(s));
    expect(entities(t)).toContain('institution:香港城市大学(东莞) INSTITUTION 香港城市大学(东莞) UNIVERSITY');
    expect(relations(t)).toContain('PART_OF institution:香港城市大学(东莞) institution:香港城市大学');
  });

  it('keeps Simplified canonical names, Traditional forms as aliases and mentions as written', () => {
    const t = extract(traditional, 'hk-twin-traditional.txt');
    const campus = t.entities.find((e) => e.name === '香港城市大学(东莞)');
    expect(campus?.aliases).toContain('香港城市大學(東莞)');
    expect(campus?.mentions[0].surface).toBe('香港城市大學(東莞)');
    expect(t.statements.some((st) => st.text.includes('首年錄取學生約500名'))).toBe(true);
    expect(t.document.title).toBe('香港特別行政區政府教育局關於深化粵港澳高等教育合作的通知');
  });

  it('keeps a quoted name\'s written form as an alias without its 「」, as it keeps one without its “”', () => {
    const written = extract('香港特別行政區政府創新科技及工業局\n2024年工作報告\n生產力局負責「科技券」計劃。\n', 'quoted-hk.txt');
    const twin = extract('香港特别行政区政府创新科技及工业局\n2024年工作报告\n生产力局负责“科技券”计划。\n', 'quoted-cn.txt');
    const aliases = (x: typeof written) => x.entities.find((e) => e.name === '科技券计划')?.aliases;
    expect(aliases(written)).toEqual(['科技券', '科技券計劃']);
    expect(aliases(twin)).toEqual(['科技券']);
    expect(written.entities.find((e) => e.name === '科技券计划')?.mentions[0].surface).toBe('「科技券」計劃');
  });

  it('reads a Traditional text that names 香港 throughout as the SAR\'s: its field-named bureaus are bodies, bare 辦公室 is not', () => {
    const text = '# title: 環境局施政措施\n環境局將與香港各界合作。香港將推動減碳，香港市民參與。環境保護署負責推行，辦公室負責統籌。財經事務及庫務局撥款。\n';
    const names = extract(text, 'sar.txt').entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['环境局', '环境保护署', '财经事务及库务局']));
    expect(names.some((n) => n.endsWith('办公室'))).toBe(false);
  });

  it('reads a Traditional text as its SAR\'s however often it names a mainland partner, and its bureau named by one word (發展局)', () => {
    const text = '發展局\n北部都會區項目進度報告\n一、進展\n發展局與深圳市科技創新局合作。香港與深圳共建園區，深圳市政府支持，深圳企業進駐。香港各界參與。\n';
    const t = extract(text, 'devb.txt');
    expect(t.document.title).toBe('發展局北部都會區項目進度報告');
    expect(t.document.issuer).toBe('发展局');
    const bureau = t.entities.find((e) => e.name === '发展局');
    expect(bureau?.mentions.map((m) => m.surface)).toContain('發展局');
    expect(t.entities.map((e) => e.name)).toContain('深圳市科技创新局');
  });

  it('reads a SAR text in Simplified Chinese as its Traditional twin when it speaks from the SAR (本港, or 内地 again and again)', () => {
    const texts = [
      '勞工及福利局\n推動與內地合作的措施進展報告\n一、進展\n勞工處與深圳市人力資源和社會保障局合作，為本港青年提供實習機會。香港青年赴深圳實習，香港與深圳共辦招聘會。社會福利署與廣東省民政廳合作。\n',
      '勞工及福利局\n青年交流措施進展報告\n一、進展\n勞工處與深圳市人力資源和社會保障局合作，安排香港青年赴內地實習。香港學生到內地交流，香港與深圳合辦活動。社會福利署與內地機構及廣東省民政廳合作。\n',
    ];
    for (const written of texts) {
      const graph = (x: ReturnType<typeof extract>) => ({
        issuer: x.document.issuer,
        entities: x.entities.map((e) => `${e.type} ${e.name}`).sort(),
        relations: x.relations.map((r) => `${r.type} ${r.from} ${r.to}`).sort(),
      });
      const simplifiedTwin = toSimplified(written);
      expect(detectScript(simplifiedTwin)).toBe('SIMPLIFIED');
      const t = graph(extract(written, 'lwb.txt'));
      expect(graph(extract(simplifiedTwin, 'lwb.txt'))).toEqual(t);
      expect(t.issuer).toBe('劳工及福利局');
      expect(t.relations).toContain('PARTNERS_WITH institution:劳工处 institution:深圳市人力资源和社会保障局');
    }
  });

  it('keeps a mainland text that names 香港 most, and 内地 once, its own place\'s', () => {
    const text = '# title: 两地学校交流活动综述\n香港学校与广州学校结为姊妹学校。香港教师赴广州交流，香港学生到广州参访。市教育局组织内地与香港学校交流。\n';
    expect(extract(text, 'gz.txt').entities.map((e) => e.name)).toContain('广州市教育局');
  });

  it('reads a Traditional press release that says 全港 and never 香港 as Hong Kong\'s, however often it names mainland cities', () => {
    const text = [
      '教育局公布灣區學習之旅資助計劃', '',
      '教育局今日公布，將資助全港公營學校的高中學生前往廣州、深圳、佛山及肇慶考察。',
      '學生會在佛山參觀製造業企業，並到廣州及深圳參觀科學城。',
      '教育局與廣東省教育廳合作舉辦教師交流活動，在佛山市順德區舉行。',
    ].join('\n');
    const t = extract(text, 'edb.txt');
    expect(t.document.issuer).toBe('香港教育局');
    expect(t.relations.map((r) => `${r.type} ${r.from} ${r.to}`)).toContain('PARTNERS_WITH institution:香港教育局 institution:广东省教育厅');
    // Note: a mainland port's report says 全港 of its port: that alone makes no text a SAR's.
    const port = '# title: 港口生产情况通报\n全港完成货物吞吐量1.2亿吨。全港集装箱吞吐量增长5%。宁波市与香港合作，市港口管理局牵头，宁波市政府支持。\n';
    expect(extract(port, 'port.txt').entities.map((e) => e.name)).toContain('宁波市港口管理局');
  });

  it('ends a committee\'s name at a person\'s post or the time of writing (局長今日出席…委員會)', () => {
    const text = '# title: 施政措施\n香港環境局局長今日出席立法會環境事務委員會會議。\n';
    const names = extract(text, 'post.txt').entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    expect(names).toContain('立法会环境事务委员会');
    expect(names.some((n) => n.includes('局长') || n.includes('今日'))).toBe(false);
  });

  it('ends a body\'s name at its head before the post named after it (勞工及福利局局長: jieba\'s 局局长 is cut)', () => {
    const text = '# title: 新聞公報\n勞工及福利局局長今日在深圳出席簽約儀式，與本港青年交流，教育局人事處處長陪同。\n';
    const names = extract(text, 'lwb-post.txt').entities.filter((e) => e.type === 'INSTITUTION').map((e) => e.name);
    // The bureau's division (教育局 + 人事處, its head cut off the field by the segmenter) is the bureau's, in Hong Kong.
    expect(names).toEqual(expect.arrayContaining(['劳工及福利局', '香港教育局人事处']));
  });
});

describe('what the converter can change', () => {
  it('marks the codes a same-length entry changes, the witness of a length-changing one, and what turns into a witness', () => {
    const table = changeableTable(['著名 着名|乾 乾', [['二噁英', '二𫫇英'], ['甲', '噁']]]);
    expect(table['著'.charCodeAt(0)]).toBe(CHANGEABLE);
    expect(table['名'.charCodeAt(0)]).toBe(0);
    expect(table['乾'.charCodeAt(0)]).toBe(0);
    expect(table['噁'.charCodeAt(0)]).toBe(SHIFTING);
    expect(table['二'.charCodeAt(0)]).toBe(0);
    expect(table['甲'.charCodeAt(0)]).toBe(CHANGEABLE | SHIFTING);
  });

  it('marks ALWAYS the codes no stage keeps or gives back: not one a phrase keeps, nor one a later stage turns back', () => {
    const stages: DictLike[][] = [['甲 乙|丙 丁|戊 己|戊辛 戊辛'], ['乙 甲|丁 庚']];
    const table = changeableTable(stages.flat());
    markAlwaysChanged(table, stages);
    expect(table['甲'.charCodeAt(0)] & ALWAYS).toBe(0);
    expect(table['丙'.charCodeAt(0)] & ALWAYS).toBe(ALWAYS);
    expect(table['戊'.charCodeAt(0)] & ALWAYS).toBe(0);
    expect(table['庚'.charCodeAt(0)] & ALWAYS).toBe(0);
  });

  it('bounds the conversion of every fixture window: no SHIFTING code keeps the length, and only CHANGEABLE codes change', () => {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter(o: { from: string; to: string }): (text: string) => string;
      Locale: { configs: Record<string, { normalizationChain: DictLike[][]; conversionChain: DictLike[][] }> };
    };
    const { normalizationChain, conversionChain } = opencc.Locale.configs.hk2s;
    const table = changeableTable([...normalizationChain, ...conversionChain].flat());
    markAlwaysChanged(table, [...normalizationChain, ...conversionChain]);
    const convert = opencc.Converter({ from: 'hk', to: 'cn' });
    const dirs = ['traditional', 'corpus'].map((d) => new URL(`../fixtures/${d}/`, import.meta.url));
    let checked = 0;
    for (const [dir, name] of dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => [d, f] as const))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (let start = 0; start < text.length; start += 50) {
        const window = text.slice(start, start + 600);
        if ([...window].some((ch) => (table[ch.charCodeAt(0)] & SHIFTING) !== 0)) continue;
        const converted = convert(window);
        expect(converted.length).toBe(window.length);
        for (let i = 0; i < window.length; i++) {
          if (converted[i] !== window[i]) expect(table[window.charCodeAt(i)] & CHANGEABLE, `${name}@${start + i}`).toBe(CHANGEABLE);
          else expect(table[window.charCodeAt(i)] & ALWAYS, `${name}@${start + i}`).toBe(0);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('what conversion keeps in place', () => {
  it('keeps every character other than Han where it is in the lines it says it does', () => {
    const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
    const dirs = ['traditional', 'corpus'].map((d) => new URL(`../fixtures/${d}/`, import.meta.url));
    let kept = 0;
    for (const [dir, name] of dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => [d, f] as const))) {
      for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
        if (!keepsOtherCharacters(line)) continue;
        const converted = toSimplified(line);
        for (let i = 0; i < line.length; i++) if (!isHan(line.charCodeAt(i))) expect(converted[i], `${name}: ${line}`).toBe(line[i]);
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(100);
  });
});

describe('a Hong Kong circular in Traditional Chinese', () => {
  it('reads its title below the circular number and distribution lines, its issuer from the number, and its year and status', () => {
    const text = '教育局通函第118/2024號\n分發名單：各官立中學及資助中學校長\n副本送：各組主管—供參考\n'
      + '2024/25學年姊妹學校計劃及內地交流活動安排\n目的\n本學年資助名額共1000個。\n';
    const x = extractText(text, { source: 'edb-circular.txt', sha256: 'x' });
    expect(x.document.title).toBe('2024/25學年姊妹學校計劃及內地交流活動安排');
    expect(x.targets.find((t) => t.value === 1000)).toMatchObject({ status: 'PLANNED', year: 2024 });
  });
});
