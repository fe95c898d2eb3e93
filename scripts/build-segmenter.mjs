#!/usr/bin/env node
// Install step: compiles the lean segmenter binding (language/segment/native: cppjieba's cutting, from the sources nodejieba
// ships, over a dictionary trie of its own), with the node-gyp npm runs installs with. When it cannot be built, policy-kg still works through nodejieba's
// own binding (same segmentation, ~200 MB more memory per process, slower): this says so and does not fail the install.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'language', 'segment', 'native');
// Note: npm tells its scripts where its node-gyp is (and passes its config, e.g. nodedir): run it as `npm run postinstall`.
const gyp = process.env.npm_config_node_gyp;
const [command, args] = gyp ? [process.execPath, [gyp, 'rebuild', '--loglevel=warn']] : ['node-gyp', ['rebuild', '--loglevel=warn']];
const result = spawnSync(command, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
if (result.status !== 0) {
  const reason = result.error ? result.error.message : `node-gyp exited with ${result.status}`;
  console.warn(`policy-kg: the lean segmenter binding was not built (${reason}); nodejieba's own binding will be used instead.`);
}
