/** Reads the text layer of a PDF with pdf.js: text per page, laid out as paragraphs, page starts kept for provenance. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { layoutPdf, type PdfLayout } from './pdfLayout.js';
import { runsToLines, type PdfLine, type PdfTextRun } from './pdfLines.js';

/** The text of a PDF, or why it has none to give. */
export type PdfReadResult =
  | { ok: true; layout: PdfLayout; pageCount: number }
  | { ok: false; code: 'ENCRYPTED' | 'NO_TEXT_LAYER' | 'CORRUPT'; reason: string };

const require = createRequire(import.meta.url);
// Note: pdf.js needs its character maps to read CID-keyed Chinese fonts; they ship inside the package.
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/** Keeps upright runs only: rotated text is a watermark or a margin stamp, not the body. */
function toRuns(items: readonly RawItem[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    const t = item.transform;
    if (!item.str || !t || Math.abs(t[1]) > 1e-3 || Math.abs(t[2]) > 1e-3 || t[0] <= 0) continue;
    runs.push({ str: item.str, x: t[4], y: t[5], width: item.width ?? 0, size: Math.abs(t[3]) || t[0] });
  }
  return runs;
}

/** Reads every page's text layer; a password, a file that is no PDF and a PDF without any text are told apart. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadResult> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}/`,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, code: 'ENCRYPTED', reason: 'PDF is password-protected (encrypted); save an unprotected copy and ingest that' };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'CORRUPT', reason: `not a readable PDF (${message})` };
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(runsToLines(toRuns(content.items as RawItem[])));
      page.cleanup();
    }
    const layout = layoutPdf(pages);
    if (layout.text.trim().length === 0) {
      return { ok: false, code: 'NO_TEXT_LAYER', reason: `PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, e.g. a scan); run OCR on it first` };
    }
    return { ok: true, layout, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
