import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // What the build defines (tsup.config.ts), for the sources the in-process tests run.
  define: { __ZADIGCTL_VERSION__: JSON.stringify(version) },
  test: {
    globalSetup: ['@zadig-ts/testing/global-setup'],
    include: ['test/**/*.test.ts'],
    // One module graph for all files: no test relies on process-wide state, and a fresh one per file costs
    // about a third of the suite's CPU on a 2-core machine.
    isolate: false,
    // The longest suite: two workers, so that it takes the second core once the other packages are done.
    maxWorkers: 2,
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
