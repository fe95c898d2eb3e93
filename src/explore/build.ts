/** Bundles the explorer (its client code, Cytoscape.js and the fCoSE layout) with esbuild at server start, once per set of inputs. */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/** A finished bundle: its folder, the hash of its inputs (the folder's name) and its file names. */
export interface ExploreBundle {
  dir: string;
  hash: string;
  files: string[];
}

/** The bundle's script and stylesheet. */
export const EXPLORE_SCRIPT = 'explore.js';
export const EXPLORE_STYLE = 'explore.css';

const clientDir = (projectRoot: string): string => path.join(projectRoot, 'src', 'explore', 'client');

/** A hash of the client sources, this builder and the locked package versions. */
export function exploreInputHash(projectRoot: string): string {
  const hash = createHash('sha256');
  const dir = clientDir(projectRoot);
  const inputs = [...fs.readdirSync(dir).sort().map((name) => path.join(dir, name)), path.join(projectRoot, 'src', 'explore', 'build.ts'), path.join(projectRoot, 'package-lock.json')];
  for (const file of inputs) {
    hash.update(path.relative(projectRoot, file)).update('\0');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing').update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundle(projectRoot: string, outdir: string): Promise<void> {
  await esbuild.build({
    entryPoints: { explore: path.join(clientDir(projectRoot), 'main.ts'), 'explore-style': path.join(clientDir(projectRoot), 'explore.css') },
    entryNames: '[name]',
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    charset: 'utf8',
    legalComments: 'linked',
    logLevel: 'silent',
    absWorkingDir: projectRoot,
  });
  // Note: esbuild names a CSS entry after its key; one stable name keeps the page template simple.
  fs.renameSync(path.join(outdir, 'explore-style.css'), path.join(outdir, EXPLORE_STYLE));
}

const inFlight = new Map<string, Promise<ExploreBundle>>();

async function ensureBundle(projectRoot: string, hash: string): Promise<ExploreBundle> {
  const root = path.join(projectRoot, 'dist', 'explore');
  const dir = path.join(root, hash);
  if (!fs.existsSync(path.join(dir, EXPLORE_SCRIPT))) {
    fs.mkdirSync(root, { recursive: true });
    // Note: build beside the final folder and rename it into place, so a concurrent reader never sees half a bundle.
    const tmp = path.join(root, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await bundle(projectRoot, tmp);
      try {
        fs.renameSync(tmp, dir);
      } catch (error) {
        if (!fs.existsSync(path.join(dir, EXPLORE_SCRIPT))) throw error;
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    for (const name of fs.readdirSync(root)) {
      if (name !== hash && /^[0-9a-f]{16}$/.test(name)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
    }
  }
  return { dir, hash, files: fs.readdirSync(dir).sort() };
}

/** Returns the bundle for the current inputs, building it only when no folder for their hash exists yet. */
export function buildExplore(projectRoot: string): Promise<ExploreBundle> {
  const hash = exploreInputHash(projectRoot);
  const key = `${projectRoot}\0${hash}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = ensureBundle(projectRoot, hash).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
