// Debian's Chromium driven by playwright-core, for the tests that open pages (the dashboard, the consumer
// projects' browser bundle, the API reference). The tests need it at /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (e.g. to check what happens when it is missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ENABLE_HINT = 'sudo apt-get install chromium (or scripts/install-chromium.sh)';

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
