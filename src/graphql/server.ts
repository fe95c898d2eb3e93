/** The Apollo Server over the real database, and a small node:http front that routes /graphql and /healthz. */
import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { PolicyKgError } from '../errors.js';
import { readHealth } from '../graph/health.js';
import { createContext, type ApiContext } from './context.js';
import { operationLimitsPlugin } from './limits.js';
import { createExploreHandler } from '../explore/handler.js';
import { createPlaygroundHandler } from './playground/handler.js';
import { loadTypeDefs, resolvers } from './schema.js';

/** Builds (but does not start) the Apollo Server for the API. */
export function createApolloServer(config: Config): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(config.projectRoot),
    resolvers,
    introspection: config.server.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Responses carry no HTTP cache hints, so computing them per field is wasted work.
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin({ maxDepth: config.server.maxDepth, maxComplexity: config.server.maxComplexity }),
    ],
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown }).originalError;
      if (original instanceof PolicyKgError) {
        return { message: original.message, path: formatted.path, extensions: { code: original.code } };
      }
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
}

async function readBody(req: http.IncomingMessage, limit = 1_000_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

/** Starts the HTTP server: POST/GET /graphql for the API, the playground on GET / (unless switched off), GET /healthz for probes; resolves once listening. */
export async function startHttpServer(config: Config, executor: Executor): Promise<{ server: http.Server; url: string; close: () => Promise<void> }> {
  // Note: the playground bundle is built (when its inputs changed) before listening, so the first page load is fast.
  const playground = config.server.playground ? await createPlaygroundHandler(config.projectRoot) : undefined;
  const explore = config.server.explore ? await createExploreHandler(config.projectRoot, { playground: config.server.playground }) : undefined;
  const apollo = createApolloServer(config);
  await apollo.start();
  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, JSON.stringify({ errors: [{ message: 'Internal server error' }] })));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      try {
        const health = await readHealth(executor);
        send(res, 200, JSON.stringify({ status: 'ok', neo4j: health.neo4jVersion }));
      } catch (error) {
        const message = error instanceof PolicyKgError ? error.message : 'Neo4j check failed';
        send(res, 503, JSON.stringify({ status: 'unavailable', error: message }));
      }
      return;
    }
    if (playground?.(req, res, url)) return;
    if (explore?.(req, res, url)) return;
    if (url.pathname !== '/graphql' && (url.pathname !== '/' || req.method === 'GET')) {
      send(res, 404, JSON.stringify({ error: `no route ${url.pathname}` }));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req);
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        send(res, 400, JSON.stringify({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }));
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(executor),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const url = `http://${config.server.host === '0.0.0.0' ? 'localhost' : config.server.host}:${port}/graphql`;
  return {
    server,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
