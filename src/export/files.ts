/** Writes an export file line by line, in chunks, never replacing a file unless asked to. */
import fs from 'node:fs';
import { PolicyKgError } from '../errors.js';

const CHUNK = 1 << 16;

function existsError(file: string): PolicyKgError {
  return new PolicyKgError('BAD_USER_INPUT', `${file}: already exists; choose another --out folder or pass --force to replace it`);
}

/** Throws when `file` exists. */
export function assertAbsent(file: string): void {
  if (fs.existsSync(file)) throw existsError(file);
}

/** Writes `lines` (each ended by "\n") to `file`; an existing file is an error unless `overwrite`. */
export function writeLines(file: string, lines: Iterable<string>, overwrite: boolean): void {
  let fd: number;
  try {
    fd = fs.openSync(file, overwrite ? 'w' : 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw existsError(file);
    throw error;
  }
  try {
    let buffer = '';
    for (const line of lines) {
      buffer += `${line}\n`;
      if (buffer.length >= CHUNK) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
}
