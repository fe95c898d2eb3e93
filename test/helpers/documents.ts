/**
 * PDF and DOCX files the tests make themselves (Chinese text, headings, lists, tables), and bad ones:
 * password-protected, scanned (an image and no text), Word 97–2003 and broken files.
 */
import zlib from 'node:zlib';
import CFB from 'cfb';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { projectRoot } from '../../src/project-root.js';
import { cjkFontFile } from './fonts.js';

/** A CJK font from an npm package, so generated PDFs carry real Chinese glyphs. */
const CJK_FONT = cjkFontFile(projectRoot());

/** One block of a generated document. */
export type Block =
  | { kind: 'title' | 'para'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'page' };

function pdfBuffer(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

function drawPdfBlocks(doc: PDFKit.PDFDocument, blocks: readonly Block[]): void {
  doc.font(CJK_FONT);
  let item = 0;
  let page = 1;
  const footer = (): void => {
    // A page number in the bottom margin, as printed plans have (the margin is lifted so pdfkit does not break the page).
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(`- ${page} -`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: 'center', lineBreak: false });
    doc.x = 72;
    doc.y = 72;
  };
  for (const block of blocks) {
    if (block.kind === 'page') {
      footer();
      doc.addPage();
      page++;
    } else if (block.kind === 'title') doc.fontSize(18).text(block.text, { align: 'center' }).moveDown(0.5);
    else if (block.kind === 'heading') doc.fontSize(block.level === 1 ? 14 : 12).text(block.text).moveDown(0.2);
    else if (block.kind === 'item') doc.fontSize(12).text(`${++item}. ${block.text}`);
    else if (block.kind === 'para') doc.fontSize(12).text(block.text, { indent: 24 }).moveDown(0.2);
    else if (block.kind === 'table') {
      doc.fontSize(11);
      for (const row of block.rows) {
        const y = doc.y;
        row.forEach((cell, i) => doc.text(cell, 72 + i * 150, y, { width: 140, lineBreak: false }));
        doc.x = 72;
        doc.y = y + 18;
      }
      doc.moveDown(0.5);
    }
  }
  footer();
}

/** A PDF with a text layer: the blocks in order, `{ kind: 'page' }` starting a new page, page numbers in the footer. */
export function makePdf(blocks: readonly Block[], options: { userPassword?: string; ownerPassword?: string } = {}): Promise<Buffer> {
  const encryption = options.userPassword || options.ownerPassword ? { pdfVersion: '1.7' as const, ...options } : {};
  return pdfBuffer(encryption, (doc) => drawPdfBlocks(doc, blocks));
}

/** A greyscale PNG of stripes (a stand-in for a scanned page: pixels, no text). */
export function stripedPng(width = 240, height = 80): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (x >> 3) % 2 ? 30 : 220;
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(data.length + 12);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), data.length + 8);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF whose pages are only images, as a scanner makes them. */
export function makeScannedPdf(pages = 2): Promise<Buffer> {
  return pdfBuffer({}, (doc) => {
    for (let i = 0; i < pages; i++) {
      if (i) doc.addPage();
      doc.image(stripedPng(), 72, 72, { width: 450 });
    }
  });
}

/** A .docx with heading styles, a numbered list (Word numbering, not typed numbers) and a table. */
export function makeDocx(blocks: readonly Block[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === 'title') children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }));
    else if (block.kind === 'heading') children.push(new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, text: block.text }));
    else if (block.kind === 'item') children.push(new Paragraph({ text: block.text, numbering: { reference: 'tasks', level: 0 } }));
    else if (block.kind === 'para') children.push(new Paragraph({ text: block.text }));
    else if (block.kind === 'table') {
      const rows = block.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** An OLE compound file like the one Word writes for a password-protected document (EncryptionInfo + EncryptedPackage). */
export function makeEncryptedOfficeFile(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(64, 0x5a));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** An OLE compound file shaped like a Word 97–2003 document (a WordDocument stream). */
export function makeWord97File(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/WordDocument', Buffer.alloc(512, 0x11));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}
