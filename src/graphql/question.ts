/**
 * A small rule-based reader of questions in Chinese: which API field answers it (programs, partners, institutions,
 * targets, else search), with the year, status and sub-region wish it states. Pure: no database.
 */
import { extractRegions } from '../../ingest/extract/regions/index.js';

/** Which question is asked. */
export type Intent = 'PROGRAMS' | 'PARTNERS' | 'INSTITUTIONS' | 'TARGETS' | 'SEARCH';

/** How a question was read. */
export interface ReadQuestion {
  intent: Intent;
  year: number | null;
  status: 'PLANNED' | 'ACHIEVED' | null;
  includeSubregions: boolean;
  /** Regions named in the question (gazetteer ids; a compound such as 港澳 gives several), with their surface. */
  regions: { surface: string; ids: string[] }[];
}

const TARGET_WORDS = /目标|指标|任务数|达到多少/;
const PARTNER_WORDS = /合作|伙伴|合办|结对|共建|联合|携手|交流|帮扶|姊妹|友好/;
const PROGRAM_WORDS = /项目|计划|工程|规划|方案|行动|政策|举措|试点|示范|改革|战略/;
const INSTITUTION_WORDS = /机构|学校|高校|大学|学院|单位|幼儿园|中学|小学|部门|院校/;
const SUBREGION_WORDS = /下辖|辖区|各区|所属|及其下|包括下/;
const PLANNED_WORDS = /计划|要点|规划|拟|将要|预期|力争|打算/;
const ACHIEVED_WORDS = /完成|实现|达成|已经|取得|成效|成绩|总结/;

function firstMatch(text: string, patterns: [RegExp, 'PLANNED' | 'ACHIEVED'][]): 'PLANNED' | 'ACHIEVED' | null {
  let best: { at: number; status: 'PLANNED' | 'ACHIEVED' } | null = null;
  for (const [pattern, status] of patterns) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.at)) best = { at: match.index, status };
  }
  return best?.status ?? null;
}

/** Reads a question; `entitySurfaces` (names found in it) are blanked before looking for cue words. */
export function readQuestion(question: string, entitySurfaces: string[] = []): ReadQuestion {
  const text = question.normalize('NFKC');
  const regions = extractRegions(text, 0, {}).map((c) => ({ surface: c.surface, ids: c.regionIds ?? [] }));
  let cues = text;
  for (const surface of [...entitySurfaces, ...regions.map((r) => r.surface)].sort((a, b) => b.length - a.length)) {
    cues = cues.split(surface).join('　');
  }
  const yearMatch = /((?:19|20)\d{2})\s*年?/.exec(cues);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const status = firstMatch(cues, [
    [PLANNED_WORDS, 'PLANNED'],
    [ACHIEVED_WORDS, 'ACHIEVED'],
  ]);
  let intent: Intent = 'SEARCH';
  if (TARGET_WORDS.test(cues)) intent = 'TARGETS';
  else if (PARTNER_WORDS.test(cues)) intent = 'PARTNERS';
  else if (PROGRAM_WORDS.test(cues)) intent = 'PROGRAMS';
  else if (INSTITUTION_WORDS.test(cues)) intent = 'INSTITUTIONS';
  return { intent, year, status, includeSubregions: SUBREGION_WORDS.test(cues), regions };
}

/** The words a question is about once question words and punctuation are dropped (the text of a fallback search). */
export function searchTextOf(question: string): string {
  return question
    .normalize('NFKC')
    .replace(/哪些|哪个|哪里|什么|怎么|如何|是否|有没有|有关|关于|请问|吗|呢|的|了|有|是|与|和|及/g, ' ')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
