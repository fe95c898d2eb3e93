/** The readable lines of an answer of ASK_QUERY: how the question was read, then each hit with its evidence. */

/* eslint-disable @typescript-eslint/no-explicit-any -- the shape is ASK_QUERY's, read field by field */
/** The `ask` data of ASK_QUERY. */
export type AnswerData = Record<string, any>;

const EVIDENCE_SHOWN = 2;
const n = (i: number): string => `${String(i + 1).padStart(3)}.`;

function evidence(statements: AnswerData[] = []): string[] {
  return statements.slice(0, EVIDENCE_SHOWN).flatMap((s) => [`     “${s.text}”`, `       ${[s.document?.title, ...(s.sectionPath ?? []).slice(0, -1)].filter(Boolean).join(' › ')}`]);
}

function section<T>(title: string, items: T[], line: (item: T, i: number) => string[]): string[] {
  return items.length === 0 ? [] : [`${items.length} ${title}:`, ...items.flatMap((item, i) => line(item, i))];
}

const targetLine = (t: AnswerData, i: number): string[] => [`${n(i)} ${t.text}  (${t.year ?? '?'} ${t.status})`, ...evidence(t.statement ? [t.statement] : [])];
const statementLine = (h: AnswerData, i: number): string[] => [`${n(i)} ${h.statement.text}  (${h.statement.year ?? '?'} ${h.statement.status})`, ...evidence([h.statement]).slice(1)];

/** The lines of an answer. */
export function formatAnswer(a: AnswerData): string[] {
  const lines = [`Read as: ${a.interpretation}${a.confidence < 0.9 ? `  (confidence ${a.confidence})` : ''}`];
  lines.push(
    ...section('programs', a.programs, (h: AnswerData, i) => [`${n(i)} ${h.program.name}  (${h.via}${h.through ? ` via ${h.through.name}` : ''})`, ...evidence(h.evidence)]),
    ...section('institutions', a.institutions, (h: AnswerData, i) => [`${n(i)} ${h.institution.name}  (${h.link}${h.kind ? ` ${h.kind}` : ''} ${h.other?.name ?? ''})`, ...evidence(h.evidence)]),
    ...section('places', a.places, (h: AnswerData, i) => [`${n(i)} ${h.region.name}  (${h.link}${h.kind ? ` ${h.kind}` : ''}${h.through ? ` via ${h.through.name}` : ''})`, ...evidence(h.evidence)]),
    ...section('targets', a.targets, targetLine),
    ...section('paths', a.paths, (p: AnswerData, i) => [`${n(i)} ${p.nodes.map((x: AnswerData) => x.name).join(' — ')}`, ...p.hops.flatMap((h: AnswerData) => [`     ${h.from.name} ${h.relation} ${h.to.name}`, ...evidence(h.evidence).slice(0, 2)])]),
    ...(a.years as AnswerData[]).flatMap((y) => [`${y.year}:`, ...section('targets', y.targets, targetLine), ...section('statements', y.statements.slice(0, 5), statementLine)]),
    ...section('statements', a.statements, statementLine),
    ...section('entities', a.entities, (e: AnswerData, i) => [`${n(i)} ${e.name}  (${e.type}${e.kind ? ` ${e.kind}` : ''})`]),
  );
  if (!a.answered) lines.push(a.message ?? 'Nothing found.');
  if (a.alternatives.length > 0) lines.push(`Other readings: ${a.alternatives.map((r: AnswerData) => r.interpretation).join(' · ')}`);
  return lines;
}
