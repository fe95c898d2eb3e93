/** PDF and DOCX: formats whose text is extracted by a library rather than decoded from the bytes. */
import { readDocx, type OutlineHint } from './docx.js';
import type { IngestFileErrorCode } from './errors.js';
import { readPdf } from './pdf.js';

/** The formats read here. */
export type DocumentFormat = 'pdf' | 'docx';

/** Extracted text with what the format knows beyond it (page starts, outline hints), or the refusal. */
export type DocumentFormatResult =
  | { ok: true; text: string; pages?: number[]; outline?: OutlineHint[] }
  | { ok: false; code: IngestFileErrorCode; reason: string };

/** Extracts the text of a PDF or DOCX file's bytes. */
export async function readOfficeOrPdf(format: DocumentFormat, bytes: Uint8Array): Promise<DocumentFormatResult> {
  if (format === 'docx') {
    const read = await readDocx(bytes);
    return read.ok ? { ok: true, text: read.text, outline: read.outline } : read;
  }
  const read = await readPdf(bytes);
  return read.ok ? { ok: true, text: read.layout.text, pages: read.layout.pageStarts } : read;
}
