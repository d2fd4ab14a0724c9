import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@zadig-ts/testing/global-setup'],
    include: ['test/**/*.test.ts'],
    // Each test spawns tsx (and some a Prism of their own), which takes a few seconds on a small machine.
    testTimeout: 60_000,
  },
});
