/** Lucene query text built from user input so that the input can never change the query's structure. */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene's query parser treats as syntax (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /). */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** The text as one quoted, escaped phrase: matches the words in order. */
export function phraseQuery(text: string): string {
  return `"${escapeLucene(text.normalize('NFKC').trim())}"`;
}

const MAX_TOKENS = 24;

/**
 * A loose query for partial and fuzzy matches: only runs of letters and digits survive (lower-cased, so
 * AND/OR/NOT are plain words), single Chinese characters become `*字*` and Latin words of 4+ letters also
 * match with one edit. Null when the text has no letters or digits.
 */
export function looseQuery(text: string): string | null {
  const tokens = (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TOKENS);
  const parts: string[] = [];
  for (const token of tokens.map((t) => t.slice(0, 64))) {
    if (/^\p{Script=Han}$/u.test(token)) parts.push(`*${token}*`);
    else if (/^[a-z]{4,}$/.test(token)) parts.push(token, `${token}~1`);
    else parts.push(token);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The phrase boosted, or'ed with the loose query: exact phrases rank first, partial matches follow. */
export function rankedQuery(text: string): string | null {
  const loose = looseQuery(text);
  if (loose === null) return null;
  return `${phraseQuery(text)}^4 OR (${loose})`;
}

/** The key names are compared by: NFKC, trimmed, single spaces, lower case (Latin is case-insensitive). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
