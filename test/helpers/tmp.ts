/** Temporary folders and uniquely named copies of fixtures, so each test's documents have their own ids. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary folder. */
export function tempDir(prefix = 'policy-kg-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A suffix unique to this test run, for file names (and so document ids). */
export function runSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
