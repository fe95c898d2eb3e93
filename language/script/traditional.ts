/**
 * Traditional Chinese: detection, and conversion to Simplified for extraction with every character kept in place, so
 * that offsets found in the converted text point into the original (opencc-js, Hong Kong / Taiwan → mainland forms).
 */
import { createRequire } from 'node:module';

type Convert = (text: string) => string;

let converter: Convert | undefined;

/** opencc-js's Traditional → mainland Simplified converter (phrase-level), loaded on first use. */
function convert(): Convert {
  if (!converter) {
    // Note: the CommonJS build of the t2cn subset; it carries only the Traditional → Simplified dictionaries.
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter(options: { from: string; to: string }): Convert };
    converter = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return converter;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Share of Han characters that conversion changes, from which a text counts as Traditional. */
const TRADITIONAL_SHARE = 0.08;
/** Han characters sampled for detection (the start of a document is enough to tell the script). */
const SAMPLE = 300;

/** The script of a Chinese text: TRADITIONAL when at least 8% of its Han characters have a different Simplified form. */
export function detectScript(text: string): 'SIMPLIFIED' | 'TRADITIONAL' {
  const sample = text.length > SAMPLE * 2 ? text.slice(0, SAMPLE * 2) : text;
  const han = sample.match(HAN)?.length ?? 0;
  if (han === 0) return 'SIMPLIFIED';
  const converted = convert()(sample);
  if (converted.length !== sample.length) return changedShare(sample, charByChar(sample)) >= TRADITIONAL_SHARE ? 'TRADITIONAL' : 'SIMPLIFIED';
  return changedShare(sample, converted) >= TRADITIONAL_SHARE ? 'TRADITIONAL' : 'SIMPLIFIED';
}

function changedShare(original: string, converted: string): number {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (converted[i] !== original[i]) changed++;
    }
  }
  return han === 0 ? 0 : changed / han;
}

/** Converts code point by code point, keeping a character whose conversion would change the length. */
function charByChar(text: string): string {
  const c = convert();
  let out = '';
  for (const ch of text) {
    const converted = c(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

/**
 * The Simplified form of a text with the same length and every character in place: converted line by line with
 * phrase-level conversion, falling back to character-by-character conversion for a line whose length would change.
 */
export function toSimplified(text: string): string {
  const c = convert();
  return text
    .split('\n')
    .map((line) => {
      const converted = c(line);
      return converted.length === line.length ? converted : charByChar(line);
    })
    .join('\n');
}
