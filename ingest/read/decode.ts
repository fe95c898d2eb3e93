import iconv from 'iconv-lite';

/** The encodings the reader accepts. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** Text decoded from bytes, or the reason it could not be. */
export type DecodeResult = { ok: true; text: string; encoding: SourceEncoding } | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BINARY_CONTROL_SHARE = 0.1;

/** Tells whether bytes look binary: any NUL byte, or more than 10% control bytes other than tab, LF, FF, CR and ESC. */
export function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return bytes.length > 0 && control / bytes.length > BINARY_CONTROL_SHARE;
}

/** Tells whether bytes start with a UTF-16 byte-order mark (such text also trips the NUL check). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function tryUtf8(bytes: Uint8Array): DecodeResult | null {
  const bom = hasUtf8Bom(bytes);
  try {
    const text = strictUtf8.decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return null;
  }
}

function tryGb18030(bytes: Uint8Array): DecodeResult | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = iconv.decode(buffer, 'gb18030');
  if (text.includes('\ufffd')) return null;
  // Note: a lossless round trip is the only reliable proof that every byte sequence was valid GB18030.
  if (!iconv.encode(text, 'gb18030').equals(buffer)) return null;
  return { ok: true, text, encoding: 'gb18030' };
}

/**
 * Decodes bytes as strict UTF-8 (with or without BOM), else as GB18030 (a superset of GBK and
 * GB2312) when the bytes are valid GB18030; `prefer` tries the declared encoding first.
 */
export function decodeBytes(bytes: Uint8Array, prefer?: 'utf-8' | 'gb18030'): DecodeResult {
  const order = prefer === 'gb18030' && !hasUtf8Bom(bytes) ? [tryGb18030, tryUtf8] : [tryUtf8, tryGb18030];
  for (const attempt of order) {
    const result = attempt(bytes);
    if (result) return result;
  }
  return { ok: false, reason: 'text is neither valid UTF-8 nor valid GB18030/GBK' };
}
