/**
 * `npm run bench:explore`: the explorer in headless Chromium on entities with 50, 200 and 400 neighbours (written
 * through the real writer into the local Neo4j): time from search to drawn graph, and the layout alone, over
 * several fresh page loads. Aim: layout of a 200-node neighbourhood under 2 s.
 */
import { deleteDocument, writeExtraction } from '../src/db/write/graphWriter.js';
import { loadConfig } from '../src/config.js';
import { startHttpServer } from '../src/graphql/server.js';
import { openDatabase } from '../src/runtime.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { hubExtraction } from '../test/helpers/hub.js';

const RUNS = 5;
const SIZES = [50, 200, 400];
const config = loadConfig();
const db = await openDatabase(config, { migrate: true });
const http = await startHttpServer({ ...config, server: { ...config.server, port: 0, explore: true } }, db.executor);
const origin = new URL(http.url).origin;
const { browser, choice } = await launchBrowser(config.projectRoot, config.browser);
const written: string[] = [];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  console.log(`explorer bench: ${choice.source} Chromium, ${RUNS} fresh page loads per size`);
  console.log('neighbours  nodes  layout median  layout max  search→drawn median');
  for (const size of SIZES) {
    const { extraction, hubName } = hubExtraction(`b${size}${Date.now().toString(36)}`, size);
    await writeExtraction(db.executor, extraction);
    written.push(extraction.document.id);
    const layouts: number[] = [];
    const totals: number[] = [];
    let nodes = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const began = Date.now();
      await page.goto(`${origin}/explore?q=${encodeURIComponent(hubName)}`);
      await page.waitForFunction(() => {
        const h = (window as unknown as { policyKgExplore?: { busy: boolean; lastLayoutMs: number | null } }).policyKgExplore;
        return h !== undefined && !h.busy && h.lastLayoutMs !== null;
      }, undefined, { timeout: 60_000 });
      totals.push(Date.now() - began);
      const result = await page.evaluate(() => {
        const h = (window as unknown as { policyKgExplore: { lastLayoutMs: number; cy: { nodes(): { length: number } } } }).policyKgExplore;
        return { layout: h.lastLayoutMs, nodes: h.cy.nodes().length };
      });
      layouts.push(result.layout);
      nodes = result.nodes;
      await page.close();
    }
    const ms = (x: number): string => `${Math.round(x)} ms`;
    console.log(`${String(size).padStart(10)}  ${String(nodes).padStart(5)}  ${ms(median(layouts)).padStart(13)}  ${ms(Math.max(...layouts)).padStart(10)}  ${ms(median(totals)).padStart(19)}`);
  }
} finally {
  for (const id of written) await deleteDocument(db.executor, id);
  await browser.close();
  await http.close();
  await db.close();
}
