import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createHash } from 'node:crypto';
import { IngestFileError, formatBytes } from './errors.js';
import { decodeBytes, hasUtf16Bom, looksBinary, type SourceEncoding } from './decode.js';
import { countCjk, declaredHtmlCharset, htmlToText } from './html.js';
import { normalizeWidth } from './normalizeWidth.js';

/** A decoded, width-normalised source file. */
export interface SourceText {
  path: string;
  /** Normalised text (see normalizeWidth): offsets into it are the document offsets. */
  text: string;
  /** Hex SHA-256 of the raw bytes. */
  sha256: string;
  encoding: SourceEncoding;
  format: 'text' | 'html';
  bytes: number;
}

/** The outcome of reading one file. */
export type ReadResult = { ok: true; value: SourceText } | { ok: false; error: IngestFileError };

/** Options for readSource. */
export interface ReadOptions {
  /** Files larger than this are refused with TOO_LARGE. */
  maxBytes: number;
}

const FORMATS: Record<string, 'text' | 'html'> = { '.txt': 'text', '.md': 'text', '.html': 'html', '.htm': 'html' };
const ONLY_WHITESPACE = /^[\s\u00a0\u3000\ufeff]*$/;

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

/**
 * Reads a .txt/.md/.html/.htm file and returns its normalised text, or a per-file error naming
 * the file and the reason (missing, unreadable, empty, too large, binary, undecodable, no Chinese).
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
  if (!format) {
    const ext = extname(path) || 'no extension';
    return fail(path, 'UNSUPPORTED_TYPE', `unsupported file type (${ext}); expected .txt, .md, .html or .htm`);
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
  if (hasUtf16Bom(bytes)) return fail(path, 'UNDECODABLE', 'file is UTF-16 text; save it as UTF-8 or GB18030');
  if (looksBinary(bytes)) return fail(path, 'BINARY', 'file looks binary (contains NUL or control bytes), not text');

  const decoded = decodeBytes(bytes, format === 'html' ? declaredHtmlCharset(bytes) : undefined);
  if (!decoded.ok) return fail(path, 'UNDECODABLE', `cannot decode: ${decoded.reason}`);
  if (ONLY_WHITESPACE.test(decoded.text)) return fail(path, 'EMPTY', 'file is empty (whitespace only)');

  const text = normalizeWidth(format === 'html' ? htmlToText(decoded.text) : decoded.text);
  if (ONLY_WHITESPACE.test(text)) return fail(path, 'EMPTY', 'file has no text content');
  if (countCjk(text) === 0) return fail(path, 'NO_CHINESE', 'file contains no Chinese text');

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, value: { path, text, sha256, encoding: decoded.encoding, format, bytes: bytes.byteLength } };
}
