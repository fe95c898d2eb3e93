/** `policy-kg ask "问题"`: answers a question from the graph through the API's own `ask` and prints the answer with its evidence. */
import type { Config } from '../../config.js';
import { ASK_QUERY } from '../../graphql/askQuery.js';
import { createContext } from '../../graphql/context.js';
import { createApolloServer } from '../../graphql/server.js';
import { openDatabase } from '../../runtime.js';
import { formatAnswer, type AnswerData } from './formatAnswer.js';

/** Opens the database, answers the question and prints the answer; exit code 2 without a question. */
export async function askCommand(config: Config, args: string[], print: (line: string) => void): Promise<number> {
  const question = args.join(' ').trim();
  if (question === '') {
    print('usage: policy-kg ask "哪些项目涉及南沙区?"');
    return 2;
  }
  const db = await openDatabase(config);
  const server = createApolloServer(config);
  await server.start();
  try {
    const response = await server.executeOperation<{ ask: AnswerData }>(
      { query: ASK_QUERY, variables: { question: question.slice(0, 300) } },
      { contextValue: createContext(db.executor) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    if (!result?.data?.ask) {
      print(`error: ${result?.errors?.map((e) => e.message).join('; ') ?? 'no answer'}`);
      return 1;
    }
    for (const line of formatAnswer(result.data.ask)) print(line);
    return 0;
  } finally {
    await server.stop();
    await db.close();
  }
}
