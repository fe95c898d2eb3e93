import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { chooseBrowser, findSystemChromium, launchBrowser, writeFontConfig } from '../helpers/browser.js';
import { tempDir } from '../helpers/tmp.js';

const root = loadConfig().projectRoot;
const tmp = tempDir('find-browser-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fakeExecutable(name: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return file;
}

describe('finding a browser without root', () => {
  it('takes the first system Chromium that exists and is executable', () => {
    const plain = path.join(tmp, 'not-executable');
    fs.writeFileSync(plain, '', { mode: 0o644 });
    const real = fakeExecutable('chromium');
    expect(findSystemChromium([path.join(tmp, 'missing'), plain, real])).toBe(real);
    expect(findSystemChromium([path.join(tmp, 'missing')])).toBeUndefined();
  });

  it('prefers the system Chromium in auto mode and refuses a forced system browser that is missing', async () => {
    const real = fakeExecutable('chrome');
    await expect(chooseBrowser(root, 'auto', [real])).resolves.toEqual({ executablePath: real, source: 'system' });
    await expect(chooseBrowser(root, 'system', [path.join(tmp, 'none')])).rejects.toThrow(/POLICY_KG_BROWSER=system: no system Chromium found/);
    await expect(chooseBrowser(root, path.join(tmp, 'nowhere'), [])).rejects.toThrow(/no executable file there/);
  });

  it('falls back to the Chromium shipped in the npm package, unpacked into the project cache', async () => {
    const choice = await chooseBrowser(root, 'auto', [path.join(tmp, 'none')]);
    expect(choice.source).toBe('packaged');
    expect(choice.executablePath.startsWith(path.join(root, '.cache', 'browser'))).toBe(true);
    expect(fs.statSync(choice.executablePath).mode & 0o111).not.toBe(0);
  });

  it('configures a CJK font from npm, so two different Chinese words render as different pictures (tofu boxes would be identical)', async () => {
    const conf = fs.readFileSync(writeFontConfig(root), 'utf8');
    expect(conf).toMatch(/@embedpdf\/fonts-sc\/fonts<\/dir>/);
    const { browser } = await launchBrowser(root, 'packaged');
    try {
      const page = await browser.newPage();
      const style = 'display:inline-block;width:120px;height:60px;font-size:40px;line-height:60px';
      await page.setContent(`<span id="a" style="${style}">香港</span><span id="b" style="${style}">大学</span><span id="c" style="${style}">大学</span>`);
      const [a, b, c] = await Promise.all(['#a', '#b', '#c'].map((id) => page.locator(id).screenshot()));
      expect(b.equals(c)).toBe(true);
      expect(a.equals(b)).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
