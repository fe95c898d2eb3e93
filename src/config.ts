/**
 * Configuration: defaults, then environment variables, parsed once with zod.
 * This is the only module that reads `process.env`.
 */
import path from 'node:path';
import { z } from 'zod';
import { passwordFileOf, readPasswordFile } from './local-neo4j/password.js';
import { projectRoot } from './project-root.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

const sizePattern = /^\d+[kmg]$/i;

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/\S+$/, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'must be a database name').optional(),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_HEAP: z.string().regex(sizePattern, 'must look like 384m or 1g').default('384m'),
  NEO4J_LOCAL_PAGECACHE: z.string().regex(sizePattern, 'must look like 256m or 1g').default('256m'),
  NEO4J_LOCAL_JAVA_OPTS: z
    .string()
    .regex(/^(\s*-[A-Za-z][^\s]*)*\s*$/, 'must be JVM options such as "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"')
    .default('-XX:+UseSerialGC'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(900_000).default(120_000),
  POLICY_KG_DATA_DIR: z.string().min(1).optional(),
  POLICY_KG_MAX_FILE_BYTES: z.coerce.number().int().min(1).default(5 * 1024 * 1024),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  GRAPHQL_INTROSPECTION: bool.default(true),
  GRAPHQL_PLAYGROUND: bool.default(true),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(1_000_000).default(20_000),
  POLICY_KG_EXPLORE: bool.default(true),
  POLICY_KG_BROWSER: z
    .string()
    .regex(/^(auto|system|packaged|\/.+)$/, 'must be auto, system, packaged or an absolute path to a Chromium executable')
    .default('auto'),
});

/** The typed configuration every module receives. */
export interface Config {
  neo4j: {
    /** The URI to connect to: NEO4J_URI, or the local Neo4j's Bolt address. */
    uri: string;
    /** True when no NEO4J_URI was given and the project runs its own Neo4j. */
    local: boolean;
    user: string;
    /** NEO4J_PASSWORD: the password for NEO4J_URI (not used for the local Neo4j). */
    password: string;
    /** The local Neo4j's owner-only password file (in the data folder); null with NEO4J_URI. */
    passwordFile: string | null;
    database: string | undefined;
    queryTimeoutMs: number;
  };
  localNeo4j: {
    port: number;
    heap: string;
    pageCache: string;
    /** Extra JVM options for the local Neo4j (after -Xms/-Xmx). */
    javaOptions: string[];
    startTimeoutMs: number;
    home: string;
    launcherDir: string;
  };
  ingest: { maxFileBytes: number };
  server: { host: string; port: number; introspection: boolean; playground: boolean; explore: boolean; maxDepth: number; maxComplexity: number };
  /** Which Chromium the browser tests launch: auto (system when present, else packaged), system, packaged, or a path. */
  browser: string;
  projectRoot: string;
}

/** A configuration value that failed validation; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (default: process.env) into a Config, or throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((key) => [key, env[key] === '' && key !== 'NEO4J_PASSWORD' ? undefined : env[key]]),
  );
  const parsed = EnvSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const root = projectRoot();
  const dataDir = path.resolve(root, e.POLICY_KG_DATA_DIR ?? '.data');
  const localHome = path.join(dataDir, 'neo4j');
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_LOCAL_PORT}`,
      local: e.NEO4J_URI === undefined,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      passwordFile: e.NEO4J_URI === undefined ? passwordFileOf(localHome) : null,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    localNeo4j: {
      port: e.NEO4J_LOCAL_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
      javaOptions: e.NEO4J_LOCAL_JAVA_OPTS.split(/\s+/).filter(Boolean),
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      home: localHome,
      launcherDir: path.join(root, 'launcher'),
    },
    ingest: { maxFileBytes: e.POLICY_KG_MAX_FILE_BYTES },
    server: {
      host: e.HOST,
      port: e.PORT,
      introspection: e.GRAPHQL_INTROSPECTION,
      playground: e.GRAPHQL_PLAYGROUND,
      explore: e.POLICY_KG_EXPLORE,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
    },
    browser: e.POLICY_KG_BROWSER,
    projectRoot: root,
  };
}

/**
 * The user and password to connect with: NEO4J_USER and NEO4J_PASSWORD for NEO4J_URI; for the local Neo4j, user
 * neo4j and the password kept in the data folder (read when asked, since the first `neo4j start` creates it).
 */
export function neo4jCredentials(config: Config): { user: string; password: string } {
  const file = config.neo4j.passwordFile;
  if (file === null) return { user: config.neo4j.user, password: config.neo4j.password };
  const password = readPasswordFile(file);
  if (password === null) {
    throw new ConfigError(`${file}: the local Neo4j's password file does not exist yet; "policy-kg neo4j start" creates it.`);
  }
  return { user: 'neo4j', password };
}
