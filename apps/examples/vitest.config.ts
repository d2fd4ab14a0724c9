import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@zadig-ts/testing/global-setup'],
    include: ['test/**/*.test.ts'],
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    // Most tests run the scripts in process; one per script spawns tsx, which starts a Prism of its own
    // and may take several seconds on a small, busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
