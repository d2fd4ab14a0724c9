import { defineConfig } from 'tsup';

// ESM for Node: the binary and the library entry. @zadig-ts/openapi stays external: the spec, the release
// bundles and the validator are read from it at run time.
export default defineConfig({
  entry: { 'zadig-sim': 'src/main.ts', index: 'src/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  splitting: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
