/**
 * One function per intent of the question reader: each runs the API fields that answer it (the same functions the
 * fields use) and says how it ran them (`interpretation`). An empty answer is returned as such; answer.ts then tries
 * the closest readings.
 */
import { getTaxonomy } from '../../../language/topics/index.js';
import { wordsOfText } from '../../../language/segment/index.js';
import { findConnections, type PathRecord } from '../../graph/connections.js';
import type { InstitutionHitRecord } from '../../graph/institutions.js';
import { findPartnerPlaces, findWhere, type PlaceHitRecord } from '../../graph/places.js';
import type { ProgramHitRecord } from '../../graph/programs.js';
import { findTopicInstitutions } from '../../graph/topicInstitutions.js';
import { NOTHING, under, type Selection } from '../../graph/selection.js';
import type { StatementHitRecord } from '../../graph/statementSearch.js';
import type { TargetRecord } from '../../graph/targets.js';
import type { ApiContext } from '../context.js';
import { asConnection } from '../selection.js';
import { institutionsAnswer, programsAnswer } from '../resolvers/questions.js';
import { targetsAnswer } from '../resolvers/targets.js';
import { statementsAnswer } from '../statementSearch.js';
import { idsOf, labelOf, type Plan } from './plan.js';

/** The hits of one year, for a comparison. */
export interface YearRecord {
  year: number;
  targets: TargetRecord[];
  statements: StatementHitRecord[];
}

/** What an intent found, and how it ran. */
export interface Found {
  interpretation: string;
  programs?: ProgramHitRecord[];
  institutions?: InstitutionHitRecord[];
  places?: PlaceHitRecord[];
  targets?: TargetRecord[];
  statements?: StatementHitRecord[];
  paths?: PathRecord[];
  years?: YearRecord[];
}

/** Selections of the Answer's fields: `list(field)` for a list of hits, `page(field)` as a connection of them. */
export interface AnswerSelections {
  list: (field: string) => Selection;
  page: (field: string) => Selection | undefined;
}

const PAGE = { skip: 0, limit: 20 };
const quote = (text: string): string => JSON.stringify(text);
const call = (field: string, args: (string | null | false)[]): string => `${field}(${args.filter(Boolean).join(', ')})`;

function topicArg(plan: Plan): string | null {
  const ids = plan.reading.slots.topics.map((t) => t.topicId);
  return ids.length > 0 ? `topic: ${quote(ids.map((id) => getTaxonomy().byId(id)?.name ?? id).join('、'))}` : null;
}

const yearArg = (plan: Plan): string | null => (plan.years.length === 1 ? `year: ${plan.years[0]}` : null);
const statusArg = (status: string | null): string | null => (status ? `status: ${status}` : null);
/** The status of a question as the fields of hits take it (PROBLEM is a status of statements only). */
const hitStatus = (plan: Plan): 'PLANNED' | 'ACHIEVED' | null => (plan.status === 'PROBLEM' ? null : plan.status);

/** Programs of the places or institutions named, or of the topics asked. */
export async function programs(context: ApiContext, plan: Plan, sel: AnswerSelections, withTopic = true): Promise<Found> {
  const region = plan.institutions.length === 0 ? idsOf(plan.regions) : null;
  const institution = idsOf(plan.institutions);
  const topic = withTopic ? plan.topicIds : null;
  if (!region && !institution && !topic) return { interpretation: call('programs', []) };
  const args = { region, institution, topic: topic ?? null, year: plan.years[0] ?? null, status: hitStatus(plan), includeSubregions: plan.includeSubregions };
  const nameWords = [...plan.terms, ...plan.reading.slots.topics.map((t) => t.surface)].filter((w) => w.length >= 2);
  const page = await programsAnswer(context, args, PAGE, sel.page('programs'), nameWords);
  const interpretation = call('programs', [
    region && `region: ${quote(labelOf(plan.regions))}`,
    institution && `institution: ${quote(labelOf(plan.institutions))}`,
    topic && topicArg(plan),
    yearArg(plan),
    statusArg(hitStatus(plan)),
    region && plan.includeSubregions && 'includeSubregions: true',
  ]);
  const found = page.edges.map((e) => e.node);
  if (found.length === 0 && withTopic && topic && (region || institution)) return programs(context, plan, sel, false);
  return { interpretation, programs: found };
}

/** Institutions located in the places named (and their sub-regions), on the topics asked when any are. */
export async function institutions(context: ApiContext, plan: Plan, sel: AnswerSelections, withTopic = true): Promise<Found> {
  if (plan.regions.length === 0) return { interpretation: call('institutions', []) };
  const region = plan.regions.length > 1 ? { ids: plan.regions[plan.regions.length - 1].ids } : idsOf(plan.regions);
  const topic = withTopic ? plan.topicIds : null;
  // Note: with a topic, institutions named with the places in statements on the topic come first (a hospital built
  // in a place is often located nowhere the graph knows). Both statements run at the same time.
  const [page, named] = await Promise.all([
    institutionsAnswer(context, { region, partneredWith: null, topic }, PAGE, sel.page('institutions')),
    topic ? findTopicInstitutions(context.executor, topic, plan.regions.flatMap((r) => r.ids), PAGE.limit, sel.page('institutions')) : [],
  ]);
  const found = [...named, ...page.edges.map((e) => e.node).filter((h) => !named.some((n) => n.institutionId === h.institutionId))].slice(0, PAGE.limit);
  if (found.length === 0 && topic) return institutions(context, plan, sel, false);
  const where = plan.regions.length > 1 ? [plan.regions[plan.regions.length - 1]] : plan.regions;
  return { interpretation: call('institutions', [`region: ${quote(labelOf(where))}`, topic && topicArg(plan)]), institutions: found };
}

/** The other side of a partnership: the counterpart after 与/with, else the first thing named. */
function partnerOf(plan: Plan): Plan['named'][number] | undefined {
  const counterpart = plan.reading.slots.counterpart;
  return plan.named.find((n) => counterpart !== null && (n.text === counterpart || n.surface === counterpart)) ?? plan.named.find((n) => n.type !== 'PROGRAM');
}

/** Partners of a place or institution: places when places are asked for, else institutions. */
export async function partners(context: ApiContext, plan: Plan, sel: AnswerSelections): Promise<Found> {
  const partner = partnerOf(plan);
  if (!partner) return { interpretation: call('partners', []) };
  if (plan.reading.slots.partnerKind === 'PLACES') {
    const prefer = [...plan.terms, ...plan.reading.slots.topics.map((t) => t.surface)].filter((w) => w.length >= 2);
    const places = await findPartnerPlaces(context.executor, partner.ids, PAGE.limit, sel.list('places'), prefer);
    return { interpretation: call('partners', [`of: ${quote(partner.surface)}`, 'kind: PLACES']), places };
  }
  const page = await institutionsAnswer(context, { partneredWith: { ids: partner.ids }, region: null }, PAGE, sel.page('institutions'));
  return { interpretation: call('institutions', [`partneredWith: ${quote(partner.surface)}`]), institutions: page.edges.map((e) => e.node) };
}

/** How `targets` narrows: the thing counted, whether the topic, the places and only places named count. */
interface TargetWay {
  /** Only targets that hold one of these words (the thing counted). */
  words?: string[] | null;
  withTopic?: boolean;
  /** Whether the places named count (default: unless there are words). */
  inPlace?: boolean;
  /** Only targets that name one of the places (not those of a document issued there). */
  named?: boolean;
}

/** Targets of the program or place named, topic, year and status, narrowed as `way` says. */
export async function targets(context: ApiContext, plan: Plan, sel: AnswerSelections, way: TargetWay = {}): Promise<Found> {
  const words = way.words ?? null;
  const withTopic = way.withTopic ?? true;
  const program = idsOf(plan.programs);
  const region = program || !(way.inPlace ?? !words) ? null : idsOf(plan.regions);
  const topic = withTopic ? plan.topicIds : null;
  const args = { program, region, topic, words, year: plan.years[0] ?? null, status: hitStatus(plan), regionNamed: way.named ?? false };
  const broad = !program && !region && !topic && !words;
  const page = await targetsAnswer(context, args, broad ? { skip: 0, limit: 100 } : PAGE, broad ? withTopics(sel.page('targets')) : sel.page('targets'));
  const found = broad ? acrossTopics(page.edges.map((e) => e.node), PAGE.limit) : page.edges.map((e) => e.node);
  if (found.length === 0 && withTopic && topic) return targets(context, plan, sel, { ...way, withTopic: false });
  const interpretation = call(words ? 'count' : 'targets', [
    words && `of: ${quote(plan.reading.slots.measure ?? words.join(''))}`,
    program && `program: ${quote(labelOf(plan.programs))}`,
    region && `region: ${quote(labelOf(plan.regions))}`,
    topic && topicArg(plan),
    yearArg(plan),
    statusArg(hitStatus(plan)),
  ]);
  return { interpretation, targets: found };
}

const TOPICS_KEY = 'rankTopics';

/** The targets selection with the topics of each target under a key of its own (to spread a broad answer over topics). */
function withTopics(connection: Selection | undefined): Selection {
  const node = connection ? under(connection, 'edges', 'node') : NOTHING;
  const topic = { key: 'topic', name: 'topic', args: {}, selection: NOTHING };
  const topics = { key: TOPICS_KEY, name: 'topics', args: {}, selection: { fields: [topic] } };
  return asConnection({ fields: [...node.fields, topics] });
}

/** A broad list of targets (no topic, name or place asked) spread over topics: each topic's newest first, in turns. */
function acrossTopics(targets: TargetRecord[], limit: number): TargetRecord[] {
  const byTopic = new Map<string, TargetRecord[]>();
  for (const t of targets) {
    const first = (t[TOPICS_KEY] as { topic: { id: string } }[] | undefined)?.[0]?.topic.id ?? '';
    byTopic.set(first, [...(byTopic.get(first) ?? []), t]);
  }
  const spread: TargetRecord[] = [];
  for (let round = 0; spread.length < Math.min(limit, targets.length); round++) {
    for (const list of byTopic.values()) if (list[round] && spread.length < limit) spread.push(list[round]);
  }
  return spread;
}

const COUNTING = new Set(['多少', '几', '数量', '个', '所', '对', '名', '人']);

/** How many: the targets that state the thing counted (its words in the target or its sentence), else by topic. */
export async function howMany(context: ApiContext, plan: Plan, sel: AnswerSelections): Promise<Found> {
  const measure = plan.reading.slots.measure;
  const han = measure !== null && /[\u3400-\u9fff]/.test(measure);
  const words = han ? wordsOfText(measure).filter((w) => !COUNTING.has(w)) : [];
  // Note: the thing counted as written first (贫困发生率), then any of its words (贫困, 发生率: a target may hold one of
  // them); each in the places named first (毕节和黔南的…), then anywhere: a count can be stated in a document of another
  // place, and a place's own count (全市…) be missed where its document's issuer is not known.
  // Note: a measure of counting words only (多少个) counts by nothing; one of a single word is that word.
  const ways = !han || words.length === 0 ? [] : words.length > 1 || words[0] !== measure ? [[measure], words] : [words];
  for (const inPlace of plan.regions.length > 0 ? [true, false] : [false]) {
    for (const way of ways) {
      const found = await targets(context, plan, sel, { words: way, inPlace });
      if ((found.targets?.length ?? 0) > 0) return found;
    }
  }
  // Note: with nothing to count by, the targets that name the places first (How many sister schools do Guangzhou and
  // Hong Kong have?: a Guangzhou bureau's other figures are not about the pair).
  if (plan.regions.length > 0 && !idsOf(plan.programs)) {
    const named = await targets(context, plan, sel, { named: true });
    if ((named.targets?.length ?? 0) > 0) return named;
  }
  return targets(context, plan, sel);
}

/** Statements of the topic, places, names, year and status asked, best match first. */
export async function statements(context: ApiContext, plan: Plan, sel: AnswerSelections, years = plan.years.slice(0, 1)): Promise<Found> {
  const names = plan.named.filter((n) => n.type !== 'REGION').map((n) => n.surface);
  const filtered = plan.topicIds !== null || plan.regions.length > 0 || years.length > 0 || plan.status !== null;
  // Note: with filters the question's other words are left out (they are often fragments such as 存 of 存在); names stay.
  const text = [...(filtered ? [] : plan.terms), ...names].join(' ') || null;
  const args = {
    text,
    topic: plan.topicIds ?? [],
    region: idsOf(plan.regions),
    institution: null,
    program: null,
    year: years[0] ?? null,
    status: plan.status,
    aliases: plan.named.map((n) => n.surface),
  };
  if (!text && !plan.topicIds && !args.region && args.year === null && !args.status) return { interpretation: call('statements', []) };
  const page = await statementsAnswer(context, args, PAGE, sel.page('statements'));
  const interpretation = call('statements', [
    text && `text: ${quote(text)}`,
    topicArg(plan),
    args.region && `region: ${quote(labelOf(plan.regions))}`,
    years[0] !== undefined && `year: ${years[0]}`,
    statusArg(plan.status),
  ]);
  return { interpretation, statements: page.edges.map((e) => e.node) };
}

/** Who did something with a named thing: its partners (institutions), and the statements that say so. */
export async function who(context: ApiContext, plan: Plan, sel: AnswerSelections): Promise<Found> {
  const partner = partnerOf(plan);
  if (!partner) return statements(context, plan, sel);
  const [page, said] = await Promise.all([
    institutionsAnswer(context, { partneredWith: { ids: partner.ids }, region: null }, PAGE, sel.page('institutions')),
    statements(context, plan, sel),
  ]);
  return { interpretation: call('institutions', [`partneredWith: ${quote(partner.surface)}`]), institutions: page.edges.map((e) => e.node), statements: said.statements };
}

/** Where a named institution, program or place is. */
export async function where(context: ApiContext, plan: Plan, sel: AnswerSelections): Promise<Found> {
  const thing = plan.named.find((n) => n.type !== 'REGION') ?? plan.named[0];
  if (!thing) return { interpretation: call('where', []) };
  const places = await findWhere(context.executor, thing.ids, PAGE.limit, sel.list('places'));
  return { interpretation: call('where', [`is: ${quote(thing.surface)}`]), places };
}

/** How two named things are connected: the shortest paths, and statements that name both. */
export async function connections(context: ApiContext, plan: Plan, sel: AnswerSelections): Promise<Found> {
  const [from, to] = plan.named;
  if (!from || !to) return { interpretation: call('connections', []) };
  const [paths, both] = await Promise.all([
    findConnections(context.executor, from.ids[0], to.ids[0], 3, 5, sel.list('paths')),
    statementsAnswer(
      context,
      { text: `${from.surface} ${to.surface}`, topic: null, region: null, institution: null, program: null, year: null, status: null, aliases: [from.surface, to.surface] },
      PAGE,
      sel.page('statements'),
    ),
  ]);
  return { interpretation: call('connections', [`from: ${quote(from.surface)}`, `to: ${quote(to.surface)}`]), paths, statements: both.edges.map((e) => e.node) };
}

/** Two years compared: each year's targets and statements on the topic (or places) asked. */
export async function compareYears(context: ApiContext, plan: Plan, sel: AnswerSelections): Promise<Found> {
  const nested: AnswerSelections = { list: (f) => sel.list(`years.${f}`), page: (f) => sel.page(`years.${f}`) };
  // Note: every year's targets and statements are asked at the same time.
  const years: YearRecord[] = await Promise.all(
    plan.years.slice(0, 4).map(async (year) => {
      const one = { ...plan, years: [year], status: null };
      const [t, s] = await Promise.all([targets(context, one, nested), statements(context, one, nested, [year])]);
      return { year, targets: t.targets ?? [], statements: s.statements ?? [] };
    }),
  );
  return { interpretation: call('compare', [topicArg(plan), plan.regions.length > 0 && `region: ${quote(labelOf(plan.regions))}`, `years: [${plan.years.join(', ')}]`]), years };
}
