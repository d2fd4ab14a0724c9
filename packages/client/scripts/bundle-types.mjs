// Writes the client's declarations after tsup has built the JavaScript (run by `build`):
//  - dist/types/*.d.cts: tsc's declarations of src/, one file per module (CommonJS-format declarations, which
//    both ES modules and CommonJS may import), with the spec's types taken from ./schema.cjs;
//  - dist/schema.d.cts: the types of @zadig-ts/openapi's schema.d.ts, compacted (tabs, no duplicate comments
//    on paths), so the client needs no other package than openapi-fetch at install time;
//  - dist/index.d.ts and dist/index.d.cts: the entry points of the `import` and `require` conditions.
// One copy of each declaration serves both conditions.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(pkgDir, 'dist');
const typesDir = join(dist, 'types');
const require = createRequire(import.meta.url);

rmSync(typesDir, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: pkgDir,
  stdio: 'inherit',
});

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

for (const file of [...walk(typesDir)]) {
  if (!file.endsWith('.d.ts')) throw new Error(`unexpected file ${file}`);
  // dist/types/… lies below dist/, so the path to dist/schema.cjs always starts with `../`.
  const schema = relative(dirname(file), join(dist, 'schema.cjs'));
  const text = readFileSync(file, 'utf8')
    .replace(/(from '\.{1,2}\/[^']+)\.js'/g, "$1.cjs'")
    .replace(/from '@zadig-ts\/openapi'/g, `from '${schema}'`);
  writeFileSync(file, text);
  renameSync(file, file.replace(/\.d\.ts$/, '.d.cts'));
}

// The schema, compacted: four-space indents become tabs, the comments on `paths` (the same words are on each
// operation method of the client) and `@enum` tags (the type says it) go, `@description` tags become plain text.
const source = readFileSync(
  join(dirname(require.resolve('@zadig-ts/openapi/package.json')), 'schema.d.ts'),
  'utf8',
);
let inPaths = false;
let inComment = false;
const out = [];
for (const line of source.split('\n')) {
  if (/^export interface paths \{/.test(line)) inPaths = true;
  else if (/^export /.test(line)) inPaths = false;
  const trimmed = line.trimStart();
  if (inPaths && (inComment || trimmed.startsWith('/**'))) {
    inComment = !trimmed.endsWith('*/');
    continue;
  }
  if (inPaths && /^\w+\?: never;$/.test(trimmed)) continue;
  if (/^\* @enum \{/.test(trimmed)) continue;
  const indent = line.length - trimmed.length;
  out.push(
    '\t'.repeat(Math.floor(indent / 4)) +
      ' '.repeat(indent % 4) +
      trimmed.replace(/^(\/\*\*|\*) @description /, '$1 '),
  );
}
writeFileSync(join(dist, 'schema.d.cts'), out.join('\n'));

const entry = "export * from './types/index.cjs';\n";
writeFileSync(join(dist, 'index.d.ts'), entry);
writeFileSync(join(dist, 'index.d.cts'), entry);
