/**
 * Generic institution heads (the word an organisation's name ends in) and the kind each implies.
 * General vocabulary only: no names of real organisations.
 */
export type InstitutionKind =
  | 'UNIVERSITY' | 'COLLEGE' | 'SCHOOL' | 'KINDERGARTEN' | 'RESEARCH' | 'GOVERNMENT' | 'ALLIANCE'
  | 'GROUP' | 'FOUNDATION' | 'LIBRARY' | 'MUSEUM' | 'HOSPITAL' | 'CENTRE' | 'OTHER';

/** Head word → institution kind; the longest head matching the end of a name wins. */
export const INSTITUTION_HEADS: ReadonlyArray<readonly [string, InstitutionKind]> = [
  ['大学', 'UNIVERSITY'], ['师范大学', 'UNIVERSITY'], ['科技大学', 'UNIVERSITY'], ['医科大学', 'UNIVERSITY'],
  ['学院', 'COLLEGE'], ['职业技术学院', 'COLLEGE'], ['职业学院', 'COLLEGE'], ['技师学院', 'COLLEGE'],
  ['师范学院', 'COLLEGE'], ['专科学校', 'COLLEGE'], ['书院', 'COLLEGE'], ['党校', 'COLLEGE'], ['孔子学院', 'COLLEGE'],
  ['学校', 'SCHOOL'], ['中学', 'SCHOOL'], ['小学', 'SCHOOL'], ['高级中学', 'SCHOOL'], ['初级中学', 'SCHOOL'],
  ['附中', 'SCHOOL'], ['附小', 'SCHOOL'], ['附属中学', 'SCHOOL'], ['附属小学', 'SCHOOL'], ['实验学校', 'SCHOOL'],
  ['外国语学校', 'SCHOOL'], ['职业学校', 'SCHOOL'], ['技工学校', 'SCHOOL'], ['中专', 'SCHOOL'], ['技校', 'SCHOOL'],
  ['职校', 'SCHOOL'],
  ['分校', 'SCHOOL'], ['校区', 'SCHOOL'],
  ['幼儿园', 'KINDERGARTEN'], ['幼稚园', 'KINDERGARTEN'], ['托儿所', 'KINDERGARTEN'],
  ['研究院', 'RESEARCH'], ['研究所', 'RESEARCH'], ['研究中心', 'RESEARCH'], ['科学院', 'RESEARCH'],
  ['社会科学院', 'RESEARCH'], ['工程院', 'RESEARCH'], ['实验室', 'RESEARCH'], ['重点实验室', 'RESEARCH'],
  ['教研院', 'RESEARCH'], ['教研室', 'RESEARCH'], ['研究会', 'OTHER'],
  ['教育部', 'GOVERNMENT'], ['教育厅', 'GOVERNMENT'], ['教育局', 'GOVERNMENT'], ['教育委员会', 'GOVERNMENT'],
  ['教委', 'GOVERNMENT'], ['委员会', 'GOVERNMENT'], ['人民政府', 'GOVERNMENT'], ['政府', 'GOVERNMENT'],
  ['市委', 'GOVERNMENT'], ['省委', 'GOVERNMENT'], ['区委', 'GOVERNMENT'], ['县委', 'GOVERNMENT'],
  ['办公室', 'GOVERNMENT'], ['办公厅', 'GOVERNMENT'], ['领导小组', 'GOVERNMENT'], ['国务院', 'GOVERNMENT'],
  ['公安局', 'GOVERNMENT'], ['财政局', 'GOVERNMENT'], ['人社局', 'GOVERNMENT'], ['卫健委', 'GOVERNMENT'],
  ['发改委', 'GOVERNMENT'], ['总局', 'GOVERNMENT'], ['管理局', 'GOVERNMENT'], ['工作委员会', 'GOVERNMENT'],
  ['联盟', 'ALLIANCE'], ['共同体', 'ALLIANCE'],
  ['集团', 'GROUP'], ['教育集团', 'GROUP'], ['职教集团', 'GROUP'],
  ['基金会', 'FOUNDATION'],
  ['图书馆', 'LIBRARY'],
  ['博物馆', 'MUSEUM'], ['科技馆', 'MUSEUM'], ['美术馆', 'MUSEUM'], ['纪念馆', 'MUSEUM'],
  ['医院', 'HOSPITAL'], ['附属医院', 'HOSPITAL'],
  ['中心', 'CENTRE'], ['少年宫', 'CENTRE'], ['青少年宫', 'CENTRE'], ['工作站', 'CENTRE'],
  ['协会', 'OTHER'], ['学会', 'OTHER'],
];

/** One-character heads accepted only as a separate token after a noun (统计 + 局). */
export const SINGLE_CHAR_INSTITUTION_HEADS: ReadonlyArray<readonly [string, InstitutionKind]> = [
  ['局', 'GOVERNMENT'], ['厅', 'GOVERNMENT'], ['部', 'GOVERNMENT'], ['委', 'GOVERNMENT'],
];

/** Heads naming a part of another institution: the kind comes from the head further left when there is one. */
export const PART_HEADS: ReadonlySet<string> = new Set(['校区', '分校']);

/**
 * Words for classes of institutions that are never the head of a name (高校, 中小学 …):
 * trimmed when they open a name (高校海外… → 海外…).
 */
export const CLASS_WORDS: ReadonlySet<string> = new Set([
  '高校', '中小学', '中小学校', '院校', '高中', '初中', '学校', '幼儿园', '各高校', '大中小学', '普通高中',
]);

/** Heads that name a class when preceded only by a place name (广州市学校 = the schools of 广州市). */
export const PLACE_CLASS_HEADS: ReadonlySet<string> = new Set(['学校', '幼儿园', '中小学校']);

/** Verbs that occur inside institution names (协同创新中心, 教师发展中心). */
export const NAME_VERBS: ReadonlySet<string> = new Set([
  '创新', '发展', '协同', '研究', '培训', '服务', '管理', '监测', '评估', '指导', '交流', '合作', '实验', '示范',
  '实践', '保障', '促进', '推广', '咨询', '认证', '考试', '招生', '开发', '设计', '传承', '保护',
]);

/** Central government bodies that are named institutions on their own (general vocabulary). */
export const CENTRAL_BODIES: ReadonlySet<string> = new Set([
  '教育部', '国务院', '中共中央', '党中央', '全国人大', '全国人大常委会', '全国政协', '国家发展改革委',
  '国家发改委', '财政部', '科技部', '科学技术部', '人力资源社会保障部', '人力资源和社会保障部', '人社部',
  '民政部', '公安部', '司法部', '商务部', '外交部', '文化和旅游部', '工业和信息化部', '工信部', '自然资源部',
  '住房城乡建设部', '住房和城乡建设部', '农业农村部', '生态环境部', '国家卫生健康委', '国家卫健委',
  '国家体育总局', '国家语委', '国家市场监管总局', '共青团中央', '团中央', '全国妇联', '中国科协',
  '中国科学院', '中国工程院', '中国社会科学院', '教育部办公厅', '国务院办公厅', '中央教育工作领导小组',
  '国务院教育督导委员会', '国家开发银行', '国家统计局', '国家乡村振兴局', '国务院港澳事务办公室', '国务院台湾事务办公室',
]);
