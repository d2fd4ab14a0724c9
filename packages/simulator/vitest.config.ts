import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One module graph for all files: every test starts its own simulator on port 0 with its own clock.
    isolate: false,
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
