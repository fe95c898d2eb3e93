/**
 * The local Neo4j's password: generated at random on first start and kept in the data folder, readable by the owner
 * only (0600). The launcher applies it to the store; every command and the tests read it from here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from '../errors.js';

const OWNER_ONLY = 0o600;

/** Where the password of the local Neo4j whose home is `home` is kept. */
export function passwordFileOf(home: string): string {
  return path.join(home, 'password');
}

/** Reads the password file; null when it does not exist. Throws when it is empty or readable by others. */
export function readPasswordFile(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new LocalNeo4jError(
      `${file}: the local Neo4j's password file is readable by others (mode ${mode.toString(8)}); ` +
        `make it owner-only with "chmod 600 ${file}".`,
    );
  }
  const password = text.trim();
  if (password === '') throw new LocalNeo4jError(`${file}: the local Neo4j's password file is empty; delete it and start again to generate one.`);
  return password;
}

/**
 * Returns the local Neo4j's password, generating it (32 random bytes, base64url) into an owner-only file on first
 * use. The folder that holds it is made owner-only too, since it also holds the store.
 */
export function ensurePasswordFile(home: string): { file: string; password: string; created: boolean } {
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  fs.chmodSync(home, 0o700);
  const file = passwordFileOf(home);
  const existing = readPasswordFile(file);
  if (existing !== null) return { file, password: existing, created: false };
  const password = crypto.randomBytes(32).toString('base64url');
  // Written whole under a temporary name, then linked into place: a concurrent start sees no file or the complete
  // one, and the link fails if another process got there first (then its password is the one).
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${password}\n`, { mode: OWNER_ONLY });
  fs.chmodSync(temporary, OWNER_ONLY);
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { file, password: readPasswordFile(file) ?? password, created: false };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return { file, password, created: true };
}
