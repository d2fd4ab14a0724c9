import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Prism for the API, then the production build of the app (made here unless turbo just made it).
    globalSetup: ['@zadig-ts/testing/global-setup', './test/build.ts'],
    include: ['test/**/*.test.ts'],
    // One module graph for all files: no test relies on process-wide state, and a fresh one per file costs
    // about a third of the suite's CPU on a 2-core machine.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
