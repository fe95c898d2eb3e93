import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { startHttpServer } from '../../src/graphql/server.js';
import { launchBrowser } from '../helpers/browser.js';
import { openTestDatabase } from '../helpers/db.js';
import { writeSeeds } from '../helpers/seed.js';

const db = openTestDatabase();
const root = db.config.projectRoot;
const artifacts = path.join(root, 'test', 'artifacts');
let cleanUp: (() => Promise<void>) | undefined;
let http: Awaited<ReturnType<typeof startHttpServer>>;
let browser: Browser;

/** The part of CodeMirror 5's editor API the test uses. */
interface CodeMirrorLike {
  getValue(): string;
  posFromIndex(index: number): unknown;
  scrollIntoView(position: unknown, margin: number): void;
}

beforeAll(async () => {
  await migrate(db.executor, root);
  cleanUp = await writeSeeds(db);
  http = await startHttpServer({ ...db.config, server: { ...db.config.server, port: 0, playground: true } }, db.executor);
  ({ browser } = await launchBrowser(root, db.config.browser));
});

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await cleanUp?.();
  await db.close();
});

describe('the playground in a real browser', () => {
  it('runs the preloaded Hong Kong example and shows 香港科技大学, with no request leaving localhost', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const hosts = new Set<string>();
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:') hosts.add(url.hostname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await page.goto(http.url, { waitUntil: 'load' });
    const tab = page.locator('.graphiql-tab', { hasText: 'HongKongInstitutions' });
    await tab.waitFor({ timeout: 30_000 });
    await expect(page.locator('.graphiql-tab').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('ProgramsInDistrict'), expect.stringContaining('Targets'), expect.stringContaining('Explore')]),
    );
    await tab.click();
    await page.locator('.graphiql-execute-button').click();

    // The response pane is a CodeMirror editor that renders only the lines in view: read its whole value.
    const editor = page.locator('.graphiql-response .CodeMirror');
    const readResponse = (): Promise<string> => editor.evaluate((el) => (el as unknown as { CodeMirror: CodeMirrorLike }).CodeMirror.getValue());
    await expect.poll(readResponse, { timeout: 30_000 }).toMatch(/"(data|errors)"/);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'playground.png') });
    const body = JSON.parse(await readResponse()) as { data?: { institutions: { edges: { node: { institution: { name: string } } }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.institutions.edges.map((edge) => edge.node.institution.name)).toEqual(expect.arrayContaining([expect.stringContaining('香港科技大学')]));

    // Scroll the answer into view so the pane shows it (and the screenshot too).
    await editor.evaluate((el, needle) => {
      const cm = (el as unknown as { CodeMirror: CodeMirrorLike }).CodeMirror;
      cm.scrollIntoView(cm.posFromIndex(cm.getValue().indexOf(needle)), 200);
    }, '香港科技大学');
    await page.locator('.graphiql-response').getByText('香港科技大学').first().waitFor({ state: 'visible', timeout: 5_000 });
    await page.screenshot({ path: path.join(artifacts, 'playground.png') });
    expect([...hosts].filter((host) => host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
