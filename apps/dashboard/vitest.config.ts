import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Prism for the API, then a fresh production build of the app for the browser to load.
    globalSetup: ['@zadig-ts/testing/global-setup', './test/build.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
