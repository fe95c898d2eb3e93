#!/usr/bin/env node
/** The `policy-kg` command line: maps subcommands to lazily imported command modules. */
import { ConfigError, loadConfig } from '../config.js';
import { LocalNeo4jError, PolicyKgError } from '../errors.js';

const USAGE = `policy-kg: a knowledge graph of Chinese policy documents

usage:
  policy-kg neo4j start|stop|status   manage the local Neo4j (used when NEO4J_URI is not set)
  policy-kg migrate                   create constraints and indexes (idempotent)
  policy-kg ingest PATH...            ingest files and folders into Neo4j
  policy-kg extract FILE --json       print one file's extraction as JSON (no Neo4j)
  policy-kg serve                     serve the GraphQL API on PORT (default 4000)
  policy-kg start                     neo4j start + migrate + ingest seeds/ + serve
  policy-kg ask "问题"                 answer a question in Chinese
  policy-kg export --format graphml|csv|jsonl [--out DIR] [--entity NAME]   the graph with evidence, as files
  policy-kg status                    Neo4j, store size, documents, statements, entities, last ingest`;

const print = (line: string): void => console.log(line);

const HELP = new Set(['--help', '-h']);
/** Commands whose settings all come from the environment (PORT, NEO4J_URI …): an argument would be silently ignored. */
const WITHOUT_ARGUMENTS = new Set(['migrate', 'serve', 'start', 'status']);

/** The usage lines of one command, or null for an unknown command. */
function usageOf(command: string): string | null {
  const lines = USAGE.split('\n').filter((line) => line.startsWith(`  policy-kg ${command} `));
  return lines.length > 0 ? `usage:\n${lines.join('\n')}` : null;
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || HELP.has(command) || command === 'help') {
    print(USAGE);
    return command === undefined ? 2 : 0;
  }
  const usage = usageOf(command);
  if (usage !== null && rest.some((arg) => HELP.has(arg))) {
    print(usage);
    return 0;
  }
  if (WITHOUT_ARGUMENTS.has(command) && rest.length > 0) {
    console.error(`policy-kg ${command}: takes no arguments, got ${JSON.stringify(rest.join(' '))} (settings come from the environment: PORT, NEO4J_URI …, see the README's Configuration)\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  switch (command) {
    case 'neo4j':
      return (await import('./commands/neo4j.js')).neo4jCommand(config, rest[0], print);
    case 'migrate':
      return (await import('./commands/migrate.js')).migrateCommand(config, print);
    case 'serve':
      return (await import('./commands/serve.js')).serveCommand(config, print);
    case 'ingest':
      return (await import('./commands/ingest.js')).ingestCommand(config, rest, print);
    case 'extract':
      return (await import('./commands/extract.js')).extractCommand(config, rest, print);
    case 'start':
      return (await import('./commands/start.js')).startCommand(config, print);
    case 'ask':
      return (await import('./commands/ask.js')).askCommand(config, rest, print);
    case 'export':
      return (await import('./commands/export.js')).exportCommand(config, rest, print);
    case 'status':
      return (await import('./commands/status.js')).statusCommand(config, print);
    default:
      console.error(`policy-kg: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof PolicyKgError) {
      console.error(`policy-kg: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
