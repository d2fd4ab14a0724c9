// The environment turbo's test tasks run in, for `npm test` and for the check that a second run is cached:
// both must hash the same variables, or the check would see misses that a real rerun would not have.
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';

/** The workspace's own binaries (turbo, pnpm), first on PATH. */
export const BIN = new URL('../node_modules/.bin', import.meta.url).pathname;

/**
 * `env` with the workspace's binaries on PATH and ZADIG_TEST_BROWSER: whether a browser is there decides whether
 * the browser tests run or are skipped, so it is part of the test tasks' cache key (turbo hashes ZADIG_*), and
 * installing Chromium later reruns them instead of replaying a skip.
 */
export function testEnv(env = process.env) {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  return {
    ...env,
    PATH: `${BIN}${delimiter}${env.PATH ?? ''}`,
    ZADIG_TEST_BROWSER: existsSync(chromium) ? chromium : 'missing',
  };
}
