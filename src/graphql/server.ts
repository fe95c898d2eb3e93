/** The Apollo Server over the real database, and a small node:http front that routes /graphql and /healthz. */
import http from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { PolicyKgError } from '../errors.js';
import { readHealth } from '../graph/health.js';
import { answerConsistently, changingGraphPlugin } from './changingGraph.js';
import { createContext, type ApiContext } from './context.js';
import { NameCache } from '../graph/nameCache.js';
import { operationLimitsPlugin } from './limits.js';
import { createExploreHandler } from '../explore/handler.js';
import { prefetchingFieldResolver } from './prefetched.js';
import { createPlaygroundHandler } from './playground/handler.js';
import { loadTypeDefs, resolvers } from './schema.js';

/** Builds (but does not start) the Apollo Server for the API. */
export function createApolloServer(config: Config): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(config.projectRoot),
    resolvers,
    // A field's value is read under its response key first: the one query of a top-level field fetched it there.
    fieldResolver: prefetchingFieldResolver,
    introspection: config.server.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Responses carry no HTTP cache hints, so computing them per field is wasted work.
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin({ maxDepth: config.server.maxDepth, maxComplexity: config.server.maxComplexity }),
      changingGraphPlugin,
    ],
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown }).originalError;
      if (original instanceof PolicyKgError) {
        return { message: original.message, path: formatted.path, extensions: { code: original.code } };
      }
      const code = formatted.extensions?.code;
      if (error instanceof GraphQLError && !error.originalError && error.extensions?.code === undefined) {
        // Raised by graphql-js itself about the request (a mutation on a schema without one, a missing operation name).
        return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
      }
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
}

/** The largest request body the API reads. */
const MAX_BODY_BYTES = 1_000_000;

/** Reads the request body; past `limit` bytes the rest is drained unread and null returned. */
async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

/** A JSON body of one GraphQL-style error with its code. */
function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

/** Answers a probe of /healthz: 200 with the Neo4j version when the database answers, else 503 with why. */
async function sendHealth(res: http.ServerResponse, executor: Executor): Promise<void> {
  try {
    const health = await readHealth(executor);
    send(res, 200, JSON.stringify({ status: 'ok', neo4j: health.neo4jVersion }));
  } catch (error) {
    const message = error instanceof PolicyKgError ? error.message : 'Neo4j check failed';
    send(res, 503, JSON.stringify({ status: 'unavailable', error: message }));
  }
}

/** The request's headers as Apollo reads them, a repeated header's values joined. */
function headerMap(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** What `graphQLBody` returns when it has already refused the request. */
const REFUSED = Symbol('refused');

/**
 * The parsed body of a POST (undefined for an empty body or another method); a body too large (413) or not JSON (400)
 * is answered here, and REFUSED returned.
 */
async function graphQLBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req);
  if (text === null) {
    send(res, 413, errorBody(`The request body is over ${MAX_BODY_BYTES.toLocaleString('en-US')} bytes`, 'PAYLOAD_TOO_LARGE'));
    return REFUSED;
  }
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    send(res, 400, errorBody('The request body is not valid JSON', 'BAD_REQUEST'));
    return REFUSED;
  }
}

/** Writes Apollo's answer: its status, headers and body, whole or streamed; a plain-text refusal in the API's JSON shape. */
async function sendGraphQLResponse(res: http.ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  const status = response.status ?? 200;
  if (status >= 400 && response.body.kind === 'complete' && !response.headers.get('content-type')?.includes('json')) {
    // Apollo answers some refusals (CSRF, batching, methods) in plain text: give them the API's JSON shape and a code.
    send(res, status, errorBody(response.body.string.trim() || `HTTP ${status}`, status === 405 ? 'METHOD_NOT_ALLOWED' : 'BAD_REQUEST'));
    return;
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = status;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/** Listens on the configured host and port; resolves with the API's URL at the port it got (localhost for host 0.0.0.0). */
async function listen(server: http.Server, config: Config): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  return `http://${config.server.host === '0.0.0.0' ? 'localhost' : config.server.host}:${port}/graphql`;
}

/** Starts the HTTP server: POST/GET /graphql for the API, the playground on GET / (unless switched off), GET /healthz for probes; resolves once listening. */
export async function startHttpServer(config: Config, executor: Executor): Promise<{ server: http.Server; url: string; close: () => Promise<void> }> {
  // Note: the playground bundle is built (when its inputs changed) before listening, so the first page load is fast.
  const playground = config.server.playground ? await createPlaygroundHandler(config.projectRoot) : undefined;
  const explore = config.server.explore ? await createExploreHandler(config.projectRoot, { playground: config.server.playground }) : undefined;
  const apollo = createApolloServer(config);
  await apollo.start();
  const names = new NameCache();
  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });

  /** Routes a request: the probe, the playground, the explorer, else the API at /graphql (and at / for any method but GET), else 404. */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendHealth(res, executor);
    if (playground?.(req, res, url)) return;
    if (explore?.(req, res, url)) return;
    if (url.pathname !== '/graphql' && (url.pathname !== '/' || req.method === 'GET')) {
      send(res, 404, errorBody(`no route ${url.pathname}`, 'NOT_FOUND'));
      return;
    }
    const headers = headerMap(req);
    const body = await graphQLBody(req, res);
    if (body === REFUSED) return;
    const response = await answerConsistently(
      () => createContext(executor, names),
      (context) =>
        apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body }, context: () => Promise.resolve(context) }),
    );
    await sendGraphQLResponse(res, response);
  }

  const url = await listen(server, config);
  return {
    server,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
