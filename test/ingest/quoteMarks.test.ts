import { describe, expect, it } from 'vitest';
import { closingMarkOf, QUOTES } from '../../ingest/extract/quoteMarks.js';

describe('the closing mark of a quotation', () => {
  it('is the one its opening mark pairs with, and none for any other word', () => {
    for (const [open, close] of QUOTES) expect(closingMarkOf(open)).toBe(close);
    for (const word of ['”', '」', '““', '“计划', '计划', '', '"', '《']) expect(closingMarkOf(word)).toBe(QUOTES.get(word));
  });
});
