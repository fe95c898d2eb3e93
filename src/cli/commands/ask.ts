/** `policy-kg ask "问题"`: answers a question in Chinese from the graph and prints the hits with their evidence. */
import type { Config } from '../../config.js';
import type { EntityRecord } from '../../graph/entities.js';
import { answerQuestion, type AnswerRecord } from '../../graphql/answer.js';
import { createContext, type ApiContext } from '../../graphql/context.js';
import { openDatabase } from '../../runtime.js';

const EVIDENCE_SHOWN = 2;

async function names(context: ApiContext, ids: string[]): Promise<Map<string, string>> {
  const entities = await context.loaders!.entities.loadMany([...new Set(ids)]);
  return new Map(entities.filter((e): e is EntityRecord => e !== null && !(e instanceof Error)).map((e) => [e.id, e.name]));
}

async function evidenceLines(context: ApiContext, statementIds: string[]): Promise<string[]> {
  const loaders = context.loaders!;
  const lines: string[] = [];
  for (const id of statementIds.slice(0, EVIDENCE_SHOWN)) {
    const statement = await loaders.statements.load(id);
    if (!statement) continue;
    const document = await loaders.documents.load(statement.documentId);
    const path = await loaders.sectionPaths.load(id);
    const where = [document?.title ?? statement.documentId, ...path.slice(0, -1)].join(' › ');
    lines.push(`     “${statement.text}”`, `       ${where}`);
  }
  if (statementIds.length > EVIDENCE_SHOWN) lines.push(`     (+${statementIds.length - EVIDENCE_SHOWN} more statements)`);
  return lines;
}

/** The readable lines of an answer: how the question was read, then each hit with its evidence sentences and documents. */
export async function formatAnswer(context: ApiContext, answer: AnswerRecord): Promise<string[]> {
  const lines = [`Read as: ${answer.interpretation}`];
  const ids = [
    ...answer.programs.flatMap((h) => [h.programId, h.throughId]),
    ...answer.institutions.flatMap((h) => [h.institutionId, h.otherId]),
    ...answer.targets.flatMap((t) => (t.forId ? [t.forId] : [])),
  ];
  const name = await names(context, ids);
  const label = (id: string): string => name.get(id) ?? id;
  if (answer.programs.length > 0) {
    lines.push(`${answer.programs.length} programs:`);
    for (const [i, hit] of answer.programs.entries()) {
      lines.push(`${String(i + 1).padStart(3)}. ${label(hit.programId)}  (${hit.via} via ${label(hit.throughId)})`, ...(await evidenceLines(context, hit.evidenceIds)));
    }
  }
  if (answer.institutions.length > 0) {
    lines.push(`${answer.institutions.length} institutions:`);
    for (const [i, hit] of answer.institutions.entries()) {
      const kind = hit.kind ? ` ${hit.kind}` : '';
      lines.push(`${String(i + 1).padStart(3)}. ${label(hit.institutionId)}  (${hit.link}${kind} ${label(hit.otherId)})`, ...(await evidenceLines(context, hit.evidenceIds)));
    }
  }
  if (answer.targets.length > 0) {
    lines.push(`${answer.targets.length} targets:`);
    for (const [i, target] of answer.targets.entries()) {
      const about = target.forId ? `, for ${label(target.forId)}` : '';
      lines.push(
        `${String(i + 1).padStart(3)}. ${target.text}  (${target.subject} ${target.comparator} ${target.value} ${target.unit}; ${target.year ?? '?'} ${target.status}${about})`,
        ...(await evidenceLines(context, [target.statementId])),
      );
    }
  }
  if (answer.entities.length > 0) {
    lines.push(`${answer.entities.length} entities:`);
    for (const [i, entity] of answer.entities.entries()) {
      lines.push(`${String(i + 1).padStart(3)}. ${entity.name}  (${entity.type}${entity.kind ? ` ${entity.kind}` : ''}, ${entity.id})`);
    }
  }
  if (lines.length === 1) lines.push('Nothing found.');
  return lines;
}

/** Opens the database, answers the question and prints the answer; exit code 2 without a question. */
export async function askCommand(config: Config, args: string[], print: (line: string) => void): Promise<number> {
  const question = args.join(' ').trim();
  if (question === '') {
    print('usage: policy-kg ask "哪些项目涉及南沙区?"');
    return 2;
  }
  const db = await openDatabase(config);
  try {
    const context = createContext(db.executor);
    const answer = await answerQuestion(context, question.slice(0, 300));
    for (const line of await formatAnswer(context, answer)) print(line);
    return 0;
  } finally {
    await db.close();
  }
}
