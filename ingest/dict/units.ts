/**
 * Generic units and measure words that follow a number in Chinese policy text, with guards
 * against words that merely start with a measure character (期间, 台湾, 家长, 项目 …).
 */

/** A unit as written, the characters that must not follow it, and its canonical form when it differs. */
interface UnitSpec {
  readonly unit: string;
  readonly notBefore?: readonly string[];
  readonly canonical?: string;
}

const u = (unit: string, notBefore?: string, canonical?: string): UnitSpec => ({
  unit,
  notBefore: notBefore === undefined || notBefore === '' ? undefined : notBefore.split('|'),
  canonical,
});

const UNIT_SPECS: readonly UnitSpec[] = [
  // ratios
  u('%'), u('‰'), u('个百分点'), u('百分点', '', '个百分点'), u('倍'),
  // money
  u('元'), u('美元'), u('港元'), u('港币', '', '港元'), u('澳门元'), u('欧元'), u('英镑'), u('日元'),
  // people and counted occasions
  u('人次'), u('人天'), u('人日'), u('人年'),
  u('人', '员|才|民|口|大|群|士|事|格|文|物|类|社|力|工|身|性|均|心|生'),
  u('名', '额|单|校|师|誉|义|称|录|列|片|牌|次|城|家|医|园|著'),
  u('位', '于|置|数|列'), u('户', '籍|口|外|型'),
  // institutions, facilities, things
  u('所次'), u('所', '有|在|属|得|以|谓|需|长'), u('家', '长|庭|乡|园|属|具|族|喻'),
  u('个月'), u('个工作日'), u('个'), u('间', '断|隔'), u('座', '谈'), u('栋'), u('幢'), u('处', '理|室|级|长|置|分'),
  u('台套'), u('台', '湾|风|阶|上|账|胞'), u('套', '餐'), u('部门'), u('部', '门|分|署|长|委|属|队|位|件'),
  u('件', '事'), u('项次'), u('项', '目'), u('个次'), u('次', '要|数|序|生'),
  u('期次'), u('期', '间|末|中|刊|望|待|限|初|货|满'), u('批次'), u('批', '准|示|复|评'),
  u('场次'), u('场', '馆|地|所|景|合|域'), u('门次'), u('门', '户|槛|口|类|诊|店|卫'),
  u('节', '日|点|约|目|能|省|奏'), u('篇次'), u('篇', '章|幅'), u('册', '子'),
  u('本', '科|地|市|区|人|次|身|届|年|土|着|部|领|质|原|级|位'),
  u('份', '额|子'), u('条', '件|例|款|目|理'), u('宗', '旨|教'),
  u('对', '于|外|口|接|标|照|象|话|比|应|策|待|抗|称'), u('组', '织|建|成|合|团|长'),
  u('支', '持|部|撑|出|付|教|援|队|柱'), u('队', '伍|员'), u('届', '次|时|满'),
  u('类', '型|别|似'), u('种', '类|植|子|养'), u('张'), u('块'), u('枚'), u('辆'), u('架', '构'),
  u('株'), u('棵'), u('首', '都|批|届|次|席|个|先|要|创|位'), u('幅', '度'), u('例'),
  u('起', '来|到|步|草|点|始|航|诉'), u('笔'), u('堂'),
  u('课时'), u('学时'), u('学分'), u('课', '程|题|堂|时|外|后|本|标|改'),
  u('班次'), u('班', '子|级|主|车|组|长|会|额|底'),
  u('轮', '训|岗|值|次|流|换'), u('层', '次|级|面'), u('床'),
  u('区', '域|级|属|内|划|委|政|教|县|块|位|间'), u('县', '级|域|区|属|中|委|政|城'),
  u('镇', '街|级|村'), u('村', '级|民|居|委'),
  // time
  u('小时'), u('分钟'), u('秒', '钟'), u('天', '然|津|河|空|地|下'), u('周岁'),
  u('周', '年|边|期|末|围|转'), u('岁'), u('年', '级|度|龄|代|会|鉴|报|检|薪|轻|份|底|初|末|终|中|均'),
  // measures
  u('平方公里'), u('平方千米', '', '平方公里'), u('平方米'), u('㎡', '', '平方米'), u('立方米'),
  u('公里'), u('千米', '', '公里'), u('米', '饭|粒'), u('亩'), u('公顷'), u('吨'), u('公斤'), u('千克', '', '公斤'),
  u('千瓦时'), u('千瓦'), u('兆瓦'), u('分', '钟|别|类|批|校|享|析|配|布|工|层|期|散|子|数|为|成|级|局|会|管|院|区|段|担|解|发|支|流|化|裂|部'),
];

/** ASCII units (km, kg, m², Gbps …) accepted only when no further letter follows. */
const ASCII_UNITS = ['km', 'kg', 'm²', 'm2', 'Gbps', 'Mbps', 'GB', 'TB', 'MW', 'kWh', 'kW'];

/** Per-unit suffixes such as "/生·年" in "元/生·年" or "/人". */
const PER_SOURCE = String.raw`(?:\/(?:学生|学期|平方米|小时|课时|生|人|年|月|周|天|日|次|班|校|所)(?:[·•.](?:学年|学期|年|月|天|日))?)?`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const CANONICAL: ReadonlyMap<string, string> = new Map(
  UNIT_SPECS.filter((s) => s.canonical !== undefined).map((s) => [s.unit, s.canonical as string]),
);

/** Source of a regex alternation of every unit (longest first), each with its guard, then an optional per-suffix. */
export const UNIT_SOURCE = ((): string => {
  const alts = [...UNIT_SPECS]
    .sort((a, b) => b.unit.length - a.unit.length)
    .map((s) => escape(s.unit) + (s.notBefore ? `(?!${s.notBefore.map(escape).join('|')})` : ''));
  const ascii = ASCII_UNITS.map(escape).join('|');
  return `(?:(?:${ascii})(?![A-Za-z])|${alts.join('|')})${PER_SOURCE}`;
})();

/** The canonical form of a matched unit (百分点 → 个百分点, ㎡ → 平方米); others unchanged. */
export function canonicalUnit(unit: string): string {
  const slash = unit.indexOf('/');
  const base = slash < 0 ? unit : unit.slice(0, slash);
  const canonical = CANONICAL.get(base);
  return canonical === undefined ? unit : canonical + (slash < 0 ? '' : unit.slice(slash));
}

/** Units that are a span of time, for which a following program head makes the number part of a name (3年行动计划). */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['年', '个月', '周', '天']);
