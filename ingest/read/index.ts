/** The read & decode stage: file bytes to normalised document text. */
export { readSource, type SourceText, type ReadResult, type ReadOptions } from './readSource.js';
export { IngestFileError, formatBytes, type IngestFileErrorCode } from './errors.js';
export { normalizeWidth } from './normalizeWidth.js';
export { decodeBytes, looksBinary, type SourceEncoding, type DecodeResult } from './decode.js';
export { htmlToText, declaredHtmlCharset, countCjk } from './html.js';
