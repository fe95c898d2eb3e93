import { describe, expect, it } from 'vitest';
import { extractText } from '../../ingest/pipeline.js';

const issuerOf = (text: string): string | null => extractText(text, { source: 'doc.txt', sha256: 'x' }).document.issuer ?? null;

describe('issuer of a document without an issuer line', () => {
  it('is the place\'s government for a policy instrument titled with the place alone', () => {
    expect(issuerOf('杭州市“十四五”教育事业发展规划\n\n教育是国之大计。到2025年,全市新增学位5万个。\n')).toBe('杭州市人民政府');
  });

  it('is not guessed for a work report titled with the place', () => {
    expect(issuerOf('杭州市2023年教育工作总结\n\n全市新增学位5万个。\n')).toBeNull();
  });
});
