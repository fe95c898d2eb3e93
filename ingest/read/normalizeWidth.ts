/**
 * Maps full-width ASCII variants (U+FF01–U+FF5E) to ASCII, the ideographic space (U+3000) and
 * no-break space (U+00A0) to a space, and each carriage return to a line feed, one UTF-16 unit
 * for one, so offsets into the result are offsets into the decoded original.
 * Note: "\r\n" becomes "\n\n" (an empty line, which the structure stage ignores) rather than
 * "\n", because dropping the "\r" would shift every later offset.
 * Chinese punctuation without an ASCII twin (。、“”《》〔〕) is kept.
 */
export function normalizeWidth(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped = -1;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0;
    else if (c === 0x3000 || c === 0xa0) mapped = 0x20;
    else if (c === 0x0d) mapped = 0x0a;
    if (mapped < 0) continue;
    out ??= [];
    if (i > last) out.push(text.slice(last, i));
    out.push(String.fromCharCode(mapped));
    last = i + 1;
  }
  if (out === null) return text;
  if (last < text.length) out.push(text.slice(last));
  return out.join('');
}
