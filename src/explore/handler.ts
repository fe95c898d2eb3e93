/** Serves the explorer: the page on GET /explore and its bundled assets; everything it loads comes from this server. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildExplore } from './build.js';
import { EXPLORE_ASSETS, exploreHtml } from './page.js';

/** Handles a request when it is the explorer's, returning false to let the API handle it. */
export type ExploreHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;

interface Asset {
  body: Buffer;
  gzip: Buffer;
  headers: Record<string, string>;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// Note: the page talks only to /graphql on this server; the policy also stops any stray request to another host.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function asset(body: Buffer, headers: Record<string, string>): Asset {
  return { body, gzip: zlib.gzipSync(body, { level: 9 }), headers };
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
export async function createExploreHandler(projectRoot: string, options: { playground: boolean } = { playground: true }): Promise<ExploreHandler> {
  const bundle = await buildExplore(projectRoot);
  const assets = new Map<string, Asset>();
  for (const name of bundle.files) {
    const type = contentTypes[path.extname(name)] ?? 'application/octet-stream';
    assets.set(`${EXPLORE_ASSETS}${bundle.hash}/${name}`, asset(fs.readFileSync(path.join(bundle.dir, name)), { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' }));
  }
  const page = asset(Buffer.from(exploreHtml(bundle.hash, options), 'utf8'), {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': contentSecurityPolicy,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });
  const notFound = asset(Buffer.from(JSON.stringify({ error: 'no such explorer asset' }), 'utf8'), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });

  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/explore') {
      serve(req, res, 200, page);
      return true;
    }
    if (url.pathname === '/explore/') {
      // Note: the page's links are relative to /explore (graphql, explore/assets/…), so the trailing slash is dropped.
      res.writeHead(308, { location: `../explore${url.search}` });
      res.end();
      return true;
    }
    if (!url.pathname.startsWith(EXPLORE_ASSETS)) return false;
    // Note: assets are looked up by exact path in a map built from the bundle folder, so no path can reach another file.
    const found = assets.get(url.pathname);
    serve(req, res, found ? 200 : 404, found ?? notFound);
    return true;
  };
}
