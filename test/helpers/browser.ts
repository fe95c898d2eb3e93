/**
 * Finds and launches a Chromium for the browser tests without root: the system Chromium when one is
 * installed, otherwise the headless Chromium shipped inside the `@sparticuz/chromium` npm package. Either
 * way the browser gets a CJK font from an npm package (`@embedpdf/fonts-sc`), so screenshots show Chinese.
 * `POLICY_KG_BROWSER` (auto | system | packaged | /path/to/chrome) forces one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { cjkFontDir, packageDir } from './fonts.js';

/** Where a Linux system usually has Chromium or Chrome, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/** The browser a test run uses, and why. */
export interface BrowserChoice {
  executablePath: string;
  source: 'system' | 'packaged' | 'path';
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first system Chromium among `candidates` that exists and is executable. */
export function findSystemChromium(candidates: readonly string[] = SYSTEM_CHROMIUM_PATHS): string | undefined {
  return candidates.find(isExecutableFile);
}

/** The project's git-ignored cache folder for the unpacked browser and its font configuration. */
export function browserCacheDir(projectRoot: string): string {
  return path.join(projectRoot, '.cache', 'browser');
}

/**
 * Unpacks the Chromium binary that `@sparticuz/chromium` ships (brotli-compressed inside the package) into the
 * project's cache, once per package version, and returns its path. Nothing is downloaded.
 */
export async function unpackPackagedChromium(projectRoot: string): Promise<string> {
  const dir = packageDir(projectRoot, '@sparticuz/chromium', 'bin/chromium.br');
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(browserCacheDir(projectRoot), `chromium-${version}`, 'chromium');
  if (isExecutableFile(target)) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Note: unpack beside the target and rename, so a concurrent test run never starts half a binary.
  const partial = `${target}.${process.pid}.partial`;
  try {
    await pipeline(fs.createReadStream(path.join(dir, 'bin', 'chromium.br')), zlib.createBrotliDecompress(), fs.createWriteStream(partial, { mode: 0o755 }));
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return target;
}

/** Writes a fontconfig file that adds the npm package's Noto Sans (Simplified Chinese) to any system fonts; returns its path. */
export function writeFontConfig(projectRoot: string): string {
  const fonts = cjkFontDir(projectRoot);
  const cache = browserCacheDir(projectRoot);
  const file = path.join(cache, 'fonts.conf');
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${path.join(cache, 'fontconfig')}</cachedir>
</fontconfig>
`;
  fs.mkdirSync(cache, { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== xml) fs.writeFileSync(file, xml);
  return file;
}

/** Resolves `POLICY_KG_BROWSER` (auto | system | packaged | a path) to an executable; a forced choice that is missing is an error. */
export async function chooseBrowser(projectRoot: string, setting: string, systemPaths: readonly string[] = SYSTEM_CHROMIUM_PATHS): Promise<BrowserChoice> {
  if (setting.startsWith('/')) {
    if (!isExecutableFile(setting)) throw new Error(`POLICY_KG_BROWSER=${setting}: no executable file there`);
    return { executablePath: setting, source: 'path' };
  }
  if (setting !== 'packaged') {
    const system = findSystemChromium(systemPaths);
    if (system) return { executablePath: system, source: 'system' };
    if (setting === 'system') throw new Error(`POLICY_KG_BROWSER=system: no system Chromium found (looked at ${systemPaths.join(', ')})`);
  }
  return { executablePath: await unpackPackagedChromium(projectRoot), source: 'packaged' };
}

/** Launches headless Chromium as chosen by `setting`, with the CJK font configured; the error names the browser and what to do. */
export async function launchBrowser(projectRoot: string, setting: string): Promise<{ browser: Browser; choice: BrowserChoice }> {
  const choice = await chooseBrowser(projectRoot, setting);
  const fontConfig = writeFontConfig(projectRoot);
  try {
    const browser = await chromium.launch({
      executablePath: choice.executablePath,
      args: LAUNCH_ARGS,
      // Note: the browser inherits the test's environment; only the font configuration is added.
      env: { ...process.env, FONTCONFIG_FILE: fontConfig },
    });
    return { browser, choice };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const hint = /libnss3|libnspr4|shared librar/.test(String(error)) ? ' (it needs libnss3: apt-get install libnss3)' : '';
    throw new Error(`cannot start the ${choice.source} Chromium at ${choice.executablePath}${hint}: ${message}. See README, Troubleshooting.`, { cause: error });
  }
}
