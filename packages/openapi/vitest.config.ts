import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One module graph for all files: no test relies on process-wide state, and a fresh one per file costs
    // about a third of the suite's CPU on a 2-core machine.
    isolate: false,
    // Ceilings for a machine that is really stuck, never expected to be reached: no test waits on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
