// Bundles spec/ into openapi.json + openapi.yaml, generates schema.d.ts with openapi-typescript and
// operations.json (the operation index the CLI and tests are driven by). Run: pnpm --filter @zadig-ts/openapi generate
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { stringify } from 'yaml';
import { loadServerRoutes } from '../../../spec/tools/releases.mjs';
import { cliModules } from './cli-naming.mjs';
import { fieldChanges } from './field-marks.mjs';
import { buildOperationIndex } from './operation-index.mjs';
import { releaseBundle } from './release-bundle.mjs';
import { releasesMarkdown, releasesTable, updateReadme } from './releases-doc.mjs';

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
const specDir = join(pkgDir, '..', '..', 'spec');
const REGEN = 'pnpm --filter @zadig-ts/openapi generate';
const NOTICE = `Generated from spec/ by packages/openapi/scripts/generate.mjs. Do not edit; run \`${REGEN}\`.`;

function bundle() {
  const require = createRequire(import.meta.url);
  const cliPkg = require.resolve('@redocly/cli/package.json');
  const { bin } = JSON.parse(readFileSync(cliPkg, 'utf8'));
  const redocly = join(dirname(cliPkg), typeof bin === 'string' ? bin : bin.redocly);
  const tmp = mkdtempSync(join(tmpdir(), 'zadig-bundle-'));
  try {
    const out = join(tmp, 'openapi.json');
    try {
      execFileSync(
        process.execPath,
        [
          redocly,
          'bundle',
          join(specDir, 'openapi.yaml'),
          '--config',
          join(specDir, 'redocly.yaml'),
          '-o',
          out,
        ],
        {
          stdio: 'pipe',
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
    } catch (error) {
      // Redocly's own output says what is wrong; show it only when bundling fails.
      process.stderr.write(String(error.stderr ?? error.message));
      process.exit(1);
    }
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const doc = bundle();
const stamped = { 'x-generated': NOTICE, ...doc };
writeFileSync(join(pkgDir, 'openapi.json'), `${JSON.stringify(stamped, null, 2)}\n`);
writeFileSync(join(pkgDir, 'openapi.yaml'), `# ${NOTICE}\n${stringify(doc, { lineWidth: 0 })}`);

const ast = await openapiTS(doc, { alphabetize: false, exportType: false });
writeFileSync(join(pkgDir, 'schema.d.ts'), `/**\n * ${NOTICE}\n */\n\n${astToString(ast)}`);

const serverRoutes = loadServerRoutes();
const releases = serverRoutes.map(({ release, date }) => ({ release, date }));
const index = buildOperationIndex(doc);
writeFileSync(
  join(pkgDir, 'operations.json'),
  `${JSON.stringify({ 'x-generated': NOTICE, docsVersion: doc.info['x-zadig-docs-version'], releases, modules: cliModules(doc), operations: index }, null, 2)}\n`,
);
console.log(`generated ${index.length} operations`);

// One bundle per tracked release, holding exactly the operations that release routes.
rmSync(join(pkgDir, 'releases'), { recursive: true, force: true });
mkdirSync(join(pkgDir, 'releases'));
for (const { release, date } of releases) {
  const part = releaseBundle(doc, releases, release, date);
  const count = Object.values(part.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  // Compact: eight bundles would otherwise triple the package's size.
  writeFileSync(
    join(pkgDir, 'releases', `${release}.json`),
    `${JSON.stringify({ 'x-generated': NOTICE, ...part })}\n`,
  );
  console.log(`releases/${release}.json: ${count} operations`);
}

// What changed between releases (spec/RELEASES.md) and, in this package's README (npm shows it), the table of
// operations per release.
const indexWithReleases = { releases, operations: index };
writeFileSync(
  join(specDir, 'RELEASES.md'),
  releasesMarkdown(indexWithReleases, serverRoutes, NOTICE, fieldChanges(doc, releases)),
);
updateReadme(join(pkgDir, 'README.md'), releasesTable(indexWithReleases, serverRoutes));
