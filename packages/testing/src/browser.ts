// Debian's Chromium driven by playwright-core, for the tests that open pages (the dashboard, the consumer
// projects' browser bundle, the API reference). The tests need it at /usr/bin/chromium, or at CHROMIUM_PATH.
//
// A developer's machine without a browser skips these tests with one line saying how to enable them (the
// README promises Node and npm are enough for `npm test`); in CI (CI=true) a missing browser fails them.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. to check what happens when it is missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ENABLE_HINT =
  'sudo apt-get install chromium (or scripts/install-chromium.sh), or set CHROMIUM_PATH';
/** Browser tests are skipped only outside CI: there a missing browser is a failure, not a skip. */
export const SKIP_BROWSER_TESTS = !HAS_CHROMIUM && process.env.CI !== 'true';

/**
 * `describe` for tests that open pages: on a machine without Chromium (and not in CI) the block is skipped
 * and one line says so and how to enable it; in CI it runs, and `launchChromium` fails with the same hint.
 */
export function describeInBrowser(title: string, body: () => void): void {
  if (SKIP_BROWSER_TESTS) {
    console.warn(`Skipped "${title}": no browser at ${CHROMIUM}. To run it: ${ENABLE_HINT}.`);
  }
  describe.skipIf(SKIP_BROWSER_TESTS)(title, body);
}

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

export { type StaticServer, serveStatic } from './static-server.js';
