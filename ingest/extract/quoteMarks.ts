/** Quotation marks: opening → closing (the programme, institution and alias readers share them). */
export const QUOTES: ReadonlyMap<string, string> = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']]);
/** What stands before a short form's quotation (（以下简称“…”）, （「…」）): a definition, not a name used. */
export const DEFINITION_BEFORE = /(?:简称|下称|以下称|统称|[(（])\s*$/;
/** A counted formula (“三大中心”, “四种形态”, “两个维护”): a slogan-like name, neither a body's nor one read from its words alone. */
export const COUNTED_NAME = /^[一二两三四五六七八九十百千]+[大个种类项条]/;
