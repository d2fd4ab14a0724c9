import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// One ES module and one CommonJS build of the same entry, both leaving openapi-fetch a dependency shared with
// the application (src/client.ts takes its default export in a way that works under either loader). Neither is
// minified: each is the TypeScript of src/ with the types removed, names and structure kept, so stack traces
// read as the source does without source maps (which would cost a tenth of the install size). The
// declarations import the spec's types from ./schema.cjs; scripts/bundle-types.mjs writes them after this build.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  external: ['openapi-fetch', '@zadig-ts/openapi'],
  define: { __ZADIG_TS_VERSION__: JSON.stringify(version) },
});
