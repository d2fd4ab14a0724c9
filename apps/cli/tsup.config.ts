import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const clientVersion = JSON.parse(
  readFileSync(new URL('../../packages/client/package.json', import.meta.url), 'utf8'),
).version;

// One ESM bundle; commands are split into chunks loaded on demand, so `--version` loads one small file.
// @zadig-ts/openapi stays a dependency (the mock server and the validator read its bundled spec).
export default defineConfig({
  entry: { zadigctl: 'src/main.ts', 'zadigctl-mock': 'src/mock/daemon.ts' },
  format: ['esm'],
  splitting: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // Not minified, with source maps (run with --enable-source-maps for stack traces in src/): stack traces and
  // bug reports stay readable.
  minify: false,
  sourcemap: true,
  noExternal: ['@zadig-ts/client', '@zadig-ts/node', 'openapi-fetch', 'yaml'],
  external: ['@zadig-ts/openapi/mock', '@zadig-ts/openapi/validator'],
  // Headers, Request and Response without undici (see src/web-globals.ts); openapi-fetch reads its default
  // Request class from globalThis.Request.
  esbuildOptions(options) {
    options.inject = [fileURLToPath(new URL('./src/web-globals.ts', import.meta.url))];
  },
  define: {
    'globalThis.Request': '__zadigctlRequest',
    __ZADIGCTL_VERSION__: JSON.stringify(version),
    __ZADIG_TS_VERSION__: JSON.stringify(clientVersion),
  },
  // Bundled CommonJS dependencies (yaml) call require(); give the ESM bundle one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __zadigctlRequire } from 'node:module';\nconst require = __zadigctlRequire(import.meta.url);",
  },
});
