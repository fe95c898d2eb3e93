/** The eval's issuer score: the extracted issuer counts by any of its entity's names, as entities themselves are matched. */
import { describe, expect, it } from 'vitest';
import type { Gold } from '../../eval/gold.js';
import { scoreIssuer } from '../../eval/score.js';
import type { Extraction } from '../../ingest/model.js';

const gold = {
  issuer: '中共大庆市委人才工作领导小组',
  regions: { required: [], optional: [] },
  institutions: { required: ['中共大庆市委人才工作领导小组'], optional: [] },
  programs: { required: [], optional: [] },
} as unknown as Gold;

const extraction = (issuer: string | null, aliases: string[]): Extraction => ({
  document: { issuer },
  entities: [{ id: 'institution:x', type: 'INSTITUTION', name: '大庆市委人才工作领导小组', aliases, mentions: [] }],
}) as unknown as Extraction;

describe('scoreIssuer', () => {
  it('finds the gold issuer among the names of the extracted issuer', () => {
    expect(scoreIssuer(extraction('大庆市委人才工作领导小组', ['中共大庆市委人才工作领导小组']), gold).found).toBe(1);
  });
  it('misses it when no name of the extracted issuer is the gold one', () => {
    expect(scoreIssuer(extraction('大庆市委人才工作领导小组', []), gold).found).toBe(0);
    expect(scoreIssuer(extraction(null, []), gold).missed).toEqual(['中共大庆市委人才工作领导小组 (got none)']);
  });
});
