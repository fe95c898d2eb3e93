/** Expands the paths given to `ingest` into the files to read: files as given, folders walked for supported types. */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Extensions the reader understands, and those it refuses with a reason (so a folder's .doc files are reported, not skipped silently). */
export const SUPPORTED_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.pdf', '.docx', '.doc', '.wps']);

/** Files under the given paths, sorted within each folder; a missing path is returned as is so reading reports it. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const entries = await fs.readdir(p, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && SUPPORTED_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith('.') && !e.name.startsWith('~$'))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return [...new Set(files)];
}
