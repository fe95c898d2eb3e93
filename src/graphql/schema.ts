/** Loads the SDL files under schema/ and merges them with the resolvers into one executable schema's parts. */
import fs from 'node:fs';
import path from 'node:path';
import { healthResolvers } from './resolvers/health.js';

/** Every `schema/*.graphql` file's text, in name order. */
export function loadTypeDefs(projectRoot: string): string[] {
  const dir = path.join(projectRoot, 'schema');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
}

/** The resolver map of the whole API. */
export const resolvers = [healthResolvers];
