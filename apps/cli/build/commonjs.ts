// esbuild splits code into chunks for ES modules only, and Node 20 pays far more to load ES modules than
// CommonJS: its ES module loader (resolution, linking, a TextDecoder over each source) costs a read about 60 ms
// of its ~200. So the CLI is split as ES modules into a staging directory, and each file there is then turned,
// alone, into a CommonJS file of dist/ (same name, `.cjs`), its source map composed with the first one:
// - static imports between chunks become require() (the chunks form no cycles: esbuild's chunks are shared
//   code, imported by entries and other chunks, never back);
// - import() of a chunk or a Node builtin becomes a require() in a promise, so a read never starts the ES
//   module loader; import() of a package (jq-wasm, the spec's validator: ES modules) goes through one
//   file, esm-import.cjs, the only one the binary's code cache leaves to Node (src/code-cache.ts);
// - import.meta.url becomes the file's own URL;
// - each file stays strict code;
// - the entry's first line ends with a hash of the build, which names the code cache's directory.
// Whatever the conversion cannot place (an import() of something else, an import.meta left) fails the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUILD_MARK, ESM_IMPORT } from '../src/code-cache.js';

const META_URL = '__zadigctlMetaUrl';
const STRICT = '"use strict";';
const DYNAMIC_IMPORT = /\bimport\(\s*(["'])([^"']+)\1\s*\)/g;

/**
 * Turns every `.cjs` file of `staging` (ES module syntax, as esbuild split it) into CommonJS in `outDir`,
 * then removes `staging`. `packages` names the specifiers whose import() stays one.
 */
export async function toCommonJS(
  staging: string,
  outDir: string,
  packages: RegExp,
  entry: string,
): Promise<void> {
  const files = readdirSync(staging).filter((f) => f.endsWith('.cjs'));
  await build({
    entryPoints: files.map((f) => join(staging, f)),
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { 'import.meta.url': META_URL },
  });
  const problems: string[] = [];
  const written = new Map<string, string>();
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8').replace(
      DYNAMIC_IMPORT,
      (call, _quote, specifier: string) => {
        if (specifier.startsWith('./') || isBuiltin(specifier)) {
          return `Promise.resolve().then(() => require(${JSON.stringify(specifier)}))`;
        }
        if (packages.test(specifier))
          return `require(${JSON.stringify(ESM_IMPORT)})(${JSON.stringify(specifier)})`;
        problems.push(
          `${file}: import(${JSON.stringify(specifier)}) is neither a chunk, a builtin nor a known package`,
        );
        return call;
      },
    );
    if (/\bimport\(/.test(code.replace(/^\s*\/\/.*$/gm, ''))) problems.push(`${file}: an import() is left`);
    if (/\bimport\.meta\b/.test(code)) problems.push(`${file}: import.meta is left`);
    // ES modules are strict code: so is each file made of them. The file's URL goes on the directive's line,
    // and the rewrite above keeps each call on its line: the source map stays true.
    if (!code.startsWith(STRICT)) problems.push(`${file}: does not start with ${STRICT}`);
    const url = code.includes(META_URL)
      ? ` var ${META_URL} = require("node:url").pathToFileURL(__filename).href;`
      : '';
    written.set(file, `${STRICT}${url}${code.slice(STRICT.length)}`);
  }
  written.set(
    ESM_IMPORT.slice(2),
    '"use strict";\n// import() of the ES module packages the CLI uses, for the chunks (see src/code-cache.ts).\nmodule.exports = (specifier) => import(specifier);\n',
  );
  // The build's mark, at the end of the entry's first line (no line moves): a hash of every file written.
  const hash = createHash('sha256');
  for (const file of [...written.keys()].sort()) hash.update(`${file}\0${written.get(file)}\0`);
  const entryCode = written.get(entry) ?? '';
  if (!entryCode.includes('\n')) problems.push(`${entry}: the entry is not among the files`);
  const lineEnd = entryCode.indexOf('\n');
  written.set(
    entry,
    `${entryCode.slice(0, lineEnd)}${BUILD_MARK}${hash.digest('hex').slice(0, 16)}${entryCode.slice(lineEnd)}`,
  );
  for (const [file, code] of written) writeFileSync(join(outDir, file), code);
  rmSync(staging, { recursive: true, force: true });
  if (problems.length > 0) throw new Error(`the CommonJS conversion:\n  ${problems.join('\n  ')}`);
}

/**
 * The operation index zadigctl runs on, as dist/operations.json: @zadig-ts/openapi's, compact (a quarter of
 * the file is indentation, which every command would read) and ASCII (one byte a character for V8). It is the
 * index this build's client was generated with, whatever @zadig-ts/openapi is installed beside it later.
 */
export function copyOperationIndex(outDir: string): void {
  const source = createRequire(import.meta.url).resolve('@zadig-ts/openapi/operations.json');
  const text = JSON.stringify(JSON.parse(readFileSync(source, 'utf8'))).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  writeFileSync(join(outDir, 'operations.json'), `${text}\n`);
}
