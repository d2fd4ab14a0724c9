import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@zadig-ts/testing/global-setup'],
    include: ['test/**/*.test.ts'],
    // One module graph for all files: no test relies on process-wide state.
    isolate: false,
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
