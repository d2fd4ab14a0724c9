import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
