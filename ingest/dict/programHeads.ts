/**
 * Generic program heads (the word a plan, project, campaign, pilot, zone or reform name ends in)
 * and the kind each implies. General vocabulary only.
 */
export type ProgramKind =
  | 'POLICY_DOCUMENT' | 'PLAN' | 'PROJECT' | 'CAMPAIGN' | 'PILOT' | 'ZONE' | 'REFORM' | 'STRATEGY'
  | 'ACTIVITY' | 'OTHER';

/** Head word → program kind for unquoted and quoted names; the longest matching head wins. */
export const PROGRAM_HEADS: ReadonlyArray<readonly [string, ProgramKind]> = [
  ['计划', 'PLAN'], ['行动计划', 'PLAN'], ['提升计划', 'PLAN'], ['方案', 'PLAN'], ['实施方案', 'PLAN'],
  ['行动方案', 'PLAN'], ['工作方案', 'PLAN'], ['规划', 'PLAN'], ['发展规划', 'PLAN'], ['专项规划', 'PLAN'],
  ['纲要', 'PLAN'], ['规划纲要', 'PLAN'],
  ['工程', 'PROJECT'], ['提升工程', 'PROJECT'], ['项目', 'PROJECT'],
  ['行动', 'CAMPAIGN'], ['专项行动', 'CAMPAIGN'], ['攻坚行动', 'CAMPAIGN'], ['攻坚', 'CAMPAIGN'],
  ['攻坚战', 'CAMPAIGN'], ['专项治理', 'CAMPAIGN'],
  ['试点', 'PILOT'], ['改革试点', 'PILOT'], ['试点区', 'PILOT'],
  ['试验区', 'ZONE'], ['示范区', 'ZONE'], ['实验区', 'ZONE'], ['先行示范区', 'ZONE'], ['示范市', 'ZONE'],
  ['改革', 'REFORM'], ['综合改革', 'REFORM'],
  ['战略', 'STRATEGY'],
];

/** Heads that make a program only when the name is quoted (“三百”活动 → 三百活动). */
export const QUOTED_ONLY_PROGRAM_HEADS: ReadonlyArray<readonly [string, ProgramKind]> = [
  ['活动', 'ACTIVITY'], ['论坛', 'ACTIVITY'], ['节', 'ACTIVITY'], ['实验', 'PILOT'], ['创建', 'CAMPAIGN'],
];

/** Heads that make an unquoted program only when an action verb introduces the name (实施…厕所革命). */
export const INTRODUCED_PROGRAM_HEADS: ReadonlyArray<readonly [string, ProgramKind]> = [
  ['革命', 'CAMPAIGN'],
];

/**
 * Verbs whose object is a document: after one of them an action word opens the document's name
 * (印发 + 促进…行动方案) instead of introducing it.
 */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  '印发', '出台', '制定', '制订', '编制', '发布', '颁布', '修订', '起草', '拟制', '研制', '审议', '通过', '下发',
]);
