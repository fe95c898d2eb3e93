/**
 * The `statements` field for parsed arguments (shared with `ask`): names and topics resolved, and the text expanded
 * into the Lucene query of the statement words — the text as a phrase and word by word, the names and aliases of the
 * entities it names, and the cue terms of the topics it names or asks for.
 */
import { wordsOfText } from '../../language/segment/index.js';
import { cueWordsOf, resolveTopic } from '../../language/topics/index.js';
import { entitiesNamedIn } from '../graph/entities.js';
import type { PageArgs } from '../graph/page.js';
import type { Selection } from '../graph/selection.js';
import { findStatements, type StatementHitRecord } from '../graph/statementSearch.js';
import { statementWordsQuery, type TermGroup } from '../graph/statementText.js';
import type { ApiContext } from './context.js';
import { toConnection, type Connection } from './cursor.js';
import { resolveIdsOfType, type NameArg } from './names.js';
import { topicIdsOf } from './topics.js';

/** Arguments of a statement search; `topic` may be ids already resolved (by `ask`), `aliases` names to add to the words. */
export interface StatementArgs {
  text: string | null;
  topic: string | null | string[];
  region: NameArg | null;
  institution: NameArg | null;
  program: NameArg | null;
  year: number | null;
  status: string | null;
  aliases?: string[];
}

const HAN = /[\u3400-\u9fff]/;

/** The term groups of a text: itself, its words, the aliases of what it names, the cues of topics it names or asks. */
export async function termGroups(context: ApiContext, text: string | null, topicIds: string[] | null, aliases?: string[]): Promise<TermGroup[]> {
  const groups: TermGroup[] = [];
  if (text) {
    const words = wordsOfText(text);
    groups.push({ phrases: [text], boost: 4 }, { phrases: words, boost: 2 });
    const named = aliases ?? (await entitiesNamedIn(context.executor, text)).flatMap(({ entity }) => [entity.name, ...entity.aliases]);
    groups.push({ phrases: named.filter((n) => HAN.test(n)), boost: 2 });
    const ownTopics = words.flatMap((w) => resolveTopic(w)?.slice(0, 1) ?? []);
    groups.push({ phrases: cueWordsOf(ownTopics), boost: 1 });
  }
  if (text && topicIds) groups.push({ phrases: cueWordsOf(topicIds), boost: 1 });
  return groups;
}

/** Runs `statements` for parsed arguments. */
export async function statementsAnswer(context: ApiContext, args: StatementArgs, page: PageArgs, connection?: Selection): Promise<Connection<StatementHitRecord>> {
  const topicIds = Array.isArray(args.topic) ? (args.topic.length > 0 ? args.topic : null) : topicIdsOf(args.topic);
  const ids = async (name: NameArg | null, type: 'REGION' | 'INSTITUTION' | 'PROGRAM'): Promise<string[] | null> => (name === null ? null : resolveIdsOfType(context, name, type));
  const [regionIds, institutionIds, programIds] = [await ids(args.region, 'REGION'), await ids(args.institution, 'INSTITUTION'), await ids(args.program, 'PROGRAM')];
  if (regionIds?.length === 0 || institutionIds?.length === 0 || programIds?.length === 0) return toConnection({ total: 0, rows: [] }, page.skip);
  const query = args.text ? statementWordsQuery(await termGroups(context, args.text, topicIds, args.aliases)) : null;
  if (args.text && query === null && !topicIds && !regionIds && !institutionIds && !programIds) return toConnection({ total: 0, rows: [] }, page.skip);
  const filter = { query, topicIds, regionIds, institutionIds, programIds, year: args.year, status: args.status };
  return toConnection(await findStatements(context.executor, filter, page, connection), page.skip);
}
