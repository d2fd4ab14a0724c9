// Debian's Chromium driven by playwright-core; the tests need it at /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. to check what happens when it is missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ENABLE_HINT = 'sudo apt-get install chromium (or scripts/install-chromium.sh)';

/** Where screenshots of each view go (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

/** Launches headless Chromium; fails with how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!HAS_CHROMIUM) {
    throw new Error(`The browser tests need ${CHROMIUM}, which is missing. Install it: ${ENABLE_HINT}.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}
