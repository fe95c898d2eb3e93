/** Bundles the playground (GraphiQL, React, the client entry and GraphiQL's CSS) with esbuild, once per set of inputs. */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';

/** A finished bundle: its folder, the hash of its inputs (also the folder's name) and its file names. */
export interface PlaygroundBundle {
  dir: string;
  hash: string;
  files: string[];
}

/** The bundle's main script and stylesheet, as named in the output folder. */
export const PLAYGROUND_SCRIPT = 'client.js';
export const PLAYGROUND_STYLE = 'style.css';

const sourceDir = (projectRoot: string): string => path.join(projectRoot, 'src', 'graphql', 'playground');

/** The git-ignored folder that holds one sub-folder per built input hash. */
export function playgroundOutputRoot(projectRoot: string): string {
  return path.join(projectRoot, 'dist', 'playground');
}

/** A hash of everything the bundle depends on: the client sources, this builder and the locked package versions. */
export function playgroundInputHash(projectRoot: string): string {
  const hash = createHash('sha256');
  const inputs = [
    ...['client.ts', 'examples.ts', 'build.ts'].map((name) => path.join(sourceDir(projectRoot), name)),
    path.join(projectRoot, 'package-lock.json'),
  ];
  for (const file of inputs) {
    hash.update(file.slice(projectRoot.length)).update('\0');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing').update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const inFlight = new Map<string, Promise<PlaygroundBundle>>();

/** Returns the bundle for the current inputs, building it only when no folder for their hash exists yet. */
export function buildPlayground(projectRoot: string): Promise<PlaygroundBundle> {
  const hash = playgroundInputHash(projectRoot);
  const key = `${projectRoot}\0${hash}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = ensureBundle(projectRoot, hash).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function ensureBundle(projectRoot: string, hash: string): Promise<PlaygroundBundle> {
  const root = playgroundOutputRoot(projectRoot);
  const dir = path.join(root, hash);
  if (!fs.existsSync(path.join(dir, PLAYGROUND_SCRIPT))) {
    fs.mkdirSync(root, { recursive: true });
    // Note: build beside the final folder and rename it into place, so a concurrent reader never sees half a bundle.
    const tmp = path.join(root, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await bundle(projectRoot, tmp);
      try {
        fs.renameSync(tmp, dir);
      } catch (error) {
        if (!fs.existsSync(path.join(dir, PLAYGROUND_SCRIPT))) throw error;
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    removeOtherBundles(root, hash);
  }
  return { dir, hash, files: fs.readdirSync(dir).sort() };
}

async function bundle(projectRoot: string, outdir: string): Promise<void> {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  await esbuild.build({
    entryPoints: {
      client: path.join(sourceDir(projectRoot), 'client.ts'),
      style: require.resolve('graphiql/style.css'),
    },
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    charset: 'utf8',
    legalComments: 'linked',
    // Note: React's production build; this is text substituted into the bundle, not a read of the environment.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    absWorkingDir: projectRoot,
  });
}

function removeOtherBundles(root: string, keep: string): void {
  for (const name of fs.readdirSync(root)) {
    if (name !== keep && /^[0-9a-f]{16}$/.test(name)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}
