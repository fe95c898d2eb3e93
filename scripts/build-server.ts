/**
 * `npm run build:server [-- OUTDIR]`: compiles the server's TypeScript (src/, ingest/, language/) to plain ES modules in
 * build/ (or OUTDIR), file by file with esbuild, with the data files the modules read beside them. `node
 * build/src/cli/main.js serve` then runs without the tsx loader: the API spends less CPU per request (no TypeScript
 * hooks, no source-map lookups when the driver captures a stack). The browser client of /explore is bundled at serve
 * time as before, and the project root (schema/, launcher/) is still found by walking up from the module.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['src', 'ingest', 'language'];
/** Browser code, bundled by src/explore/build.ts when the server starts. */
const BROWSER_DIR = path.join('src', 'explore', 'client');
/** Files read at run time relative to the module that reads them, copied beside the compiled module. */
const ASSETS = ['language/lexicon/data', 'language/gazetteer/data', 'language/segment/jieba-idf.utf8', 'language/segment/jieba-stop-words.utf8'];
/** The segmenter's native binding, built at install; the compiled module loads it from its own folder. */
const BINDING = 'language/segment/native/build/Release/jieba_tagger.node';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (rel !== BROWSER_DIR && entry.name !== 'node_modules' && entry.name !== 'native') out.push(...sources(rel));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/**
 * Compiles the server into `outdir` (absolute or relative to the project root) and returns the folder. The folder must
 * lie inside the project, where the modules find its root, node_modules and package.json ("type": "module").
 */
export async function buildServer(outdir = 'build'): Promise<string> {
  const out = path.resolve(root, outdir);
  fs.rmSync(out, { recursive: true, force: true });
  const entryPoints = SOURCE_DIRS.flatMap(sources).map((rel) => path.join(root, rel));
  await build({ entryPoints, outdir: out, outbase: root, format: 'esm', platform: 'node', target: 'node20', bundle: false, logLevel: 'warning' });
  for (const asset of ASSETS) fs.cpSync(path.join(root, asset), path.join(out, asset), { recursive: true });
  if (fs.existsSync(path.join(root, BINDING))) fs.cpSync(path.join(root, BINDING), path.join(out, BINDING));
  // The extraction workers start from a boot module; compiled, they need no loader.
  fs.writeFileSync(path.join(out, 'ingest', 'extractWorker.boot.mjs'), "// Starts an extraction worker thread from compiled JavaScript.\nawait import('./extractWorker.js');\n");
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  const out = await buildServer(process.argv[2]);
  console.log(`policy-kg: compiled the server to ${path.relative(root, out) || out} in ${Math.round(performance.now() - began)} ms; run it with node ${path.relative(root, out)}/src/cli/main.js serve`);
}
