/** Years as texts write them before 年: alone, as a range, or as a school or financial year. */

/**
 * A year before 年: of a range of years its last (2023—2025年: by 2025), of a school or financial year its first
 * (2024-25年度, 2026至27年度, 2025/2026学年). Global: read it with matchAll.
 */
export const YEAR = /((?:19|20)\d{2})(?:\s*([-—–~至/])\s*((?:19|20)\d{2}|\d{2}))?\s*(学年|年度|年)/g;

/**
 * The year a match of YEAR stands for: the last of a range of years written in full, the first of a school or
 * financial year (two consecutive years written with a slash or before 学年, 年度).
 */
export function yearOf(m: RegExpMatchArray): number {
  const first = Number(m[1]);
  if (m[3]?.length !== 4) return first;
  const last = Number(m[3]);
  return last === first + 1 && (m[2] === '/' || m[4] !== '年') ? first : last;
}

/** The first year a text writes before 年 (2024年, the first of 2024/25学年 or 2024-2025年度, the last of 2023—2025年), or null. */
export function firstYear(text: string): number | null {
  for (const m of text.matchAll(YEAR)) return yearOf(m);
  return null;
}
