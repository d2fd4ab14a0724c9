import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@zadig-ts/testing/global-setup'],
    include: ['test/**/*.test.ts'],
    // One module graph for all files: no test relies on process-wide state, and a fresh one per file costs
    // about a third of the suite's CPU on a 2-core machine.
    isolate: false,
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    // Most tests run the scripts in process; one per script spawns tsx, which starts a Prism of its own
    // and may take several seconds on a small, busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
