/** Serves the self-hosted playground: the HTML page on GET / (and GET /graphql from a browser) and its bundled assets. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildPlayground, PLAYGROUND_SCRIPT, PLAYGROUND_STYLE } from './build.js';

/** Handles a request when it is the playground's, returning false to let the API handle it. */
export type PlaygroundHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;

interface Asset {
  body: Buffer;
  gzip: Buffer;
  headers: Record<string, string>;
}

const ASSET_PREFIX = '/playground/';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// Note: everything the page loads comes from this server; the policy also stops any stray request to another host.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The playground's HTML page for a bundle hash; asset URLs are relative so a path prefix in front of the app still works. */
export function playgroundHtml(hash: string): string {
  const base = `${ASSET_PREFIX.slice(1)}${hash}/`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-kg · GraphQL playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}${PLAYGROUND_STYLE}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="${base}${PLAYGROUND_SCRIPT}"></script>
</body>
</html>
`;
}

function asset(body: Buffer, headers: Record<string, string>): Asset {
  return { body, gzip: zlib.gzipSync(body, { level: 9 }), headers };
}

/** True when the client asks for HTML before JSON, as a browser's address bar does. */
function prefersHtml(req: http.IncomingMessage): boolean {
  const accept = (req.headers.accept ?? '').toLowerCase();
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html >= 0 && (json < 0 || html < json);
}

function serve(req: http.IncomingMessage, res: http.ServerResponse, status: number, item: Asset): void {
  const gzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? item.gzip : item.body;
  res.writeHead(status, {
    ...item.headers,
    'content-length': String(body.length),
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Builds the bundle when its inputs changed, loads it into memory and returns the handler that serves it. */
export async function createPlaygroundHandler(projectRoot: string): Promise<PlaygroundHandler> {
  const bundle = await buildPlayground(projectRoot);
  const assets = new Map<string, Asset>();
  for (const name of bundle.files) {
    const type = contentTypes[path.extname(name)] ?? 'application/octet-stream';
    const body = fs.readFileSync(path.join(bundle.dir, name));
    assets.set(`${ASSET_PREFIX}${bundle.hash}/${name}`, asset(body, { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' }));
  }
  const page = asset(Buffer.from(playgroundHtml(bundle.hash), 'utf8'), {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': contentSecurityPolicy,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });
  const notFound = asset(Buffer.from(JSON.stringify({ error: 'no such playground asset' }), 'utf8'), {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });

  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/' || (url.pathname === '/graphql' && prefersHtml(req))) {
      serve(req, res, 200, page);
      return true;
    }
    if (!url.pathname.startsWith(ASSET_PREFIX)) return false;
    // Note: assets are looked up by exact path in a map built from the bundle folder, so no path can reach another file.
    const found = assets.get(url.pathname);
    serve(req, res, found ? 200 : 404, found ?? notFound);
    return true;
  };
}
