import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common: Options = {
  entry: ['src/index.ts'],
  target: 'es2022',
  platform: 'neutral',
  define: { __ZADIG_TS_VERSION__: JSON.stringify(version) },
};

// No `clean`: the two builds run at once, and each writes only its own files in dist/.
export default defineConfig([
  // ESM: openapi-fetch stays a dependency, shared with the application.
  { ...common, format: ['esm'], dts: true, external: ['openapi-fetch'] },
  // CommonJS: openapi-fetch is bundled from its ES module. Required, its CommonJS build puts the client in
  // `exports.default` without `__esModule`, so esbuild's interop hands over the whole module instead of the
  // function, and the first call crashes ("(0, import_openapi_fetch.default) is not a function").
  { ...common, format: ['cjs'], dts: true, noExternal: ['openapi-fetch'] },
]);
