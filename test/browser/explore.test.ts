import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../ingest/pipeline.js';
import { migrate } from '../../src/db/migrate.js';
import { startHttpServer } from '../../src/graphql/server.js';
import { launchBrowser } from '../helpers/browser.js';
import { openTestDatabase } from '../helpers/db.js';
import { hubExtraction } from '../helpers/hub.js';
import { writeSeeds } from '../helpers/seed.js';
import { runSuffix } from '../helpers/tmp.js';

const db = openTestDatabase();
const root = db.config.projectRoot;
const artifacts = path.join(root, 'test', 'artifacts');
const suffix = runSuffix();
const PARTNERS = 200;
const hub = hubExtraction(suffix, PARTNERS);
const HUB = hub.hubName;
let cleanUp: (() => Promise<void>) | undefined;
let http: Awaited<ReturnType<typeof startHttpServer>>;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await migrate(db.executor, root);
  const seed = await extractFile(path.join(root, 'seeds', 'guangzhou-education-2019-summary-2020-plan.txt'), { maxBytes: 5e6 });
  if (!seed.ok) throw seed.error;
  cleanUp = await writeSeeds(db, [seed.extraction, hub.extraction]);
  http = await startHttpServer({ ...db.config, server: { ...db.config.server, port: 0, playground: true, explore: true } }, db.executor);
  origin = new URL(http.url).origin;
  ({ browser } = await launchBrowser(root, db.config.browser));
});

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await cleanUp?.();
  await db.close();
});

interface Watch {
  hosts: Set<string>;
  errors: string[];
}

async function openExplorer(query = ''): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const watch: Watch = { hosts: new Set(), errors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') watch.hosts.add(url.hostname);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.goto(`${origin}/explore${query}`, { waitUntil: 'load' });
  return { page, watch };
}

/** Waits until the page has drawn the neighbourhood of `centre` and is idle. */
async function settled(page: Page, centre: string): Promise<void> {
  await page.waitForFunction((id) => {
    const h = (window as unknown as { policyKgExplore?: { centre: string | null; busy: boolean; lastLayoutMs: number | null } }).policyKgExplore;
    return h !== undefined && h.centre === id && !h.busy && h.lastLayoutMs !== null;
  }, centre, { timeout: 30_000 });
}

/** The id of the node labelled `name`, if drawn. */
function nodeNamed(page: Page, name: string): Promise<string | null> {
  return page.evaluate((label) => {
    const { cy } = (window as unknown as { policyKgExplore: { cy: import('cytoscape').Core } }).policyKgExplore;
    const found = cy.nodes().filter((n) => n.data('label') === label && n.visible());
    return found.length ? found[0].id() : null;
  }, name);
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const { cy } = (window as unknown as { policyKgExplore: { cy: import('cytoscape').Core } }).policyKgExplore;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

const expanded = (page: Page) => page.evaluate(() => [...(window as unknown as { policyKgExplore: { graph: { expanded: Set<string> } } }).policyKgExplore.graph.expanded]);

describe('the explorer in a real browser', () => {
  it('searches 香港, expands to 香港科技大学(广州), opens its evidence and shows Chinese, talking only to this server', async () => {
    const { page, watch } = await openExplorer();
    await page.fill('#search-input', '香港');
    await page.press('#search-input', 'Enter');
    await settled(page, 'region:HK');
    await expect(page.locator('#panel h2').first().innerText()).resolves.toContain('香港');

    let campus = await nodeNamed(page, '香港科技大学(广州)');
    if (!campus) {
      const hkust = await nodeNamed(page, '香港科技大学');
      expect(hkust).not.toBeNull();
      await clickNode(page, hkust!);
      await page.waitForFunction((id) => {
        const h = (window as unknown as { policyKgExplore: { graph: { expanded: Set<string> }; busy: boolean } }).policyKgExplore;
        return h.graph.expanded.has(id) && !h.busy;
      }, hkust!, { timeout: 30_000 });
      campus = await nodeNamed(page, '香港科技大学(广州)');
    }
    expect(campus).not.toBeNull();
    await clickNode(page, campus!);
    await page.locator('#panel h2', { hasText: '香港科技大学(广州)' }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !(window as unknown as { policyKgExplore: { busy: boolean } }).policyKgExplore.busy && document.querySelector('#panel h2')?.textContent?.includes('香港科技大学(广州)') === true, undefined, { timeout: 30_000 });
    expect(await expanded(page)).toContain(campus);

    // Its evidence: the link to the university it is a campus of, with the sentence, the document and the section.
    await page.locator('#panel button.link', { hasText: 'PART_OF' }).first().click();
    const evidence = page.locator('#panel li.evidence').first();
    await evidence.waitFor({ timeout: 10_000 });
    await expect(evidence.locator('q').innerText()).resolves.toContain('香港科技大学');
    await expect(evidence.locator('.where').innerText()).resolves.toMatch(/广州市教育局关于印发2019年广州教育工作总结.*›/);

    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'explore.png') });
    expect([...watch.hosts].filter((host) => host !== '127.0.0.1' && host !== 'localhost')).toEqual([]);
    expect(watch.errors).toEqual([]);

    // The same view as a GraphQL query, opened in the playground.
    const href = await page.locator('#playground-link').getAttribute('href');
    const query = new URL(href!, origin).searchParams.get('query');
    expect(query).toContain('entity(id: "region:HK")');
    const playground = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await playground.goto(new URL(href!, origin).toString(), { waitUntil: 'load' });
    const editor = playground.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => editor.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()), { timeout: 15_000 })
      .toContain('entity(id: "region:HK")');
    await playground.close();
    await page.close();
  });

  it('draws a 200-neighbour entity, stays responsive to clicks, and filters by status, year and relation', async () => {
    const { page, watch } = await openExplorer(`?q=${encodeURIComponent(HUB)}`);
    await settled(page, `institution:${HUB}`);
    const { nodes, edges, layoutMs } = await page.evaluate(() => {
      const h = (window as unknown as { policyKgExplore: { cy: import('cytoscape').Core; lastLayoutMs: number } }).policyKgExplore;
      return { nodes: h.cy.nodes().length, edges: h.cy.edges().length, layoutMs: h.lastLayoutMs };
    });
    console.log(`[explore] ${nodes} nodes, ${edges} edges, layout ${Math.round(layoutMs)} ms`);
    expect(nodes).toBe(PARTNERS + 1);
    expect(edges).toBe(PARTNERS);
    // Note: the 2 s aim is measured by `npm run bench:explore`; this bound only catches a layout that hangs.
    expect(layoutMs).toBeLessThan(10_000);

    // Still usable: a click on one of the 200 opens it within a second or two.
    const partner = await nodeNamed(page, `星河第77学校${suffix}`);
    const began = Date.now();
    await clickNode(page, partner!);
    await page.locator('#panel h2', { hasText: `星河第77学校${suffix}` }).waitFor({ timeout: 5_000 });
    expect(Date.now() - began).toBeLessThan(5_000);

    // Filters: a year with no evidence hides every link; back to any year shows them again.
    await page.waitForFunction(() => !(window as unknown as { policyKgExplore: { busy: boolean } }).policyKgExplore.busy);
    const visibleEdges = () => page.evaluate(() => (window as unknown as { policyKgExplore: { cy: import('cytoscape').Core } }).policyKgExplore.cy.edges().filter((e) => e.style('display') !== 'none').length);
    await page.selectOption('#filter-status', 'ACHIEVED');
    expect(await visibleEdges()).toBe(0);
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-year', '2031');
    expect(await visibleEdges()).toBe(PARTNERS);
    await page.locator('#filters input[value="PARTNERS_WITH"]').uncheck();
    expect(await visibleEdges()).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
