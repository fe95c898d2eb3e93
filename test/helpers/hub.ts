/** A synthetic document in which one alliance partners with many schools: a large neighbourhood for the explorer's test and bench. */
import type { Extraction } from '../../ingest/model.js';

/** The extraction (written through the real writer) and the hub's name; `suffix` keeps ids unique to one run. */
export function hubExtraction(suffix: string, partners: number): { extraction: Extraction; hubName: string } {
  const hubName = `星河测试联盟${suffix}`;
  const id = `doc:explore-hub-${suffix}`;
  const hubId = `institution:${hubName}`;
  const partner = (i: number): string => `星河第${i + 1}学校${suffix}`;
  const statements = Array.from({ length: partners }, (_, i) => {
    const text = `${hubName}与${partner(i)}签署合作协议。`;
    return { id: `${id}/st:${i + 1}`, sectionId: `${id}/sec:1`, text, start: i * 100, end: i * 100 + text.length, year: 2031, status: 'PLANNED' as const };
  });
  const extraction: Extraction = {
    document: { id, title: `星河市2031年合作计划${suffix}`, issuer: null, issuedOn: '2031-01-01', sha256: suffix, charCount: partners * 100, source: `${id}.txt` },
    sections: [{ id: `${id}/sec:1`, parentId: null, path: '1', heading: '合作', level: 1, ordinal: 1, start: 0, end: partners * 100 }],
    statements,
    entities: [
      { id: hubId, type: 'INSTITUTION', name: hubName, aliases: [], kind: 'ALLIANCE', mentions: statements.map((s) => ({ statementId: s.id, start: s.start, end: s.start + hubName.length, surface: hubName })) },
      ...statements.map((s, i) => ({
        id: `institution:${partner(i)}`,
        type: 'INSTITUTION' as const,
        name: partner(i),
        aliases: [],
        kind: 'SCHOOL',
        mentions: [{ statementId: s.id, start: s.start + hubName.length + 1, end: s.start + hubName.length + 1 + partner(i).length, surface: partner(i) }],
      })),
    ],
    targets: [],
    relations: statements.map((s, i) => ({ type: 'PARTNERS_WITH' as const, from: hubId, to: `institution:${partner(i)}`, kind: '协议', evidence: [s.id] })),
  };
  return { extraction, hubName };
}
