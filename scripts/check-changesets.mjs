// Checks that `changeset version` works on the committed tree: it runs in a throwaway git worktree and must
// bump every package named by a pending changeset and write its CHANGELOG.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
if (pending.length === 0) {
  console.log('No pending changesets.');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'zadig-changesets-'));
const tree = join(dir, 'tree');
try {
  execFileSync('git', ['worktree', 'add', '--detach', tree, 'HEAD'], { cwd: root, stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: tree, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`changeset version failed:\n${error.stderr?.toString() ?? error.message}`);
  }
  const bumped = [];
  // Every publishable package of the workspace (the private ones are never versioned).
  const publishable = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group))
      .map((name) => `${group}/${name}`)
      .filter((dir) => existsSync(join(root, dir, 'package.json')))
      .filter((dir) => !JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).private),
  );
  for (const pkgDir of publishable) {
    const before = JSON.parse(readFileSync(join(root, pkgDir, 'package.json'), 'utf8')).version;
    const after = JSON.parse(readFileSync(join(tree, pkgDir, 'package.json'), 'utf8')).version;
    if (before !== after) {
      if (!existsSync(join(tree, pkgDir, 'CHANGELOG.md')))
        throw new Error(`${pkgDir}: bumped but no CHANGELOG.md`);
      bumped.push(`${pkgDir} ${before} -> ${after}`);
    }
  }
  if (bumped.length === 0)
    throw new Error('changeset version bumped nothing although changesets are pending');
  console.log(`changeset version OK (${pending.length} pending): ${bumped.join(', ')}`);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
