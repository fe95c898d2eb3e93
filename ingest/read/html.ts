import { parse, HTMLElement, NodeType, type Node } from 'node-html-parser';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const GB_CHARSETS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312']);
const UTF8_CHARSETS = new Set(['utf-8', 'utf8']);

/** The encoding declared by a `<meta charset>` or `http-equiv` tag in the first 4 KB, if recognised. */
export function declaredHtmlCharset(bytes: Uint8Array): 'utf-8' | 'gb18030' | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const match = META_CHARSET.exec(head);
  if (!match) return undefined;
  const name = match[1].toLowerCase();
  if (GB_CHARSETS.has(name)) return 'gb18030';
  if (UTF8_CHARSETS.has(name)) return 'utf-8';
  return undefined;
}

const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'select', 'button',
  'template', 'svg', 'object', 'embed', 'head',
]);
const NOISE_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|share|bdshare|footer|foot|header|sidebar|side|topbar|toolbar|copyright|position|location|pagination|pager|related|print|qrcode)(?:$|[\s_\d-])/i;
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'tbody', 'thead',
  'section', 'article', 'main', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'center', 'figure', 'figcaption',
]);
const CONTAINER_TAGS = new Set(['div', 'td', 'section', 'article', 'main', 'body', 'center', 'font', 'span']);
const PARAGRAPH_TAGS = new Set(['p', 'div', 'td', 'li', 'span', 'font', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BREADCRUMB_LINE = /^(?:您现在的位置|当前位置|您的位置|现在位置)\s*[:>]/;
const WHITESPACE_RUN = /[\s\u00a0\u3000]+/g;
const BLANK_LINES = /\n{2,}/g;

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Counts CJK ideographs in a string. */
export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n;
}

function isNoise(el: HTMLElement): boolean {
  if (DROPPED_TAGS.has(el.rawTagName?.toLowerCase() ?? '')) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return name.length > 1 && NOISE_NAME.test(name);
}

function removeNoise(el: HTMLElement): void {
  for (const child of [...el.childNodes]) {
    if (child.nodeType === NodeType.COMMENT_NODE) child.remove();
    else if (child instanceof HTMLElement) {
      if (isNoise(child)) child.remove();
      else removeNoise(child);
    }
  }
}

/** Scores each container by the CJK text of the paragraphs directly inside it (readability-style) and returns the best. */
function mainContainer(root: HTMLElement): HTMLElement {
  const preferred = root.querySelector('article') ?? root.querySelector('main');
  const total = countCjk(root.textContent);
  if (preferred && countCjk(preferred.textContent) >= total * 0.5) return preferred;
  const scores = new Map<HTMLElement, number>();
  const visit = (el: HTMLElement): void => {
    let own = 0;
    for (const child of el.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) own += countCjk(child.rawText);
      else if (child instanceof HTMLElement) visit(child);
    }
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (own === 0 || !PARAGRAPH_TAGS.has(tag)) return;
    let parent = tag === 'p' || tag === 'span' || tag === 'font' || /^h\d$/.test(tag) ? el.parentNode : el;
    // Walk up through inline wrappers to the nearest real container.
    while (parent && !CONTAINER_TAGS.has(parent.rawTagName?.toLowerCase() ?? '') && parent.parentNode) parent = parent.parentNode;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + own);
  };
  visit(root);
  let best: HTMLElement = root;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // Note: content split across sibling blocks (one per paragraph) scores low per block; climb while the parent holds most of the text.
  while (best.parentNode && best !== root) {
    const parent = best.parentNode;
    if (countCjk(best.textContent) >= countCjk(parent.textContent) * 0.7) break;
    best = parent;
  }
  return best;
}

function collectText(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text.replace(WHITESPACE_RUN, ' '));
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const block = BLOCK_TAGS.has(node.rawTagName?.toLowerCase() ?? '');
  if (block) out.push('\n');
  for (const child of node.childNodes) collectText(child, out);
  if (block) out.push('\n');
}

function pageHeading(root: HTMLElement, container: HTMLElement): string | undefined {
  const heading = root.querySelector('h1') ?? root.querySelector('h2');
  if (!heading || countCjk(heading.textContent) === 0) return undefined;
  let n: HTMLElement | null = heading;
  while (n) {
    if (n === container) return undefined;
    n = n.parentNode;
  }
  return heading.textContent.replace(WHITESPACE_RUN, ' ').trim();
}

/** The deepest element nesting a page may have; deeper trees would overflow the stack of the tree walks below. */
export const MAX_HTML_DEPTH = 1_000;

/** The depth of the deepest element under `root`, walked without recursion. */
export function nestingDepth(root: HTMLElement): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    deepest = Math.max(deepest, depth);
    for (const child of node.childNodes) if (child instanceof HTMLElement) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Thrown for a page whose elements nest deeper than MAX_HTML_DEPTH. */
export class HtmlTooDeepError extends Error {
  constructor(readonly depth: number) {
    super(`HTML elements are nested ${depth.toLocaleString('en-US')} deep, over the ${MAX_HTML_DEPTH.toLocaleString('en-US')} this reader takes apart`);
    this.name = 'HtmlTooDeepError';
  }
}

/**
 * Extracts the article text of an HTML page: drops scripts, styles and page furniture
 * (navigation, breadcrumbs, share bars, headers, footers), keeps the main content container
 * (plus the page's h1 title when it stands outside it) and writes one line per block element. Throws
 * HtmlTooDeepError for a page nested deeper than MAX_HTML_DEPTH.
 */
export function htmlToText(html: string): string {
  const root = parse(html, { comment: false });
  const depth = nestingDepth(root);
  if (depth > MAX_HTML_DEPTH) throw new HtmlTooDeepError(depth);
  const body = root.querySelector('body') ?? root;
  removeNoise(body);
  const container = mainContainer(body);
  const out: string[] = [];
  const heading = pageHeading(body, container);
  if (heading) out.push(heading, '\n');
  collectText(container, out);
  const lines = out.join('').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed && !BREADCRUMB_LINE.test(trimmed)) kept.push(trimmed);
  }
  return kept.join('\n').replace(BLANK_LINES, '\n');
}
