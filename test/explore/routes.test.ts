import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreHtml } from '../../src/explore/page.js';
import { startHttpServer } from '../../src/graphql/server.js';
import { openTestDatabase } from '../helpers/db.js';

const db = openTestDatabase();
let on: Awaited<ReturnType<typeof startHttpServer>>;
let bare: Awaited<ReturnType<typeof startHttpServer>>;

beforeAll(async () => {
  on = await startHttpServer({ ...db.config, server: { ...db.config.server, port: 0, playground: true, explore: true } }, db.executor);
  bare = await startHttpServer({ ...db.config, server: { ...db.config.server, port: 0, playground: false, explore: false } }, db.executor);
});

afterAll(async () => {
  await on?.close();
  await bare?.close();
  await db.close();
});

const base = (server: { url: string }): string => server.url.replace(/\/graphql$/, '');

describe('the /explore routes', () => {
  it('serve the page with a strict content security policy and no external URL, and its bundled assets gzipped', async () => {
    const response = await fetch(`${base(on)}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/<a id="playground-link" href="\.\/" target="_blank" rel="noopener">/);
    const assets = [...html.matchAll(/(?:src|href)="(explore\/assets\/[^"]+)"/g)].map((m) => `${base(on)}/${m[1]}`);
    expect(assets.map((a) => a.split('/').pop())).toEqual(['explore.css', 'explore.js']);
    for (const asset of assets) {
      const got = await fetch(asset, { headers: { 'accept-encoding': 'gzip' } });
      expect(got.status).toBe(200);
      expect(got.headers.get('cache-control')).toContain('immutable');
      expect((await got.text()).length).toBeGreaterThan(1000);
    }
    const script = await (await fetch(assets[1])).text();
    expect(script).toContain('policyKgExplore');
    expect(script).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.googleapis\.com/);
  });

  it('redirect /explore/ to /explore, refuse unknown assets, and leave other methods to the API', async () => {
    const slash = await fetch(`${base(on)}/explore/?q=香港`, { redirect: 'manual' });
    expect(slash.status).toBe(308);
    expect(slash.headers.get('location')).toBe(`../explore?q=${encodeURIComponent('香港')}`);
    expect((await fetch(`${base(on)}/explore/assets/0000000000000000/explore.js`)).status).toBe(404);
    expect((await fetch(`${base(on)}/explore/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${base(on)}/explore`, { method: 'POST' })).status).toBe(404);
  });

  it('are off with POLICY_KG_EXPLORE=false, and the page hides its playground link when the playground is off', async () => {
    expect((await fetch(`${base(bare)}/explore`)).status).toBe(404);
    expect(exploreHtml('0123456789abcdef', { playground: false })).toMatch(/<a id="playground-link"[^>]* hidden>/);
  });
});
