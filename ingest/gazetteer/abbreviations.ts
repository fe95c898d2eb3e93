/** One-character abbreviations of provinces, SARs and major cities used in compounds such as 粤港澳, 穗港澳台, 广深 (general knowledge). */

/** How freely a one-character abbreviation combines: SARs/Taiwan, distinctive abbreviations, and ordinary characters allowed only in known pairs. */
export type AbbreviationClass = 'SAR' | 'STRONG' | 'WEAK';

export interface Abbreviation {
  /** The canonical gazetteer name the character stands for. */
  name: string;
  cls: AbbreviationClass;
}

const TABLE: ReadonlyArray<[string, string, AbbreviationClass]> = [
  ['港', '香港', 'SAR'], ['澳', '澳门', 'SAR'], ['台', '台湾', 'SAR'],
  ['粤', '广东省', 'STRONG'], ['穗', '广州市', 'STRONG'], ['沪', '上海市', 'STRONG'], ['渝', '重庆市', 'STRONG'],
  ['闽', '福建省', 'STRONG'], ['浙', '浙江省', 'STRONG'], ['苏', '江苏省', 'STRONG'], ['琼', '海南省', 'STRONG'],
  ['湘', '湖南省', 'STRONG'], ['鄂', '湖北省', 'STRONG'], ['赣', '江西省', 'STRONG'], ['皖', '安徽省', 'STRONG'],
  ['桂', '广西壮族自治区', 'STRONG'], ['冀', '河北省', 'STRONG'], ['鲁', '山东省', 'STRONG'], ['豫', '河南省', 'STRONG'],
  ['晋', '山西省', 'STRONG'], ['陕', '陕西省', 'STRONG'], ['蜀', '四川省', 'STRONG'], ['川', '四川省', 'STRONG'],
  ['滇', '云南省', 'STRONG'], ['黔', '贵州省', 'STRONG'], ['陇', '甘肃省', 'STRONG'], ['辽', '辽宁省', 'STRONG'],
  ['京', '北京市', 'STRONG'], ['津', '天津市', 'STRONG'], ['深', '深圳市', 'STRONG'], ['莞', '东莞市', 'STRONG'],
  ['佛', '佛山市', 'STRONG'], ['珠', '珠海市', 'STRONG'], ['肇', '肇庆市', 'STRONG'], ['蓉', '成都市', 'STRONG'],
  ['甬', '宁波市', 'STRONG'], ['厦', '厦门市', 'STRONG'], ['杭', '杭州市', 'STRONG'],
  ['广', '广州市', 'WEAK'],
];

/** The abbreviation each character stands for. */
export const ABBREVIATIONS: ReadonlyMap<number, Abbreviation> = new Map(
  TABLE.map(([ch, name, cls]) => [ch.charCodeAt(0), { name, cls }]),
);

/** Well-known compounds containing a weak character (广 is an ordinary word character elsewhere). */
export const KNOWN_COMPOUNDS: ReadonlySet<string> = new Set(['广深', '广佛', '广佛肇', '广深港', '广珠', '广深珠', '广佛莞']);

/**
 * Whether a run of abbreviation characters is a compound: two or more distinct characters with ≥2 of 港澳台, or one of
 * 港澳台 with a distinctive abbreviation, or only distinctive abbreviations; runs with 广 must be a known compound.
 */
export function isCompound(run: string): boolean {
  if (run.length < 2 || new Set(run).size !== run.length) return false;
  if (KNOWN_COMPOUNDS.has(run)) return true;
  let sar = 0;
  let strong = 0;
  for (let k = 0; k < run.length; k++) {
    const cls = ABBREVIATIONS.get(run.charCodeAt(k))?.cls;
    if (cls === 'SAR') sar++;
    else if (cls === 'STRONG') strong++;
    else return false;
  }
  return sar >= 2 || (sar >= 1 && strong >= 1) || (sar === 0 && strong >= 2);
}
