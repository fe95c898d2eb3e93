/** The lines of a document as the structure stage reads them: trimmed, with leading `# key: value` metadata set apart. */

/** One non-empty line: absolute offsets of its trimmed text, end exclusive. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Metadata lines at the top of a file (`# title: …`), as the shared corpus writes them. */
export interface LineMeta {
  title: string | null;
  /** Where the title stands inside its metadata line (absolute offsets), when there is one. */
  titleSpan: { start: number; end: number } | null;
}

const META_LINE = /^#\s*([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const MARKDOWN_HASHES = /^#{1,6}\s+/;
const TITLE_ANNOTATION = /\s*[[(][^\])]*(?:not in the excerpt|no title|无标题|untitled)[^\])]*[\])]\s*$/i;
const PLACEHOLDER_TITLE = /^[[(]?\s*(?:no title|untitled|无标题)[^\])]*[\])]?$/i;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

function cleanMetaTitle(value: string): string | null {
  if (PLACEHOLDER_TITLE.test(value.trim())) return null;
  const title = value.replace(TITLE_ANNOTATION, '').trim();
  return title.length > 0 ? title : null;
}

/** Splits a text into its non-empty trimmed lines; leading `# key: value` lines fill `meta`, markdown `#` marks are dropped. */
export function readLines(text: string): { lines: Line[]; meta: LineMeta } {
  const lines: Line[] = [];
  const meta: LineMeta = { title: null, titleSpan: null };
  let leadingMeta = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    lineStart = lineEnd + 1;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    if (text.charCodeAt(s) === 0x23 /* # */) {
      const m = leadingMeta ? META_LINE.exec(text.slice(s, e)) : null;
      if (m) {
        if (m[1].toLowerCase() === 'title') {
          const title = cleanMetaTitle(m[2]);
          const at = title === null ? -1 : text.indexOf(title, s);
          meta.title = title;
          meta.titleSpan = title !== null && at >= 0 && at < e ? { start: at, end: at + title.length } : null;
        }
        continue;
      }
      const hashes = MARKDOWN_HASHES.exec(text.slice(s, e));
      if (hashes) s += hashes[0].length;
      if (s === e) continue;
    }
    leadingMeta = false;
    lines.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return { lines, meta };
}
