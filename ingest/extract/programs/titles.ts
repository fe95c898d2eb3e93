/** 《…》 titles: a cited policy instrument is a Program of kind POLICY_DOCUMENT; work reports and books are not. */
import type { Candidate } from '../../model.js';
import { isInstrument } from './vocabulary.js';

/** The instruments cited in 《…》 in a statement, without the brackets (innermost title of nested ones). */
export function titles(text: string, offset: number, out: Candidate[]): void {
  let open = text.indexOf('《');
  while (open >= 0) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) return;
    const nested = text.lastIndexOf('《', close);
    const from = nested > open ? nested : open;
    const inner = text.slice(from + 1, close);
    const name = inner.trim();
    if (name.length > 0 && isInstrument(name)) {
      const lead = inner.length - inner.trimStart().length;
      const start = offset + from + 1 + lead;
      out.push({ type: 'PROGRAM', name, kind: 'POLICY_DOCUMENT', start, end: start + name.length, surface: name });
    }
    open = text.indexOf('《', close + 1);
  }
}
