import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { copyOperationIndex, toCommonJS } from './build/commonjs.js';
import { lazyBoundaries } from './build/lazy-boundaries.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const clientVersion = JSON.parse(
  readFileSync(new URL('../../packages/client/package.json', import.meta.url), 'utf8'),
).version;

const source = fileURLToPath(new URL('./src', import.meta.url));
const dist = fileURLToPath(new URL('./dist', import.meta.url));
// Where the CLI is split as ES modules before each file becomes CommonJS in dist/ (see build/commonjs.ts).
const staging = join(dist, '.esm');

// yaml's ES module build (its package sends Node to a CommonJS one): bundled as modules, only what is used is
// kept, and a command that reads the config file loads less.
const yamlModules = join(dirname(createRequire(import.meta.url).resolve('yaml')), '../browser/index.js');

const common: Options = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  // Not minified, with source maps (run with --enable-source-maps for stack traces in src/): stack traces and
  // bug reports stay readable.
  minify: false,
  sourcemap: true,
  // `npm run build` empties dist first: the three builds below write beside each other.
  clean: false,
  define: {
    __ZADIGCTL_VERSION__: JSON.stringify(version),
    __ZADIG_TS_VERSION__: JSON.stringify(clientVersion),
  },
};

// Bundled CommonJS dependencies (yaml) call require(); give an ESM bundle one.
const requireBanner =
  "import { createRequire as __zadigctlRequire } from 'node:module';\nconst require = __zadigctlRequire(import.meta.url);";

export default defineConfig([
  // The binary: `--version` and the hand-over to run.cjs, nothing else (no injected globals, no client).
  {
    ...common,
    entry: { zadigctl: 'src/main.ts' },
    format: ['cjs'],
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [
      {
        name: 'run-is-a-sibling',
        setup(build) {
          build.onResolve({ filter: /^\.\/run\.cjs$/ }, () => ({ path: './run.cjs', external: true }));
        },
      },
    ],
  },
  // The CLI. Big or rarely run parts stay chunks loaded on demand (the boundaries); the rest of a command's
  // path is bundled together, so a read loads a few files rather than dozens. Split as ES modules (named
  // `.cjs` already, so that the chunks name each other as they will be), then each file made CommonJS: a
  // command never starts Node's ES module loader unless it imports an ES module package (jq-wasm, the
  // validator).
  {
    ...common,
    entry: { run: 'src/run.ts' },
    outDir: staging,
    outExtension: () => ({ js: '.cjs' }),
    splitting: true,
    noExternal: ['@zadig-ts/client', '@zadig-ts/node', 'openapi-fetch', 'yaml'],
    // @zadig-ts/openapi stays a dependency (the validator reads its bundled spec).
    external: ['@zadig-ts/openapi/mock', '@zadig-ts/openapi/validator'],
    esbuildPlugins: [
      lazyBoundaries({
        root: source,
        // Every builtin (api, auth, doctor, contract, …) in one chunk, and what only help, `--example`,
        // `workflow run` and a body's key check need in another: a read loads neither.
        groups: {
          builtins: [`${source}/builtins`, `${source}/contract`],
          onDemand: [
            `${source}/commands/help.ts`,
            `${source}/output/body-fields.ts`,
            `${source}/output/user-text.ts`,
            `${source}/input/workflow-run.ts`,
            `${source}/input/unknown-keys.ts`,
          ],
        },
        outside: [`${source}/builtins/index.ts`],
        boundaries: [/[\\/]src[\\/]output[\\/]yaml\.ts$/, /^jq-wasm$/, /^@zadig-ts\/openapi\//],
      }),
    ],
    // Headers, Request and Response without undici (see src/web-globals.ts); openapi-fetch reads its default
    // Request class from globalThis.Request.
    esbuildOptions(options) {
      options.alias = { yaml: yamlModules };
      options.inject = [fileURLToPath(new URL('./src/web-globals.ts', import.meta.url))];
    },
    define: { ...common.define, 'globalThis.Request': '__zadigctlRequest' },
    onSuccess: async () => {
      await toCommonJS(staging, dist, /^(jq-wasm|@zadig-ts\/openapi\/[\w./-]+)$/, 'run.cjs');
      copyOperationIndex(dist);
    },
  },
  // The shared mock's supervisor: its own process, so its own bundle.
  {
    ...common,
    entry: { 'zadigctl-mock': 'src/mock/daemon.ts' },
    splitting: false,
    noExternal: ['@zadig-ts/node', 'yaml'],
    banner: { js: requireBanner },
  },
]);
