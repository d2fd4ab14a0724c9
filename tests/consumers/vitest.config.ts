import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Prism (the run's, or one of its own), then the tarballs and the Node binaries every test uses.
    globalSetup: ['@zadig-ts/testing/global-setup', './test/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    isolate: false,
    // Files run one after another: each installs projects with npm, which is CPU- and disk-heavy.
    fileParallelism: false,
    // Ceilings for a machine that is really stuck (npm installs from the registry), never expected to be reached.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
