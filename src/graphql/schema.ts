/** Loads the SDL files under schema/ and merges them with the resolvers into one executable schema's parts. */
import fs from 'node:fs';
import path from 'node:path';
import { askResolvers } from './resolvers/ask.js';
import { connectionResolvers } from './resolvers/connections.js';
import { documentResolvers } from './resolvers/documents.js';
import { entityResolvers } from './resolvers/entities.js';
import { healthResolvers } from './resolvers/health.js';
import { questionResolvers } from './resolvers/questions.js';
import { searchResolvers } from './resolvers/search.js';
import { statementResolvers } from './resolvers/statements.js';
import { targetResolvers } from './resolvers/targets.js';
import { topicResolvers } from './resolvers/topics.js';

/** Every `schema/*.graphql` file's text: the one declaring `type Query` first, then the `extend`ing ones in name order. */
export function loadTypeDefs(projectRoot: string): string[] {
  const dir = path.join(projectRoot, 'schema');
  const texts = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
  const declaresQuery = (text: string): boolean => /^type Query\b/m.test(text);
  return [...texts.filter(declaresQuery), ...texts.filter((t) => !declaresQuery(t))];
}

/** The resolver map of the whole API. */
export const resolvers = [
  healthResolvers,
  entityResolvers,
  statementResolvers,
  questionResolvers,
  targetResolvers,
  connectionResolvers,
  searchResolvers,
  documentResolvers,
  askResolvers,
  topicResolvers,
];
