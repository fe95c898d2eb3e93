/** Quotation marks: opening → closing (the programme, institution and alias readers share them). */
export const QUOTES: ReadonlyMap<string, string> = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']]);
