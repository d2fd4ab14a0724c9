// What `npm install @zadig-ts/client` puts on disk: packs the client as it would be published, installs the
// tarball into a fresh project with npm, and prints the bytes of each installed package (file sizes, not disk
// blocks) and the total as a ratio to the 1 MB goal. Uses the built dist/ (run `build` first).
// Run: pnpm --filter @zadig-ts/client bench:install-size
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pnpm = fileURLToPath(new URL('../../../node_modules/pnpm/bin/pnpm.cjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'zadig-install-size-'));
try {
  const packed = execFileSync(process.execPath, [pnpm, 'pack', '--pack-destination', work], {
    cwd: pkgDir,
    encoding: 'utf8',
  });
  const tarball = packed
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.endsWith('.tgz'));
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{ "name": "size", "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  const bytes = (path) =>
    statSync(path).isDirectory()
      ? readdirSync(path).reduce((n, e) => n + bytes(join(path, e)), 0)
      : statSync(path).size;
  const modules = join(project, 'node_modules');
  const packages = readdirSync(modules)
    .filter((e) => !e.startsWith('.'))
    .flatMap((e) => (e.startsWith('@') ? readdirSync(join(modules, e)).map((n) => `${e}/${n}`) : [e]));
  let total = 0;
  for (const name of packages.sort()) {
    const size = bytes(join(modules, name));
    total += size;
    console.log(`${name.padEnd(28)} ${(size / 1000).toFixed(1).padStart(8)} kB`);
  }
  console.log(
    `${'total'.padEnd(28)} ${(total / 1000).toFixed(1).padStart(8)} kB = ${(total / 1e6).toFixed(2)}x the 1 MB goal`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
