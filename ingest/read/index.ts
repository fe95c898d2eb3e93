/** The read & decode stage: file bytes to normalised document text. */
export { readSource, type SourceText, type ReadResult, type ReadOptions } from './readSource.js';
export { IngestFileError, formatBytes, type IngestFileErrorCode } from './errors.js';
export { normalizeWidth } from './normalizeWidth.js';
export { decodeBytes, looksBinary, type SourceEncoding, type DecodeResult } from './decode.js';
export { htmlToText, declaredHtmlCharset, countCjk } from './html.js';
export { readPdf, type PdfReadResult } from './pdf.js';
export { pageAt, layoutPdf, normalizeRadicals, type PdfLayout } from './pdfLayout.js';
export { runsToLines, type PdfLine, type PdfTextRun } from './pdfLines.js';
export { readDocx, classifyOfficeBytes, layoutBlocks, type OutlineHint, type DocxReadResult } from './docx.js';
