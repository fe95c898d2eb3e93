/**
 * Reads a Word .docx with mammoth: paragraphs, headings and list items one per line, table rows one per line;
 * heading levels and numbered-list depths come back as outline hints, since Word keeps numbering out of the text.
 */
import { HTMLElement, parse } from 'node-html-parser';
import type { OutlineHint } from '../structure/index.js';

export type { OutlineHint };

/** The text of a .docx, or why it cannot be read. */
export type DocxReadResult =
  | { ok: true; text: string; outline: OutlineHint[] }
  | { ok: false; code: 'ENCRYPTED' | 'UNSUPPORTED_TYPE' | 'CORRUPT'; reason: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The stream an Office file encrypted with a password keeps its package in (ECMA-376 part 2, "Agile Encryption"). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const SPACE_RUN = /[\s\u00a0\u3000]+/g;
const MAX_LEVEL = 6;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Tells an OLE container (password-protected Office file or Word 97–2003 document) from a .docx package before parsing. */
export function classifyOfficeBytes(bytes: Uint8Array): 'docx' | 'encrypted' | 'ole' | 'other' {
  if (startsWith(bytes, ZIP_MAGIC)) return 'docx';
  if (!startsWith(bytes, OLE_MAGIC)) return 'other';
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'ole';
}

interface Block {
  text: string;
  level: number | null;
}

function clean(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** The text of an element without the lists nested in it. */
function ownText(el: HTMLElement): string {
  let text = '';
  for (const child of el.childNodes) {
    if (child instanceof HTMLElement) {
      const tag = child.rawTagName?.toLowerCase();
      if (tag !== 'ol' && tag !== 'ul') text += child.rawTagName?.toLowerCase() === 'br' ? ' ' : child.textContent;
    } else {
      text += child.textContent;
    }
  }
  return text;
}

function collectBlocks(el: HTMLElement, out: Block[], listDepth: number): void {
  for (const child of el.childNodes) {
    if (!(child instanceof HTMLElement)) continue;
    const tag = child.rawTagName?.toLowerCase() ?? '';
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) out.push({ text: child.textContent, level: Number(heading[1]) });
    else if (tag === 'p') out.push({ text: child.textContent, level: null });
    else if (tag === 'ol' || tag === 'ul') {
      for (const item of child.childNodes) {
        if (!(item instanceof HTMLElement) || item.rawTagName?.toLowerCase() !== 'li') continue;
        // Note: only numbered items are outline entries; a bullet is a plain paragraph. Depth is resolved below the headings later.
        out.push({ text: ownText(item), level: tag === 'ol' ? -(listDepth + 1) : null });
        collectBlocks(item, out, listDepth + 1);
      }
    } else if (tag === 'tr') {
      const cells = child.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement).map((c) => clean(c.textContent));
      out.push({ text: cells.filter(Boolean).join(' '), level: null });
    } else collectBlocks(child, out, listDepth);
  }
}

/** Lays out blocks as lines; numbered lists sit one level below the deepest heading level the document uses. */
export function layoutBlocks(blocks: readonly Block[]): { text: string; outline: OutlineHint[] } {
  const deepestHeading = Math.max(0, ...blocks.map((b) => b.level ?? 0));
  const lines: string[] = [];
  const outline: OutlineHint[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = clean(block.text);
    if (!text) continue;
    if (block.level !== null) outline.push({ start: offset, level: Math.min(MAX_LEVEL, block.level > 0 ? block.level : deepestHeading - block.level) });
    lines.push(text);
    offset += text.length + 1;
  }
  return { text: lines.join('\n'), outline };
}

/** Reads a .docx; a password-protected file, a Word 97–2003 file under a .docx name and a broken package are refused. */
export async function readDocx(bytes: Uint8Array): Promise<DocxReadResult> {
  const kind = classifyOfficeBytes(bytes);
  if (kind === 'encrypted') return { ok: false, code: 'ENCRYPTED', reason: 'Word file is password-protected (encrypted); save an unprotected copy and ingest that' };
  if (kind === 'ole') return { ok: false, code: 'UNSUPPORTED_TYPE', reason: 'is a Word 97–2003 document, not .docx; save it as .docx or PDF' };
  if (kind === 'other') return { ok: false, code: 'CORRUPT', reason: 'not a valid .docx (not a ZIP package)' };
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    return { ok: false, code: 'CORRUPT', reason: `not a valid .docx (${error instanceof Error ? error.message : String(error)})` };
  }
  const blocks: Block[] = [];
  collectBlocks(parse(html), blocks, 0);
  return { ok: true, ...layoutBlocks(blocks) };
}
