import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directorySize, fileSize } from '../../src/local-neo4j/index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-store-size-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the store size that status reports', () => {
  it('adds the bytes of every file under the folder, nested folders included', () => {
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, 'a', 'one'), 'x'.repeat(10));
    fs.writeFileSync(path.join(root, 'a', 'b', 'two'), 'y'.repeat(32));
    expect(directorySize(root)).toBe(42);
  });

  it('counts a file deleted after its folder was listed as 0 bytes instead of failing (a running Neo4j deletes its .tmp files)', () => {
    expect(fileSize(path.join(root, 'a', 'gone.tmp'))).toBe(0);
    expect(directorySize(path.join(root, 'no-such-folder'))).toBe(0);
  });

  it('counts a folder replaced by a file as 0 bytes too', () => {
    expect(directorySize(path.join(root, 'a', 'one'))).toBe(0);
  });

  it('still fails on errors other than a vanished entry', () => {
    expect(() => fileSize('\0bad')).toThrow();
  });
});
