import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    isolate: false,
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
