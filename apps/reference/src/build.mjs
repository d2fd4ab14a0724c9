// Builds the API reference into dist/: a Redoc page (Redocly's build-docs, scripts inlined, nothing fetched
// from a CDN) for the whole spec and for each tracked Zadig release's bundle, the client's API docs
// (TypeDoc), and an index page linking them. Prints how long each part took.
// Run: pnpm --filter @zadig-ts/reference build   (open dist/index.html)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(here, 'dist');
const specDir = dirname(require.resolve('@zadig-ts/openapi/package.json'));
const index = JSON.parse(readFileSync(join(specDir, 'operations.json'), 'utf8'));
const bin = (pkg, name) => {
  const path = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(path, 'utf8'));
  return join(dirname(path), typeof bin === 'string' ? bin : bin[name]);
};
const redocly = bin('@redocly/cli', 'redocly');
const typedoc = bin('typedoc', 'typedoc');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const html = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Runs a tool quietly; its output is shown only when it fails. */
function run(script, args) {
  try {
    execFileSync(process.execPath, [script, ...args], { env, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    console.error(error.stdout, error.stderr);
    throw new Error(`${script} ${args.join(' ')} failed`);
  }
}

rmSync(dist, { recursive: true, force: true });
const started = performance.now();

// One page per document: `all` (every operation of every release) and one per tracked release.
const pages = [
  { id: 'all', title: 'every tracked release', file: join(specDir, 'openapi.json') },
  ...(index.releases ?? []).map(({ release, date }) => ({
    id: release,
    title: `Zadig ${release}${release === 'main' ? ` (development branch, ${date})` : ` (${date})`}`,
    file: join(specDir, 'releases', `${release}.json`),
  })),
];
for (const page of pages) {
  const doc = JSON.parse(readFileSync(page.file, 'utf8'));
  page.operations = Object.values(doc.paths ?? {}).reduce(
    (n, item) => n + Object.keys(item).filter((k) => k !== 'parameters' && !k.startsWith('x-')).length,
    0,
  );
  const out = join(dist, 'api', page.id, 'index.html');
  mkdirSync(dirname(out), { recursive: true });
  run(redocly, [
    'build-docs',
    page.file,
    '--inlineBundle',
    '--title',
    `Zadig OpenAPI: ${page.title}`,
    '-o',
    out,
  ]);
}
const apiSeconds = (performance.now() - started) / 1000;

const clientStarted = performance.now();
const clientDir = dirname(require.resolve('@zadig-ts/client/package.json'));
run(typedoc, [
  '--entryPoints',
  join(clientDir, 'src', 'index.ts'),
  '--tsconfig',
  join(clientDir, 'tsconfig.build.json'),
  '--out',
  join(dist, 'client'),
  '--name',
  '@zadig-ts/client',
  '--readme',
  join(clientDir, 'README.md'),
  '--excludePrivate',
  '--excludeInternal',
  '--disableSources',
  // The spec's own types (paths, operations, components) are what the API pages document; here they would
  // be tens of megabytes of HTML.
  '--excludeExternals',
  '--externalPattern',
  '**/packages/openapi/**',
  '--externalPattern',
  '**/node_modules/**',
  '--logLevel',
  'Error',
]);
const clientSeconds = (performance.now() - clientStarted) / 1000;

const rows = pages
  .map(
    (p) =>
      `<li><a href="api/${p.id}/index.html">${html(p.title)}</a> <span>${p.operations} operations</span></li>`,
  )
  .join('\n');
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zadig OpenAPI reference</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}span{color:#666}</style>
<h1>Zadig OpenAPI reference</h1>
<p>Generated from the spec of <code>@zadig-ts/openapi</code> (${html(index.docsVersion ?? '')} docs, checked
against the server's source at each release tag). Pick the release your server runs.</p>
<h2>API, by Zadig release</h2>
<ul id="releases">
${rows}
</ul>
<h2>TypeScript client</h2>
<p><a id="client" href="client/index.html">@zadig-ts/client API</a>: every export, every operation method.</p>
</html>
`,
);
console.log(
  `reference: ${pages.length} API pages in ${apiSeconds.toFixed(1)} s, client API docs in ${clientSeconds.toFixed(1)} s, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s in all -> ${dist}/index.html`,
);
