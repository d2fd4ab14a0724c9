import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@zadig-ts/testing/global-setup'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
