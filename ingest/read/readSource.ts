import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createHash } from 'node:crypto';
import { IngestFileError, formatBytes } from './errors.js';
import { decodeBytes, hasUtf16Bom, looksBinary, type SourceEncoding } from './decode.js';
import { HtmlTooDeepError, countCjk, declaredHtmlCharset, htmlToText } from './html.js';
import { normalizeWidth } from './normalizeWidth.js';
import { unwrapPastedLines } from './unwrap.js';
import { readOfficeOrPdf, type DocumentFormat } from './documentFormats.js';
import type { OutlineHint } from './docx.js';

/** A decoded, width-normalised source file. */
export interface SourceText {
  path: string;
  /** Normalised text (see normalizeWidth): offsets into it are the document offsets. */
  text: string;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  /** The text encoding, or null for PDF and DOCX, whose text is not decoded from the bytes. */
  encoding: SourceEncoding | null;
  format: 'text' | 'html' | DocumentFormat;
  bytes: number;
  /** PDF only: the offset in `text` at which each page begins (index 0 = page 1). */
  pages?: number[];
  /** DOCX only: heading and numbered-list lines with their outline level. */
  outline?: OutlineHint[];
}

/** The outcome of reading one file. */
export type ReadResult = { ok: true; value: SourceText } | { ok: false; error: IngestFileError };

/** Options for readSource. */
export interface ReadOptions {
  /** Files larger than this are refused with TOO_LARGE. */
  maxBytes: number;
}

const FORMATS: Record<string, SourceText['format']> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};
/** Types refused with a reason of their own rather than "unsupported". */
const REFUSED: Record<string, string> = {
  '.doc': 'Word 97–2003 .doc files are not supported; save it as .docx or PDF',
  '.wps': 'WPS documents are not supported; save it as .docx or PDF',
};
const ONLY_WHITESPACE = /^[\s\u00a0\u3000\ufeff]*$/;
/**
 * The longest line (paragraph) a document may have, in characters: about 50 pages of Chinese. A longer one is a dump
 * rather than a document's text, and extraction slows sharply on one huge paragraph (measured: a 2-million-character
 * line took 233 s, 3.7 MB in ordinary lines 31 s).
 */
export const MAX_LINE_CHARS = 100_000;

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const stop = end < 0 ? text.length : end;
    longest = Math.max(longest, stop - start);
    if (end < 0) return longest;
    start = end + 1;
  }
}

function fail(file: string, code: IngestFileError['code'], reason: string, cause?: unknown): ReadResult {
  return { ok: false, error: new IngestFileError(file, code, reason, cause === undefined ? undefined : { cause }) };
}

async function readAll(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Width-normalises extracted text and checks it has Chinese in it and no over-long line. */
function finish(path: string, bytes: Uint8Array, raw: string, fields: Pick<SourceText, 'encoding' | 'format' | 'pages' | 'outline'>): ReadResult {
  const text = normalizeWidth(raw);
  if (ONLY_WHITESPACE.test(text)) return fail(path, 'EMPTY', 'file has no text content');
  if (countCjk(text) === 0) return fail(path, 'NO_CHINESE', 'file contains no Chinese text');
  const longest = longestLine(text);
  if (longest > MAX_LINE_CHARS) {
    return fail(
      path,
      'LINE_TOO_LONG',
      `has a line of ${longest.toLocaleString('en-US')} characters, over the ${MAX_LINE_CHARS.toLocaleString('en-US')} a paragraph may have; break the text into lines`,
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, value: { path, text, sha256, bytes: bytes.byteLength, ...fields } };
}

/**
 * Reads a .txt/.md/.html/.htm/.pdf/.docx file and returns its normalised text, or a per-file error naming
 * the file and the reason (missing, unreadable, empty, too large, binary, undecodable, encrypted, scanned, no Chinese).
 */
export async function readSource(path: string, options: ReadOptions): Promise<ReadResult> {
  const format = FORMATS[extname(path).toLowerCase()];
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(path, 'UNREADABLE', 'is a directory, not a file');
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail(path, 'NOT_FOUND', 'file not found', err);
    return fail(path, 'UNREADABLE', `cannot read file (${code ?? String(err)})`, err);
  }
  const refused = REFUSED[extname(path).toLowerCase()];
  if (refused) return fail(path, 'UNSUPPORTED_TYPE', refused);
  if (!format) {
    const ext = extname(path) || 'no extension';
    return fail(path, 'UNSUPPORTED_TYPE', `unsupported file type (${ext}); expected .txt, .md, .html, .htm, .pdf or .docx`);
  }
  if (size > options.maxBytes) {
    return fail(
      path,
      'TOO_LARGE',
      `file is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit (set POLICY_KG_MAX_FILE_BYTES)`,
    );
  }
  if (size === 0) return fail(path, 'EMPTY', 'file is empty');

  let bytes: Uint8Array;
  try {
    bytes = await readAll(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(path, 'UNREADABLE', `cannot read file (${code ?? String(err)})`, err);
  }
  if (format === 'pdf' || format === 'docx') {
    const read = await readOfficeOrPdf(format, bytes);
    if (!read.ok) return fail(path, read.code, read.reason);
    return finish(path, bytes, read.text, { encoding: null, format, pages: read.pages, outline: read.outline });
  }
  if (hasUtf16Bom(bytes)) return fail(path, 'UNDECODABLE', 'file is UTF-16 text; save it as UTF-8 or GB18030');
  if (looksBinary(bytes)) return fail(path, 'BINARY', 'file looks binary (contains NUL or control bytes), not text');

  const decoded = decodeBytes(bytes, format === 'html' ? declaredHtmlCharset(bytes) : undefined);
  if (!decoded.ok) return fail(path, 'UNDECODABLE', `cannot decode: ${decoded.reason}`);
  if (ONLY_WHITESPACE.test(decoded.text)) return fail(path, 'EMPTY', 'file is empty (whitespace only)');

  let body = decoded.text;
  if (format === 'html') {
    try {
      body = htmlToText(decoded.text);
    } catch (err) {
      if (err instanceof HtmlTooDeepError) return fail(path, 'UNREADABLE', err.message, err);
      throw err;
    }
  }
  // Note: a text pasted from a PDF keeps the PDF's line breaks: its paragraphs are joined again, as a PDF's own are.
  if (format !== 'html') body = unwrapPastedLines(body);
  return finish(path, bytes, body, { encoding: decoded.encoding, format });
}
