import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/graphql/server.js';
import { openTestDatabase } from '../helpers/db.js';

const db = openTestDatabase();
let on: Awaited<ReturnType<typeof startHttpServer>>;
let off: Awaited<ReturnType<typeof startHttpServer>>;
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

beforeAll(async () => {
  on = await startHttpServer({ ...db.config, server: { ...db.config.server, port: 0, playground: true } }, db.executor);
  off = await startHttpServer({ ...db.config, server: { ...db.config.server, port: 0, playground: false } }, db.executor);
});

afterAll(async () => {
  await on?.close();
  await off?.close();
  await db.close();
});

const base = (server: { url: string }): string => server.url.replace(/\/graphql$/, '');

async function page(): Promise<{ html: string; assets: string[] }> {
  const html = await (await fetch(`${base(on)}/`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(playground\/[^"]+)"/g)].map((m) => `${base(on)}/${m[1]}`);
  return { html, assets };
}

describe('the playground routes', () => {
  it('serve the GraphiQL page on GET / and on GET /graphql from a browser, with no external URL in it', async () => {
    for (const [url, accept] of [[`${base(on)}/`, '*/*'], [on.url, browserAccept]]) {
      const response = await fetch(url, { headers: { accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
      const html = await response.text();
      expect(html).toContain('<div id="graphiql">');
      expect(html).not.toMatch(/https?:\/\//);
    }
  });

  it('serve the bundled script and stylesheet with their content types, long-lived caching and gzip', async () => {
    const { assets } = await page();
    expect(assets.map((a) => a.split('/').pop())).toEqual(['style.css', 'client.js']);
    const types = [];
    for (const url of assets) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      types.push(response.headers.get('content-type'));
      const body = await response.text();
      expect(body.length).toBeGreaterThan(10_000);
      // Note: only URLs the browser would fetch by itself matter (@import, url(), script sources); links in text and XML namespaces do not.
      expect(body).not.toMatch(/@import\s+(url\()?["']?https?:|url\(["']?https?:|src=["']https?:/);
    }
    expect(types).toEqual(['text/css; charset=utf-8', 'text/javascript; charset=utf-8']);
  });

  it('answer 404 for unknown assets and for paths that try to climb out of the bundle folder', async () => {
    const { assets } = await page();
    const folder = assets[0].slice(0, assets[0].lastIndexOf('/'));
    for (const url of [`${folder}/nope.js`, `${folder}/..%2F..%2Fpackage.json`, `${folder}/%2e%2e/%2e%2e/package.json`, `${base(on)}/playground/0000000000000000/client.js`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('"name": "policy-kg"');
    }
  });

  it('keep POST /graphql as the API, and GET queries still need a CSRF-safe header', async () => {
    const post = await fetch(on.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ health { ok } }' }) });
    expect(await post.json()).toEqual({ data: { health: { ok: true } } });
    for (const accept of ['*/*', 'application/json, text/html;q=0.5']) {
      const get = await fetch(`${on.url}?query=${encodeURIComponent('{ health { ok } }')}`, { headers: { accept } });
      expect(get.status).toBe(400);
      expect(await get.text()).toContain('CSRF');
    }
  });

  it('are gone with GRAPHQL_PLAYGROUND=false: GET / is 404 and a browser GET /graphql gets no page', async () => {
    expect((await fetch(`${base(off)}/`, { headers: { accept: browserAccept } })).status).toBe(404);
    const response = await fetch(off.url, { headers: { accept: browserAccept } });
    expect(response.headers.get('content-type')).not.toContain('text/html');
    expect(await response.text()).not.toContain('graphiql');
    const { assets } = await page();
    expect((await fetch(assets[1].replace(base(on), base(off)))).status).toBe(404);
  });
});
