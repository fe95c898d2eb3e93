/**
 * Document ids. A file's id is `doc:` + its path relative to the ingest root, extension included, with `/` between
 * folders: `ingest corpus/` stores `corpus/a/plan.txt` as `doc:a/plan.txt` and `corpus/b/plan.txt` as `doc:b/plan.txt`,
 * and `plan.pdf` beside `plan.docx` keeps both. The id is only a proposal: which stored document a file is (and so the
 * id it keeps) is decided by `placeFiles` (placement.ts) from the stored sources and content hashes.
 */
import path from 'node:path';

/**
 * What ids are relative to: the deepest path holding every path given. One folder: that folder; several paths: their
 * common folder; one file: the file itself, whose id is then its name (see documentIdFor).
 */
export function ingestRoot(paths: readonly string[]): string {
  const folders = paths.map((p) => path.resolve(p));
  if (folders.length === 0) return path.resolve('.');
  let root = folders[0];
  for (const folder of folders.slice(1)) {
    while (!isInside(folder, root)) root = path.dirname(root);
  }
  return root;
}

/** True when `file` is `folder` or lies under it. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The proposed id of `file` under `root` (default: the file's own folder, so a lone file's id is `doc:<name>`). */
export function documentIdFor(file: string, root?: string): string {
  const absolute = path.resolve(file);
  // Note: under its own folder a file's id is its name: no relative path to work out (that was most of this function).
  if (root === undefined) return `doc:${path.basename(absolute)}`;
  const relative = isInside(absolute, root) && absolute !== root ? path.relative(root, absolute) : path.basename(absolute);
  return `doc:${relative.split(path.sep).join('/')}`;
}
