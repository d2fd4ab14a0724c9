// Regenerates every generated file and fails if any differs from what git has (committed or staged).
// Run: npm run check:drift (CI runs it after install).
import { execFileSync } from 'node:child_process';

const GENERATED = [
  'packages/openapi/openapi.json',
  'packages/openapi/openapi.yaml',
  'packages/openapi/operations.json',
  'packages/openapi/schema.d.ts',
  'packages/openapi/releases',
  'spec/RELEASES.md',
  // Its table of operations per release, between markers; the rest is prose.
  'packages/openapi/README.md',
  'packages/client/src/generated/operations.ts',
  'packages/client/src/generated/secrets.ts',
  'apps/mcp/src/generated/errata.ts',
];

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

execFileSync('turbo', ['run', 'generate', '--force', '--output-logs=errors-only'], { stdio: 'inherit' });
const changed = [
  git('diff', '--name-only', '--', ...GENERATED),
  git('ls-files', '--others', '--exclude-standard', '--', ...GENERATED),
]
  .filter(Boolean)
  .join('\n');
if (changed) {
  console.error(`Generated files are out of date:\n${changed}\n`);
  console.error(git('diff', '--stat', '--', ...GENERATED));
  console.error('Run `npm run generate` and commit the result.');
  process.exit(1);
}
console.log(`Generated files are up to date (${GENERATED.length} checked).`);
