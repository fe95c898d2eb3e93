/** The CJK font the tests use, from an npm package (`@embedpdf/fonts-sc`: Noto Sans, Simplified Chinese, OTF). */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The installed folder of a package that contains `marker` (packages whose exports hide package.json). */
export function packageDir(projectRoot: string, name: string, marker: string): string {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${name}: cannot find ${marker} in the installed package`);
    dir = parent;
  }
  return dir;
}

/** The folder of OTF files. */
export function cjkFontDir(projectRoot: string): string {
  return path.join(packageDir(projectRoot, '@embedpdf/fonts-sc', 'fonts/NotoSansHans-Regular.otf'), 'fonts');
}

/** The regular weight, for drawing Chinese into generated PDFs. */
export function cjkFontFile(projectRoot: string): string {
  return path.join(cjkFontDir(projectRoot), 'NotoSansHans-Regular.otf');
}
