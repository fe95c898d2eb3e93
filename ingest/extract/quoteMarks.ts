import { codeTable } from '../../language/match/codeTable.js';

/** Quotation marks: opening → closing (the programme, institution and alias readers share them). */
export const QUOTES: ReadonlyMap<string, string> = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']]);
/** The quotation marks as pairs (opening, closing), for the loops that try each. */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [...QUOTES];
/** Per UTF-16 code, 1 for an opening quotation mark: a scan over a statement's characters tests codes, not strings. */
export const OPENING_QUOTE_CODES: Uint8Array = codeTable([[[...QUOTES.keys()], 1]]);
/**
 * The closing mark of the quotation a word opens, or undefined (as `QUOTES.get`).
 * Note: every opening mark is one character: a length and a table test settle most words without the look-up.
 */
export const closingMarkOf = (word: string): string | undefined =>
  (word.length === 1 && OPENING_QUOTE_CODES[word.charCodeAt(0)] === 1 ? QUOTES.get(word) : undefined);
/** The marks around a name that its written form as an alias never keeps: quotation marks, straight quotes, 《》. */
const NAME_MARKS = new RegExp(`[${[...QUOTES].flat().join('')}"《》]`, 'g');
/** A surface without the marks around the name in it (“科技券”计划, 「科技券」計劃 → 科技券计划, 科技券計劃). */
export const withoutNameMarks = (surface: string): string => surface.replace(NAME_MARKS, '');
/** What stands before a short form's quotation (（以下简称“…”）, （「…」）): a definition, not a name used. */
export const DEFINITION_BEFORE = /(?:简称|下称|以下称|统称|[(（])\s*$/;
/** A counted formula (“三大中心”, “四种形态”, “两个维护”): a slogan-like name, neither a body's nor one read from its words alone. */
export const COUNTED_NAME = /^[一二两三四五六七八九十百千]+[大个种类项条]/;
