// Regenerates every generated file and fails if any differs from what is committed.
// Run: pnpm check:drift (CI runs it after install).
import { execFileSync } from 'node:child_process';

const GENERATED = [
  'packages/openapi/openapi.json',
  'packages/openapi/openapi.yaml',
  'packages/openapi/operations.json',
  'packages/openapi/schema.d.ts',
];

execFileSync('pnpm', ['--filter', '@zadig-ts/openapi', 'generate'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error(`Generated files are out of date:\n${changed}\n`);
  console.error(execFileSync('git', ['diff', '--stat', '--', ...GENERATED], { encoding: 'utf8' }));
  console.error('Run `pnpm --filter @zadig-ts/openapi generate` and commit the result.');
  process.exit(1);
}
console.log(`Generated files are up to date (${GENERATED.length} checked).`);
