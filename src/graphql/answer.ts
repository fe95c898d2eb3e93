/** Answers a question in Chinese by reading it (question.ts) and running the matching API field; shared by `ask` and the CLI. */
import { entitiesNamedIn, searchEntities, type EntityRecord } from '../graph/entities.js';
import type { InstitutionHitRecord } from '../graph/institutions.js';
import type { ProgramHitRecord } from '../graph/programs.js';
import type { TargetRecord } from '../graph/targets.js';
import { under, type Selection } from '../graph/selection.js';
import { loadersOf, type ApiContext } from './context.js';
import { asConnection } from './selection.js';
import { readQuestion, searchTextOf } from './question.js';
import { institutionsAnswer, programsAnswer } from './resolvers/questions.js';
import { targetsAnswer } from './resolvers/targets.js';

/** The answer: how the question was read and the hits of the field that answers it. */
export interface AnswerRecord {
  interpretation: string;
  programs: ProgramHitRecord[];
  institutions: InstitutionHitRecord[];
  targets: TargetRecord[];
  entities: EntityRecord[];
}

const PAGE = { skip: 0, limit: 20 };

/** A named thing of the question: its text there, the name to show, and the entity ids it stands for. */
interface Named {
  text: string;
  surface: string;
  ids: string[];
  type: EntityRecord['type'];
}

async function namedThings(context: ApiContext, question: string, regions: { surface: string; ids: string[] }[]): Promise<Named[]> {
  const loaders = loadersOf(context);
  const named: Named[] = [];
  for (const region of regions) {
    const found = (await loaders.entities.loadMany(region.ids)).filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
    if (found.length === 0) continue;
    named.push({ text: region.surface, surface: region.ids.length > 1 ? region.surface : found[0].name, ids: found.map((e) => e.id), type: 'REGION' });
  }
  for (const { entity, surface } of await entitiesNamedIn(context.executor, question)) {
    if (named.some((n) => n.ids.includes(entity.id))) continue;
    named.push({ text: surface, surface: entity.name, ids: [entity.id], type: entity.type });
  }
  // A name inside a longer name (香港 in 香港中文大学) is part of that name, not a thing of its own.
  return named.filter((n) => !named.some((m) => m.text.length > n.text.length && m.text.includes(n.text)));
}

const quote = (text: string): string => JSON.stringify(text);

/** Reads the question and answers it; never throws for an unknown name (it falls back to a search). `answer` is what the caller selected of the Answer. */
export async function answerQuestion(context: ApiContext, question: string, answerSelection?: Selection): Promise<AnswerRecord> {
  const selected = (field: string): Selection | undefined => (answerSelection ? asConnection(under(answerSelection, field)) : undefined);
  const answer: AnswerRecord = { interpretation: '', programs: [], institutions: [], targets: [], entities: [] };
  const firstRead = readQuestion(question);
  const named = await namedThings(context, question, firstRead.regions);
  const read = readQuestion(question, named.map((n) => n.surface));
  const region = named.find((n) => n.type === 'REGION');
  const institution = named.find((n) => n.type === 'INSTITUTION');
  const program = named.find((n) => n.type === 'PROGRAM');
  const filters = [read.year !== null ? `year: ${read.year}` : '', read.status !== null ? `status: ${read.status}` : ''].filter(Boolean);

  if (read.intent === 'TARGETS') {
    const args = [program ? `program: ${quote(program.surface)}` : '', region && !program ? `region: ${quote(region.surface)}` : '', ...filters].filter(Boolean);
    answer.interpretation = `targets(${args.join(', ')})`;
    const page = await targetsAnswer(context, { program: program ?? null, region: program ? null : (region ?? null), year: read.year, status: read.status }, PAGE, selected('targets'));
    answer.targets = page.edges.map((e) => e.node);
    return answer;
  }
  const partner = region ?? institution;
  if (read.intent === 'PARTNERS' && partner) {
    answer.interpretation = `institutions(partneredWith: ${quote(partner.surface)})`;
    answer.institutions = (await institutionsAnswer(context, { partneredWith: partner, region: null }, PAGE, selected('institutions'))).edges.map((e) => e.node);
    return answer;
  }
  const subject = region ?? institution;
  if (read.intent === 'PROGRAMS' && subject) {
    const key = subject.type === 'REGION' ? 'region' : 'institution';
    const extra = [...filters, read.includeSubregions && key === 'region' ? 'includeSubregions: true' : ''].filter(Boolean);
    answer.interpretation = `programs(${[`${key}: ${quote(subject.surface)}`, ...extra].join(', ')})`;
    const args = {
      region: key === 'region' ? subject : null,
      institution: key === 'institution' ? subject : null,
      year: read.year,
      status: read.status,
      includeSubregions: read.includeSubregions,
    };
    answer.programs = (await programsAnswer(context, args, PAGE, selected('programs'))).edges.map((e) => e.node);
    return answer;
  }
  if (read.intent === 'INSTITUTIONS' && region) {
    answer.interpretation = `institutions(region: ${quote(region.surface)})`;
    answer.institutions = (await institutionsAnswer(context, { region, partneredWith: null }, PAGE, selected('institutions'))).edges.map((e) => e.node);
    return answer;
  }
  const text = named.length > 0 ? named.map((n) => n.surface).join(' ') : searchTextOf(question) || question;
  answer.interpretation = `search(text: ${quote(text)})`;
  const { rows } = await searchEntities(context.executor, text, null, { skip: 0, limit: 10 });
  const entities = await loadersOf(context).entities.loadMany(rows.map((r) => r.id));
  answer.entities = entities.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
  return answer;
}
