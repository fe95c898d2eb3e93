/** Which tokens a region mention covers: the span extractors read a place as part of a name however it was cut. */
import type { Token } from '../../language/segment/index.js';
import type { Candidate } from '../model.js';

/** Marks (1) the tokens overlapping a region mention. */
export function regionFlags(tokens: readonly Token[], spans: readonly Candidate[] | undefined): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  if (!spans || spans.length === 0) return flags;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    for (const s of spans) if (s.start < t.end && t.start < s.end) flags[k] = 1;
  }
  return flags;
}
